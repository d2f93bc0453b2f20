package jtorch.nn.utils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.RemovableHandle;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.optim.PyFloat;

/**
 * Pruning: a parameter {@code w} moves to {@code name_orig}, a 0/1 buffer {@code name_mask} (of w's dtype)
 * marks the entries kept, and {@code module.name} becomes {@code mask * name_orig}, recomputed by a forward
 * pre-hook before every forward, so pruned entries get no gradient. Pruning the same parameter again prunes
 * among the entries still kept (PyTorch's PruningContainer). PyTorch: {@code torch.nn.utils.prune}'s
 * {@code identity}, {@code l1_unstructured}, {@code random_unstructured}, {@code ln_structured},
 * {@code random_structured}, {@code global_unstructured}, {@code custom_from_mask}, {@code remove} and
 * {@code is_pruned}.
 *
 * <p>An {@code int} amount is a number of entries, a {@code double} amount a fraction of them (rounded half to
 * even, as Python's round), as PyTorch tells them apart by the argument's Python type.
 *
 * <pre>{@code
 * Prune.l1Unstructured(fc, "weight", 0.3);   // the 30% smallest |w| zeroed: state dict bias, weight_orig, weight_mask
 * Prune.remove(fc, "weight");                // weight is a parameter again, holding the pruned values
 * }</pre>
 */
public final class Prune {
    private Prune() {
    }

    // PyTorch's amount: an int counts entries, a float is a fraction
    private record Amount(double value, boolean integral) {
        static Amount of(double value, boolean integral) {
            if (integral ? value < 0 : !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("amount=" + (integral ? Long.toString((long) value)
                        : PyFloat.repr(value)) + " should either be a float in the range [0, 1] or a non-negative integer");
            }
            return new Amount(value, integral);
        }

        // PyTorch's _compute_nparams_toprune and _validate_pruning_amount
        int toPrune(int size) {
            long k = integral ? (long) value : (long) Math.rint(value * size);
            if (k > size) {
                throw new IllegalArgumentException("amount=" + k + " should be smaller than the number of parameters to "
                        + "prune=" + size);
            }
            return (int) k;
        }
    }

    // PyTorch's BasePruningMethod: the forward pre-hook that recomputes module.<name> as mask * orig
    private abstract static class Method implements Reparametrization.Hook {
        String tensorName;
        RemovableHandle handle;

        // the mask for importance scores t, starting from defaultMask (ones, or the current mask's kept part)
        abstract Tensor computeMask(Tensor t, Tensor defaultMask);

        Tensor applyMask(Module module) {
            Tensor mask = module.getAttribute(tensorName + "_mask");
            Tensor orig = module.getAttribute(tensorName + "_orig");
            return mask.to(orig.dtype()).mul(orig);
        }

        @Override
        public boolean reads(String attribute) {
            return attribute.equals(tensorName + "_orig") || attribute.equals(tensorName + "_mask");
        }

        @Override
        public Tensor[] apply(Module module, Tensor[] inputs) {
            module.setAttribute(tensorName, applyMask(module));
            return null;
        }
    }

    // PyTorch's prune.Identity
    private static final class Identity extends Method {
        @Override
        Tensor computeMask(Tensor t, Tensor defaultMask) {
            return defaultMask;
        }
    }

    // PyTorch's L1Unstructured and RandomUnstructured: zero the k entries of smallest |t| (or largest U(0, 1) draw)
    private static final class Unstructured extends Method {
        final Amount amount;
        final boolean random;

        Unstructured(Amount amount, boolean random) {
            this.amount = amount;
            this.random = random;
        }

        @Override
        Tensor computeMask(Tensor t, Tensor defaultMask) {
            int k = amount.toPrune(t.numel());
            Tensor mask = defaultMask.clone();
            if (k != 0) {
                Tensor indices = random ? Torch.randLike(t).view(-1).topk(k).indices()
                        : t.abs().view(-1).topk(k, -1, false).indices();
                mask.view(-1).indexFill_(0, indices, 0);
            }
            return mask;
        }
    }

    // PyTorch's LnStructured and RandomStructured: zero whole channels along dim, those of smallest L_n norm (or
    // the lowest of torch.rand(channels) draws), keeping what defaultMask already zeroes
    private static final class Structured extends Method {
        final Amount amount;
        final double n; // NaN: random channels
        final int dim;

