package jtorch.nn.utils;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.RemovableHandle;
import jtorch.nn.ConvTranspose1d;
import jtorch.nn.ConvTranspose2d;
import jtorch.nn.ConvTranspose3d;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.nn.functional.F;

/**
 * Spectral normalisation: a parameter {@code W} becomes {@code W / sigma(W)}, the largest singular value of
 * {@code W} viewed as a matrix with {@code dim} as its rows, estimated by power iteration with the vectors
 * {@code name_u} and {@code name_v} kept as buffers. The parameter moves to {@code name_orig}. In training mode
 * every forward first runs {@code nPowerIterations} steps (updating u and v in place); in eval mode the stored
 * u and v are used as they are. PyTorch: {@code torch.nn.utils.spectral_norm} and {@code remove_spectral_norm}.
 *
 * <pre>{@code
 * Linear fc = SpectralNorm.spectralNorm(new Linear(20, 40));   // state dict: bias, weight_orig, weight_u, weight_v
 * }</pre>
 */
public final class SpectralNorm {
    private SpectralNorm() {
    }

    /** Keyword arguments of {@code spectral_norm}, with PyTorch's defaults. */
    public static final class Options {
        String name = "weight";
        int nPowerIterations = 1;
        double eps = 1e-12;
        Integer dim;

        Options() {
        }

        /** The {@code name} keyword (default {@code "weight"}). */
        public Options name(String name) {
            this.name = name;
            return this;
        }

        /** The {@code n_power_iterations} keyword (default 1): power-iteration steps per training forward. */
        public Options nPowerIterations(int nPowerIterations) {
            this.nPowerIterations = nPowerIterations;
            return this;
        }

        /** The {@code eps} keyword (default 1e-12): the smallest norm the power iteration divides by. */
        public Options eps(double eps) {
            this.eps = eps;
            return this;
        }

        /**
         * The {@code dim} keyword: the dim of the weight that indexes the matrix rows (default: 1 for the
         * ConvTranspose modules, else 0).
         */
        public Options dim(int dim) {
            this.dim = dim;
            return this;
        }
    }

    /**
     * Keyword options with PyTorch's defaults: {@code spectral_norm(module, name='weight', n_power_iterations=1,
     * eps=1e-12, dim=None)}.
     */
    public static Options options() {
        return new Options();
    }

    // PyTorch's SpectralNorm hook object
    private static final class Hook implements Reparametrization.Hook {
        final String name;
        final int nPowerIterations;
        final int dim;
        final double eps;
        RemovableHandle handle;

        Hook(String name, int nPowerIterations, int dim, double eps) {
            this.name = name;
            this.nPowerIterations = nPowerIterations;
            this.dim = dim;
            this.eps = eps;
        }

        // dim first, the other dims flattened into the columns
        Tensor toMatrix(Tensor weight) {
            Tensor mat = weight;
            if (dim != 0) {
                int[] order = new int[weight.dim() + 1 - (dim >= 0 && dim < weight.dim() ? 1 : 0)];
                order[0] = dim;
                for (int d = 0, i = 1; d < weight.dim(); d++) {
                    if (d != dim) {
                        order[i++] = d;
                    }
                }
                mat = mat.permute(order); // PyTorch's list: a negative dim is not skipped, so permute fails on it
            }
            return mat.reshape(mat.size(0), -1);
        }

        Tensor compute(Module module, boolean doPowerIteration) {
            Tensor weight = module.getAttribute(name + "_orig");
            Tensor u = module.getAttribute(name + "_u");
            Tensor v = module.getAttribute(name + "_v");
            Tensor mat = toMatrix(weight);
            if (doPowerIteration) {
                // u and v are updated in place (the buffers), then cloned so that the graph keeps this step's values
                try (var ng = Torch.noGrad()) {
                    for (int i = 0; i < nPowerIterations; i++) {
                        v.copy_(F.normalize(mat.t().mv(u), 2, 0, eps));
                        u.copy_(F.normalize(mat.mv(v), 2, 0, eps));
                    }
                    u = u.clone();
                    v = v.clone();
                }
            }
            Tensor sigma = u.dot(mat.mv(v));
            return weight.div(sigma);
        }

        @Override
        public boolean reads(String attribute) {
            return attribute.equals(name + "_orig") || attribute.equals(name + "_u") || attribute.equals(name + "_v");
        }

        @Override
        public Tensor[] apply(Module module, Tensor[] inputs) {
            module.setAttribute(name, compute(module, module.isTraining()));
            return null;
        }
    }

    /** PyTorch: {@code torch.nn.utils.spectral_norm(module)}. */
    public static <M extends Module> M spectralNorm(M module) {
        return spectralNorm(module, options());
    }

