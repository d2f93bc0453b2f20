package jtorch;

import java.util.List;
import java.util.function.Supplier;
import jtorch.autograd.Autograd;
import jtorch.autograd.GradMode;
import jtorch.internal.kernels.Kernels;
import jtorch.internal.kernels.Parallel;
import jtorch.internal.ops.ComparisonOps;
import jtorch.internal.ops.CreationOps;
import jtorch.internal.ops.GatherScatterOps;
import jtorch.internal.ops.IndexingOps;
import jtorch.internal.ops.JoinOps;
import jtorch.internal.ops.PointwiseOps;
import jtorch.internal.ops.RandomOps;

/**
 * Factories and free functions: PyTorch's {@code torch.*} namespace. Tensor methods have the same
 * names; the static forms here take the tensor first ({@code Torch.exp(x)} is {@code x.exp()}).
 * Keyword arguments are {@link TensorOptions}: {@code Torch.zeros(Torch.options().dtype(DType.INT64), 2, 3)}.
 */
public final class Torch {
    private static volatile DType defaultDtype = DType.FLOAT32;

    private Torch() {
    }

    // ---------------------------------------------------------------- global state

    /** Fresh factory options (default dtype, cpu, no grad). */
    public static TensorOptions options() {
        return TensorOptions.DEFAULT;
    }

    public static DType getDefaultDtype() {
        return defaultDtype;
    }

    /** Sets the default floating dtype (float32 or float64). PyTorch: {@code torch.set_default_dtype}. */
    public static void setDefaultDtype(DType d) {
        if (!d.isFloatingPoint()) {
            throw new IllegalArgumentException("only floating-point types are supported as the default type");
        }
        defaultDtype = d;
    }

    /** Seeds the default generator. PyTorch: {@code torch.manual_seed}. */
    public static Generator manualSeed(long seed) {
        return Generator.defaultGenerator().manualSeed(seed);
    }

    public static long initialSeed() {
        return Generator.defaultGenerator().initialSeed();
    }

    /**
     * Gradient mode off until the guard closes. PyTorch: {@code with torch.no_grad():}. Prefer the lambda
     * form {@link #noGrad(Runnable)}, or use this one only in try-with-resources:
     * {@code try (var g = Torch.noGrad()) { ... }}; a bare {@code Torch.noGrad();} switches autograd off for
     * the rest of the thread (a later {@code backward()} error then names the line that created it).
     */
    public static GradMode.Guard noGrad() {
        return GradMode.set(false, "Torch.noGrad() guard", callerFrame());
    }

    // the frame that called the public method: cheap (one frame, no full stack trace)
    private static final StackWalker CALLER = StackWalker.getInstance();

    private static StackTraceElement callerFrame() {
        return CALLER.walk(s -> s.skip(2).findFirst().map(StackWalker.StackFrame::toStackTraceElement).orElse(null));
    }

    /** Runs {@code body} with gradient recording off and returns its result. PyTorch: {@code with torch.no_grad():}. */
    public static <T> T noGrad(Supplier<T> body) {
        try (GradMode.Guard g = GradMode.disable()) {
            return body.get();
        }
    }

    /** Runs {@code body} with gradient recording off. PyTorch: {@code with torch.no_grad():}. */
    public static void noGrad(Runnable body) {
        try (GradMode.Guard g = GradMode.disable()) {
            body.run();
        }
    }

    /** Gradient mode on until the guard closes. PyTorch: {@code with torch.enable_grad():}. */
    public static GradMode.Guard enableGrad() {
        return GradMode.enable();
    }

    /**
     * Sets gradient mode for this thread; the returned guard restores the previous mode. PyTorch:
     * {@code torch.set_grad_enabled(mode)} (as a function or a context manager).
     */
    public static GradMode.Guard setGradEnabled(boolean enabled) {
        return enabled ? GradMode.set(true) : GradMode.set(false, "Torch.setGradEnabled(false) guard", callerFrame());
    }