        Structured(Amount amount, double n, int dim) {
            this.amount = amount;
            this.n = n;
            this.dim = dim;
        }

        @Override
        Tensor computeMask(Tensor t, Tensor defaultMask) {
            if (t.dim() <= 1) {
                throw new IllegalArgumentException("Structured pruning can only be applied to multidimensional tensors. "
                        + "Found tensor of shape " + t.shape() + " with " + t.dim() + " dims");
            }
            if (dim >= t.dim()) {
                throw new IndexOutOfBoundsException("Invalid index " + dim + " for tensor of size " + t.shape());
            }
            int d = dim < 0 ? dim + t.dim() : dim;
            int channels = t.size(d);
            int k = amount.toPrune(channels);
            if (k == 0) {
                return defaultMask;
            }
            Tensor keep;
            if (Double.isNaN(n)) {
                Tensor prob = Torch.rand(channels);
                keep = prob.gt(prob.kthvalue(k).values()).nonzero().view(-1);
            } else {
                int[] others = new int[t.dim() - 1];
                for (int i = 0, j = 0; i < t.dim(); i++) {
                    if (i != d) {
                        others[j++] = i;
                    }
                }
                keep = t.norm(n, others, false).topk(channels - k).indices();
            }
            Tensor mask = Torch.zerosLike(t).indexFill_(d, keep, 1);
            return mask.mul_(defaultMask.to(mask.dtype()));
        }
    }

    // PyTorch's CustomFromMask (a "global" method: it sees the whole tensor and the current mask)
    private static final class FromMask extends Method {
        final Tensor mask;

        FromMask(Tensor mask) {
            this.mask = mask;
        }

        @Override
        Tensor computeMask(Tensor t, Tensor defaultMask) {
            if (!Arrays.equals(defaultMask.sizes(), mask.sizes())) {
                // PyTorch's bare assert here has no message
                throw new IllegalArgumentException("custom_from_mask: the mask's shape " + Arrays.toString(mask.sizes())
                        + " differs from the parameter's " + Arrays.toString(defaultMask.sizes()));
            }
            return defaultMask.mul(mask.to(defaultMask.dtype()));
        }
    }

    // PyTorch's PruningContainer: the newest method prunes among the entries still kept (unstructured methods), the
    // channels not yet all zero (structured methods), or sees the whole tensor and current mask (custom_from_mask)
    private static final class Container extends Method {
        final List<Method> methods = new ArrayList<>();

        Container(Method first) {
            tensorName = first.tensorName;
            methods.add(first);
        }

        @Override
        Tensor computeMask(Tensor t, Tensor defaultMask) {
            Tensor mask = defaultMask.to(t.dtype());
            Method last = methods.getLast();
            if (last instanceof FromMask) {
                return last.computeMask(t, defaultMask).to(mask.dtype());
            }
            if (last instanceof Structured st) {
                // the channels along dim that are not all zero yet
                int d = st.dim < 0 ? st.dim + t.dim() : st.dim;
                if (d < 0) {
                    throw new IndexOutOfBoundsException("Index is out of bounds for tensor with dimensions " + t.dim());
                }
                int[] others = new int[t.dim() - 1];
                for (int i = 0, j = 0; i < t.dim(); i++) {
                    if (i != d) {
                        others[j++] = i;
                    }
                }
                Tensor channels = defaultMask.sum(others, false).ne(0).nonzero().view(-1);
                Tensor partial = st.computeMask(t.indexSelect(d, channels), defaultMask.indexSelect(d, channels));
                return mask.indexCopy_(d, channels, partial.to(mask.dtype()));
            }
            Tensor kept = defaultMask.eq(1);
            Tensor partial = last.computeMask(t.maskedSelect(kept), defaultMask.maskedSelect(kept));
            return mask.maskedScatter_(kept, partial.to(mask.dtype()));
        }
    }

    /** Prunes nothing: the mask is all ones. PyTorch: {@code torch.nn.utils.prune.identity(module, name)}. */
    public static <M extends Module> M identity(M module, String name) {
        return apply(module, name, new Identity(), null);
    }

    /**
     * Prunes the entries of parameter {@code name} where {@code mask} (same shape) is 0, on top of any earlier
     * pruning. PyTorch: {@code torch.nn.utils.prune.custom_from_mask(module, name, mask)}.
     */
    public static <M extends Module> M customFromMask(M module, String name, Tensor mask) {
        return apply(module, name, new FromMask(mask), null);
    }

