package jtorch.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A list of child modules, registered under "0", "1", … so parameters, {@code train()}, {@code to()}
 * and the state dict see them. PyTorch: {@code nn.ModuleList}. It has no forward of its own.
 */
public class ModuleList extends Module implements Iterable<Module> {
    /** PyTorch: {@code torch.nn.ModuleList(modules=None)}. */
    public ModuleList() {
    }

    /** PyTorch: {@code torch.nn.ModuleList(modules=None)}. */
    public ModuleList(Iterable<? extends Module> modules) {
        extend(modules);
    }

    /** PyTorch: {@code torch.nn.ModuleList(modules=None)}. */
    public ModuleList(Module... modules) {
        extend(List.of(modules));
    }

    /** {@code len(container)}: the number of entries. */
    public int size() {
        return ownModules().size();
    }

    /** The module at {@code idx} (negative counts from the end), cast to the type the caller expects. */
    @SuppressWarnings("unchecked")
    public <T extends Module> T get(int idx) {
        return (T) ownModules().get(Integer.toString(Containers.index(idx, size())));
    }

    /** PyTorch: {@code modules[idx] = module}. */
    public void set(int idx, Module module) {
        ownModules().put(Integer.toString(Containers.index(idx, size())), module);
    }

    /** Python slicing: a new ModuleList of the selected modules. */
    public ModuleList slice(Integer start, Integer stop, int step) {
        List<Module> all = new ArrayList<>(ownModules().values());
        ModuleList out = new ModuleList();
        for (int i : Containers.sliceIndices(start, stop, step, all.size())) {
            out.append(all.get(i));
        }
        return out;
    }

/** {@code module_list[start:stop]}: a new ModuleList of the same modules; null bounds are Python's omitted ones. */
    public ModuleList slice(Integer start, Integer stop) {
        return slice(start, stop, 1);
    }

    /** PyTorch: {@code ModuleList.append(module)}. */
    public ModuleList append(Module module) {
        registerModule(Integer.toString(size()), module);
        return this;
    }

    /** PyTorch: {@code ModuleList.extend(modules)}. */
    public ModuleList extend(Iterable<? extends Module> modules) {
        for (Module m : modules) {
            append(m);
        }
        return this;
    }

    /** Inserts before {@code index}, shifting later modules up by one. PyTorch: {@code insert}. */
    public void insert(int index, Module module) {
        Map<String, Module> own = ownModules();
        for (int i = own.size(); i > index; i--) {
            own.put(Integer.toString(i), own.get(Integer.toString(i - 1)));
        }
        own.put(Integer.toString(index), module);
    }

    /** Removes and returns the module at {@code idx}; the rest are renumbered. PyTorch: {@code pop}. */
    public Module pop(int idx) {
        String key = Integer.toString(Containers.index(idx, size()));
        Module m = ownModules().remove(key);
        Containers.renumber(ownModules());
        return m;
    }

    @Override
    public Iterator<Module> iterator() {
        return new ArrayList<>(ownModules().values()).iterator();
    }
}
