package jtorch.serialization;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jtorch.Tensor;
import jtorch.nn.Module;

/**
 * Whole-module checkpoints, as far as Java allows {@code torch.save(net)}: a module is written as the dict
 * {@code {"__jtorch_module__": class name, "training": bool, "state_dict": OrderedDict}} (which PyTorch loads as a
 * plain dict, even with {@code weights_only=True}); loading rebuilds it through a registered factory or the
 * class's no-argument constructor, and only for classes the caller allows.
 */
final class ModuleRecords {
    static final String CLASS_KEY = "__jtorch_module__";
    private static final Map<String, Supplier<? extends Module>> FACTORIES = new ConcurrentHashMap<>();

    private ModuleRecords() {
    }

    static Map<String, Object> record(Module m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(CLASS_KEY, m.getClass().getName());
        r.put("training", m.isTraining());
        r.put("state_dict", m.stateDict());
        return r;
    }

    static <T extends Module> void register(Class<T> type, Supplier<? extends T> factory) {
        FACTORIES.put(type.getName(), factory);
    }

    @SuppressWarnings("unchecked")
    static <T extends Module> T rebuild(Object loaded, Class<T> type) {
        if (!(loaded instanceof Map<?, ?> r) || !(r.get(CLASS_KEY) instanceof String name)
                || !(r.get("state_dict") instanceof Map<?, ?> sd)) {
            throw new CheckpointException("the checkpoint does not hold a whole module (saved with Torch.save(module, f));"
                    + " load its state dict with Torch.load and Module.loadStateDict instead");
        }
        Class<?> cls;
        try {
            // not initialised: nothing of the named class runs before it is known to be an allowed module type
            cls = Class.forName(name, false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new CheckpointException("Can't get attribute '" + name + "': the checkpoint holds a module of class "
                    + name + ", which is not on the class path");
        }
        if (!type.isAssignableFrom(cls)) {
            throw new CheckpointException("the checkpoint holds a " + name + ", which is not a " + type.getName());
        }
        Module m;
        Supplier<? extends Module> factory = FACTORIES.get(name);
        if (factory != null) {
            m = factory.get();
        } else {
            try {
                Constructor<?> c = cls.getDeclaredConstructor();
                c.setAccessible(true);
                m = (Module) c.newInstance();
            } catch (NoSuchMethodException e) {
                throw new CheckpointException("cannot rebuild " + name + ": it has no no-argument constructor;"
                        + " register one with Serialization.registerModuleFactory");
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new CheckpointException("cannot rebuild " + name + ": its constructor failed: "
                        + (e.getCause() != null ? e.getCause() : e), e);
            }
        }
        m.loadStateDict((Map<String, Tensor>) sd);
        m.train(!Boolean.FALSE.equals(r.get("training")));
        return (T) m;
    }
}
