package jtorch.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;

/**
 * A chain of modules: {@code forward} feeds the input through each in order. PyTorch:
 * {@code nn.Sequential}. Children are named "0", "1", … or, built from a {@link Map} (the seed's
 * {@code OrderedDict} form; pass a {@code LinkedHashMap}), by its keys in the map's order. Indexing
 * accepts negative positions; {@link #slice} returns a new Sequential holding the same modules.
 */
public class Sequential extends Module implements Iterable<Module> {
    /** PyTorch: {@code torch.nn.Sequential(*args)}. */
    public Sequential(Module... modules) {
        for (Module m : modules) {
            append(m);
        }
    }

    /** Named children in the map's iteration order. PyTorch: {@code nn.Sequential(OrderedDict([...]))}. */
    public Sequential(Map<String, ? extends Module> modules) {
        for (Map.Entry<String, ? extends Module> e : modules.entrySet()) {
            registerModule(e.getKey(), e.getValue());
        }
    }

    /** Runs the modules in order. */
    @Override
    public Tensor forward(Tensor input) {
        for (Module m : this) {
            input = m.call(input);
        }
        return input;
    }

    /** {@code len(container)}: the number of entries. */
    public int size() {
        return ownModules().size();
    }

    /** The module at {@code idx} (negative counts from the end), cast to the type the caller expects. */
    @SuppressWarnings("unchecked")
    public <T extends Module> T get(int idx) {
        return (T) new ArrayList<>(ownModules().values()).get(Containers.index(idx, size()));
    }

    /** Replaces the module at {@code idx}, keeping its name. PyTorch: {@code seq[idx] = module}. */
    public void set(int idx, Module module) {
        String key = new ArrayList<>(ownModules().keySet()).get(Containers.index(idx, size()));
        ownModules().put(key, module);
    }

    /** The modules from {@code start} to {@code stop} (exclusive; null for an open end), names kept. */
    public Sequential slice(Integer start, Integer stop) {
        return slice(start, stop, 1);
    }

    /** Python slicing {@code seq[start:stop:step]}: a new Sequential of the selected modules, names kept. */
    public Sequential slice(Integer start, Integer stop, int step) {
        List<Map.Entry<String, Module>> entries = new ArrayList<>(ownModules().entrySet());
        Map<String, Module> picked = new LinkedHashMap<>();
        for (int i : Containers.sliceIndices(start, stop, step, entries.size())) {
            picked.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return new Sequential(picked);
    }

    /** Adds a module at the end under the next index. */
    public Sequential append(Module module) {
        registerModule(Integer.toString(size()), module);
        return this;
    }

    /** Appends every module of {@code modules}. */
    public Sequential extend(Iterable<? extends Module> modules) {
        for (Module m : modules) {
            append(m);
        }
        return this;
    }

    /** Inserts before {@code index} (-size..size), shifting later modules up by one name. */
    public Sequential insert(int index, Module module) {
        int n = size();
        if (index < -n || index > n) {
            throw new IndexOutOfBoundsException("Index out of range: " + index);
        }
        int at = index < 0 ? index + n : index;
        Map<String, Module> own = ownModules();
        for (int i = n; i > at; i--) {
            own.put(Integer.toString(i), own.get(Integer.toString(i - 1)));
        }
        own.put(Integer.toString(at), module);
        return this;
    }

    /** Removes and returns the module at {@code idx}; the rest are renumbered "0", "1", …, as in PyTorch. */
    public Module pop(int idx) {
        Module m = get(idx);
        String key = new ArrayList<>(ownModules().keySet()).get(Containers.index(idx, size()));
        ownModules().remove(key);
        Containers.renumber(ownModules());
        return m;
    }

    @Override
    public Iterator<Module> iterator() {
        return new ArrayList<>(ownModules().values()).iterator();
    }
}
