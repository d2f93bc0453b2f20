package jtorch.internal.ops;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;

/**
 * CPU autocast: PyTorch 1.13's {@code AutocastCPU} dispatch key (aten/src/ATen/autocast_mode.cpp). Holds the
 * thread-local autocast state {@code torch.autocast} sets (as PyTorch keeps it in thread-local storage) and
 * applies the cast policy of the ops in 1.13's CPU lists before they run:
 * <ul>
 *   <li>{@link Policy#LOWER_PRECISION_FP}: floating arguments go to the autocast dtype (bfloat16);</li>
 *   <li>{@link Policy#FP32}: floating arguments go to float32;</li>
 *   <li>{@link Policy#PROMOTE}: floating arguments go to the widest of them (float32 if any is float32).</li>
 * </ul>
 * As PyTorch's {@code cached_cast}, only CPU tensors of a floating dtype other than float64 are eligible; others
 * pass unchanged. The casts are ordinary {@code to(dtype)} nodes, so gradients reach float32 parameters in
 * float32. The op then runs with CPU autocast off (PyTorch's {@code ExcludeDispatchKeyGuard(AutocastCPU)}), so the
 * ops it is built from are not cast again.
 *
 * <p>Order against function modes: autocast sits below them, as PyTorch's {@code AutocastCPU} key sits below
 * Python's {@code __torch_function__}. A mode sees an autocast op with the user's arguments; the casts run
 * after the modes, hidden from them.
 */
public final class AutocastPolicy {
    /** How an op of the CPU lists casts its floating arguments. */
    public enum Policy { LOWER_PRECISION_FP, FP32, PROMOTE }

    /** PyTorch's thread-local autocast state (the AutocastCPU/AutocastCUDA key exclusion, dtypes, cache). */
    private static final class State {
        boolean cpuEnabled;
        boolean gpuEnabled;
        DType cpuDtype = DType.BFLOAT16;
        DType gpuDtype = DType.FLOAT16;
        boolean cacheEnabled = true;
        int nesting;
        // casts of float32 leaves that require grad, keyed by identity as PyTorch keys by TensorImpl*
        final Map<Tensor, Tensor> cache = new IdentityHashMap<>();
    }

    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private AutocastPolicy() {
    }

    public static boolean isCpuEnabled() {
        return STATE.get().cpuEnabled;
    }

    public static void setCpuEnabled(boolean enabled) {
        STATE.get().cpuEnabled = enabled;
    }

    public static boolean isGpuEnabled() {
        return STATE.get().gpuEnabled;
    }

    public static void setGpuEnabled(boolean enabled) {
        STATE.get().gpuEnabled = enabled;
    }

    public static DType cpuDtype() {
        return STATE.get().cpuDtype;
    }

    public static void setCpuDtype(DType dtype) {
        if (dtype != DType.BFLOAT16) {
            throw new IllegalArgumentException(
                    "Currently, AutocastCPU only support Bfloat16 as the autocast_cpu_dtype");
        }
        STATE.get().cpuDtype = dtype;
    }

    public static DType gpuDtype() {
        return STATE.get().gpuDtype;
    }

    public static void setGpuDtype(DType dtype) {
        STATE.get().gpuDtype = dtype;
    }

    public static boolean isCacheEnabled() {
        return STATE.get().cacheEnabled;
    }

    public static void setCacheEnabled(boolean enabled) {
        STATE.get().cacheEnabled = enabled;
    }

    public static void clearCache() {
        STATE.get().cache.clear();
    }

    /** The number of cached casts on this thread (for tests of the cache's lifetime). */
    public static int cacheSize() {
        return STATE.get().cache.size();
    }

    public static int incrementNesting() {
        return ++STATE.get().nesting;
    }

    public static int decrementNesting() {
        return --STATE.get().nesting;
    }

    /**
     * Runs an op of 1.13's CPU autocast lists: with CPU autocast off, {@code body} on {@code args} as given;
     * with it on, {@code body} on the cast arguments with autocast off. {@code op} is the dispatched op a function
     * mode sees with the user's arguments (null for a composite, whose parts the modes see as usual).
     * {@code args} may hold null entries (an absent bias).
     */
    @SuppressWarnings("unchecked")
    public static <R> R run(Policy policy, OpDef op, Tensor[] args, Function<Tensor[], R> body) {
        State s = STATE.get();
        if (!s.cpuEnabled) {
            return body.apply(args);
        }
        if (op != null && TorchFunctionMode.anyActive()) {
            // the modes see the user's call; below them (all modes suspended) the casts and the op run
            List<Object> seen = Collections.unmodifiableList(Arrays.asList((Object[]) args.clone()));
            return (R) OpCall.dispatch(op, seen, null, o -> castAndRun(s, policy, args, body));
        }
        return castAndRun(s, policy, args, body);
    }

    /** {@link #run} with {@link Policy#LOWER_PRECISION_FP}. */
    public static <R> R lower(OpDef op, Tensor[] args, Function<Tensor[], R> body) {
        return run(Policy.LOWER_PRECISION_FP, op, args, body);
    }

    /** {@link #run} with {@link Policy#FP32}. */
    public static <R> R fp32(OpDef op, Tensor[] args, Function<Tensor[], R> body) {
        return run(Policy.FP32, op, args, body);
    }

    /** {@link #run} with {@link Policy#PROMOTE}. */
    public static <R> R promote(OpDef op, Tensor[] args, Function<Tensor[], R> body) {
        return run(Policy.PROMOTE, op, args, body);
    }

    private static <R> R castAndRun(State s, Policy policy, Tensor[] args, Function<Tensor[], R> body) {
        DType target = switch (policy) {
            case LOWER_PRECISION_FP -> s.cpuDtype;
            case FP32 -> DType.FLOAT32;
            case PROMOTE -> promoteType(s.cpuDtype, args);
        };
        Tensor[] cast = new Tensor[args.length];
        for (int i = 0; i < args.length; i++) {
            cast[i] = cachedCast(s, target, args[i]);
        }
        s.cpuEnabled = false;
        try {
            return body.apply(cast);
        } finally {
            s.cpuEnabled = true;
        }
    }

    private static boolean eligible(Tensor t) {
        return t != null && t.device() == Device.CPU && t.dtype().isFloatingPoint() && t.dtype() != DType.FLOAT64;
    }

    // PyTorch's cached_cast: only the lower-precision casts of float32 leaves that require grad (the weights)
    // are cached, for the rest of the outermost autocast region
    private static Tensor cachedCast(State s, DType target, Tensor t) {
        if (!eligible(t) || t.dtype() == target) {
            return t;
        }
        boolean canCache = target == s.cpuDtype && t.dtype() == DType.FLOAT32 && t.requiresGrad() && t.isLeaf()
                && t.base() == null && s.cacheEnabled;
        if (!canCache) {
            return CopyOps.castBelowModes(t, target);
        }
        return s.cache.computeIfAbsent(t, k -> CopyOps.castBelowModes(k, target));
    }

    // PyTorch's promote_type/prioritize: float32 wins over the lower dtype; float64 and non-floating are ignored
    private static DType promoteType(DType lower, Tensor[] args) {
        DType current = lower;
        for (Tensor t : args) {
            if (!eligible(t)) {
                continue;
            }
            DType next = t.dtype();
            if (current == DType.FLOAT32 || next == DType.FLOAT32) {
                current = DType.FLOAT32;
            } else if (current != lower || next != lower) {
                throw new IllegalStateException("Unexpected floating ScalarType in at::autocast::prioritize");
            }
        }
        return current;
    }
}