    /**
     * Zeroes the fraction {@code amount} of entries of parameter {@code name} with the smallest absolute value.
     * PyTorch: {@code torch.nn.utils.prune.l1_unstructured(module, name, amount: float)}.
     */
    public static <M extends Module> M l1Unstructured(M module, String name, double amount) {
        return l1Unstructured(module, name, amount, null);
    }

    /**
     * Zeroes the {@code amount} entries of parameter {@code name} with the smallest absolute value. PyTorch:
     * {@code torch.nn.utils.prune.l1_unstructured(module, name, amount: int)}.
     */
    public static <M extends Module> M l1Unstructured(M module, String name, int amount) {
        return l1Unstructured(module, name, amount, null);
    }

    /**
     * {@link #l1Unstructured(Module, String, double)} ranking the entries by {@code importanceScores} (same
     * shape as the parameter) instead of the parameter itself. PyTorch: {@code
     * torch.nn.utils.prune.l1_unstructured(module, name, amount, importance_scores)}.
     */
    public static <M extends Module> M l1Unstructured(M module, String name, double amount, Tensor importanceScores) {
        return apply(module, name, new Unstructured(Amount.of(amount, false), false), importanceScores);
    }

    /**
     * {@link #l1Unstructured(Module, String, int)} ranking the entries by {@code importanceScores}. PyTorch:
     * {@code torch.nn.utils.prune.l1_unstructured(module, name, amount, importance_scores)}.
     */
    public static <M extends Module> M l1Unstructured(M module, String name, int amount, Tensor importanceScores) {
        return apply(module, name, new Unstructured(Amount.of(amount, true), false), importanceScores);
    }

    /**
     * Zeroes a random fraction {@code amount} of the entries of parameter {@code name}: the entries with the
     * largest of {@code torch.rand_like} draws from the default generator, as PyTorch draws them. PyTorch:
     * {@code torch.nn.utils.prune.random_unstructured(module, name, amount: float)}.
     */
    public static <M extends Module> M randomUnstructured(M module, String name, double amount) {
        return apply(module, name, new Unstructured(Amount.of(amount, false), true), null);
    }

    /**
     * Zeroes {@code amount} random entries of parameter {@code name}. PyTorch: {@code
     * torch.nn.utils.prune.random_unstructured(module, name, amount: int)}.
     */
    public static <M extends Module> M randomUnstructured(M module, String name, int amount) {
        return apply(module, name, new Unstructured(Amount.of(amount, true), true), null);
    }

    /**
     * Zeroes the fraction {@code amount} of the channels along {@code dim} of parameter {@code name} with the
     * smallest L{@code n} norm (n may be infinite; 2 is PyTorch's 'fro'), among the channels not pruned yet.
     * PyTorch: {@code torch.nn.utils.prune.ln_structured(module, name, amount: float, n, dim)}.
     */
    public static <M extends Module> M lnStructured(M module, String name, double amount, double n, int dim) {
        return lnStructured(module, name, amount, n, dim, null);
    }

    /**
     * Zeroes the {@code amount} channels along {@code dim} of parameter {@code name} with the smallest L{@code n}
     * norm. PyTorch: {@code torch.nn.utils.prune.ln_structured(module, name, amount: int, n, dim)}.
     */
    public static <M extends Module> M lnStructured(M module, String name, int amount, double n, int dim) {
        return lnStructured(module, name, amount, n, dim, null);
    }

    /**
     * {@link #lnStructured(Module, String, double, double, int)} ranking the channels of {@code importanceScores}
     * (same shape as the parameter). PyTorch: {@code torch.nn.utils.prune.ln_structured(module, name, amount, n,
     * dim, importance_scores)}.
     */
    public static <M extends Module> M lnStructured(M module, String name, double amount, double n, int dim,
                                                    Tensor importanceScores) {
        return apply(module, name, new Structured(Amount.of(amount, false), checkedNorm(n), dim), importanceScores);
    }

    /**
     * {@link #lnStructured(Module, String, int, double, int)} ranking the channels of {@code importanceScores}.
     * PyTorch: {@code torch.nn.utils.prune.ln_structured(module, name, amount, n, dim, importance_scores)}.
     */
    public static <M extends Module> M lnStructured(M module, String name, int amount, double n, int dim,
                                                    Tensor importanceScores) {
        return apply(module, name, new Structured(Amount.of(amount, true), checkedNorm(n), dim), importanceScores);
    }