    /** PyTorch: {@code torch.nn.utils.spectral_norm(module, name)}. */
    public static <M extends Module> M spectralNorm(M module, String name) {
        return spectralNorm(module, options().name(name));
    }

    /** PyTorch: {@code torch.nn.utils.spectral_norm(module, name, n_power_iterations)}. */
    public static <M extends Module> M spectralNorm(M module, String name, int nPowerIterations) {
        return spectralNorm(module, options().name(name).nPowerIterations(nPowerIterations));
    }

    /** PyTorch: {@code torch.nn.utils.spectral_norm(module, name, n_power_iterations, eps)}. */
    public static <M extends Module> M spectralNorm(M module, String name, int nPowerIterations, double eps) {
        return spectralNorm(module, options().name(name).nPowerIterations(nPowerIterations).eps(eps));
    }

    /** PyTorch: {@code torch.nn.utils.spectral_norm(module, name, n_power_iterations, eps, dim)}. */
    public static <M extends Module> M spectralNorm(M module, String name, int nPowerIterations, double eps, int dim) {
        return spectralNorm(module, options().name(name).nPowerIterations(nPowerIterations).eps(eps).dim(dim));
    }

    /**
     * Moves parameter {@code name} to {@code name_orig} (the same Parameter, registered after the module's other
     * parameters), adds the buffers {@code name_u} and {@code name_v} (normalised N(0, 1) draws from the default
     * generator, u first, as PyTorch draws them), makes {@code module.name} the parameter's data until the first
     * forward, and registers the hook that computes {@code W / sigma} before every forward. PyTorch: {@code
     * torch.nn.utils.spectral_norm(module, name='weight', n_power_iterations=1, eps=1e-12, dim=None)}.
     */
    public static <M extends Module> M spectralNorm(M module, Options o) {
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Hook s && s.name.equals(o.name)) {
                throw new IllegalStateException("Cannot register two spectral_norm hooks on the same parameter "
                        + o.name);
            }
        }
        if (o.nPowerIterations <= 0) {
            throw new IllegalArgumentException("Expected n_power_iterations to be positive, but got n_power_iterations="
                    + o.nPowerIterations);
        }
        int dim = o.dim != null ? o.dim : module instanceof ConvTranspose1d || module instanceof ConvTranspose2d
                || module instanceof ConvTranspose3d ? 1 : 0;
        Hook hook = new Hook(o.name, o.nPowerIterations, dim, o.eps);
        Parameter weight = Reparametrization.parameterOrNull(module, o.name);
        if (Reparametrization.uninitialized(module)) {
            throw new IllegalArgumentException("The module passed to `SpectralNorm` can't have uninitialized parameters. "
                    + "Make sure to run the dummy forward before applying spectral normalization");
        }
        if (weight == null) {
            throw new IllegalArgumentException("`SpectralNorm` cannot be applied as parameter `" + o.name + "` is None");
        }
        Reparametrization.requireTensorAttribute(module, o.name);
        Tensor u;
        Tensor v;
        try (var ng = Torch.noGrad()) {
            Tensor mat = hook.toMatrix(weight);
            u = F.normalize(weight.newEmpty(mat.size(0)).normal_(0, 1), 2, 0, o.eps);
            v = F.normalize(weight.newEmpty(mat.size(1)).normal_(0, 1), 2, 0, o.eps);
        }
        module.deleteAttribute(o.name);
        module.registerParameter(o.name + "_orig", weight);
        module.setAttribute(o.name, weight.detach());
        module.registerBuffer(o.name + "_u", u);
        module.registerBuffer(o.name + "_v", v);
        hook.handle = module.registerForwardPreHook(hook);
        return module;
    }

    /** PyTorch: {@code torch.nn.utils.remove_spectral_norm(module, name='weight')}. */
    public static <M extends Module> M removeSpectralNorm(M module) {
        return removeSpectralNorm(module, "weight");
    }

    /**
     * Undoes {@link #spectralNorm}: {@code name} becomes a new parameter holding {@code W / sigma} from the stored
     * u and v (no power iteration), registered after the module's other parameters, and {@code name_orig},
     * {@code name_u}, {@code name_v} and the hook go. PyTorch: {@code torch.nn.utils.remove_spectral_norm(module,
     * name='weight')}.
     */
    public static <M extends Module> M removeSpectralNorm(M module, String name) {
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Hook s && s.name.equals(name)) {
                Tensor weight;
                try (var ng = Torch.noGrad()) {
                    weight = s.compute(module, false);
                }
                module.deleteAttribute(name);
                module.deleteAttribute(name + "_u");
                module.deleteAttribute(name + "_v");
                module.deleteAttribute(name + "_orig");
                module.setAttribute(name, new Parameter(weight));
                s.handle.remove();
                return module;
            }
        }
        throw new IllegalArgumentException("spectral_norm of '" + name + "' not found in " + module);
    }
}
