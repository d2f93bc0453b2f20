package jtorch.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Child modules by name, in insertion order (updates follow the given map's iteration order).
 * PyTorch: {@code nn.ModuleDict}. It has no forward of its own.
 */
public class ModuleDict extends Module {
    /** PyTorch: {@code torch.nn.ModuleDict(modules=None)}. */
    public ModuleDict() {
    }

    /** PyTorch: {@code torch.nn.ModuleDict(modules=None)}. */
    public ModuleDict(Map<String, ? extends Module> modules) {
        update(modules);
    }

    /** The module under {@code key}, cast to the type the caller expects. PyTorch: {@code modules[key]}. */
    @SuppressWarnings("unchecked")
    public <T extends Module> T get(String key) {
        if (!ownModules().containsKey(key)) {
            throw new IllegalArgumentException("'" + key + "'");
        }
        return (T) ownModules().get(key);
    }

    /** Adds or replaces the module under {@code key}. PyTorch: {@code modules[key] = module}. */
    public void put(String key, Module module) {
        if (ownModules().containsKey(key)) {
            ownModules().put(key, module);
        } else {
            registerModule(key, module);
        }
    }

    /** Puts every entry of {@code modules}, in its iteration order. PyTorch: {@code update}. */
    public void update(Map<String, ? extends Module> modules) {
        for (Map.Entry<String, ? extends Module> e : modules.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /** Removes and returns the module under {@code key}. PyTorch: {@code pop}. */
    public Module pop(String key) {
        Module m = get(key);
        ownModules().remove(key);
        return m;
    }

    /** {@code key in container}. */
    public boolean containsKey(String key) {
        return ownModules().containsKey(key);
    }

    /** {@code len(container)}: the number of entries. */
    public int size() {
        return ownModules().size();
    }

    /** PyTorch: {@code ModuleDict.clear()}. */
    public void clear() {
        ownModules().clear();
    }

    /** PyTorch: {@code ModuleDict.keys()}. */
    public Set<String> keys() {
        return new LinkedHashMap<>(ownModules()).keySet();
    }

    /** PyTorch: {@code ModuleDict.values()}. */
    public List<Module> values() {
        return new ArrayList<>(ownModules().values());
    }

    /** The (name, module) pairs in order. PyTorch: {@code items()}. */
    public Map<String, Module> items() {
        return new LinkedHashMap<>(ownModules());
    }
}