    private static double checkedNorm(double n) {
        if (Double.isNaN(n)) {
            throw new IllegalArgumentException("ln_structured: the norm order n must be a number, got nan");
        }
        return n;
    }

    /**
     * Zeroes a random fraction {@code amount} of the channels along {@code dim} of parameter {@code name}, among
     * those not pruned yet: the channels with the lowest of {@code torch.rand(channels)} draws from the default
     * generator, as PyTorch draws them. PyTorch: {@code torch.nn.utils.prune.random_structured(module, name,
     * amount: float, dim)}.
     */
    public static <M extends Module> M randomStructured(M module, String name, double amount, int dim) {
        return apply(module, name, new Structured(Amount.of(amount, false), Double.NaN, dim), null);
    }

    /**
     * Zeroes {@code amount} random channels along {@code dim} of parameter {@code name}. PyTorch: {@code
     * torch.nn.utils.prune.random_structured(module, name, amount: int, dim)}.
     */
    public static <M extends Module> M randomStructured(M module, String name, int amount, int dim) {
        return apply(module, name, new Structured(Amount.of(amount, true), Double.NaN, dim), null);
    }

    /** A parameter to prune globally: the module and the parameter's name (PyTorch's {@code (module, name)} pair). */
    public record Target(Module module, String name) {
    }

    /** The pruning methods global pruning takes: PyTorch's {@code prune.L1Unstructured} and {@code RandomUnstructured}. */
    public enum GlobalMethod {
        /** PyTorch's {@code prune.L1Unstructured}: the entries of smallest absolute importance go. */
        L1_UNSTRUCTURED,
        /** PyTorch's {@code prune.RandomUnstructured}: entries chosen by {@code torch.rand_like} draws go. */
        RANDOM_UNSTRUCTURED
    }

    /**
     * Prunes the fraction {@code amount} of all the entries of the {@code parameters} taken together (ranked as one
     * flat vector, among the entries not pruned yet), then applies each parameter's share of the mask as
     * {@link #customFromMask}. PyTorch: {@code torch.nn.utils.prune.global_unstructured(parameters, pruning_method,
     * amount: float)}.
     */
    public static void globalUnstructured(List<Target> parameters, GlobalMethod method, double amount) {
        globalUnstructured(parameters, method, Amount.of(amount, false), java.util.Map.of());
    }

    /**
     * Prunes {@code amount} entries of the {@code parameters} taken together. PyTorch: {@code
     * torch.nn.utils.prune.global_unstructured(parameters, pruning_method, amount: int)}.
     */
    public static void globalUnstructured(List<Target> parameters, GlobalMethod method, int amount) {
        globalUnstructured(parameters, method, Amount.of(amount, true), java.util.Map.of());
    }

    /**
     * {@link #globalUnstructured(List, GlobalMethod, double)} ranking by {@code importanceScores} where given (a
     * parameter without an entry ranks by itself). PyTorch: {@code global_unstructured(parameters, pruning_method,
     * importance_scores, amount)}.
     */
    public static void globalUnstructured(List<Target> parameters, GlobalMethod method, double amount,
                                          java.util.Map<Target, Tensor> importanceScores) {
        globalUnstructured(parameters, method, Amount.of(amount, false), importanceScores);
    }

    /**
     * {@link #globalUnstructured(List, GlobalMethod, int)} ranking by {@code importanceScores} where given.
     * PyTorch: {@code global_unstructured(parameters, pruning_method, importance_scores, amount)}.
     */
    public static void globalUnstructured(List<Target> parameters, GlobalMethod method, int amount,
                                          java.util.Map<Target, Tensor> importanceScores) {
        globalUnstructured(parameters, method, Amount.of(amount, true), importanceScores);
    }

