package jtorch.nn.utils;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import jtorch.Tensor;
import jtorch.nn.Module;
import jtorch.nn.Parameter;

/**
 * What weight_norm, spectral_norm and prune share: each replaces a module's parameter by a tensor computed from
 * new parameters (and buffers) before every forward, and that tensor lives where forward reads the parameter.
 */
final class Reparametrization {
    private Reparametrization() {
    }

    /**
     * The parameter {@code name} of {@code module}, or null when it is declared absent (a null field or
     * registration); anything else fails with PyTorch's KeyError text from {@code module._parameters[name]}.
     */
    static Parameter parameterOrNull(Module module, String name) {
        Tensor t;
        try {
            t = module.getAttribute(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "'", e);
        }
        if (t != null && !(t instanceof Parameter)) {
            throw new IllegalArgumentException("'" + name + "'");
        }
        return (Parameter) t;
    }

    /** Whether {@code module} is a lazy module whose parameters still wait for the first forward. */
    static boolean uninitialized(Module module) {
        return module instanceof jtorch.nn.LazyModuleMixin lazy && lazy.hasUninitializedParams();
    }

    /** A reparametrisation's forward pre-hook, which reads its tensors by name through {@link Module#getAttribute}. */
    interface Hook extends Module.ForwardPreHook {
        /** Whether the hook reads the module's attribute {@code name} (e.g. weight_orig for spectral_norm). */
        boolean reads(String name);
    }

    /**
     * Fails, before anything changes, unless {@code module}'s forward reads {@code name} where a reparametrisation
     * can put a computed tensor: a non-final field of that name typed to hold a Tensor (jtorch's modules read
     * their weights from fields, as PyTorch's read the instance attribute the hook sets), or a tensor that an
     * earlier reparametrisation's hook reads by name (weight_orig, weight_v, ...). Modules that look their
     * parameters up in the registry (RNN, MultiheadAttention) cannot be reparametrised.
     */
    static void requireTensorAttribute(Module module, String name) {
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Hook r && r.reads(name)) {
                return;
            }
        }
        for (Class<?> c = module.getClass(); c != null && c != Module.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
                    if (Modifier.isFinal(f.getModifiers()) || !f.getType().isAssignableFrom(Tensor.class)) {
                        break;
                    }
                    return;
                }
            }
        }
        throw new IllegalArgumentException(module.getName() + " reads '" + name + "' from its parameter registry, not "
                + "from a non-final field typed Tensor, so it cannot use a reparametrised '" + name + "'");
    }
}
