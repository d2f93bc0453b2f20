package jtorch.nn.utils;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.RemovableHandle;
import jtorch.nn.Module;
import jtorch.nn.Parameter;

/**
 * Weight normalisation: a parameter {@code w} becomes {@code g * v / ||v||}, the norm taken over every dim but
 * {@code dim}, with {@code g} ({@code name_g}) and {@code v} ({@code name_v}) the new parameters, and {@code w}
 * recomputed by a forward pre-hook before every forward. PyTorch: {@code torch.nn.utils.weight_norm} and
 * {@code remove_weight_norm}.
 *
 * <pre>{@code
 * Linear fc = WeightNorm.weightNorm(new Linear(20, 40));   // state dict: bias, weight_g [40, 1], weight_v [40, 20]
 * }</pre>
 */
public final class WeightNorm {
    private WeightNorm() {
    }

    // PyTorch's WeightNorm hook object: recomputes module.<name> from <name>_g and <name>_v
    private static final class Hook implements Reparametrization.Hook {
        final String name;
        final int dim;
        RemovableHandle handle;

        Hook(String name, int dim) {
            this.name = name;
            this.dim = dim;
        }

        // PyTorch's _weight_norm: v * (g / norm_except_dim(v, 2, dim)) (1.13's fused CPU kernel for the first and
        // last dim computes the same formula)
        Tensor compute(Module module) {
            Tensor g = module.getAttribute(name + "_g");
            Tensor v = module.getAttribute(name + "_v");
            return v.mul(g.div(normExceptDim(v, dim)));
        }

        @Override
        public boolean reads(String attribute) {
            return attribute.equals(name + "_g") || attribute.equals(name + "_v");
        }

        @Override
        public Tensor[] apply(Module module, Tensor[] inputs) {
            module.setAttribute(name, compute(module));
            return null;
        }
    }

    /** PyTorch: {@code torch.nn.utils.weight_norm(module, name='weight', dim=0)}. */
    public static <M extends Module> M weightNorm(M module) {
        return weightNorm(module, "weight", 0);
    }

    /** PyTorch: {@code torch.nn.utils.weight_norm(module, name, dim=0)}. */
    public static <M extends Module> M weightNorm(M module, String name) {
        return weightNorm(module, name, 0);
    }

    /**
     * Replaces parameter {@code name} of {@code module} by {@code name_g} (its norm over every dim but
     * {@code dim}, keeping {@code dim}'s size and ones elsewhere) and {@code name_v} (its values), registered in
     * that order after the module's other parameters, and makes {@code module.name} the computed tensor, now
     * and before every forward. {@code dim} -1 (PyTorch's {@code dim=None}) takes the norm over the whole tensor.
     * PyTorch: {@code torch.nn.utils.weight_norm(module, name='weight', dim=0)}.
     */
    public static <M extends Module> M weightNorm(M module, String name, int dim) {
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Hook w && w.name.equals(name)) {
                throw new IllegalStateException("Cannot register two weight_norm hooks on the same parameter " + name);
            }
        }
        Tensor weight = module.getAttribute(name);
        if (Reparametrization.uninitialized(module)) {
            throw new IllegalArgumentException("The module passed to `WeightNorm` can't have uninitialized parameters. "
                    + "Make sure to run the dummy forward before applying weight normalization");
        }
        if (weight == null) {
            throw new IllegalArgumentException("norm_except_dim(): argument 'v' (position 1) must be Tensor, not NoneType");
        }
        Tensor g;
        try (var ng = Torch.noGrad()) {
            g = normExceptDim(weight, dim); // fails on a bad dim before the module changes
        }
        if (!(weight instanceof Parameter)) {
            throw new IllegalArgumentException("'" + name + "'"); // PyTorch's KeyError from `del module._parameters[name]`
        }
        Reparametrization.requireTensorAttribute(module, name);
        Hook hook = new Hook(name, dim);
        module.deleteAttribute(name);
        module.registerParameter(name + "_g", new Parameter(g));
        module.registerParameter(name + "_v", new Parameter(weight.detach()));
        module.setAttribute(name, hook.compute(module));
        hook.handle = module.registerForwardPreHook(hook);
        return module;
    }

    /** PyTorch: {@code torch.nn.utils.remove_weight_norm(module, name='weight')}. */
    public static <M extends Module> M removeWeightNorm(M module) {
        return removeWeightNorm(module, "weight");
    }

    /**
     * Undoes {@link #weightNorm}: {@code name} becomes a parameter again holding the current {@code g * v / ||v||},
     * registered after the module's other parameters (as PyTorch's setattr appends it), and {@code name_g},
     * {@code name_v} and the hook go. PyTorch: {@code torch.nn.utils.remove_weight_norm(module, name='weight')}.
     */
    public static <M extends Module> M removeWeightNorm(M module, String name) {
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Hook w && w.name.equals(name)) {
                Tensor weight;
                try (var ng = Torch.noGrad()) {
                    weight = w.compute(module);
                }
                module.deleteAttribute(name);
                module.deleteAttribute(name + "_g");
                module.deleteAttribute(name + "_v");
                module.setAttribute(name, new Parameter(weight));
                w.handle.remove();
                return module;
            }
        }
        throw new IllegalArgumentException("weight_norm of '" + name + "' not found in " + module);
    }

    /**
     * The 2-norm of {@code v} over every dim but {@code dim}, shaped to broadcast against {@code v} ({@code dim}'s
     * size there, ones elsewhere); over the whole tensor for {@code dim} -1. PyTorch: {@code torch.norm_except_dim(v,
     * 2, dim)}.
     */
    static Tensor normExceptDim(Tensor v, int dim) {
        int n = v.dim();
        if (dim == -1) {
            return v.norm(2);
        }
        if (dim == 0 || dim == n - 1) {
            int size = v.size(dim); // a 0-d v fails here with the indexing message
            int[] out = new int[n];
            java.util.Arrays.fill(out, 1);
            out[dim] = size;
            Tensor flat = dim == 0 ? v.contiguous().view(v.size(0), -1) : v.contiguous().view(-1, v.size(dim));
            return flat.norm(2, dim == 0 ? 1 : 0).view(out);
        }
        return normExceptDim(v.transpose(0, dim), 0).transpose(0, dim);
    }
}