    private static void globalUnstructured(List<Target> parameters, GlobalMethod method, Amount amount,
                                           java.util.Map<Target, Tensor> importanceScores) {
        List<Tensor> scores = new ArrayList<>();
        List<Tensor> masks = new ArrayList<>();
        for (Target p : parameters) {
            Tensor current = p.module().getAttribute(p.name());
            scores.add(importanceScores.getOrDefault(p, current));
            boolean pruned = false;
            for (Module.ForwardPreHook h : p.module().forwardPreHooks()) {
                pruned |= h instanceof Method m && m.tensorName.equals(p.name());
            }
            masks.add(pruned ? p.module().getAttribute(p.name() + "_mask") : Torch.onesLike(current));
        }
        Method m = new Unstructured(amount, method == GlobalMethod.RANDOM_UNSTRUCTURED);
        m.tensorName = "temp";
        Tensor mask;
        try (var ng = Torch.noGrad()) {
            mask = new Container(m).computeMask(ConvertParameters.parametersToVector(scores),
                    ConvertParameters.parametersToVector(masks));
        }
        int at = 0;
        for (Target p : parameters) {
            Tensor param = p.module().getAttribute(p.name());
            int n = param.numel();
            customFromMask(p.module(), p.name(), mask.slice(0, at, at + n, 1).view(param.sizes()));
            at += n;
        }
    }

    // PyTorch's BasePruningMethod.apply; the mask is computed before the module changes, so a failure leaves it as
    // it was
    private static <M extends Module> M apply(M module, String name, Method method, Tensor importanceScores) {
        method.tensorName = name;
        Method old = null;
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Method m && m.tensorName.equals(name)) {
                old = m;
            }
        }
        Tensor orig = module.getAttribute(name);
        if (Reparametrization.uninitialized(module)) {
            // PyTorch fails later, in torch.ones_like, naming the uninitialized parameter
            throw new IllegalArgumentException("The module passed to prune can't have uninitialized parameters. Make "
                    + "sure to run the dummy forward before pruning");
        }
        if (importanceScores != null && (orig == null || !Arrays.equals(importanceScores.sizes(), orig.sizes()))) {
            // PyTorch's text, with the 17 spaces a line continuation inside its string leaves
            throw new IllegalArgumentException("importance_scores should have the same shape as parameter"
                    + " ".repeat(17) + name + " of " + module);
        }
        Tensor scores = importanceScores != null ? importanceScores : orig;
        Method hook = method;
        Tensor mask;
        if (old == null) {
            if (!(orig instanceof Parameter p)) {
                throw new IllegalArgumentException("cannot assign '" + (orig == null ? "None" : orig.type())
                        + "' object to parameter '" + name + "_orig' (torch.nn.Parameter or None required)");
            }
            Reparametrization.requireTensorAttribute(module, name);
            try (var ng = Torch.noGrad()) {
                mask = method.computeMask(scores, Torch.onesLike(orig));
            }
            module.registerParameter(name + "_orig", p);
            module.deleteAttribute(name);
        } else {
            Container c = old instanceof Container oc ? oc : new Container(old);
            c.methods.add(method);
            try (var ng = Torch.noGrad()) {
                mask = c.computeMask(scores, module.getAttribute(name + "_mask").detach().clone());
            }
            old.handle.remove();
            hook = c;
        }
        module.registerBuffer(name + "_mask", mask);
        module.setAttribute(name, hook.applyMask(module));
        hook.handle = module.registerForwardPreHook(hook);
        return module;
    }

    /**
     * Makes the pruning of {@code name} permanent: {@code name_orig} (the same Parameter, now holding the pruned
     * values) becomes {@code name} again, registered after the module's other parameters, and the mask and hook
     * go. PyTorch: {@code torch.nn.utils.prune.remove(module, name)}.
     */
    public static <M extends Module> M remove(M module, String name) {
        for (Module.ForwardPreHook h : module.forwardPreHooks()) {
            if (h instanceof Method m && m.tensorName.equals(name)) {
                Parameter orig = (Parameter) module.getAttribute(name + "_orig");
                try (var ng = Torch.noGrad()) {
                    orig.copy_(m.applyMask(module));
                }
                module.deleteAttribute(name);
                module.deleteAttribute(name + "_orig");
                module.deleteAttribute(name + "_mask");
                module.setAttribute(name, orig);
                m.handle.remove();
                return module;
            }
        }
        throw new IllegalArgumentException("Parameter '" + name + "' of module " + module
                + " has to be pruned before pruning can be removed");
    }

    /**
     * Whether {@code module} or any of its submodules has a pruning hook. PyTorch: {@code
     * torch.nn.utils.prune.is_pruned(module)}.
     */
    public static boolean isPruned(Module module) {
        for (Module m : module.modules()) {
            for (Module.ForwardPreHook h : m.forwardPreHooks()) {
                if (h instanceof Method) {
                    return true;
                }
            }
        }
        return false;
    }
}
