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
 * {@code identity}, {@code l1_unstructured}, {@code random_unstructured}, {@code custom_from_mask}, {@code remove}
 * and {@code is_pruned}.
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

    // PyTorch's PruningContainer: the newest method prunes among the entries still kept (unstructured methods), or
    // sees the whole tensor and current mask (custom_from_mask)
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