    /** Whether gradient mode is on for this thread. PyTorch: {@code torch.is_grad_enabled()}. */
    public static boolean isGradEnabled() {
        return GradMode.isEnabled();
    }

    /**
     * Sets the number of threads kernels use (the caller plus workers of one shared pool; default: the
     * available processors). Results do not depend on it beyond float summation order. PyTorch:
     * {@code torch.set_num_threads}.
     */
    public static void setNumThreads(int n) {
        Parallel.setNumThreads(n);
    }

    /** The number of threads kernels use. PyTorch: {@code torch.get_num_threads}. */
    public static int getNumThreads() {
        return Parallel.numThreads();
    }

    /**
     * The CPU kernels in use: the Vector API provider with its vector width, or the plain-Java one.
     * PyTorch: {@code torch.backends.cpu.get_cpu_capability()}.
     */
    public static String cpuCapability() {
        return Kernels.get().name();
    }

    /** {@code torch.autograd}: grad, backward, gradcheck. */
    public static Autograd autograd() {
        return Autograd.INSTANCE;
    }

    /** {@code torch.cuda}: never available in this CPU build. */
    public static Cuda cuda() {
        return Cuda.INSTANCE;
    }

    /** What {@code torch.cuda} reports on a machine without CUDA. */
    public static final class Cuda {
        static final Cuda INSTANCE = new Cuda();

        private Cuda() {
        }

        public boolean isAvailable() {
            return false;
        }

        public int deviceCount() {
            return 0;
        }
    }

    // ---------------------------------------------------------------- scalars as tensors

    /** A Java double as an operand (a "wrapped number": it does not decide the result dtype). */
    public static Tensor wrap(double v) {
        return scalarTensor(v, DType.FLOAT64).markWrappedNumber();
    }

    /** A Java long as an operand; int tensors stay int ({@code x.add(2)}). */
    public static Tensor wrap(long v) {
        Tensor t = new Tensor(Storage.allocate(DType.INT64, 1), new int[0], new int[0], 0);
        t.storage().setLong(0, v);
        return t.markWrappedNumber();
    }

    /** A wrapped number already in the dtype it will be computed in. */
    public static Tensor wrap(double v, DType dtype) {
        return scalarTensor(v, dtype).markWrappedNumber();
    }

    /** A 0-d tensor of {@code dtype} holding an integer exactly (int64 values beyond 2^53 survive). */
    public static Tensor wrapLong(long v, DType dtype) {
        Tensor t = new Tensor(Storage.allocate(dtype, 1), new int[0], new int[0], 0);
        t.storage().setLong(0, v);
        return t;
    }

    /** A 0-d tensor of {@code dtype} holding v. */
    public static Tensor scalarTensor(double v, DType dtype) {
        Tensor t = new Tensor(Storage.allocate(dtype, 1), new int[0], new int[0], 0);
        t.storage().setDouble(0, v);
        return t;
    }

    // ---------------------------------------------------------------- factories

    public static Tensor tensor(double value) {
        return CreationOps.tensor(options(), value);
    }

    public static Tensor tensor(long value) {
        return CreationOps.tensor(options(), value);
    }

    public static Tensor tensor(boolean value) {
        return CreationOps.tensor(options(), value);
    }

    /** From a Java array or nested array ({@code double[][]}, {@code long[]}, {@code boolean[]}, ...). */
    public static Tensor tensor(Object data) {
        return CreationOps.tensor(options(), data);
    }

    public static Tensor tensor(Object data, DType dtype) {
        return CreationOps.tensor(options().dtype(dtype), data);
    }

    public static Tensor tensor(Object data, TensorOptions o) {
        return CreationOps.tensor(o, data);
    }

    /** Wraps a primitive array (no copy), keeping its type; optional shape. PyTorch: {@code torch.from_numpy}. */
    public static Tensor fromArray(float[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    public static Tensor fromArray(double[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    public static Tensor fromArray(long[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    public static Tensor fromArray(int[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    public static Tensor fromArray(boolean[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    public static Tensor fromArray(byte[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    public static Tensor empty(int... shape) {
        return CreationOps.empty(options(), shape);
    }

    public static Tensor empty(TensorOptions o, int... shape) {
        return CreationOps.empty(o, shape);
    }

    public static Tensor zeros(int... shape) {
        return CreationOps.zeros(options(), shape);
    }

    public static Tensor zeros(TensorOptions o, int... shape) {
        return CreationOps.zeros(o, shape);
    }

    public static Tensor ones(int... shape) {
        return CreationOps.ones(options(), shape);
    }

    public static Tensor ones(TensorOptions o, int... shape) {
        return CreationOps.ones(o, shape);
    }

    /** Filled with a Python-float {@code value}: the default float dtype. PyTorch: {@code torch.full(size, 7.5)}. */
    public static Tensor full(int[] shape, double value) {
        return CreationOps.full(options(), value, shape);
    }

    /** Filled with a Python-int {@code value}: int64, as {@code torch.full(size, 7)} is. */
    public static Tensor full(int[] shape, long value) {
        return CreationOps.full(options(), value, shape);
    }

    /** Filled with a bool: a bool tensor. */
    public static Tensor full(int[] shape, boolean value) {
        return CreationOps.full(options(), value, shape);
    }

    /** {@link #full(int[], double)} with options; the value must fit an explicit dtype. */
    public static Tensor full(TensorOptions o, double value, int... shape) {
        return CreationOps.full(o, value, shape);
    }

    public static Tensor full(TensorOptions o, long value, int... shape) {
        return CreationOps.full(o, value, shape);
    }

    public static Tensor full(TensorOptions o, boolean value, int... shape) {
        return CreationOps.full(o, value, shape);
    }

    public static Tensor eye(int n) {
        return CreationOps.eye(options(), n, n);
    }

    public static Tensor eye(int n, int m) {
        return CreationOps.eye(options(), n, m);
    }

    public static Tensor eye(TensorOptions o, int n, int m) {
        return CreationOps.eye(o, n, m);
    }

    /** 0, 1, ..., end-1 as int64. PyTorch: {@code torch.arange(5)}. */
    public static Tensor arange(long end) {
        return CreationOps.arange(options(), 0L, end, 1L);
    }

    public static Tensor arange(long start, long end) {
        return CreationOps.arange(options(), start, end, 1L);
    }

    public static Tensor arange(long start, long end, long step) {
        return CreationOps.arange(options(), start, end, step);
    }

    /** Floating arange (default dtype), as {@code torch.arange(5.0)}. */
    public static Tensor arange(double end) {
        return CreationOps.arange(options(), 0L, end, 1L);
    }

    public static Tensor arange(double start, double end) {
        return CreationOps.arange(options(), start, end, 1L);
    }

    public static Tensor arange(double start, double end, double step) {
        return CreationOps.arange(options(), start, end, step);
    }

    /**
     * arange with options; Integer/Long arguments count as Python ints, Double ones as floats (an
     * integer dtype truncates them). PyTorch: {@code torch.arange(start, end, step, dtype=...)}.
     */
    public static Tensor arange(TensorOptions o, Number start, Number end, Number step) {
        return CreationOps.arange(o, start, end, step);
    }

    public static Tensor arange(TensorOptions o, Number start, Number end) {
        return CreationOps.arange(o, start, end, 1L);
    }

    public static Tensor arange(TensorOptions o, Number end) {
        return CreationOps.arange(o, 0L, end, 1L);
    }

    public static Tensor linspace(double start, double end, int steps) {
        return CreationOps.linspace(options(), start, end, steps);
    }

    public static Tensor linspace(TensorOptions o, double start, double end, int steps) {
        return CreationOps.linspace(o, start, end, steps);
    }

    /** Uniform [0, 1). PyTorch: {@code torch.rand}. */
    public static Tensor rand(int... shape) {
        return rand(options(), shape);
    }

    public static Tensor rand(TensorOptions o, int... shape) {
        return RandomOps.uniform_(empty(o.requiresGrad(false), shape), 0, 1, null).requiresGrad_(o.requiresGrad());
    }

    public static Tensor rand(Generator g, int... shape) {
        return RandomOps.uniform_(empty(shape), 0, 1, g);
    }

    /** Standard normal. PyTorch: {@code torch.randn}. */
    public static Tensor randn(int... shape) {
        return randn(options(), shape);
    }

    public static Tensor randn(TensorOptions o, int... shape) {
        return RandomOps.normal_(empty(o.requiresGrad(false), shape), 0, 1, null).requiresGrad_(o.requiresGrad());
    }

    public static Tensor randn(Generator g, int... shape) {
        return RandomOps.normal_(empty(shape), 0, 1, g);
    }

    /** Integers uniformly from [low, high), int64. PyTorch: {@code torch.randint(low, high, size)}. */
    public static Tensor randint(long low, long high, int... shape) {
        return RandomOps.random_(empty(options().dtype(DType.INT64), shape), low, high, null);
    }

    public static Tensor randint(long high, int[] shape) {
        return randint(0, high, shape);
    }

    public static Tensor randperm(int n) {
        return RandomOps.randperm(n, null);
    }

    public static Tensor randperm(int n, Generator g) {
        return RandomOps.randperm(n, g);
    }

    private static TensorOptions like(Tensor t) {
        return options().dtype(t.dtype()).device(t.device());
    }

    public static Tensor emptyLike(Tensor t) {
        return empty(like(t), t.shape());
    }

    public static Tensor zerosLike(Tensor t) {
        return zeros(like(t), t.shape());
    }

    public static Tensor onesLike(Tensor t) {
        return ones(like(t), t.shape());
    }

    public static Tensor fullLike(Tensor t, double value) {
        return full(like(t), value, t.shape());
    }

    public static Tensor fullLike(Tensor t, long value) {
        return full(like(t), value, t.shape());
    }

    public static Tensor randLike(Tensor t) {
        return rand(like(t), t.shape());
    }

    public static Tensor randnLike(Tensor t) {
        return randn(like(t), t.shape());
    }

    public static Tensor randintLike(Tensor t, long low, long high) {
        return RandomOps.random_(empty(like(t), t.shape()), low, high, null);
    }

    // ---------------------------------------------------------------- free functions

    public static Tensor cat(List<Tensor> tensors, int dim) {
        return JoinOps.cat(tensors, dim);
    }

    public static Tensor cat(List<Tensor> tensors) {
        return JoinOps.cat(tensors, 0);
    }

    public static Tensor stack(List<Tensor> tensors, int dim) {
        return JoinOps.stack(tensors, dim);
    }

    public static Tensor stack(List<Tensor> tensors) {
        return JoinOps.stack(tensors, 0);
    }

    public static List<Tensor> split(Tensor t, int splitSize, int dim) {
        return t.split(splitSize, dim);
    }

    public static List<Tensor> split(Tensor t, int[] sections, int dim) {
        return t.split(sections, dim);
    }

    public static List<Tensor> chunk(Tensor t, int chunks, int dim) {
        return t.chunk(chunks, dim);
    }

    /** {@code condition ? x : y} elementwise, broadcasting all three. PyTorch: {@code torch.where}. */
    public static Tensor where(Tensor condition, Tensor x, Tensor y) {
        return ComparisonOps.where(condition, x, y);
    }

    /** {@link #where(Tensor, Tensor, Tensor)} with a Python-float {@code y}. */
    public static Tensor where(Tensor condition, Tensor x, double y) {
        return ComparisonOps.where(condition, x, wrap(y));
    }

    /** {@link #where(Tensor, Tensor, Tensor)} with a Python-int {@code y} (an integer x keeps its dtype). */
    public static Tensor where(Tensor condition, Tensor x, long y) {
        return ComparisonOps.where(condition, x, wrap(y));
    }

    public static Tensor where(Tensor condition, double x, Tensor y) {
        return ComparisonOps.where(condition, wrap(x), y);
    }

    public static Tensor where(Tensor condition, long x, Tensor y) {
        return ComparisonOps.where(condition, wrap(x), y);
    }

    public static Tensor maskedSelect(Tensor t, Tensor mask) {
        return IndexingOps.maskedSelect(t, mask);
    }

    public static Tensor take(Tensor t, Tensor index) {
        return GatherScatterOps.take(t, index);
    }

    public static Tensor gather(Tensor t, int dim, Tensor index) {
        return GatherScatterOps.gather(t, dim, index);
    }

    public static Tensor indexSelect(Tensor t, int dim, Tensor index) {
        return GatherScatterOps.indexSelect(t, dim, index);
    }

    public static Tensor mm(Tensor a, Tensor b) {
        return a.mm(b);
    }

    public static Tensor bmm(Tensor a, Tensor b) {
        return a.bmm(b);
    }

    public static Tensor mv(Tensor a, Tensor vec) {
        return a.mv(vec);
    }

    public static Tensor matmul(Tensor a, Tensor b) {
        return a.matmul(b);
    }

    public static Tensor dot(Tensor a, Tensor b) {
        return a.dot(b);
    }

    public static Tensor outer(Tensor a, Tensor b) {
        return a.outer(b);
    }

    public static Tensor add(Tensor a, Tensor b) {
        return a.add(b);
    }

    public static Tensor sub(Tensor a, Tensor b) {
        return a.sub(b);
    }

    public static Tensor mul(Tensor a, Tensor b) {
        return a.mul(b);
    }

    public static Tensor div(Tensor a, Tensor b) {
        return a.div(b);
    }

    public static Tensor pow(Tensor a, double exponent) {
        return a.pow(exponent);
    }

    public static Tensor pow(Tensor a, Tensor exponent) {
        return a.pow(exponent);
    }

    public static Tensor exp(Tensor x) {
        return x.exp();
    }

    public static Tensor log(Tensor x) {
        return x.log();
    }

    public static Tensor sqrt(Tensor x) {
        return x.sqrt();
    }

    public static Tensor rsqrt(Tensor x) {
        return x.rsqrt();
    }

    public static Tensor abs(Tensor x) {
        return x.abs();
    }

    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    public static Tensor erf(Tensor x) {
        return PointwiseOps.erf(x);
    }

    public static Tensor clamp(Tensor x, Number min, Number max) {
        return x.clamp(min, max);
    }

    public static Tensor maximum(Tensor a, Tensor b) {
        return a.maximum(b);
    }

    public static Tensor minimum(Tensor a, Tensor b) {
        return a.minimum(b);
    }

    public static Tensor eq(Tensor a, Tensor b) {
        return a.eq(b);
    }

    public static boolean equal(Tensor a, Tensor b) {
        return a.equal(b);
    }

    public static boolean allclose(Tensor a, Tensor b) {
        return a.allclose(b);
    }

    public static boolean allclose(Tensor a, Tensor b, double rtol, double atol) {
        return a.allclose(b, rtol, atol, false);
    }

    public static Tensor isclose(Tensor a, Tensor b) {
        return a.isclose(b);
    }

    public static Tensor sum(Tensor x) {
        return x.sum();
    }

    public static Tensor mean(Tensor x) {
        return x.mean();
    }

    public static Tensor argmax(Tensor x) {
        return x.argmax();
    }

    public static Tensor logsumexp(Tensor x, int dim) {
        return x.logsumexp(dim);
    }

    public static Tensor cumsum(Tensor x, int dim) {
        return x.cumsum(dim);
    }

    public static Tensor flatten(Tensor x) {
        return x.flatten();
    }

    public static Tensor squeeze(Tensor x) {
        return x.squeeze();
    }

    public static Tensor unsqueeze(Tensor x, int dim) {
        return x.unsqueeze(dim);
    }

    public static Tensor transpose(Tensor x, int dim0, int dim1) {
        return x.transpose(dim0, dim1);
    }

    public static Tensor permute(Tensor x, int... dims) {
        return x.permute(dims);
    }

    public static Tensor reshape(Tensor x, int... shape) {
        return x.reshape(shape);
    }

    public static Tensor clone(Tensor x) {
        return x.clone();
    }
}
