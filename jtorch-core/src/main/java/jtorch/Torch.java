package jtorch;

import java.util.List;
import java.util.function.Supplier;
import jtorch.autograd.AnomalyMode;
import jtorch.autograd.Autograd;
import jtorch.autograd.GradMode;
import jtorch.internal.kernels.Kernels;
import jtorch.internal.kernels.Parallel;
import jtorch.internal.ops.StftOps;
import jtorch.internal.ops.StorageOps;
import jtorch.internal.ops.ActivationOps;
import jtorch.internal.ops.ArithmeticOps;
import jtorch.internal.ops.ArrangeOps;
import jtorch.internal.ops.AutocastPolicy;
import jtorch.internal.ops.CdistOps;
import jtorch.internal.ops.BinaryMathOps;
import jtorch.internal.ops.ComparisonOps;
import jtorch.internal.ops.ConvOps;
import jtorch.internal.ops.CreationOps;
import jtorch.internal.ops.DistanceOps;
import jtorch.internal.ops.DropoutOps;
import jtorch.internal.ops.EmbeddingOps;
import jtorch.internal.ops.LowRankOps;
import jtorch.internal.ops.FillOps;
import jtorch.internal.ops.EinsumOps;
import jtorch.internal.ops.DropoutOps;
import jtorch.internal.ops.GatherScatterOps;
import jtorch.internal.ops.HistogramOps;
import jtorch.internal.ops.IndexLookupOps;
import jtorch.internal.ops.IndexingOps;
import jtorch.internal.ops.InstanceNormOps;
import jtorch.internal.ops.JoinOps;
import jtorch.internal.ops.NumericOps;
import jtorch.internal.ops.LinearOps;
import jtorch.internal.ops.LossOps;
import jtorch.internal.ops.NormOps;
import jtorch.internal.ops.NumericalGradientOps;
import jtorch.internal.ops.PadOps;
import jtorch.internal.ops.PiecewiseActivationOps;
import jtorch.internal.ops.PointwiseOps;
import jtorch.internal.ops.ProductOps;
import jtorch.internal.ops.PoolOps;
import jtorch.internal.ops.DistRenormOps;
import jtorch.internal.ops.HouseholderOps;
import jtorch.internal.ops.LuOps;
import jtorch.internal.ops.RandomOps;
import jtorch.internal.ops.ShuffleOps;
import jtorch.internal.ops.SmoothActivationOps;
import jtorch.internal.ops.SoftmaxOps;
import jtorch.internal.ops.TrapezoidOps;
import jtorch.internal.ops.TypePromotion;
import jtorch.internal.ops.WindowOps;
import jtorch.internal.ops.ReductionOps;
import jtorch.internal.ops.SmoothActivationOps;
import jtorch.internal.ops.StackSplitOps;

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

    /** PyTorch: {@code torch.get_default_dtype() -> torch.dtype}. */
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

    /** PyTorch: {@code torch.initial_seed() -> int}. */
    public static long initialSeed() {
        return Generator.defaultGenerator().initialSeed();
    }

    /**
     * The default generator's state as a uint8 tensor of 5056 bytes, PyTorch's {@code CPUGeneratorImplState}
     * layout, so states move between jtorch and PyTorch. PyTorch: {@code torch.get_rng_state()}.
     */
    public static Tensor getRngState() {
        byte[] state = Generator.defaultGenerator().getState();
        return new Tensor(Storage.wrap(DType.UINT8, state), new int[] {state.length}, new int[] {1}, 0);
    }

    /**
     * Restores the default generator from {@link #getRngState()} or {@code torch.get_rng_state()} bytes.
     * PyTorch: {@code torch.set_rng_state(new_state)}.
     *
     * @throws IllegalArgumentException if the tensor is not a uint8 tensor holding a valid state
     */
    public static void setRngState(Tensor newState) {
        if (newState.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("expected a torch.ByteTensor, but got " + newState.dtype().tensorTypeName());
        }
        Tensor c = newState.contiguous();
        byte[] bytes = new byte[c.numel()];
        System.arraycopy((byte[]) c.storage().data(), c.storageOffset(), bytes, 0, bytes.length);
        Generator.defaultGenerator().setState(bytes);
    }

    // ---------------------------------------------------------------- checkpoints

    /**
     * Saves tensors, state dicts and nested maps/lists of them with Java primitives and strings in PyTorch's zip
     * format (or safetensors for a {@code .safetensors} name), atomically. PyTorch: {@code torch.save(obj, f)}.
     * See {@link jtorch.serialization.Serialization}.
     */
    public static void save(Object obj, java.nio.file.Path path) {
        jtorch.serialization.Serialization.save(obj, path);
    }

    /** {@link #save(Object, java.nio.file.Path)} to a path given as a string. PyTorch: {@code torch.save(obj, f)}. */
    public static void save(Object obj, String path) {
        jtorch.serialization.Serialization.save(obj, java.nio.file.Path.of(path));
    }

    /** Saves in the given format. PyTorch: {@code torch.save(obj, f)} / safetensors' {@code save_file}. */
    public static void save(Object obj, java.nio.file.Path path, jtorch.serialization.Format format) {
        jtorch.serialization.Serialization.save(obj, path, format);
    }

    /**
     * Loads what {@code torch.save} (zip or legacy format), safetensors or {@link #save} wrote, through a
     * restricted unpickler. PyTorch: {@code torch.load(f)}. See {@link jtorch.serialization.Serialization}.
     */
    public static <T> T load(java.nio.file.Path path) {
        return jtorch.serialization.Serialization.load(path);
    }

    /** {@link #load(java.nio.file.Path)} from a path given as a string. PyTorch: {@code torch.load(f)}. */
    public static <T> T load(String path) {
        return jtorch.serialization.Serialization.load(java.nio.file.Path.of(path));
    }

    /** Loads with {@code map_location} ({@code "cpu"}, {@code "meta"}). PyTorch: {@code torch.load(f, map_location)}. */
    public static <T> T load(java.nio.file.Path path, String mapLocation) {
        return jtorch.serialization.Serialization.load(path, mapLocation);
    }

    /**
     * Loads a module saved whole with {@code Torch.save(net, path)}, rebuilt through its no-argument constructor
     * (or a registered factory); only subclasses of {@code type} are built. PyTorch: {@code net = torch.load(f)}.
     */
    public static <T extends jtorch.nn.Module> T loadModule(java.nio.file.Path path, Class<T> type) {
        return jtorch.serialization.Serialization.loadModule(path, type);
    }

    /** Loads with options ({@code map_location}, {@code mmap}). PyTorch: {@code torch.load(f, map_location=, mmap=)}. */
    public static <T> T load(java.nio.file.Path path, jtorch.serialization.LoadOptions options) {
        return jtorch.serialization.Serialization.load(path, options);
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

    private static final ThreadLocal<boolean[]> INFERENCE = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * Inference mode until the guard closes: gradient recording off, as in {@link #noGrad()}. PyTorch:
     * {@code with torch.inference_mode():}. jtorch has no separate inference tensors: tensors made inside
     * are ordinary tensors that do not require grad. Prefer {@link #inferenceMode(Supplier)}.
     */
    public static InferenceModeGuard inferenceMode() {
        boolean[] cell = INFERENCE.get();
        boolean previous = cell[0];
        GradMode.Guard g = GradMode.set(false, "Torch.inferenceMode() guard", callerFrame());
        cell[0] = true;
        return new InferenceModeGuard(g, cell, previous);
    }

    /** Runs {@code body} in inference mode and returns its result. PyTorch: {@code with torch.inference_mode():}. */
    public static <T> T inferenceMode(Supplier<T> body) {
        boolean[] cell = INFERENCE.get();
        boolean previous = cell[0];
        cell[0] = true;
        try (GradMode.Guard g = GradMode.disable()) {
            return body.get();
        } finally {
            cell[0] = previous;
        }
    }

    /** Whether inference mode is on for this thread. PyTorch: {@code torch.is_inference_mode_enabled()}. */
    public static boolean isInferenceModeEnabled() {
        return INFERENCE.get()[0];
    }

    /** Restores the inference and grad modes that were active when {@link #inferenceMode()} made it. */
    public static final class InferenceModeGuard implements AutoCloseable {
        private final GradMode.Guard grad;
        private final boolean[] cell;
        private final boolean previous;

        private InferenceModeGuard(GradMode.Guard grad, boolean[] cell, boolean previous) {
            this.grad = grad;
            this.cell = cell;
            this.previous = previous;
        }

        /** Leaves inference mode. */
        @Override
        public void close() {
            cell[0] = previous;
            grad.close();
        }
    }

    /** Softmax along {@code dim}. PyTorch: {@code torch.softmax(input, dim)}. */
    public static Tensor softmax(Tensor input, int dim) {
        return input.softmax(dim);
    }

    /** Softmax along {@code dim}, computed in {@code dtype}. PyTorch: {@code torch.softmax(input, dim, dtype=dtype)}. */
    public static Tensor softmax(Tensor input, int dim, DType dtype) {
        return input.softmax(dim, dtype);
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

        /** Always false: jtorch has no CUDA backend. PyTorch: {@code torch.cuda.is_available()}. */
        public boolean isAvailable() {
            return false;
        }

        /** Always 0. PyTorch: {@code torch.cuda.device_count()}. */
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

    /** PyTorch: {@code torch.tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor tensor(double value) {
        return CreationOps.tensor(options(), value);
    }

    /** PyTorch: {@code torch.tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor tensor(long value) {
        return CreationOps.tensor(options(), value);
    }

    /** PyTorch: {@code torch.tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor tensor(boolean value) {
        return CreationOps.tensor(options(), value);
    }

    /** From a Java array or nested array ({@code double[][]}, {@code long[]}, {@code boolean[]}, ...). */
    public static Tensor tensor(Object data) {
        return CreationOps.tensor(options(), data);
    }

    /** PyTorch: {@code torch.tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor tensor(Object data, DType dtype) {
        return CreationOps.tensor(options().dtype(dtype), data);
    }

    /** PyTorch: {@code torch.tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor tensor(Object data, TensorOptions o) {
        return CreationOps.tensor(o, data);
    }

    /** Wraps a primitive array (no copy), keeping its type; optional shape. PyTorch: {@code torch.from_numpy}. */
    public static Tensor fromArray(float[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    /** PyTorch: {@code torch.from_numpy(ndarray) -> Tensor}. */
    public static Tensor fromArray(double[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    /** PyTorch: {@code torch.from_numpy(ndarray) -> Tensor}. */
    public static Tensor fromArray(long[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    /** PyTorch: {@code torch.from_numpy(ndarray) -> Tensor}. */
    public static Tensor fromArray(int[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    /** PyTorch: {@code torch.from_numpy(ndarray) -> Tensor}. */
    public static Tensor fromArray(boolean[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    /** PyTorch: {@code torch.from_numpy(ndarray) -> Tensor}. */
    public static Tensor fromArray(byte[] data, int... shape) {
        return CreationOps.fromArray(data, shape);
    }

    /** PyTorch: {@code torch.empty(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False, memory_format=torch.contiguous_format) -> Tensor}. */
    public static Tensor empty(int... shape) {
        return CreationOps.empty(options(), shape);
    }

    /** {@code torch.empty(size)} with a {@link Size}, e.g. {@code Torch.empty(x.size())}. */
    public static Tensor empty(Size size) {
        return empty(size.toIntArray());
    }

    /** {@code torch.zeros(size)} with a {@link Size}, e.g. {@code Torch.zeros(x.size())}. */
    public static Tensor zeros(Size size) {
        return zeros(size.toIntArray());
    }

    /** {@code torch.ones(size)} with a {@link Size}, e.g. {@code Torch.ones(x.size())}. */
    public static Tensor ones(Size size) {
        return ones(size.toIntArray());
    }

    /** {@code torch.full(size, fill_value)} with a {@link Size}. */
    public static Tensor full(Size size, double value) {
        return full(size.toIntArray(), value);
    }

    /** {@code torch.rand(size)} with a {@link Size}. */
    public static Tensor rand(Size size) {
        return rand(size.toIntArray());
    }

    /** {@code torch.randn(size)} with a {@link Size}. */
    public static Tensor randn(Size size) {
        return randn(size.toIntArray());
    }

    /** PyTorch: {@code torch.empty(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False, memory_format=torch.contiguous_format) -> Tensor}. */
    public static Tensor empty(TensorOptions o, int... shape) {
        return CreationOps.empty(o, shape);
    }

    /** PyTorch: {@code torch.zeros(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor zeros(int... shape) {
        return CreationOps.zeros(options(), shape);
    }

    /** PyTorch: {@code torch.zeros(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor zeros(TensorOptions o, int... shape) {
        return CreationOps.zeros(o, shape);
    }

    /** PyTorch: {@code torch.ones(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor ones(int... shape) {
        return CreationOps.ones(options(), shape);
    }

    /** PyTorch: {@code torch.ones(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
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

    /** PyTorch: {@code torch.full(size, fill_value, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor full(TensorOptions o, long value, int... shape) {
        return CreationOps.full(o, value, shape);
    }

    /** PyTorch: {@code torch.full(size, fill_value, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor full(TensorOptions o, boolean value, int... shape) {
        return CreationOps.full(o, value, shape);
    }

    /** PyTorch: {@code torch.eye(n, m=None, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor eye(int n) {
        return CreationOps.eye(options(), n, n);
    }

    /** PyTorch: {@code torch.eye(n, m=None, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor eye(int n, int m) {
        return CreationOps.eye(options(), n, m);
    }

    /** PyTorch: {@code torch.eye(n, m=None, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor eye(TensorOptions o, int n, int m) {
        return CreationOps.eye(o, n, m);
    }

    /** 0, 1, ..., end-1 as int64. PyTorch: {@code torch.arange(5)}. */
    public static Tensor arange(long end) {
        return CreationOps.arange(options(), 0L, end, 1L);
    }

    /** PyTorch: {@code torch.arange(start=0, end, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor arange(long start, long end) {
        return CreationOps.arange(options(), start, end, 1L);
    }

    /** PyTorch: {@code torch.arange(start=0, end, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor arange(long start, long end, long step) {
        return CreationOps.arange(options(), start, end, step);
    }

    /** Floating arange (default dtype), as {@code torch.arange(5.0)}. */
    public static Tensor arange(double end) {
        return CreationOps.arange(options(), 0L, end, 1L);
    }

    /** PyTorch: {@code torch.arange(start=0, end, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor arange(double start, double end) {
        return CreationOps.arange(options(), start, end, 1L);
    }

    /** PyTorch: {@code torch.arange(start=0, end, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
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

    /** PyTorch: {@code torch.arange(start=0, end, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor arange(TensorOptions o, Number start, Number end) {
        return CreationOps.arange(o, start, end, 1L);
    }

    /** PyTorch: {@code torch.arange(start=0, end, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor arange(TensorOptions o, Number end) {
        return CreationOps.arange(o, 0L, end, 1L);
    }

    /** PyTorch: {@code torch.linspace(start, end, steps, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor linspace(double start, double end, int steps) {
        return CreationOps.linspace(options(), start, end, steps);
    }

    /** PyTorch: {@code torch.linspace(start, end, steps, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor linspace(TensorOptions o, double start, double end, int steps) {
        return CreationOps.linspace(o, start, end, steps);
    }

    /** Uniform [0, 1). PyTorch: {@code torch.rand}. */
    public static Tensor rand(int... shape) {
        return rand(options(), shape);
    }

    /** PyTorch: {@code torch.rand(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor rand(TensorOptions o, int... shape) {
        return RandomOps.uniform_(empty(o.requiresGrad(false), shape), 0, 1, null).requiresGrad_(o.requiresGrad());
    }

    /** PyTorch: {@code torch.rand(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor rand(Generator g, int... shape) {
        return RandomOps.uniform_(empty(shape), 0, 1, g);
    }

    /** Standard normal. PyTorch: {@code torch.randn}. */
    public static Tensor randn(int... shape) {
        return randn(options(), shape);
    }

    /** PyTorch: {@code torch.randn(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor randn(TensorOptions o, int... shape) {
        return RandomOps.normal_(empty(o.requiresGrad(false), shape), 0, 1, null).requiresGrad_(o.requiresGrad());
    }

    /** PyTorch: {@code torch.randn(*size, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor randn(Generator g, int... shape) {
        return RandomOps.normal_(empty(shape), 0, 1, g);
    }

    /** Integers uniformly from [low, high), int64. PyTorch: {@code torch.randint(low, high, size)}. */
    public static Tensor randint(long low, long high, int... shape) {
        return RandomOps.random_(empty(options().dtype(DType.INT64), shape), low, high, null);
    }

    /** PyTorch: {@code torch.randint(low=0, high, size, \*, generator=None, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False) -> Tensor}. */
    public static Tensor randint(long high, int[] shape) {
        return randint(0, high, shape);
    }

    /** PyTorch: {@code torch.randperm(n, *, generator=None, out=None, dtype=torch.int64,layout=torch.strided, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor randperm(int n) {
        return RandomOps.randperm(n, null);
    }

    /** PyTorch: {@code torch.randperm(n, *, generator=None, out=None, dtype=torch.int64,layout=torch.strided, device=None, requires_grad=False, pin_memory=False) -> Tensor}. */
    public static Tensor randperm(int n, Generator g) {
        return RandomOps.randperm(n, g);
    }

    // ---------------------------------------------------------------- issue 21 facade: random sampling and small names

    /** Ones with the probabilities in {@code input}, in its dtype. PyTorch: {@code torch.bernoulli(input)}. */
    public static Tensor bernoulli(Tensor input) {
        return RandomOps.bernoulli(input, null);
    }

    /** PyTorch: {@code torch.bernoulli(input, generator=g)}. */
    public static Tensor bernoulli(Tensor input, Generator g) {
        return RandomOps.bernoulli(input, g);
    }

    /** Ones with probability p in input's shape and dtype. PyTorch: {@code torch.bernoulli(input, p)}. */
    public static Tensor bernoulli(Tensor input, double p) {
        return RandomOps.bernoulli(input, p, null);
    }

    /** PyTorch: {@code torch.bernoulli(input, p, generator=g)}. */
    public static Tensor bernoulli(Tensor input, double p, Generator g) {
        return RandomOps.bernoulli(input, p, g);
    }

    /** Category indices drawn without replacement. PyTorch: {@code torch.multinomial(input, num_samples)}. */
    public static Tensor multinomial(Tensor input, int numSamples) {
        return RandomOps.multinomial(input, numSamples, false, null);
    }

    /** PyTorch: {@code torch.multinomial(input, num_samples, replacement)}. */
    public static Tensor multinomial(Tensor input, int numSamples, boolean replacement) {
        return RandomOps.multinomial(input, numSamples, replacement, null);
    }

    /** PyTorch: {@code torch.multinomial(input, num_samples, replacement, generator=g)}. */
    public static Tensor multinomial(Tensor input, int numSamples, boolean replacement, Generator g) {
        return RandomOps.multinomial(input, numSamples, replacement, g);
    }

    /** Normals with element-wise means and standard deviations. PyTorch: {@code torch.normal(mean, std)}. */
    public static Tensor normal(Tensor mean, Tensor std) {
        return RandomOps.normal(mean, std, null);
    }

    /** PyTorch: {@code torch.normal(mean, std, generator=g)} with tensors. */
    public static Tensor normal(Tensor mean, Tensor std, Generator g) {
        return RandomOps.normal(mean, std, g);
    }

    /** Normals of standard deviation 1 around each mean. PyTorch: {@code torch.normal(mean)}. */
    public static Tensor normal(Tensor mean) {
        return RandomOps.normal(mean, 1.0, null);
    }

    /** PyTorch: {@code torch.normal(mean: Tensor, std: float)}. */
    public static Tensor normal(Tensor mean, double std) {
        return RandomOps.normal(mean, std, null);
    }

    /** PyTorch: {@code torch.normal(mean: Tensor, std: float, generator=g)}. */
    public static Tensor normal(Tensor mean, double std, Generator g) {
        return RandomOps.normal(mean, std, g);
    }

    /** PyTorch: {@code torch.normal(mean: float, std: Tensor)}. */
    public static Tensor normal(double mean, Tensor std) {
        return RandomOps.normal(mean, std, null);
    }

    /** PyTorch: {@code torch.normal(mean: float, std: Tensor, generator=g)}. */
    public static Tensor normal(double mean, Tensor std, Generator g) {
        return RandomOps.normal(mean, std, g);
    }

    /** N(mean, std) samples of the given size. PyTorch: {@code torch.normal(mean, std, size)}. */
    public static Tensor normal(double mean, double std, int... size) {
        return RandomOps.normal_(empty(size), mean, std, null);
    }

    /** PyTorch: {@code torch.normal(mean, std, size, generator=g)}. */
    public static Tensor normal(double mean, double std, Generator g, int... size) {
        return RandomOps.normal_(empty(size), mean, std, g);
    }

    /** PyTorch: {@code torch.normal(mean, std, size, dtype=..., device=...)}. */
    public static Tensor normal(TensorOptions o, double mean, double std, int... size) {
        return RandomOps.normal_(empty(o.requiresGrad(false), size), mean, std, null).requiresGrad_(o.requiresGrad());
    }

    /** Poisson counts with the given rates, in their dtype. PyTorch: {@code torch.poisson(input)}. */
    public static Tensor poisson(Tensor rates) {
        return RandomOps.poisson(rates, null);
    }

    /** PyTorch: {@code torch.poisson(input, generator=g)}. */
    public static Tensor poisson(Tensor rates, Generator g) {
        return RandomOps.poisson(rates, g);
    }

    /** Binomial counts of {@code count} trials of probability {@code prob}. PyTorch: {@code torch.binomial}. */
    public static Tensor binomial(Tensor count, Tensor prob) {
        return RandomOps.binomial(count, prob, null);
    }

    /** PyTorch: {@code torch.binomial(count, prob, generator=g)}. */
    public static Tensor binomial(Tensor count, Tensor prob, Generator g) {
        return RandomOps.binomial(count, prob, g);
    }

    /**
     * Gamma(alpha, 1) samples, PyTorch's sampler behind {@code distributions.Gamma}. PyTorch: {@code
     * torch._standard_gamma(alpha)}.
     */
    public static Tensor standardGamma(Tensor alpha) {
        return RandomOps.standardGamma(alpha, null);
    }

    /** PyTorch: {@code torch._standard_gamma(alpha, generator=g)}. */
    public static Tensor standardGamma(Tensor alpha, Generator g) {
        return RandomOps.standardGamma(alpha, g);
    }

    /**
     * Dirichlet samples along the last dim, PyTorch's sampler behind {@code distributions.Dirichlet}. PyTorch:
     * {@code torch._sample_dirichlet(alpha)}.
     */
    public static Tensor sampleDirichlet(Tensor alpha) {
        return RandomOps.sampleDirichlet(alpha, null);
    }

    /** PyTorch: {@code torch._sample_dirichlet(alpha, generator=g)}. */
    public static Tensor sampleDirichlet(Tensor alpha, Generator g) {
        return RandomOps.sampleDirichlet(alpha, g);
    }

    // ATen's int reduction argument of the torch.* loss forms: 1 mean, 2 sum, anything else unreduced
    private static String reduction(int r) {
        return r == 1 ? "mean" : r == 2 ? "sum" : "none";
    }

    /**
     * PyTorch: {@code torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps,
     * cudnn_enabled)} (cudnn_enabled has no effect on the CPU).
     */
    public static Tensor batchNorm(Tensor input, Tensor weight, Tensor bias, Tensor runningMean, Tensor runningVar,
            boolean training, double momentum, double eps, boolean cudnnEnabled) {
        return NormOps.batchNorm(input, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    /** PyTorch: {@code torch.layer_norm(input, normalized_shape)}. */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape) {
        return NormOps.layerNorm(input, normalizedShape, null, null, 1e-5);
    }

    /** PyTorch: {@code torch.layer_norm(input, normalized_shape, weight, bias, eps=1e-05)}. */
    public static Tensor layerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        return NormOps.layerNorm(input, normalizedShape, weight, bias, eps);
    }

    /** PyTorch: {@code torch.group_norm(input, num_groups)}. */
    public static Tensor groupNorm(Tensor input, int numGroups) {
        return NormOps.groupNorm(input, numGroups, null, null, 1e-5);
    }

    /** PyTorch: {@code torch.group_norm(input, num_groups, weight, bias, eps=1e-05)}. */
    public static Tensor groupNorm(Tensor input, int numGroups, Tensor weight, Tensor bias, double eps) {
        return NormOps.groupNorm(input, numGroups, weight, bias, eps);
    }

    /**
     * PyTorch: {@code torch.instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum,
     * eps, cudnn_enabled)}.
     */
    public static Tensor instanceNorm(Tensor input, Tensor weight, Tensor bias, Tensor runningMean, Tensor runningVar,
            boolean useInputStats, double momentum, double eps, boolean cudnnEnabled) {
        return InstanceNormOps.instanceNorm(input, runningMean, runningVar, weight, bias, useInputStats, momentum, eps);
    }

    /** PyTorch: {@code torch.dropout(input, p, train)}. */
    public static Tensor dropout(Tensor input, double p, boolean train) {
        return DropoutOps.dropout(input, p, train);
    }

    /** PyTorch: {@code torch.dropout_(input, p, train)}. */
    public static Tensor dropout_(Tensor input, double p, boolean train) {
        return DropoutOps.dropout_(input, p, train);
    }

    /** Drops whole channels. PyTorch: {@code torch.feature_dropout(input, p, train)}. */
    public static Tensor featureDropout(Tensor input, double p, boolean train) {
        return DropoutOps.featureDropout(input, p, train);
    }

    /** PyTorch: {@code torch.feature_dropout_(input, p, train)}. */
    public static Tensor featureDropout_(Tensor input, double p, boolean train) {
        return DropoutOps.featureDropout_(input, p, train);
    }

    /** Rows of weight at the indices (weight first, as ATen). PyTorch: {@code torch.embedding(weight, indices)}. */
    public static Tensor embedding(Tensor weight, Tensor indices) {
        return EmbeddingOps.embedding(weight, indices, -1, false);
    }

    /**
     * PyTorch: {@code torch.embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False)}; a negative
     * padding_idx means none (ATen does not wrap it, unlike {@code F.embedding}).
     */
    public static Tensor embedding(Tensor weight, Tensor indices, int paddingIdx, boolean scaleGradByFreq) {
        return EmbeddingOps.embedding(weight, indices, paddingIdx < 0 ? -1 : paddingIdx, scaleGradByFreq);
    }

    /** PyTorch: {@code torch.bilinear(input1, input2, weight, bias=None)}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight) {
        return LinearOps.bilinear(input1, input2, weight, null);
    }

    /** PyTorch: {@code torch.bilinear(input1, input2, weight, bias)}. */
    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        return LinearOps.bilinear(input1, input2, weight, bias);
    }

    /** PyTorch: {@code torch.prelu(input, weight)}. */
    public static Tensor prelu(Tensor input, Tensor weight) {
        return ActivationOps.prelu(input, weight);
    }

    /** PyTorch: {@code torch.pixel_shuffle(input, upscale_factor)}. */
    public static Tensor pixelShuffle(Tensor input, int upscaleFactor) {
        return ShuffleOps.pixelShuffle(input, upscaleFactor);
    }

    /** PyTorch: {@code torch.pixel_unshuffle(input, downscale_factor)}. */
    public static Tensor pixelUnshuffle(Tensor input, int downscaleFactor) {
        return ShuffleOps.pixelUnshuffle(input, downscaleFactor);
    }

    /** PyTorch: {@code torch.channel_shuffle(input, groups)}. */
    public static Tensor channelShuffle(Tensor input, int groups) {
        return ShuffleOps.channelShuffle(input, groups);
    }

    /** PyTorch: {@code torch.cosine_similarity(x1, x2, dim=1, eps=1e-08)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2) {
        return DistanceOps.cosineSimilarity(x1, x2, 1, 1e-8);
    }

    /** PyTorch: {@code torch.cosine_similarity(x1, x2, dim)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim) {
        return DistanceOps.cosineSimilarity(x1, x2, dim, 1e-8);
    }

    /** PyTorch: {@code torch.cosine_similarity(x1, x2, dim, eps)}. */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        return DistanceOps.cosineSimilarity(x1, x2, dim, eps);
    }

    /** PyTorch: {@code torch.pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2) {
        return DistanceOps.pairwiseDistance(x1, x2, 2.0, 1e-6, false);
    }

    /** PyTorch: {@code torch.pairwise_distance(x1, x2, p)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p) {
        return DistanceOps.pairwiseDistance(x1, x2, p, 1e-6, false);
    }

    /** PyTorch: {@code torch.pairwise_distance(x1, x2, p, eps, keepdim)}. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        return DistanceOps.pairwiseDistance(x1, x2, p, eps, keepdim);
    }

    /** PyTorch: {@code torch.kl_div(input, target)} (mean reduction). */
    public static Tensor klDiv(Tensor input, Tensor target) {
        return LossOps.klDiv(input, target, "mean", false);
    }

    /**
     * PyTorch: {@code torch.kl_div(input, target, reduction, log_target=False)} with ATen's int reduction (0 none,
     * 1 mean, 2 sum).
     */
    public static Tensor klDiv(Tensor input, Tensor target, int reduction, boolean logTarget) {
        return LossOps.klDiv(input, target, reduction(reduction), logTarget);
    }

    /** PyTorch: {@code torch.binary_cross_entropy_with_logits(input, target)}. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return LossOps.binaryCrossEntropyWithLogits(input, target, null, null, "mean");
    }

    /**
     * PyTorch: {@code torch.binary_cross_entropy_with_logits(input, target, weight, pos_weight, reduction)}; weight and
     * posWeight may be null (None).
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight,
            int reduction) {
        return LossOps.binaryCrossEntropyWithLogits(input, target, weight, posWeight, reduction(reduction));
    }

    /** PyTorch: {@code torch.cosine_embedding_loss(input1, input2, target, margin=0.0, reduction=1)}. */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target) {
        return LossOps.cosineEmbeddingLoss(input1, input2, target, 0.0, "mean");
    }

    /** PyTorch: {@code torch.cosine_embedding_loss(input1, input2, target, margin, reduction)}. */
    public static Tensor cosineEmbeddingLoss(Tensor input1, Tensor input2, Tensor target, double margin, int reduction) {
        return LossOps.cosineEmbeddingLoss(input1, input2, target, margin, reduction(reduction));
    }

    /** PyTorch: {@code torch.hinge_embedding_loss(input, target, margin=1.0, reduction=1)}. */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target) {
        return LossOps.hingeEmbeddingLoss(input, target, 1.0, "mean");
    }

    /** PyTorch: {@code torch.hinge_embedding_loss(input, target, margin, reduction)}. */
    public static Tensor hingeEmbeddingLoss(Tensor input, Tensor target, double margin, int reduction) {
        return LossOps.hingeEmbeddingLoss(input, target, margin, reduction(reduction));
    }

    /** PyTorch: {@code torch.margin_ranking_loss(input1, input2, target, margin=0.0, reduction=1)}. */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target) {
        return LossOps.marginRankingLoss(input1, input2, target, 0.0, "mean");
    }

    /** PyTorch: {@code torch.margin_ranking_loss(input1, input2, target, margin, reduction)}. */
    public static Tensor marginRankingLoss(Tensor input1, Tensor input2, Tensor target, double margin, int reduction) {
        return LossOps.marginRankingLoss(input1, input2, target, margin, reduction(reduction));
    }

    /** PyTorch: {@code torch.triplet_margin_loss(anchor, positive, negative)}. */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative) {
        return LossOps.tripletMarginLoss(anchor, positive, negative, 1.0, 2.0, 1e-6, false, "mean");
    }

    /** PyTorch: {@code torch.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction)}. */
    public static Tensor tripletMarginLoss(Tensor anchor, Tensor positive, Tensor negative, double margin, double p,
            double eps, boolean swap, int reduction) {
        return LossOps.tripletMarginLoss(anchor, positive, negative, margin, p, eps, swap, reduction(reduction));
    }

    /** PyTorch: {@code torch.poisson_nll_loss(input, target, log_input, full, eps, reduction)}. */
    public static Tensor poissonNllLoss(Tensor input, Tensor target, boolean logInput, boolean full, double eps,
            int reduction) {
        return LossOps.poissonNllLoss(input, target, logInput, full, eps, reduction(reduction));
    }

    /** PyTorch: {@code torch.ctc_loss(log_probs, targets, input_lengths, target_lengths)}. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths) {
        return LossOps.ctcLoss(logProbs, targets, inputLengths, targetLengths, 0, "mean", false);
    }

    /**
     * PyTorch: {@code torch.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction,
     * zero_infinity)}.
     */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths, int blank,
            int reduction, boolean zeroInfinity) {
        return LossOps.ctcLoss(logProbs, targets, inputLengths, targetLengths, blank, reduction(reduction),
                zeroInfinity);
    }

    /** PyTorch: {@code torch.ctc_loss(log_probs, targets, input_lengths, target_lengths)} with length tensors. */
    public static Tensor ctcLoss(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return ctcLoss(logProbs, targets, inputLengths.toIntArray(), targetLengths.toIntArray());
    }

    /** PyTorch: {@code torch.log_softmax(input, dim)}. */
    public static Tensor logSoftmax(Tensor input, int dim) {
        return SoftmaxOps.logSoftmax(input, dim, null);
    }

    /** PyTorch: {@code torch.log_softmax(input, dim, dtype)}. */
    public static Tensor logSoftmax(Tensor input, int dim, DType dtype) {
        return SoftmaxOps.logSoftmax(input, dim, dtype);
    }

    /** Pads with zeros. PyTorch: {@code torch.constant_pad_nd(input, pad)}. */
    public static Tensor constantPadNd(Tensor input, int[] pad) {
        return PadOps.pad(input, pad, "constant", 0);
    }

    /** PyTorch: {@code torch.constant_pad_nd(input, pad, value)}. */
    public static Tensor constantPadNd(Tensor input, int[] pad, double value) {
        return PadOps.pad(input, pad, "constant", value);
    }

    /** Alias of {@code cat}. PyTorch: {@code torch.concat(tensors, dim=0)}. */
    public static Tensor concat(List<Tensor> tensors) {
        return cat(tensors, 0);
    }

    /** PyTorch: {@code torch.concat(tensors, dim)}. */
    public static Tensor concat(List<Tensor> tensors, int dim) {
        return cat(tensors, dim);
    }

    /** Alias of {@code cat}. PyTorch: {@code torch.concatenate(tensors, axis=0)}. */
    public static Tensor concatenate(List<Tensor> tensors) {
        return cat(tensors, 0);
    }

    /** PyTorch: {@code torch.concatenate(tensors, axis)}. */
    public static Tensor concatenate(List<Tensor> tensors, int axis) {
        return cat(tensors, axis);
    }

    /** A copy of input with every element {@code value} (gradient zero). PyTorch: {@code torch.fill(input, value)}. */
    public static Tensor fill(Tensor input, double value) {
        return FillOps.fill(input, value);
    }

    /** PyTorch: {@code torch.detach(input)}. */
    public static Tensor detach(Tensor input) {
        return input.detach();
    }

    /** PyTorch: {@code torch.detach_(input)}. */
    public static Tensor detach_(Tensor input) {
        return input.detach_();
    }

    /** Whether obj is a tensor. PyTorch: {@code torch.is_tensor(obj)}. */
    public static boolean isTensor(Object obj) {
        return obj instanceof Tensor;
    }

    /** Whether obj is a storage. PyTorch: {@code torch.is_storage(obj)}. */
    public static boolean isStorage(Object obj) {
        return obj instanceof Storage;
    }

    /** Always false: jtorch has no complex dtypes. PyTorch: {@code torch.is_complex(input)}. */
    public static boolean isComplex(Tensor input) {
        return input.isComplex();
    }

    /** PyTorch: {@code torch.is_signed(input)}. */
    public static boolean isSigned(Tensor input) {
        return input.isSigned();
    }

    /** PyTorch: {@code torch.is_nonzero(input)}. */
    public static boolean isNonzero(Tensor input) {
        return input.isNonzero();
    }

    /** PyTorch: {@code torch.is_same_size(input, other)}. */
    public static boolean isSameSize(Tensor input, Tensor other) {
        return input.isSameSize(other);
    }

    /** PyTorch: {@code torch.is_inference(input)}. */
    public static boolean isInference(Tensor input) {
        return input.isInference();
    }

    /** The dtype an op on both would compute in. PyTorch: {@code torch.result_type(tensor1, tensor2)}. */
    public static DType resultType(Tensor tensor1, Tensor tensor2) {
        return TypePromotion.resultType(tensor1, tensor2);
    }

    /** PyTorch: {@code torch.result_type(tensor, scalar)}: a Java number ranks as a Python scalar. */
    public static DType resultType(Tensor tensor, Number other) {
        return TypePromotion.resultType(tensor, scalarOperand(other));
    }

    /** PyTorch: {@code torch.result_type(scalar, tensor)}. */
    public static DType resultType(Number scalar, Tensor tensor) {
        return TypePromotion.resultType(scalarOperand(scalar), tensor);
    }

    /** PyTorch: {@code torch.result_type(scalar1, scalar2)}. */
    public static DType resultType(Number scalar1, Number scalar2) {
        return TypePromotion.resultType(scalarOperand(scalar1), scalarOperand(scalar2));
    }

    private static Tensor scalarOperand(Number n) {
        return n instanceof Double || n instanceof Float ? wrap(n.doubleValue()) : wrap(n.longValue());
    }

    /** Whether casting is allowed by PyTorch's casting rules. PyTorch: {@code torch.can_cast(from, to)}. */
    public static boolean canCast(DType from, DType to) {
        return TypePromotion.canCast(from, to);
    }

    /** The smallest dtype both promote to. PyTorch: {@code torch.promote_types(type1, type2)}. */
    public static DType promoteTypes(DType type1, DType type2) {
        return DType.promote(type1, type2);
    }

    /** -1 for CPU tensors (the CUDA device index otherwise). PyTorch: {@code torch.get_device(input)}. */
    public static int getDevice(Tensor input) {
        return input.getDevice();
    }

    /** Keyword arguments of {@link #setPrintoptions(PrintOptions)}; all unset (None) by default. */
    public static PrintOptions printOptions() {
        return new PrintOptions(null, null, null, null, null, null);
    }

    /**
     * {@code torch.set_printoptions}'s keywords: precision, threshold, edgeitems, linewidth, profile ("default",
     * "short" or "full") and sci_mode.
     */
    public record PrintOptions(Integer precision, Integer threshold, Integer edgeitems, Integer linewidth,
            String profile, Boolean sciMode) {
        /** Digits after the decimal point (default 4). */
        public PrintOptions precision(int v) {
            return new PrintOptions(v, threshold, edgeitems, linewidth, profile, sciMode);
        }

        /** Element count above which the repr summarises (default 1000). */
        public PrintOptions threshold(int v) {
            return new PrintOptions(precision, v, edgeitems, linewidth, profile, sciMode);
        }

        /** Items shown at each end of a summarised dim (default 3). */
        public PrintOptions edgeitems(int v) {
            return new PrintOptions(precision, threshold, v, linewidth, profile, sciMode);
        }

        /** Characters per line (default 80). */
        public PrintOptions linewidth(int v) {
            return new PrintOptions(precision, threshold, edgeitems, v, profile, sciMode);
        }

        /** A preset applied before the other options: "default", "short" or "full". */
        public PrintOptions profile(String v) {
            return new PrintOptions(precision, threshold, edgeitems, linewidth, v, sciMode);
        }

        /** Scientific notation on or off (unset: chosen automatically). */
        public PrintOptions sciMode(boolean v) {
            return new PrintOptions(precision, threshold, edgeitems, linewidth, profile, v);
        }
    }

    /** PyTorch: {@code torch.set_printoptions(...)} with keywords; see {@link #printOptions()}. */
    public static void setPrintoptions(PrintOptions o) {
        Integer precision = null;
        Integer threshold = null;
        Integer edgeitems = null;
        Integer linewidth = null;
        if (o.profile() != null) {
            switch (o.profile()) {
                case "default" -> {
                    precision = 4;
                    threshold = 1000;
                    edgeitems = 3;
                    linewidth = 80;
                }
                case "short" -> {
                    precision = 2;
                    threshold = 1000;
                    edgeitems = 2;
                    linewidth = 80;
                }
                case "full" -> {
                    precision = 4;
                    threshold = Integer.MAX_VALUE;
                    edgeitems = 3;
                    linewidth = 80;
                }
                default -> { } // PyTorch ignores an unknown profile
            }
        }
        TensorFormatter.setPrintOptions(o.precision() != null ? o.precision() : precision,
                o.threshold() != null ? o.threshold() : threshold, o.edgeitems() != null ? o.edgeitems() : edgeitems,
                o.linewidth() != null ? o.linewidth() : linewidth, o.sciMode());
    }

    /**
     * Reseeds the default generator non-deterministically and returns the seed. PyTorch: {@code torch.seed()}.
     */
    public static long seed() {
        return Generator.defaultGenerator().seed();
    }

    /**
     * Records the deterministic-algorithms flag (jtorch's CPU kernels are deterministic for a thread count whatever
     * it says). PyTorch: {@code torch.use_deterministic_algorithms(mode, *, warn_only=False)}.
     */
    public static void useDeterministicAlgorithms(boolean mode) {
        useDeterministicAlgorithms(mode, false);
    }

    /** PyTorch: {@code torch.use_deterministic_algorithms(mode, warn_only=...)}. */
    public static void useDeterministicAlgorithms(boolean mode, boolean warnOnly) {
        GlobalFlags.deterministic = mode;
        GlobalFlags.deterministicWarnOnly = mode && warnOnly;
    }

    /** PyTorch: {@code torch.are_deterministic_algorithms_enabled()}. */
    public static boolean areDeterministicAlgorithmsEnabled() {
        return GlobalFlags.deterministic;
    }

    /** PyTorch: {@code torch.is_deterministic_algorithms_warn_only_enabled()}. */
    public static boolean isDeterministicAlgorithmsWarnOnlyEnabled() {
        return GlobalFlags.deterministicWarnOnly;
    }

    /** 0 (default), 1 (warn) or 2 (error). PyTorch: {@code torch.get_deterministic_debug_mode()}. */
    public static int getDeterministicDebugMode() {
        return !GlobalFlags.deterministic ? 0 : GlobalFlags.deterministicWarnOnly ? 1 : 2;
    }

    /** PyTorch: {@code torch.set_deterministic_debug_mode(mode)} with mode 0, 1 or 2. */
    public static void setDeterministicDebugMode(int mode) {
        if (mode < 0 || mode > 2) {
            throw new IllegalArgumentException("invalid value of debug_mode, expected 0, 1, or 2, but got " + mode);
        }
        useDeterministicAlgorithms(mode != 0, mode == 1);
    }

    /** PyTorch: {@code torch.set_deterministic_debug_mode("default" | "warn" | "error")}. */
    public static void setDeterministicDebugMode(String mode) {
        switch (mode) {
            case "default" -> setDeterministicDebugMode(0);
            case "warn" -> setDeterministicDebugMode(1);
            case "error" -> setDeterministicDebugMode(2);
            default -> throw new IllegalArgumentException(
                    "invalid value of debug_mode, expected one of `default`, `warn`, `error`, but got " + mode);
        }
    }

    /** Whether autograd's anomaly mode is on. PyTorch: {@code torch.is_anomaly_enabled()}. */
    public static boolean isAnomalyEnabled() {
        return AnomalyMode.isEnabled();
    }

    /** PyTorch: {@code torch.set_anomaly_enabled(enabled)}. */
    public static void setAnomalyEnabled(boolean enabled) {
        AnomalyMode.setEnabled(enabled);
    }

    /** Anomaly mode always checks backward results for NaN. PyTorch: {@code torch.is_anomaly_check_nan_enabled()}. */
    public static boolean isAnomalyCheckNanEnabled() {
        return AnomalyMode.isEnabled();
    }

    // ---------------------------------------------------------------- autocast (issue 21: CPU autocast)

    /**
     * Enters an autocast region for {@code deviceType} with the defaults ({@code dtype=None, enabled=True,
     * cache_enabled=None}); close it with try-with-resources. PyTorch: {@code torch.autocast(device_type)}.
     *
     * <pre>{@code
     * try (var ac = Torch.autocast("cpu")) {
     *     Tensor y = x.mm(w);          // bfloat16
     * }
     * }</pre>
     */
    public static Autocast autocast(String deviceType) {
        return new Autocast(deviceType, new AutocastOptions(), false);
    }

    /** PyTorch: {@code torch.autocast(device_type, dtype)}. */
    public static Autocast autocast(String deviceType, DType dtype) {
        return new Autocast(deviceType, new AutocastOptions().dtype(dtype), false);
    }

    /**
     * PyTorch: {@code torch.autocast(device_type, dtype=None, enabled=True, cache_enabled=None)}, the keywords
     * set on {@link #autocastOptions()}.
     */
    public static Autocast autocast(String deviceType, AutocastOptions options) {
        return new Autocast(deviceType, options, false);
    }

    /** The keyword arguments of {@code torch.autocast}, all unset (PyTorch's defaults). */
    public static AutocastOptions autocastOptions() {
        return new AutocastOptions();
    }

    /** {@code torch.cpu}: its {@code amp} namespace. */
    public static Cpu cpu() {
        return Cpu.INSTANCE;
    }

    /** PyTorch's {@code torch.cpu} module. */
    public static final class Cpu {
        static final Cpu INSTANCE = new Cpu();

        private Cpu() {
        }

        /** {@code torch.cpu.amp}. */
        public Amp amp() {
            return Amp.INSTANCE;
        }

        /** PyTorch's {@code torch.cpu.amp}: {@code autocast} with the CPU defaults. */
        public static final class Amp {
            static final Amp INSTANCE = new Amp();

            private Amp() {
            }

            /**
             * {@code torch.autocast("cpu", dtype=torch.bfloat16, cache_enabled=True)}. PyTorch:
             * {@code torch.cpu.amp.autocast()}.
             */
            public Autocast autocast() {
                return new Autocast("cpu", new AutocastOptions(), true);
            }

            /** PyTorch: {@code torch.cpu.amp.autocast(enabled)}. */
            public Autocast autocast(boolean enabled) {
                return new Autocast("cpu", new AutocastOptions().enabled(enabled), true);
            }

            /**
             * PyTorch: {@code torch.cpu.amp.autocast(enabled=True, dtype=torch.bfloat16, cache_enabled=True)}; an unset
             * dtype is bfloat16 and an unset cache_enabled is true (not the current setting, as for
             * {@code torch.autocast}).
             */
            public Autocast autocast(AutocastOptions options) {
                return new Autocast("cpu", options, true);
            }
        }
    }

    /** PyTorch: {@code torch.is_autocast_enabled()} (the CUDA autocast flag; this build has no CUDA ops to cast). */
    public static boolean isAutocastEnabled() {
        return AutocastPolicy.isGpuEnabled();
    }

    /** PyTorch: {@code torch.set_autocast_enabled(enabled)}. */
    public static void setAutocastEnabled(boolean enabled) {
        AutocastPolicy.setGpuEnabled(enabled);
    }

    /** Whether CPU autocast is on for this thread. PyTorch: {@code torch.is_autocast_cpu_enabled()}. */
    public static boolean isAutocastCpuEnabled() {
        return AutocastPolicy.isCpuEnabled();
    }

    /**
     * Turns CPU autocast on or off for this thread (what {@link #autocast(String)} does on entry, without its
     * dtype check or nesting). PyTorch: {@code torch.set_autocast_cpu_enabled(enabled)}.
     */
    public static void setAutocastCpuEnabled(boolean enabled) {
        AutocastPolicy.setCpuEnabled(enabled);
    }

    /** bfloat16 unless set. PyTorch: {@code torch.get_autocast_cpu_dtype()}. */
    public static DType getAutocastCpuDtype() {
        return AutocastPolicy.cpuDtype();
    }

    /** Only bfloat16 is accepted, as in PyTorch 1.13. PyTorch: {@code torch.set_autocast_cpu_dtype(dtype)}. */
    public static void setAutocastCpuDtype(DType dtype) {
        AutocastPolicy.setCpuDtype(dtype);
    }

    /** float16 unless set. PyTorch: {@code torch.get_autocast_gpu_dtype()}. */
    public static DType getAutocastGpuDtype() {
        return AutocastPolicy.gpuDtype();
    }

    /** PyTorch: {@code torch.set_autocast_gpu_dtype(dtype)}. */
    public static void setAutocastGpuDtype(DType dtype) {
        AutocastPolicy.setGpuDtype(dtype);
    }

    /** True unless set. PyTorch: {@code torch.is_autocast_cache_enabled()}. */
    public static boolean isAutocastCacheEnabled() {
        return AutocastPolicy.isCacheEnabled();
    }

    /** PyTorch: {@code torch.set_autocast_cache_enabled(enabled)}. */
    public static void setAutocastCacheEnabled(boolean enabled) {
        AutocastPolicy.setCacheEnabled(enabled);
    }

    /**
     * Drops this thread's cached weight casts (the outermost autocast region does it on exit). PyTorch:
     * {@code torch.clear_autocast_cache()}.
     */
    public static void clearAutocastCache() {
        AutocastPolicy.clearCache();
    }

    /** Enters one autocast level and returns the new depth. PyTorch: {@code torch.autocast_increment_nesting()}. */
    public static int autocastIncrementNesting() {
        return AutocastPolicy.incrementNesting();
    }

    /** Leaves one autocast level and returns the new depth. PyTorch: {@code torch.autocast_decrement_nesting()}. */
    public static int autocastDecrementNesting() {
        return AutocastPolicy.decrementNesting();
    }

    /**
     * The inter-op thread count: 1, jtorch runs one op at a time (its intra-op pool is {@link #getNumThreads()}).
     * PyTorch: {@code torch.get_num_interop_threads()}.
     */
    public static int getNumInteropThreads() {
        return GlobalFlags.interopThreads;
    }

    /** Records the inter-op thread count (positive). PyTorch: {@code torch.set_num_interop_threads(n)}. */
    public static void setNumInteropThreads(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("Expected positive number of threads");
        }
        GlobalFlags.interopThreads = n;
    }

    /**
     * Returns false: the JVM gives no control of the CPU's flush-to-zero mode, so denormals are kept either way.
     * PyTorch: {@code torch.set_flush_denormal(mode)} (true only where the mode could be set).
     */
    public static boolean setFlushDenormal(boolean mode) {
        return false;
    }

    /** PyTorch: {@code torch.is_warn_always_enabled()}. */
    public static boolean isWarnAlwaysEnabled() {
        return GlobalFlags.warnAlways;
    }

    /** Makes warn-once warnings warn every time. PyTorch: {@code torch.set_warn_always(b)}. */
    public static void setWarnAlways(boolean b) {
        GlobalFlags.warnAlways = b;
    }

    /** "highest" unless set. PyTorch: {@code torch.get_float32_matmul_precision()}. */
    public static String getFloat32MatmulPrecision() {
        return GlobalFlags.matmulPrecision;
    }

    /**
     * "highest", "high" or "medium" (jtorch's float32 GEMM is always full precision); any other value is ignored
     * with PyTorch's warning. PyTorch: {@code torch.set_float32_matmul_precision(precision)}.
     */
    public static void setFloat32MatmulPrecision(String precision) {
        if (!java.util.Set.of("highest", "high", "medium").contains(precision)) {
            Warnings.warn(precision + " is not one of 'highest', 'high', or 'medium'; the current"
                    + "setFloat32MatmulPrecision call has no effect.");
            return;
        }
        GlobalFlags.matmulPrecision = precision;
    }

    /** Thread pools start on first use here. PyTorch: {@code torch.init_num_threads()}. */
    public static void initNumThreads() {
        // jtorch's pool is created lazily with the size set by setNumThreads
    }

    /**
     * An uninitialised (here zero) tensor with the given strides over a fresh storage just large enough. PyTorch:
     * {@code torch.empty_strided(size, stride)}.
     */
    public static Tensor emptyStrided(int[] size, int[] stride) {
        return emptyStrided(options(), size, stride);
    }

    /** PyTorch: {@code torch.empty_strided(size, stride, dtype=..., device=...)}. */
    public static Tensor emptyStrided(TensorOptions o, int[] size, int[] stride) {
        if (size.length != stride.length) {
            throw new IllegalArgumentException("dimensionality of sizes (" + size.length
                    + ") must match dimensionality of strides (" + stride.length + ")");
        }
        long extent = 1;
        for (int i = 0; i < size.length; i++) {
            if (size[i] == 0) {
                extent = 0;
                break;
            }
            extent += (long) (size[i] - 1) * stride[i];
        }
        return empty(o, (int) extent).asStrided(size, stride, 0);
    }

    /** The tensor itself (no copy). PyTorch: {@code torch.as_tensor(tensor)}. */
    public static Tensor asTensor(Tensor data) {
        return data;
    }

    /** data converted to dtype, a copy only when the dtype differs. PyTorch: {@code torch.as_tensor(data, dtype)}. */
    public static Tensor asTensor(Tensor data, DType dtype) {
        return data.to(dtype);
    }

    /** A tensor from Java data (nested arrays, numbers) as {@code Torch.tensor}. PyTorch: {@code torch.as_tensor}. */
    public static Tensor asTensor(Object data) {
        return data instanceof Tensor t ? t : tensor(data);
    }

    /** PyTorch: {@code torch.asarray(obj)}: the tensor itself, or a tensor from Java data. */
    public static Tensor asarray(Object obj) {
        return asTensor(obj);
    }

    /** PyTorch: {@code torch.asarray(obj, dtype=dtype)}. */
    public static Tensor asarray(Object obj, DType dtype) {
        return obj instanceof Tensor t ? t.to(dtype) : tensor(obj, dtype);
    }

    /** {@code 10 ** linspace(start, end, steps)}. PyTorch: {@code torch.logspace(start, end, steps)}. */
    public static Tensor logspace(double start, double end, int steps) {
        return WindowOps.logspace(options(), start, end, steps, 10.0);
    }

    /** PyTorch: {@code torch.logspace(start, end, steps, base)}. */
    public static Tensor logspace(double start, double end, int steps, double base) {
        return WindowOps.logspace(options(), start, end, steps, base);
    }

    /** PyTorch: {@code torch.logspace(start, end, steps, base, dtype=..., device=...)}. */
    public static Tensor logspace(TensorOptions o, double start, double end, int steps, double base) {
        return WindowOps.logspace(o, start, end, steps, base);
    }

    /** Periodic Bartlett window. PyTorch: {@code torch.bartlett_window(window_length)}. */
    public static Tensor bartlettWindow(int windowLength) {
        return WindowOps.bartlettWindow(options(), windowLength, true);
    }

    /** PyTorch: {@code torch.bartlett_window(window_length, periodic)}. */
    public static Tensor bartlettWindow(int windowLength, boolean periodic) {
        return WindowOps.bartlettWindow(options(), windowLength, periodic);
    }

    /** PyTorch: {@code torch.bartlett_window(window_length, periodic, dtype=...)}. */
    public static Tensor bartlettWindow(TensorOptions o, int windowLength, boolean periodic) {
        return WindowOps.bartlettWindow(o, windowLength, periodic);
    }

    /** Periodic Blackman window. PyTorch: {@code torch.blackman_window(window_length)}. */
    public static Tensor blackmanWindow(int windowLength) {
        return WindowOps.blackmanWindow(options(), windowLength, true);
    }

    /** PyTorch: {@code torch.blackman_window(window_length, periodic)}. */
    public static Tensor blackmanWindow(int windowLength, boolean periodic) {
        return WindowOps.blackmanWindow(options(), windowLength, periodic);
    }

    /** PyTorch: {@code torch.blackman_window(window_length, periodic, dtype=...)}. */
    public static Tensor blackmanWindow(TensorOptions o, int windowLength, boolean periodic) {
        return WindowOps.blackmanWindow(o, windowLength, periodic);
    }

    /** Periodic Hamming window. PyTorch: {@code torch.hamming_window(window_length)}. */
    public static Tensor hammingWindow(int windowLength) {
        return WindowOps.hammingWindow(options(), windowLength, true, 0.54, 0.46);
    }

    /** PyTorch: {@code torch.hamming_window(window_length, periodic)}. */
    public static Tensor hammingWindow(int windowLength, boolean periodic) {
        return WindowOps.hammingWindow(options(), windowLength, periodic, 0.54, 0.46);
    }

    /** PyTorch: {@code torch.hamming_window(window_length, periodic, alpha, beta)}. */
    public static Tensor hammingWindow(int windowLength, boolean periodic, double alpha, double beta) {
        return WindowOps.hammingWindow(options(), windowLength, periodic, alpha, beta);
    }

    /** PyTorch: {@code torch.hamming_window(window_length, periodic, alpha, beta, dtype=...)}. */
    public static Tensor hammingWindow(TensorOptions o, int windowLength, boolean periodic, double alpha,
            double beta) {
        return WindowOps.hammingWindow(o, windowLength, periodic, alpha, beta);
    }

    /** Periodic Hann window. PyTorch: {@code torch.hann_window(window_length)}. */
    public static Tensor hannWindow(int windowLength) {
        return WindowOps.hannWindow(options(), windowLength, true);
    }

    /** PyTorch: {@code torch.hann_window(window_length, periodic)}. */
    public static Tensor hannWindow(int windowLength, boolean periodic) {
        return WindowOps.hannWindow(options(), windowLength, periodic);
    }

    /** PyTorch: {@code torch.hann_window(window_length, periodic, dtype=...)}. */
    public static Tensor hannWindow(TensorOptions o, int windowLength, boolean periodic) {
        return WindowOps.hannWindow(o, windowLength, periodic);
    }

    /** Periodic Kaiser window with beta 12. PyTorch: {@code torch.kaiser_window(window_length)}. */
    public static Tensor kaiserWindow(int windowLength) {
        return WindowOps.kaiserWindow(options(), windowLength, true, 12.0);
    }

    /** PyTorch: {@code torch.kaiser_window(window_length, periodic, beta=12.0)}. */
    public static Tensor kaiserWindow(int windowLength, boolean periodic, double beta) {
        return WindowOps.kaiserWindow(options(), windowLength, periodic, beta);
    }

    /** PyTorch: {@code torch.kaiser_window(window_length, periodic, beta, dtype=...)}. */
    public static Tensor kaiserWindow(TensorOptions o, int windowLength, boolean periodic, double beta) {
        return WindowOps.kaiserWindow(o, windowLength, periodic, beta);
    }

    /** Trapezoidal rule with unit spacing along the last dim. PyTorch: {@code torch.trapezoid(y)}. */
    public static Tensor trapezoid(Tensor y) {
        return TrapezoidOps.trapezoid(y, 1.0, -1);
    }

    /** PyTorch: {@code torch.trapezoid(y, x, dim=-1)} with sample points x. */
    public static Tensor trapezoid(Tensor y, Tensor x) {
        return TrapezoidOps.trapezoid(y, x, -1);
    }

    /** Keyword arguments of trapezoid, trapz and cumulative_trapezoid: {@code dx} (1) or {@code x}, and {@code dim}. */
    public static TrapezoidOptions trapezoidOptions() {
        return new TrapezoidOptions(null, 1.0, -1);
    }

    /** {@code x=} (sample points, or null for {@code dx=}), {@code dx=} and {@code dim=}. */
    public record TrapezoidOptions(Tensor x, double dx, int dim) {
        /** Sample points along dim (replaces dx). */
        public TrapezoidOptions x(Tensor v) {
            return new TrapezoidOptions(v, dx, dim);
        }

        /** Constant spacing (default 1). */
        public TrapezoidOptions dx(double v) {
            return new TrapezoidOptions(null, v, dim);
        }

        /** The dim to integrate along (default -1). */
        public TrapezoidOptions dim(int v) {
            return new TrapezoidOptions(x, dx, v);
        }
    }

    /** PyTorch: {@code torch.trapezoid(y, x=..., dx=..., dim=...)}. */
    public static Tensor trapezoid(Tensor y, TrapezoidOptions o) {
        return o.x() != null ? TrapezoidOps.trapezoid(y, o.x(), o.dim()) : TrapezoidOps.trapezoid(y, o.dx(), o.dim());
    }

    /** Alias of trapezoid. PyTorch: {@code torch.trapz(y)}. */
    public static Tensor trapz(Tensor y) {
        return trapezoid(y);
    }

    /** PyTorch: {@code torch.trapz(y, x)}. */
    public static Tensor trapz(Tensor y, Tensor x) {
        return trapezoid(y, x);
    }

    /** PyTorch: {@code torch.trapz(y, x=..., dx=..., dim=...)}. */
    public static Tensor trapz(Tensor y, TrapezoidOptions o) {
        return trapezoid(y, o);
    }

    /** Running trapezoidal integral along the last dim. PyTorch: {@code torch.cumulative_trapezoid(y)}. */
    public static Tensor cumulativeTrapezoid(Tensor y) {
        return TrapezoidOps.cumulativeTrapezoid(y, 1.0, -1);
    }

    /** PyTorch: {@code torch.cumulative_trapezoid(y, x)}. */
    public static Tensor cumulativeTrapezoid(Tensor y, Tensor x) {
        return TrapezoidOps.cumulativeTrapezoid(y, x, -1);
    }

    /** Keyword arguments of {@link #gradient(Tensor, GradientOptions)}: spacing (1), dim (all) and edge_order (1). */
    public static GradientOptions gradientOptions() {
        return new GradientOptions(new double[] {1.0}, null, null, 1);
    }

    /**
     * {@code spacing=} as numbers (one for all dims, or one per dim) or as coordinate tensors (one per dim), {@code
     * dim=} (null: all dims) and {@code edge_order=} (1 or 2).
     */
    public record GradientOptions(double[] spacing, List<Tensor> coordinates, int[] dim, int edgeOrder) {
        /** Constant spacing: one value for every dim, or one per dim. */
        public GradientOptions spacing(double... v) {
            return new GradientOptions(v.clone(), null, dim, edgeOrder);
        }

        /** Sample coordinates along each dim (1-D tensors). */
        public GradientOptions spacing(List<Tensor> v) {
            return new GradientOptions(null, List.copyOf(v), dim, edgeOrder);
        }

        /** The dims to differentiate along. */
        public GradientOptions dim(int... v) {
            return new GradientOptions(spacing, coordinates, v.clone(), edgeOrder);
        }

        /** 1 or 2: the order of the one-sided differences at the edges. */
        public GradientOptions edgeOrder(int v) {
            return new GradientOptions(spacing, coordinates, dim, v);
        }
    }

    /**
     * The derivative estimate along every dim with unit spacing (central differences inside, one-sided at the
     * edges), one tensor per dim. PyTorch: {@code torch.gradient(input)}.
     */
    public static List<Tensor> gradient(Tensor input) {
        return gradient(input, gradientOptions());
    }

    /** PyTorch: {@code torch.gradient(input, spacing=..., dim=..., edge_order=...)}. */
    public static List<Tensor> gradient(Tensor input, GradientOptions o) {
        return o.coordinates() != null ? NumericalGradientOps.gradient(input, o.coordinates(), o.dim(), o.edgeOrder())
                : NumericalGradientOps.gradient(input, o.spacing(), o.dim(), o.edgeOrder());
    }

    /** PyTorch: {@code torch.cumulative_trapezoid(y, x=..., dx=..., dim=...)}. */
    public static Tensor cumulativeTrapezoid(Tensor y, TrapezoidOptions o) {
        return o.x() != null ? TrapezoidOps.cumulativeTrapezoid(y, o.x(), o.dim())
                : TrapezoidOps.cumulativeTrapezoid(y, o.dx(), o.dim());
    }

    private static TensorOptions like(Tensor t) {
        return options().dtype(t.dtype()).device(t.device());
    }

    /** PyTorch: {@code torch.empty_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor emptyLike(Tensor t) {
        return empty(like(t), t.sizes());
    }

    /** PyTorch: {@code torch.zeros_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor zerosLike(Tensor t) {
        return zeros(like(t), t.sizes());
    }

    /** PyTorch: {@code torch.ones_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor onesLike(Tensor t) {
        return ones(like(t), t.sizes());
    }

    /** PyTorch: {@code torch.full_like(input, fill_value, \*, dtype=None, layout=torch.strided, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor fullLike(Tensor t, double value) {
        return full(like(t), value, t.sizes());
    }

    /** PyTorch: {@code torch.full_like(input, fill_value, \*, dtype=None, layout=torch.strided, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor fullLike(Tensor t, long value) {
        return full(like(t), value, t.sizes());
    }

    /** PyTorch: {@code torch.rand_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor randLike(Tensor t) {
        return rand(like(t), t.sizes());
    }

    /** PyTorch: {@code torch.randn_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor randnLike(Tensor t) {
        return randn(like(t), t.sizes());
    }

    /** PyTorch: {@code torch.randint_like(input, low=0, high, \*, dtype=None, layout=torch.strided, device=None, requires_grad=False, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor randintLike(Tensor t, long low, long high) {
        return RandomOps.random_(empty(like(t), t.sizes()), low, high, null);
    }

    // ---------------------------------------------------------------- free functions

    /** PyTorch: {@code torch.cat(tensors, dim=0, *, out=None) -> Tensor}. */
    public static Tensor cat(List<Tensor> tensors, int dim) {
        return JoinOps.cat(tensors, dim);
    }

    /** PyTorch: {@code torch.cat(tensors, dim=0, *, out=None) -> Tensor}. */
    public static Tensor cat(List<Tensor> tensors) {
        return JoinOps.cat(tensors, 0);
    }

    /** PyTorch: {@code torch.stack(tensors, dim=0, *, out=None) -> Tensor}. */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        return JoinOps.stack(tensors, dim);
    }

    /** PyTorch: {@code torch.stack(tensors, dim=0, *, out=None) -> Tensor}. */
    public static Tensor stack(List<Tensor> tensors) {
        return JoinOps.stack(tensors, 0);
    }

    /** PyTorch: {@code torch.split(tensor: torch.Tensor, split_size_or_sections: Union[int, List[int]], dim: int = 0) -> List[torch.Tensor]}. */
    public static List<Tensor> split(Tensor t, int splitSize, int dim) {
        return t.split(splitSize, dim);
    }

    /** PyTorch: {@code torch.split(tensor: torch.Tensor, split_size_or_sections: Union[int, List[int]], dim: int = 0) -> List[torch.Tensor]}. */
    public static List<Tensor> split(Tensor t, int[] sections, int dim) {
        return t.split(sections, dim);
    }

    /** PyTorch: {@code torch.chunk(input, chunks, dim=0) -> List of Tensors}. */
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

    /** PyTorch: {@code torch.where(condition, x, y) -> Tensor}. */
    public static Tensor where(Tensor condition, double x, Tensor y) {
        return ComparisonOps.where(condition, wrap(x), y);
    }

    /** PyTorch: {@code torch.where(condition, x, y) -> Tensor}. */
    public static Tensor where(Tensor condition, long x, Tensor y) {
        return ComparisonOps.where(condition, wrap(x), y);
    }

    /** PyTorch: {@code torch.masked_select(input, mask, *, out=None) -> Tensor}. */
    public static Tensor maskedSelect(Tensor t, Tensor mask) {
        return IndexingOps.maskedSelect(t, mask);
    }

    /** PyTorch: {@code torch.take(input, index) -> Tensor}. */
    public static Tensor take(Tensor t, Tensor index) {
        return GatherScatterOps.take(t, index);
    }

    /** PyTorch: {@code torch.gather(input, dim, index, *, sparse_grad=False, out=None) -> Tensor}. */
    public static Tensor gather(Tensor t, int dim, Tensor index) {
        return GatherScatterOps.gather(t, dim, index);
    }

    /** PyTorch: {@code torch.index_select(input, dim, index, *, out=None) -> Tensor}. */
    public static Tensor indexSelect(Tensor t, int dim, Tensor index) {
        return GatherScatterOps.indexSelect(t, dim, index);
    }

    /** PyTorch: {@code torch.mm(input, mat2, *, out=None) -> Tensor}. */
    public static Tensor mm(Tensor a, Tensor b) {
        return a.mm(b);
    }

    /** PyTorch: {@code torch.bmm(input, mat2, *, out=None) -> Tensor}. */
    public static Tensor bmm(Tensor a, Tensor b) {
        return a.bmm(b);
    }

    /** PyTorch: {@code torch.mv(input, vec, *, out=None) -> Tensor}. */
    public static Tensor mv(Tensor a, Tensor vec) {
        return a.mv(vec);
    }

    /** PyTorch: {@code torch.matmul(input, other, *, out=None) -> Tensor}. */
    public static Tensor matmul(Tensor a, Tensor b) {
        return a.matmul(b);
    }

    /** PyTorch: {@code torch.dot(input, other, *, out=None) -> Tensor}. */
    public static Tensor dot(Tensor a, Tensor b) {
        return a.dot(b);
    }

    /** PyTorch: {@code torch.outer(input, vec2, *, out=None) -> Tensor}. */
    public static Tensor outer(Tensor a, Tensor b) {
        return a.outer(b);
    }

    /** PyTorch: {@code torch.add(input, other, *, alpha=1, out=None) -> Tensor}. */
    public static Tensor add(Tensor a, Tensor b) {
        return a.add(b);
    }

    /** PyTorch: {@code torch.sub(input, other, *, alpha=1, out=None) -> Tensor}. */
    public static Tensor sub(Tensor a, Tensor b) {
        return a.sub(b);
    }

    /** PyTorch: {@code torch.mul(input, other, *, out=None) -> Tensor}. */
    public static Tensor mul(Tensor a, Tensor b) {
        return a.mul(b);
    }

    /** PyTorch: {@code torch.div(input, other, *, rounding_mode=None, out=None) -> Tensor}. */
    public static Tensor div(Tensor a, Tensor b) {
        return a.div(b);
    }

    /** PyTorch: {@code torch.pow(input, exponent, *, out=None) -> Tensor}. */
    public static Tensor pow(Tensor a, double exponent) {
        return a.pow(exponent);
    }

    /** PyTorch: {@code torch.pow(input, exponent, *, out=None) -> Tensor}. */
    public static Tensor pow(Tensor a, Tensor exponent) {
        return a.pow(exponent);
    }

    /**
     * A number raised to each element of {@code exponent}; the number takes part in type promotion as a Python
     * scalar does (an integral exponent gives the default float). PyTorch: {@code torch.pow(self: Number, exponent)}.
     */
    public static Tensor pow(double self, Tensor exponent) {
        return ArithmeticOps.pow(self, exponent);
    }

    // ---------------------------------------------------------------- legacy typed constructors

    /** An uninitialised (here zero) float32 tensor of {@code shape}. PyTorch: {@code torch.FloatTensor(2, 3)}. */
    public static Tensor FloatTensor(int... shape) {
        return empty(options().dtype(DType.FLOAT32), shape);
    }

    /** A float32 tensor of the values. PyTorch: {@code torch.FloatTensor([1.0, 2.0])}. */
    public static Tensor FloatTensor(double[] data) {
        return tensor(data, DType.FLOAT32);
    }

    /** An uninitialised (here zero) float64 tensor of {@code shape}. PyTorch: {@code torch.DoubleTensor(2, 3)}. */
    public static Tensor DoubleTensor(int... shape) {
        return empty(options().dtype(DType.FLOAT64), shape);
    }

    /** A float64 tensor of the values. PyTorch: {@code torch.DoubleTensor([1.0, 2.0])}. */
    public static Tensor DoubleTensor(double[] data) {
        return tensor(data, DType.FLOAT64);
    }

    /** An uninitialised (here zero) int64 tensor of {@code shape}. PyTorch: {@code torch.LongTensor(2, 3)}. */
    public static Tensor LongTensor(int... shape) {
        return empty(options().dtype(DType.INT64), shape);
    }

    /** An int64 tensor of the values. PyTorch: {@code torch.LongTensor([1, 2])}. */
    public static Tensor LongTensor(long[] data) {
        return tensor(data, DType.INT64);
    }

    /** An uninitialised (here zero) int32 tensor of {@code shape}. PyTorch: {@code torch.IntTensor(2, 3)}. */
    public static Tensor IntTensor(int... shape) {
        return empty(options().dtype(DType.INT32), shape);
    }

    /** An uninitialised (here zero) uint8 tensor of {@code shape}. PyTorch: {@code torch.ByteTensor(2, 3)}. */
    public static Tensor ByteTensor(int... shape) {
        return empty(options().dtype(DType.UINT8), shape);
    }

    /** A bool tensor of the values. PyTorch: {@code torch.BoolTensor([True, False])}. */
    public static Tensor BoolTensor(boolean[] data) {
        return tensor(data, DType.BOOL);
    }

    /** PyTorch: {@code torch.exp(input, *, out=None) -> Tensor}. */
    public static Tensor exp(Tensor x) {
        return x.exp();
    }

    /** PyTorch: {@code torch.log(input, *, out=None) -> Tensor}. */
    public static Tensor log(Tensor x) {
        return x.log();
    }

    /** PyTorch: {@code torch.sqrt(input, *, out=None) -> Tensor}. */
    public static Tensor sqrt(Tensor x) {
        return x.sqrt();
    }

    /** PyTorch: {@code torch.rsqrt(input, *, out=None) -> Tensor}. */
    public static Tensor rsqrt(Tensor x) {
        return x.rsqrt();
    }

    /** PyTorch: {@code torch.abs(input, *, out=None) -> Tensor}. */
    public static Tensor abs(Tensor x) {
        return x.abs();
    }

    /** PyTorch: {@code torch.sigmoid(input, *, out=None) -> Tensor}. */
    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    /** PyTorch: {@code torch.tanh(input, *, out=None) -> Tensor}. */
    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    /** PyTorch: {@code torch.relu}. */
    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    /** PyTorch: {@code torch.erf(input, *, out=None) -> Tensor}. */
    public static Tensor erf(Tensor x) {
        return PointwiseOps.erf(x);
    }

    /** PyTorch: {@code torch.clamp(input, min=None, max=None, *, out=None) -> Tensor}. */
    public static Tensor clamp(Tensor x, Number min, Number max) {
        return x.clamp(min, max);
    }

    /** PyTorch: {@code torch.maximum(input, other, *, out=None) -> Tensor}. */
    public static Tensor maximum(Tensor a, Tensor b) {
        return a.maximum(b);
    }

    /** PyTorch: {@code torch.minimum(input, other, *, out=None) -> Tensor}. */
    public static Tensor minimum(Tensor a, Tensor b) {
        return a.minimum(b);
    }

    /** PyTorch: {@code torch.eq(input, other, *, out=None) -> Tensor}. */
    public static Tensor eq(Tensor a, Tensor b) {
        return a.eq(b);
    }

    /** PyTorch: {@code torch.equal(input, other) -> bool}. */
    public static boolean equal(Tensor a, Tensor b) {
        return a.equal(b);
    }

    /** PyTorch: {@code torch.allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False) -> bool}. */
    public static boolean allclose(Tensor a, Tensor b) {
        return a.allclose(b);
    }

    /** PyTorch: {@code torch.allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False) -> bool}. */
    public static boolean allclose(Tensor a, Tensor b, double rtol, double atol) {
        return a.allclose(b, rtol, atol, false);
    }

    /** PyTorch: {@code torch.isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False) -> Tensor}. */
    public static Tensor isclose(Tensor a, Tensor b) {
        return a.isclose(b);
    }

    /** PyTorch: {@code torch.sum(input, *, dtype=None) -> Tensor}. */
    public static Tensor sum(Tensor x) {
        return x.sum();
    }

    /** PyTorch: {@code torch.mean(input, *, dtype=None) -> Tensor}. */
    public static Tensor mean(Tensor x) {
        return x.mean();
    }

    /** PyTorch: {@code torch.argmax(input) -> LongTensor}. */
    public static Tensor argmax(Tensor x) {
        return x.argmax();
    }

    /** PyTorch: {@code torch.logsumexp(input, dim, keepdim=False, *, out=None)}. */
    public static Tensor logsumexp(Tensor x, int dim) {
        return x.logsumexp(dim);
    }

    /** PyTorch: {@code torch.cumsum(input, dim, *, dtype=None, out=None) -> Tensor}. */
    public static Tensor cumsum(Tensor x, int dim) {
        return x.cumsum(dim);
    }

    /** PyTorch: {@code torch.flatten(input, start_dim=0, end_dim=-1) -> Tensor}. */
    public static Tensor flatten(Tensor x) {
        return x.flatten();
    }

    /** PyTorch: {@code torch.squeeze(input, dim=None) -> Tensor}. */
    public static Tensor squeeze(Tensor x) {
        return x.squeeze();
    }

    /** PyTorch: {@code torch.unsqueeze(input, dim) -> Tensor}. */
    public static Tensor unsqueeze(Tensor x, int dim) {
        return x.unsqueeze(dim);
    }

    /** PyTorch: {@code torch.transpose(input, dim0, dim1) -> Tensor}. */
    public static Tensor transpose(Tensor x, int dim0, int dim1) {
        return x.transpose(dim0, dim1);
    }

    /** PyTorch: {@code torch.permute(input, dims) -> Tensor}. */
    public static Tensor permute(Tensor x, int... dims) {
        return x.permute(dims);
    }

    /** PyTorch: {@code torch.reshape(input, shape) -> Tensor}. */
    public static Tensor reshape(Tensor x, int... shape) {
        return x.reshape(shape);
    }

    /** {@code torch.reshape(input, size)} with a {@link Size}. */
    public static Tensor reshape(Tensor x, Size size) {
        return x.reshape(size);
    }

    /** PyTorch: {@code torch.clone(input, *, memory_format=torch.preserve_format) -> Tensor}. */
    public static Tensor clone(Tensor x) {
        return x.clone();
    }

    // ---------------------------------------------------------------- tensor methods as torch functions

    // torch.x(input, ...) for each Tensor.x(...) that PyTorch also has as a torch function; each delegates to
    // the method (TorchFunctionsTest checks that none is missing).

    /** PyTorch: {@code torch.all(input)}; the same as {@link Tensor#all}. */
    public static Tensor all(Tensor input) {
        return input.all();
    }

    /** PyTorch: {@code torch.all(input, dim, keepdim)}; the same as {@link Tensor#all}. */
    public static Tensor all(Tensor input, int dim, boolean keepdim) {
        return input.all(dim, keepdim);
    }

    /** PyTorch: {@code torch.any(input)}; the same as {@link Tensor#any}. */
    public static Tensor any(Tensor input) {
        return input.any();
    }

    /** PyTorch: {@code torch.any(input, dim, keepdim)}; the same as {@link Tensor#any}. */
    public static Tensor any(Tensor input, int dim, boolean keepdim) {
        return input.any(dim, keepdim);
    }

    /** PyTorch: {@code torch.argmin(input)}; the same as {@link Tensor#argmin}. */
    public static Tensor argmin(Tensor input) {
        return input.argmin();
    }

    /** PyTorch: {@code torch.argmin(input, dim)}; the same as {@link Tensor#argmin}. */
    public static Tensor argmin(Tensor input, int dim) {
        return input.argmin(dim);
    }

    /** PyTorch: {@code torch.argmin(input, dim, keepdim)}; the same as {@link Tensor#argmin}. */
    public static Tensor argmin(Tensor input, int dim, boolean keepdim) {
        return input.argmin(dim, keepdim);
    }

    /** PyTorch: {@code torch.argsort(input)}; the same as {@link Tensor#argsort}. */
    public static Tensor argsort(Tensor input) {
        return input.argsort();
    }

    /** PyTorch: {@code torch.argsort(input, dim)}; the same as {@link Tensor#argsort}. */
    public static Tensor argsort(Tensor input, int dim) {
        return input.argsort(dim);
    }

    /** PyTorch: {@code torch.argsort(input, dim, descending)}; the same as {@link Tensor#argsort}. */
    public static Tensor argsort(Tensor input, int dim, boolean descending) {
        return input.argsort(dim, descending);
    }

    /** PyTorch: {@code torch.argsort(input, dim, descending, stable)}; the same as {@link Tensor#argsort}. */
    public static Tensor argsort(Tensor input, int dim, boolean descending, boolean stable) {
        return input.argsort(dim, descending, stable);
    }

    /** PyTorch: {@code torch.as_strided(input, size, stride, storage_offset)}; the same as {@link Tensor#asStrided}. */
    public static Tensor asStrided(Tensor input, int[] size, int[] stride, int storageOffset) {
        return input.asStrided(size, stride, storageOffset);
    }

    /** PyTorch: {@code torch.atan2(input, other)}; the same as {@link Tensor#atan2}. */
    public static Tensor atan2(Tensor input, Tensor other) {
        return input.atan2(other);
    }

    /** PyTorch: {@code torch.ceil(input)}; the same as {@link Tensor#ceil}. */
    public static Tensor ceil(Tensor input) {
        return input.ceil();
    }

    /** PyTorch: {@code torch.clamp_max(input, max)}; the same as {@link Tensor#clampMax}. */
    public static Tensor clampMax(Tensor input, double max) {
        return input.clampMax(max);
    }

    /** PyTorch: {@code torch.clamp_max(input, max)}; the same as {@link Tensor#clampMax}. */
    public static Tensor clampMax(Tensor input, long max) {
        return input.clampMax(max);
    }

    /** PyTorch: {@code torch.clamp_min(input, min)}; the same as {@link Tensor#clampMin}. */
    public static Tensor clampMin(Tensor input, double min) {
        return input.clampMin(min);
    }

    /** PyTorch: {@code torch.clamp_min(input, min)}; the same as {@link Tensor#clampMin}. */
    public static Tensor clampMin(Tensor input, long min) {
        return input.clampMin(min);
    }

    /** PyTorch: {@code torch.cos(input)}; the same as {@link Tensor#cos}. */
    public static Tensor cos(Tensor input) {
        return input.cos();
    }

    /** PyTorch: {@code torch.count_nonzero(input)}; the same as {@link Tensor#countNonzero}. */
    public static Tensor countNonzero(Tensor input) {
        return input.countNonzero();
    }

    /** PyTorch: {@code torch.count_nonzero(input, dim)}; the same as {@link Tensor#countNonzero}. */
    public static Tensor countNonzero(Tensor input, int dim) {
        return input.countNonzero(dim);
    }

    /** PyTorch: {@code torch.count_nonzero(input, dims)}; the same as {@link Tensor#countNonzero}. */
    public static Tensor countNonzero(Tensor input, int[] dims) {
        return input.countNonzero(dims);
    }

    /** PyTorch: {@code torch.cumprod(input, dim)}; the same as {@link Tensor#cumprod}. */
    public static Tensor cumprod(Tensor input, int dim) {
        return input.cumprod(dim);
    }

    /** PyTorch: {@code torch.cumprod(input, dim, dtype)}; the same as {@link Tensor#cumprod}. */
    public static Tensor cumprod(Tensor input, int dim, DType dtype) {
        return input.cumprod(dim, dtype);
    }

    /** PyTorch: {@code torch.erfinv(input)}; the same as {@link Tensor#erfinv}. */
    public static Tensor erfinv(Tensor input) {
        return input.erfinv();
    }

    /** PyTorch: {@code torch.expm1(input)}; the same as {@link Tensor#expm1}. */
    public static Tensor expm1(Tensor input) {
        return input.expm1();
    }

    /** PyTorch: {@code torch.floor(input)}; the same as {@link Tensor#floor}. */
    public static Tensor floor(Tensor input) {
        return input.floor();
    }

    /** PyTorch: {@code torch.floor_divide(input, other)}; the same as {@link Tensor#floorDivide}. */
    public static Tensor floorDivide(Tensor input, Tensor other) {
        return input.floorDivide(other);
    }

    /** PyTorch: {@code torch.floor_divide(input, other)}; the same as {@link Tensor#floorDivide}. */
    public static Tensor floorDivide(Tensor input, double other) {
        return input.floorDivide(other);
    }

    /** PyTorch: {@code torch.floor_divide(input, other)}; the same as {@link Tensor#floorDivide}. */
    public static Tensor floorDivide(Tensor input, long other) {
        return input.floorDivide(other);
    }

    /** PyTorch: {@code torch.fmod(input, other)}; the same as {@link Tensor#fmod}. */
    public static Tensor fmod(Tensor input, Tensor other) {
        return input.fmod(other);
    }

    /** PyTorch: {@code torch.fmod(input, other)}; the same as {@link Tensor#fmod}. */
    public static Tensor fmod(Tensor input, double other) {
        return input.fmod(other);
    }

    /** PyTorch: {@code torch.fmod(input, other)}; the same as {@link Tensor#fmod}. */
    public static Tensor fmod(Tensor input, long other) {
        return input.fmod(other);
    }

    /** PyTorch: {@code torch.frac(input)}; the same as {@link Tensor#frac}. */
    public static Tensor frac(Tensor input) {
        return input.frac();
    }

    /** PyTorch: {@code torch.ge(input, other)}; the same as {@link Tensor#ge}. */
    public static Tensor ge(Tensor input, Tensor other) {
        return input.ge(other);
    }

    /** PyTorch: {@code torch.ge(input, other)}; the same as {@link Tensor#ge}. */
    public static Tensor ge(Tensor input, double other) {
        return input.ge(other);
    }

    /** PyTorch: {@code torch.ge(input, other)}; the same as {@link Tensor#ge}. */
    public static Tensor ge(Tensor input, long other) {
        return input.ge(other);
    }

    /** PyTorch: {@code torch.gt(input, other)}; the same as {@link Tensor#gt}. */
    public static Tensor gt(Tensor input, Tensor other) {
        return input.gt(other);
    }

    /** PyTorch: {@code torch.gt(input, other)}; the same as {@link Tensor#gt}. */
    public static Tensor gt(Tensor input, double other) {
        return input.gt(other);
    }

    /** PyTorch: {@code torch.gt(input, other)}; the same as {@link Tensor#gt}. */
    public static Tensor gt(Tensor input, long other) {
        return input.gt(other);
    }

    /** PyTorch: {@code torch.index_put(input, indices, values, accumulate)}; the same as {@link Tensor#indexPut}. */
    public static Tensor indexPut(Tensor input, Tensor[] indices, Tensor values, boolean accumulate) {
        return input.indexPut(indices, values, accumulate);
    }

    /** PyTorch: {@code torch.index_put(input, indices, values)}; the same as {@link Tensor#indexPut}. */
    public static Tensor indexPut(Tensor input, Tensor[] indices, Tensor values) {
        return input.indexPut(indices, values);
    }

    /** PyTorch: {@code torch.is_floating_point(input)}; the same as {@link Tensor#isFloatingPoint}. */
    public static boolean isFloatingPoint(Tensor input) {
        return input.isFloatingPoint();
    }

    /** PyTorch: {@code torch.isfinite(input)}; the same as {@link Tensor#isfinite}. */
    public static Tensor isfinite(Tensor input) {
        return input.isfinite();
    }

    /** PyTorch: {@code torch.isinf(input)}; the same as {@link Tensor#isinf}. */
    public static Tensor isinf(Tensor input) {
        return input.isinf();
    }

    /** PyTorch: {@code torch.isnan(input)}; the same as {@link Tensor#isnan}. */
    public static Tensor isnan(Tensor input) {
        return input.isnan();
    }

    /** PyTorch: {@code torch.kthvalue(input, k)}; the same as {@link Tensor#kthvalue}. */
    public static ReturnTypes.Kthvalue kthvalue(Tensor input, int k) {
        return input.kthvalue(k);
    }

    /** PyTorch: {@code torch.kthvalue(input, k, dim)}; the same as {@link Tensor#kthvalue}. */
    public static ReturnTypes.Kthvalue kthvalue(Tensor input, int k, int dim) {
        return input.kthvalue(k, dim);
    }

    /** PyTorch: {@code torch.kthvalue(input, k, dim, keepdim)}; the same as {@link Tensor#kthvalue}. */
    public static ReturnTypes.Kthvalue kthvalue(Tensor input, int k, int dim, boolean keepdim) {
        return input.kthvalue(k, dim, keepdim);
    }

    /** PyTorch: {@code torch.le(input, other)}; the same as {@link Tensor#le}. */
    public static Tensor le(Tensor input, Tensor other) {
        return input.le(other);
    }

    /** PyTorch: {@code torch.le(input, other)}; the same as {@link Tensor#le}. */
    public static Tensor le(Tensor input, double other) {
        return input.le(other);
    }

    /** PyTorch: {@code torch.le(input, other)}; the same as {@link Tensor#le}. */
    public static Tensor le(Tensor input, long other) {
        return input.le(other);
    }

    /** PyTorch: {@code torch.log10(input)}; the same as {@link Tensor#log10}. */
    public static Tensor log10(Tensor input) {
        return input.log10();
    }

    /** PyTorch: {@code torch.log1p(input)}; the same as {@link Tensor#log1p}. */
    public static Tensor log1p(Tensor input) {
        return input.log1p();
    }

    /** PyTorch: {@code torch.log2(input)}; the same as {@link Tensor#log2}. */
    public static Tensor log2(Tensor input) {
        return input.log2();
    }

    /** PyTorch: {@code torch.logical_and(input, other)}; the same as {@link Tensor#logicalAnd}. */
    public static Tensor logicalAnd(Tensor input, Tensor other) {
        return input.logicalAnd(other);
    }

    /** PyTorch: {@code torch.logical_not(input)}; the same as {@link Tensor#logicalNot}. */
    public static Tensor logicalNot(Tensor input) {
        return input.logicalNot();
    }

    /** PyTorch: {@code torch.logical_or(input, other)}; the same as {@link Tensor#logicalOr}. */
    public static Tensor logicalOr(Tensor input, Tensor other) {
        return input.logicalOr(other);
    }

    /** PyTorch: {@code torch.logical_xor(input, other)}; the same as {@link Tensor#logicalXor}. */
    public static Tensor logicalXor(Tensor input, Tensor other) {
        return input.logicalXor(other);
    }

    /** PyTorch: {@code torch.lt(input, other)}; the same as {@link Tensor#lt}. */
    public static Tensor lt(Tensor input, Tensor other) {
        return input.lt(other);
    }

    /** PyTorch: {@code torch.lt(input, other)}; the same as {@link Tensor#lt}. */
    public static Tensor lt(Tensor input, double other) {
        return input.lt(other);
    }

    /** PyTorch: {@code torch.lt(input, other)}; the same as {@link Tensor#lt}. */
    public static Tensor lt(Tensor input, long other) {
        return input.lt(other);
    }

    /** PyTorch: {@code torch.masked_fill(input, mask, value)}; the same as {@link Tensor#maskedFill}. */
    public static Tensor maskedFill(Tensor input, Tensor mask, double value) {
        return input.maskedFill(mask, value);
    }

    /** PyTorch: {@code torch.masked_fill(input, mask, value)}; the same as {@link Tensor#maskedFill}. */
    public static Tensor maskedFill(Tensor input, Tensor mask, Tensor value) {
        return input.maskedFill(mask, value);
    }

    /** PyTorch: {@code torch.masked_fill(input, mask, value)}; the same as {@link Tensor#maskedFill}. */
    public static Tensor maskedFill(Tensor input, Tensor mask, long value) {
        return input.maskedFill(mask, value);
    }

    /** PyTorch: {@code torch.max(input)}; the same as {@link Tensor#max}. */
    public static Tensor max(Tensor input) {
        return input.max();
    }

    /** PyTorch: {@code torch.max(input, dim)}; the same as {@link Tensor#max}. */
    public static ReturnTypes.Max max(Tensor input, int dim) {
        return input.max(dim);
    }

    /** PyTorch: {@code torch.max(input, dim, keepdim)}; the same as {@link Tensor#max}. */
    public static ReturnTypes.Max max(Tensor input, int dim, boolean keepdim) {
        return input.max(dim, keepdim);
    }

    /** PyTorch: {@code torch.max(input, other)}; the same as {@link Tensor#max}. */
    public static Tensor max(Tensor input, Tensor other) {
        return input.max(other);
    }

    /** PyTorch: {@code torch.min(input)}; the same as {@link Tensor#min}. */
    public static Tensor min(Tensor input) {
        return input.min();
    }

    /** PyTorch: {@code torch.min(input, dim)}; the same as {@link Tensor#min}. */
    public static ReturnTypes.Min min(Tensor input, int dim) {
        return input.min(dim);
    }

    /** PyTorch: {@code torch.min(input, dim, keepdim)}; the same as {@link Tensor#min}. */
    public static ReturnTypes.Min min(Tensor input, int dim, boolean keepdim) {
        return input.min(dim, keepdim);
    }

    /** PyTorch: {@code torch.min(input, other)}; the same as {@link Tensor#min}. */
    public static Tensor min(Tensor input, Tensor other) {
        return input.min(other);
    }

    /** PyTorch: {@code torch.movedim(input, source, destination)}; the same as {@link Tensor#movedim}. */
    public static Tensor movedim(Tensor input, int source, int destination) {
        return input.movedim(source, destination);
    }

    /** PyTorch: {@code torch.movedim(input, source, destination)}; the same as {@link Tensor#movedim}. */
    public static Tensor movedim(Tensor input, int[] source, int[] destination) {
        return input.movedim(source, destination);
    }

    /** PyTorch: {@code torch.narrow(input, dim, start, length)}; the same as {@link Tensor#narrow}. */
    public static Tensor narrow(Tensor input, int dim, int start, int length) {
        return input.narrow(dim, start, length);
    }

    /** PyTorch: {@code torch.ne(input, other)}; the same as {@link Tensor#ne}. */
    public static Tensor ne(Tensor input, Tensor other) {
        return input.ne(other);
    }

    /** PyTorch: {@code torch.ne(input, other)}; the same as {@link Tensor#ne}. */
    public static Tensor ne(Tensor input, double other) {
        return input.ne(other);
    }

    /** PyTorch: {@code torch.ne(input, other)}; the same as {@link Tensor#ne}. */
    public static Tensor ne(Tensor input, long other) {
        return input.ne(other);
    }

    /** PyTorch: {@code torch.neg(input)}; the same as {@link Tensor#neg}. */
    public static Tensor neg(Tensor input) {
        return input.neg();
    }

    /** PyTorch: {@code torch.norm(input)}; the same as {@link Tensor#norm}. */
    public static Tensor norm(Tensor input) {
        return input.norm();
    }

    /** PyTorch: {@code torch.norm(input, p)}; the same as {@link Tensor#norm}. */
    public static Tensor norm(Tensor input, double p) {
        return input.norm(p);
    }

    /** PyTorch: {@code torch.norm(input, p, dim)}; the same as {@link Tensor#norm}. */
    public static Tensor norm(Tensor input, double p, int dim) {
        return input.norm(p, dim);
    }

    /** PyTorch: {@code torch.norm(input, p, dim, keepdim)}; the same as {@link Tensor#norm}. */
    public static Tensor norm(Tensor input, double p, int dim, boolean keepdim) {
        return input.norm(p, dim, keepdim);
    }

    /** PyTorch: {@code torch.norm(input, p, dims, keepdim)}; the same as {@link Tensor#norm}. */
    public static Tensor norm(Tensor input, double p, int[] dims, boolean keepdim) {
        return input.norm(p, dims, keepdim);
    }

    /** PyTorch: {@code torch.norm(input, p, dims, keepdim)}; the same as {@link Tensor#norm}. */
    public static Tensor norm(Tensor input, String p, int[] dims, boolean keepdim) {
        return input.norm(p, dims, keepdim);
    }

    /** PyTorch: {@code torch.numel(input)}; the same as {@link Tensor#numel}. */
    public static int numel(Tensor input) {
        return input.numel();
    }

    /** PyTorch: {@code torch.prod(input)}; the same as {@link Tensor#prod}. */
    public static Tensor prod(Tensor input) {
        return input.prod();
    }

    /** PyTorch: {@code torch.prod(input, dim)}; the same as {@link Tensor#prod}. */
    public static Tensor prod(Tensor input, int dim) {
        return input.prod(dim);
    }

    /** PyTorch: {@code torch.prod(input, dim, keepdim)}; the same as {@link Tensor#prod}. */
    public static Tensor prod(Tensor input, int dim, boolean keepdim) {
        return input.prod(dim, keepdim);
    }

    /** PyTorch: {@code torch.reciprocal(input)}; the same as {@link Tensor#reciprocal}. */
    public static Tensor reciprocal(Tensor input) {
        return input.reciprocal();
    }

    /** PyTorch: {@code torch.remainder(input, other)}; the same as {@link Tensor#remainder}. */
    public static Tensor remainder(Tensor input, Tensor other) {
        return input.remainder(other);
    }

    /** PyTorch: {@code torch.remainder(input, other)}; the same as {@link Tensor#remainder}. */
    public static Tensor remainder(Tensor input, double other) {
        return input.remainder(other);
    }

    /** PyTorch: {@code torch.remainder(input, other)}; the same as {@link Tensor#remainder}. */
    public static Tensor remainder(Tensor input, long other) {
        return input.remainder(other);
    }

    /** PyTorch: {@code torch.round(input)}; the same as {@link Tensor#round}. */
    public static Tensor round(Tensor input) {
        return input.round();
    }

    /** PyTorch: {@code torch.rsub(input, other)}; the same as {@link Tensor#rsub}. */
    public static Tensor rsub(Tensor input, double other) {
        return input.rsub(other);
    }

    /** PyTorch: {@code torch.rsub(input, other)}; the same as {@link Tensor#rsub}. */
    public static Tensor rsub(Tensor input, long other) {
        return input.rsub(other);
    }

    /** PyTorch: {@code torch.scatter(input, dim, index, src)}; the same as {@link Tensor#scatter}. */
    public static Tensor scatter(Tensor input, int dim, Tensor index, Tensor src) {
        return input.scatter(dim, index, src);
    }

    /** PyTorch: {@code torch.scatter(input, dim, index, value)}; the same as {@link Tensor#scatter}. */
    public static Tensor scatter(Tensor input, int dim, Tensor index, double value) {
        return input.scatter(dim, index, value);
    }

    /** PyTorch: {@code torch.scatter_add(input, dim, index, src)}; the same as {@link Tensor#scatterAdd}. */
    public static Tensor scatterAdd(Tensor input, int dim, Tensor index, Tensor src) {
        return input.scatterAdd(dim, index, src);
    }

    /** PyTorch: {@code torch.select(input, dim, index)}; the same as {@link Tensor#select}. */
    public static Tensor select(Tensor input, int dim, int index) {
        return input.select(dim, index);
    }

    /** PyTorch: {@code torch.sign(input)}; the same as {@link Tensor#sign}. */
    public static Tensor sign(Tensor input) {
        return input.sign();
    }

    /** PyTorch: {@code torch.sin(input)}; the same as {@link Tensor#sin}. */
    public static Tensor sin(Tensor input) {
        return input.sin();
    }

    /** PyTorch: {@code torch.sort(input)}; the same as {@link Tensor#sort}. */
    public static ReturnTypes.Sort sort(Tensor input) {
        return input.sort();
    }

    /** PyTorch: {@code torch.sort(input, dim)}; the same as {@link Tensor#sort}. */
    public static ReturnTypes.Sort sort(Tensor input, int dim) {
        return input.sort(dim);
    }

    /** PyTorch: {@code torch.sort(input, dim, descending)}; the same as {@link Tensor#sort}. */
    public static ReturnTypes.Sort sort(Tensor input, int dim, boolean descending) {
        return input.sort(dim, descending);
    }

    /** PyTorch: {@code torch.sort(input, dim, descending, stable)}; the same as {@link Tensor#sort}. */
    public static ReturnTypes.Sort sort(Tensor input, int dim, boolean descending, boolean stable) {
        return input.sort(dim, descending, stable);
    }

    /** PyTorch: {@code torch.square(input)}; the same as {@link Tensor#square}. */
    public static Tensor square(Tensor input) {
        return input.square();
    }

    /** PyTorch: {@code torch.std(input)}; the same as {@link Tensor#std}. */
    public static Tensor std(Tensor input) {
        return input.std();
    }

    /** PyTorch: {@code torch.std(input, dim)}; the same as {@link Tensor#std}. */
    public static Tensor std(Tensor input, int dim) {
        return input.std(dim);
    }

    /** PyTorch: {@code torch.std(input, dims, correction, keepdim)}; the same as {@link Tensor#std}. */
    public static Tensor std(Tensor input, int[] dims, double correction, boolean keepdim) {
        return input.std(dims, correction, keepdim);
    }

    /** PyTorch: {@code torch.t(input)}; the same as {@link Tensor#t}. */
    public static Tensor t(Tensor input) {
        return input.t();
    }

    /** PyTorch: {@code torch.tan(input)}; the same as {@link Tensor#tan}. */
    public static Tensor tan(Tensor input) {
        return input.tan();
    }

    /** PyTorch: {@code torch.topk(input, k)}; the same as {@link Tensor#topk}. */
    public static ReturnTypes.Topk topk(Tensor input, int k) {
        return input.topk(k);
    }

    /** PyTorch: {@code torch.topk(input, k, dim)}; the same as {@link Tensor#topk}. */
    public static ReturnTypes.Topk topk(Tensor input, int k, int dim) {
        return input.topk(k, dim);
    }

    /** PyTorch: {@code torch.topk(input, k, dim, largest)}; the same as {@link Tensor#topk}. */
    public static ReturnTypes.Topk topk(Tensor input, int k, int dim, boolean largest) {
        return input.topk(k, dim, largest);
    }

    /** PyTorch: {@code torch.topk(input, k, dim, largest, sorted)}; the same as {@link Tensor#topk}. */
    public static ReturnTypes.Topk topk(Tensor input, int k, int dim, boolean largest, boolean sorted) {
        return input.topk(k, dim, largest, sorted);
    }

    /** PyTorch: {@code torch.trunc(input)}; the same as {@link Tensor#trunc}. */
    public static Tensor trunc(Tensor input) {
        return input.trunc();
    }

    /** PyTorch: {@code torch.unbind(input, dim)}; the same as {@link Tensor#unbind}. */
    public static List<Tensor> unbind(Tensor input, int dim) {
        return input.unbind(dim);
    }

    /** PyTorch: {@code torch.unbind(input)}; the same as {@link Tensor#unbind}. */
    public static List<Tensor> unbind(Tensor input) {
        return input.unbind();
    }

    /** PyTorch: {@code torch.unflatten(input, dim, sizes)}; the same as {@link Tensor#unflatten}. */
    public static Tensor unflatten(Tensor input, int dim, int... sizes) {
        return input.unflatten(dim, sizes);
    }

    /** PyTorch: {@code torch.var(input)}; the same as {@link Tensor#var}. */
    public static Tensor var(Tensor input) {
        return input.var();
    }

    /** PyTorch: {@code torch.var(input, dim)}; the same as {@link Tensor#var}. */
    public static Tensor var(Tensor input, int dim) {
        return input.var(dim);
    }

    /** PyTorch: {@code torch.var(input, dims, correction, keepdim)}; the same as {@link Tensor#var}. */
    public static Tensor var(Tensor input, int[] dims, double correction, boolean keepdim) {
        return input.var(dims, correction, keepdim);
    }

    /** PyTorch: {@code torch.add(input, other, alpha)}; the same as {@link Tensor#add}. */
    public static Tensor add(Tensor input, Tensor other, double alpha) {
        return input.add(other, alpha);
    }

    /** PyTorch: {@code torch.add(input, other, alpha)}; the same as {@link Tensor#add}. */
    public static Tensor add(Tensor input, Tensor other, long alpha) {
        return input.add(other, alpha);
    }

    /** PyTorch: {@code torch.add(input, other)}; the same as {@link Tensor#add}. */
    public static Tensor add(Tensor input, double other) {
        return input.add(other);
    }

    /** PyTorch: {@code torch.add(input, other)}; the same as {@link Tensor#add}. */
    public static Tensor add(Tensor input, long other) {
        return input.add(other);
    }

    /** PyTorch: {@code torch.argmax(input, dim)}; the same as {@link Tensor#argmax}. */
    public static Tensor argmax(Tensor input, int dim) {
        return input.argmax(dim);
    }

    /** PyTorch: {@code torch.argmax(input, dim, keepdim)}; the same as {@link Tensor#argmax}. */
    public static Tensor argmax(Tensor input, int dim, boolean keepdim) {
        return input.argmax(dim, keepdim);
    }

    /** PyTorch: {@code torch.chunk(input, chunks)}; the same as {@link Tensor#chunk}. */
    public static List<Tensor> chunk(Tensor input, int chunks) {
        return input.chunk(chunks);
    }

    /** PyTorch: {@code torch.clamp(input, min, max)}; the same as {@link Tensor#clamp}. */
    public static Tensor clamp(Tensor input, double min, double max) {
        return input.clamp(min, max);
    }

    /** PyTorch: {@code torch.clamp(input, min, max)}; the same as {@link Tensor#clamp}. */
    public static Tensor clamp(Tensor input, long min, long max) {
        return input.clamp(min, max);
    }

    /** PyTorch: {@code torch.cumsum(input, dim, dtype)}; the same as {@link Tensor#cumsum}. */
    public static Tensor cumsum(Tensor input, int dim, DType dtype) {
        return input.cumsum(dim, dtype);
    }

    /** PyTorch: {@code torch.div(input, other)}; the same as {@link Tensor#div}. */
    public static Tensor div(Tensor input, double other) {
        return input.div(other);
    }

    /** PyTorch: {@code torch.div(input, other)}; the same as {@link Tensor#div}. */
    public static Tensor div(Tensor input, long other) {
        return input.div(other);
    }

    /** PyTorch: {@code torch.div(input, other, rounding_mode)}; the same as {@link Tensor#div}. */
    public static Tensor div(Tensor input, Tensor other, String roundingMode) {
        return input.div(other, roundingMode);
    }

    /** PyTorch: {@code torch.div(input, other, rounding_mode)}; the same as {@link Tensor#div}. */
    public static Tensor div(Tensor input, double other, String roundingMode) {
        return input.div(other, roundingMode);
    }

    /** PyTorch: {@code torch.div(input, other, rounding_mode)}; the same as {@link Tensor#div}. */
    public static Tensor div(Tensor input, long other, String roundingMode) {
        return input.div(other, roundingMode);
    }

    /** PyTorch: {@code torch.eq(input, other)}; the same as {@link Tensor#eq}. */
    public static Tensor eq(Tensor input, double other) {
        return input.eq(other);
    }

    /** PyTorch: {@code torch.eq(input, other)}; the same as {@link Tensor#eq}. */
    public static Tensor eq(Tensor input, long other) {
        return input.eq(other);
    }

    /** PyTorch: {@code torch.flatten(input, start_dim)}; the same as {@link Tensor#flatten}. */
    public static Tensor flatten(Tensor input, int startDim) {
        return input.flatten(startDim);
    }

    /** PyTorch: {@code torch.flatten(input, start_dim, end_dim)}; the same as {@link Tensor#flatten}. */
    public static Tensor flatten(Tensor input, int startDim, int endDim) {
        return input.flatten(startDim, endDim);
    }

    /** PyTorch: {@code torch.isclose(input, other, rtol, atol, equal_nan)}; the same as {@link Tensor#isclose}. */
    public static Tensor isclose(Tensor input, Tensor other, double rtol, double atol, boolean equalNan) {
        return input.isclose(other, rtol, atol, equalNan);
    }

    /** PyTorch: {@code torch.logsumexp(input, dim, keepdim)}; the same as {@link Tensor#logsumexp}. */
    public static Tensor logsumexp(Tensor input, int dim, boolean keepdim) {
        return input.logsumexp(dim, keepdim);
    }

    /** PyTorch: {@code torch.logsumexp(input, dims, keepdim)}; the same as {@link Tensor#logsumexp}. */
    public static Tensor logsumexp(Tensor input, int[] dims, boolean keepdim) {
        return input.logsumexp(dims, keepdim);
    }

    /** PyTorch: {@code torch.mean(input, dim)}; the same as {@link Tensor#mean}. */
    public static Tensor mean(Tensor input, int dim) {
        return input.mean(dim);
    }

    /** PyTorch: {@code torch.mean(input, dim, keepdim)}; the same as {@link Tensor#mean}. */
    public static Tensor mean(Tensor input, int dim, boolean keepdim) {
        return input.mean(dim, keepdim);
    }

    /** PyTorch: {@code torch.mean(input, dims, keepdim)}; the same as {@link Tensor#mean}. */
    public static Tensor mean(Tensor input, int[] dims, boolean keepdim) {
        return input.mean(dims, keepdim);
    }

    /** PyTorch: {@code torch.mul(input, other)}; the same as {@link Tensor#mul}. */
    public static Tensor mul(Tensor input, double other) {
        return input.mul(other);
    }

    /** PyTorch: {@code torch.mul(input, other)}; the same as {@link Tensor#mul}. */
    public static Tensor mul(Tensor input, long other) {
        return input.mul(other);
    }

    /** PyTorch: {@code torch.pow(input, exponent)}; the same as {@link Tensor#pow}. */
    public static Tensor pow(Tensor input, long exponent) {
        return input.pow(exponent);
    }

    /** PyTorch: {@code torch.split(input, split_size)}; the same as {@link Tensor#split}. */
    public static List<Tensor> split(Tensor input, int splitSize) {
        return input.split(splitSize);
    }

    /** PyTorch: {@code torch.squeeze(input, dim)}; the same as {@link Tensor#squeeze}. */
    public static Tensor squeeze(Tensor input, int dim) {
        return input.squeeze(dim);
    }

    /** PyTorch: {@code torch.sub(input, other, alpha)}; the same as {@link Tensor#sub}. */
    public static Tensor sub(Tensor input, Tensor other, double alpha) {
        return input.sub(other, alpha);
    }

    /** PyTorch: {@code torch.sub(input, other, alpha)}; the same as {@link Tensor#sub}. */
    public static Tensor sub(Tensor input, Tensor other, long alpha) {
        return input.sub(other, alpha);
    }

    /** PyTorch: {@code torch.sub(input, other)}; the same as {@link Tensor#sub}. */
    public static Tensor sub(Tensor input, double other) {
        return input.sub(other);
    }

    /** PyTorch: {@code torch.sub(input, other)}; the same as {@link Tensor#sub}. */
    public static Tensor sub(Tensor input, long other) {
        return input.sub(other);
    }

    /** PyTorch: {@code torch.sum(input, dim)}; the same as {@link Tensor#sum}. */
    public static Tensor sum(Tensor input, int dim) {
        return input.sum(dim);
    }

    /** PyTorch: {@code torch.sum(input, dim, keepdim)}; the same as {@link Tensor#sum}. */
    public static Tensor sum(Tensor input, int dim, boolean keepdim) {
        return input.sum(dim, keepdim);
    }

    /** PyTorch: {@code torch.sum(input, dims, keepdim)}; the same as {@link Tensor#sum}. */
    public static Tensor sum(Tensor input, int[] dims, boolean keepdim) {
        return input.sum(dims, keepdim);
    }

    /** PyTorch: {@code torch.sum(input, dtype)}; the same as {@link Tensor#sum}. */
    public static Tensor sum(Tensor input, DType dtype) {
        return input.sum(dtype);
    }

    /** PyTorch: {@code torch.sum(input, dims, keepdim, dtype)}; the same as {@link Tensor#sum}. */
    public static Tensor sum(Tensor input, int[] dims, boolean keepdim, DType dtype) {
        return input.sum(dims, keepdim, dtype);
    }

    // ---------------------------------------------------------------- inverse trigonometric and hyperbolic (TrigOps)

    /** Arcsine, elementwise. PyTorch: {@code torch.asin(input)}. */
    public static Tensor asin(Tensor input) {
        return input.asin();
    }

    /** PyTorch: {@code torch.asin_(input)}. */
    public static Tensor asin_(Tensor input) {
        return input.asin_();
    }

    /** Alias of {@link #asin(Tensor)}. PyTorch: {@code torch.arcsin(input)}. */
    public static Tensor arcsin(Tensor input) {
        return input.asin();
    }

    /** Alias of {@link #asin_(Tensor)}. PyTorch: {@code torch.arcsin_(input)}. */
    public static Tensor arcsin_(Tensor input) {
        return input.asin_();
    }

    /** Arccosine, elementwise. PyTorch: {@code torch.acos(input)}. */
    public static Tensor acos(Tensor input) {
        return input.acos();
    }

    /** PyTorch: {@code torch.acos_(input)}. */
    public static Tensor acos_(Tensor input) {
        return input.acos_();
    }

    /** Alias of {@link #acos(Tensor)}. PyTorch: {@code torch.arccos(input)}. */
    public static Tensor arccos(Tensor input) {
        return input.acos();
    }

    /** Alias of {@link #acos_(Tensor)}. PyTorch: {@code torch.arccos_(input)}. */
    public static Tensor arccos_(Tensor input) {
        return input.acos_();
    }

    /** Arctangent, elementwise. PyTorch: {@code torch.atan(input)}. */
    public static Tensor atan(Tensor input) {
        return input.atan();
    }

    /** PyTorch: {@code torch.atan_(input)}. */
    public static Tensor atan_(Tensor input) {
        return input.atan_();
    }

    /** Alias of {@link #atan(Tensor)}. PyTorch: {@code torch.arctan(input)}. */
    public static Tensor arctan(Tensor input) {
        return input.atan();
    }

    /** Alias of {@link #atan_(Tensor)}. PyTorch: {@code torch.arctan_(input)}. */
    public static Tensor arctan_(Tensor input) {
        return input.atan_();
    }

    /** Hyperbolic sine, elementwise. PyTorch: {@code torch.sinh(input)}. */
    public static Tensor sinh(Tensor input) {
        return input.sinh();
    }

    /** PyTorch: {@code torch.sinh_(input)}. */
    public static Tensor sinh_(Tensor input) {
        return input.sinh_();
    }

    /** Hyperbolic cosine, elementwise. PyTorch: {@code torch.cosh(input)}. */
    public static Tensor cosh(Tensor input) {
        return input.cosh();
    }

    /** PyTorch: {@code torch.cosh_(input)}. */
    public static Tensor cosh_(Tensor input) {
        return input.cosh_();
    }

    /** Inverse hyperbolic sine, elementwise. PyTorch: {@code torch.asinh(input)}. */
    public static Tensor asinh(Tensor input) {
        return input.asinh();
    }

    /** PyTorch: {@code torch.asinh_(input)}. */
    public static Tensor asinh_(Tensor input) {
        return input.asinh_();
    }

    /** Alias of {@link #asinh(Tensor)}. PyTorch: {@code torch.arcsinh(input)}. */
    public static Tensor arcsinh(Tensor input) {
        return input.asinh();
    }

    /** Alias of {@link #asinh_(Tensor)}. PyTorch: {@code torch.arcsinh_(input)}. */
    public static Tensor arcsinh_(Tensor input) {
        return input.asinh_();
    }

    /** Inverse hyperbolic cosine (NaN below 1), elementwise. PyTorch: {@code torch.acosh(input)}. */
    public static Tensor acosh(Tensor input) {
        return input.acosh();
    }

    /** PyTorch: {@code torch.acosh_(input)}. */
    public static Tensor acosh_(Tensor input) {
        return input.acosh_();
    }

    /** Alias of {@link #acosh(Tensor)}. PyTorch: {@code torch.arccosh(input)}. */
    public static Tensor arccosh(Tensor input) {
        return input.acosh();
    }

    /** Alias of {@link #acosh_(Tensor)}. PyTorch: {@code torch.arccosh_(input)}. */
    public static Tensor arccosh_(Tensor input) {
        return input.acosh_();
    }

    /** Inverse hyperbolic tangent (NaN beyond ±1), elementwise. PyTorch: {@code torch.atanh(input)}. */
    public static Tensor atanh(Tensor input) {
        return input.atanh();
    }

    /** PyTorch: {@code torch.atanh_(input)}. */
    public static Tensor atanh_(Tensor input) {
        return input.atanh_();
    }

    /** Alias of {@link #atanh(Tensor)}. PyTorch: {@code torch.arctanh(input)}. */
    public static Tensor arctanh(Tensor input) {
        return input.atanh();
    }

    /** Alias of {@link #atanh_(Tensor)}. PyTorch: {@code torch.arctanh_(input)}. */
    public static Tensor arctanh_(Tensor input) {
        return input.atanh_();
    }

    /** Alias of {@link #atan2(Tensor, Tensor)}. PyTorch: {@code torch.arctan2(input, other)}. */
    public static Tensor arctan2(Tensor input, Tensor other) {
        return input.atan2(other);
    }

    // ---------------------------------------------------------------- flips, rolls, diagonals, triangles

    /** PyTorch: {@code torch.flip(input, dims)}. */
    public static Tensor flip(Tensor input, int... dims) {
        return input.flip(dims);
    }

    /** PyTorch: {@code torch.fliplr(input)}. */
    public static Tensor fliplr(Tensor input) {
        return input.fliplr();
    }

    /** PyTorch: {@code torch.flipud(input)}. */
    public static Tensor flipud(Tensor input) {
        return input.flipud();
    }

    /** PyTorch: {@code torch.roll(input, shifts)} (the flattened tensor, shape kept). */
    public static Tensor roll(Tensor input, int shifts) {
        return input.roll(shifts);
    }

    /** PyTorch: {@code torch.roll(input, shifts, dims)}. */
    public static Tensor roll(Tensor input, int shifts, int dim) {
        return input.roll(shifts, dim);
    }

    /** PyTorch: {@code torch.roll(input, shifts, dims)}. */
    public static Tensor roll(Tensor input, int[] shifts, int[] dims) {
        return input.roll(shifts, dims);
    }

    /** PyTorch: {@code torch.rot90(input)}. */
    public static Tensor rot90(Tensor input) {
        return input.rot90();
    }

    /** PyTorch: {@code torch.rot90(input, k)}. */
    public static Tensor rot90(Tensor input, int k) {
        return input.rot90(k);
    }

    /** PyTorch: {@code torch.rot90(input, k, dims)}. */
    public static Tensor rot90(Tensor input, int k, int[] dims) {
        return input.rot90(k, dims);
    }

    /** PyTorch: {@code torch.tril(input)}. */
    public static Tensor tril(Tensor input) {
        return input.tril();
    }

    /** PyTorch: {@code torch.tril(input, diagonal)}. */
    public static Tensor tril(Tensor input, int diagonal) {
        return input.tril(diagonal);
    }

    /** PyTorch: {@code torch.triu(input)}. */
    public static Tensor triu(Tensor input) {
        return input.triu();
    }

    /** PyTorch: {@code torch.triu(input, diagonal)}. */
    public static Tensor triu(Tensor input, int diagonal) {
        return input.triu(diagonal);
    }

    /** PyTorch: {@code torch.diag(input)}. */
    public static Tensor diag(Tensor input) {
        return input.diag();
    }

    /** PyTorch: {@code torch.diag(input, diagonal)}. */
    public static Tensor diag(Tensor input, int diagonal) {
        return input.diag(diagonal);
    }

    /** PyTorch: {@code torch.diagonal(input)}. */
    public static Tensor diagonal(Tensor input) {
        return input.diagonal();
    }

    /** PyTorch: {@code torch.diagonal(input, offset)}. */
    public static Tensor diagonal(Tensor input, int offset) {
        return input.diagonal(offset);
    }

    /** PyTorch: {@code torch.diagonal(input, offset, dim1, dim2)}. */
    public static Tensor diagonal(Tensor input, int offset, int dim1, int dim2) {
        return input.diagonal(offset, dim1, dim2);
    }

    /** PyTorch: {@code torch.diag_embed(input)}. */
    public static Tensor diagEmbed(Tensor input) {
        return input.diagEmbed();
    }

    /** PyTorch: {@code torch.diag_embed(input, offset, dim1, dim2)}. */
    public static Tensor diagEmbed(Tensor input, int offset, int dim1, int dim2) {
        return input.diagEmbed(offset, dim1, dim2);
    }

    /** PyTorch: {@code torch.trace(input)}. */
    public static Tensor trace(Tensor input) {
        return input.trace();
    }

    // ---------------------------------------------------------------- more elementwise math

    /** PyTorch: {@code torch.lerp(input, end, weight)}. */
    public static Tensor lerp(Tensor input, Tensor end, double weight) {
        return input.lerp(end, weight);
    }

    /** PyTorch: {@code torch.lerp(input, end, weight)} with a weight tensor. */
    public static Tensor lerp(Tensor input, Tensor end, Tensor weight) {
        return input.lerp(end, weight);
    }

    /** PyTorch: {@code torch.addcmul(input, tensor1, tensor2)}. */
    public static Tensor addcmul(Tensor input, Tensor tensor1, Tensor tensor2) {
        return input.addcmul(tensor1, tensor2);
    }

    /** PyTorch: {@code torch.addcmul(input, tensor1, tensor2, value=value)}. */
    public static Tensor addcmul(Tensor input, Tensor tensor1, Tensor tensor2, double value) {
        return input.addcmul(tensor1, tensor2, value);
    }

    /** PyTorch: {@code torch.addcdiv(input, tensor1, tensor2)}. */
    public static Tensor addcdiv(Tensor input, Tensor tensor1, Tensor tensor2) {
        return input.addcdiv(tensor1, tensor2);
    }

    /** PyTorch: {@code torch.addcdiv(input, tensor1, tensor2, value=value)}. */
    public static Tensor addcdiv(Tensor input, Tensor tensor1, Tensor tensor2, double value) {
        return input.addcdiv(tensor1, tensor2, value);
    }

    /** PyTorch: {@code torch.hypot(input, other)}. */
    public static Tensor hypot(Tensor input, Tensor other) {
        return input.hypot(other);
    }

    /** PyTorch: {@code torch.logaddexp(input, other)}. */
    public static Tensor logaddexp(Tensor input, Tensor other) {
        return input.logaddexp(other);
    }

    /** PyTorch: {@code torch.logaddexp2(input, other)}. */
    public static Tensor logaddexp2(Tensor input, Tensor other) {
        return input.logaddexp2(other);
    }

    /** PyTorch: {@code torch.xlogy(input, other)}. */
    public static Tensor xlogy(Tensor input, Tensor other) {
        return input.xlogy(other);
    }

    /** PyTorch: {@code torch.xlogy(input, other)} with a number for other. */
    public static Tensor xlogy(Tensor input, double other) {
        return input.xlogy(other);
    }

    /** PyTorch: {@code torch.xlogy(self, other)} with a number for self. */
    public static Tensor xlogy(double self, Tensor other) {
        return BinaryMathOps.xlogy(self, other);
    }

    /** PyTorch: {@code torch.xlogy_(input, other)}. */
    public static Tensor xlogy_(Tensor input, Tensor other) {
        return input.xlogy_(other);
    }

    /** PyTorch: {@code torch.copysign(input, other)}. */
    public static Tensor copysign(Tensor input, Tensor other) {
        return input.copysign(other);
    }

    /** PyTorch: {@code torch.copysign(input, other)} with a number for other. */
    public static Tensor copysign(Tensor input, double other) {
        return input.copysign(other);
    }

    /** PyTorch: {@code torch.logit(input)}. */
    public static Tensor logit(Tensor input) {
        return input.logit();
    }

    /** PyTorch: {@code torch.logit(input, eps)}. */
    public static Tensor logit(Tensor input, double eps) {
        return input.logit(eps);
    }

    /** PyTorch: {@code torch.logit_(input, eps=None)}. */
    public static Tensor logit_(Tensor input, Double eps) {
        return input.logit_(eps);
    }

    /** PyTorch: {@code torch.nan_to_num(input)}. */
    public static Tensor nanToNum(Tensor input) {
        return input.nanToNum();
    }

    /** PyTorch: {@code torch.nan_to_num(input, nan, posinf, neginf)}. */
    public static Tensor nanToNum(Tensor input, double nan, Double posinf, Double neginf) {
        return input.nanToNum(nan, posinf, neginf);
    }

    /** PyTorch: {@code torch.nan_to_num_(input, nan, posinf, neginf)}. */
    public static Tensor nanToNum_(Tensor input, double nan, Double posinf, Double neginf) {
        return input.nanToNum_(nan, posinf, neginf);
    }

    /** PyTorch: {@code torch.round(input, decimals=decimals)}. */
    public static Tensor round(Tensor input, int decimals) {
        return input.round(decimals);
    }

    /** PyTorch: {@code torch.erfc(input)}. */
    public static Tensor erfc(Tensor input) {
        return input.erfc();
    }

    /** PyTorch: {@code torch.erfc_(input)}. */
    public static Tensor erfc_(Tensor input) {
        return input.erfc_();
    }

    // ---------------------------------------------------------------- PyTorch's aliases of existing ops

    /** Alias of {@code abs}. PyTorch: {@code torch.absolute}. */
    public static Tensor absolute(Tensor input) {
        return input.absolute();
    }

    /** Alias of {@code neg}. PyTorch: {@code torch.negative}. */
    public static Tensor negative(Tensor input) {
        return input.negative();
    }

    /** Alias of {@code trunc}. PyTorch: {@code torch.fix}. */
    public static Tensor fix(Tensor input) {
        return input.fix();
    }

    /** Alias of {@code clamp}. PyTorch: {@code torch.clip}. */
    public static Tensor clip(Tensor input, Number min, Number max) {
        return input.clip(min, max);
    }

    /** Alias of {@code clamp}. PyTorch: {@code torch.clip}. */
    public static Tensor clip(Tensor input, double min, double max) {
        return input.clip(min, max);
    }

    /** Alias of {@code clamp}. PyTorch: {@code torch.clip}. */
    public static Tensor clip(Tensor input, long min, long max) {
        return input.clip(min, max);
    }

    /** Alias of {@code mul}. PyTorch: {@code torch.multiply}. */
    public static Tensor multiply(Tensor input, Tensor other) {
        return input.multiply(other);
    }

    /** Alias of {@code mul}. PyTorch: {@code torch.multiply}. */
    public static Tensor multiply(Tensor input, double other) {
        return input.multiply(other);
    }

    /** Alias of {@code mul}. PyTorch: {@code torch.multiply}. */
    public static Tensor multiply(Tensor input, long other) {
        return input.multiply(other);
    }

    /** Alias of {@code div}. PyTorch: {@code torch.divide}. */
    public static Tensor divide(Tensor input, Tensor other) {
        return input.divide(other);
    }

    /** Alias of {@code div}. PyTorch: {@code torch.divide}. */
    public static Tensor divide(Tensor input, double other) {
        return input.divide(other);
    }

    /** Alias of {@code div}. PyTorch: {@code torch.divide}. */
    public static Tensor divide(Tensor input, long other) {
        return input.divide(other);
    }

    /** Alias of {@code div}. PyTorch: {@code torch.divide}. */
    public static Tensor divide(Tensor input, Tensor other, String roundingMode) {
        return input.divide(other, roundingMode);
    }

    /** Alias of {@code div}. PyTorch: {@code torch.true_divide}. */
    public static Tensor trueDivide(Tensor input, Tensor other) {
        return input.trueDivide(other);
    }

    /** Alias of {@code div}. PyTorch: {@code torch.true_divide}. */
    public static Tensor trueDivide(Tensor input, double other) {
        return input.trueDivide(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code torch.subtract}. */
    public static Tensor subtract(Tensor input, Tensor other) {
        return input.subtract(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code torch.subtract}. */
    public static Tensor subtract(Tensor input, double other) {
        return input.subtract(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code torch.subtract}. */
    public static Tensor subtract(Tensor input, long other) {
        return input.subtract(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code torch.subtract}. */
    public static Tensor subtract(Tensor input, Tensor other, double alpha) {
        return input.subtract(other, alpha);
    }

    /** Alias of {@code gt}. PyTorch: {@code torch.greater}. */
    public static Tensor greater(Tensor input, Tensor other) {
        return input.greater(other);
    }

    /** Alias of {@code gt}. PyTorch: {@code torch.greater}. */
    public static Tensor greater(Tensor input, double other) {
        return input.greater(other);
    }

    /** Alias of {@code gt}. PyTorch: {@code torch.greater}. */
    public static Tensor greater(Tensor input, long other) {
        return input.greater(other);
    }

    /** Alias of {@code ge}. PyTorch: {@code torch.greater_equal}. */
    public static Tensor greaterEqual(Tensor input, Tensor other) {
        return input.greaterEqual(other);
    }

    /** Alias of {@code ge}. PyTorch: {@code torch.greater_equal}. */
    public static Tensor greaterEqual(Tensor input, double other) {
        return input.greaterEqual(other);
    }

    /** Alias of {@code ge}. PyTorch: {@code torch.greater_equal}. */
    public static Tensor greaterEqual(Tensor input, long other) {
        return input.greaterEqual(other);
    }

    /** Alias of {@code lt}. PyTorch: {@code torch.less}. */
    public static Tensor less(Tensor input, Tensor other) {
        return input.less(other);
    }

    /** Alias of {@code lt}. PyTorch: {@code torch.less}. */
    public static Tensor less(Tensor input, double other) {
        return input.less(other);
    }

    /** Alias of {@code lt}. PyTorch: {@code torch.less}. */
    public static Tensor less(Tensor input, long other) {
        return input.less(other);
    }

    /** Alias of {@code le}. PyTorch: {@code torch.less_equal}. */
    public static Tensor lessEqual(Tensor input, Tensor other) {
        return input.lessEqual(other);
    }

    /** Alias of {@code le}. PyTorch: {@code torch.less_equal}. */
    public static Tensor lessEqual(Tensor input, double other) {
        return input.lessEqual(other);
    }

    /** Alias of {@code le}. PyTorch: {@code torch.less_equal}. */
    public static Tensor lessEqual(Tensor input, long other) {
        return input.lessEqual(other);
    }

    /** Alias of {@code ne}. PyTorch: {@code torch.not_equal}. */
    public static Tensor notEqual(Tensor input, Tensor other) {
        return input.notEqual(other);
    }

    /** Alias of {@code ne}. PyTorch: {@code torch.not_equal}. */
    public static Tensor notEqual(Tensor input, double other) {
        return input.notEqual(other);
    }

    /** Alias of {@code ne}. PyTorch: {@code torch.not_equal}. */
    public static Tensor notEqual(Tensor input, long other) {
        return input.notEqual(other);
    }

    /** Alias of {@code transpose}. PyTorch: {@code torch.swapaxes}. */
    public static Tensor swapaxes(Tensor input, int axis0, int axis1) {
        return input.swapaxes(axis0, axis1);
    }

    /** Alias of {@code transpose}. PyTorch: {@code torch.swapdims}. */
    public static Tensor swapdims(Tensor input, int dim0, int dim1) {
        return input.swapdims(dim0, dim1);
    }

    // ---------------------------------------------------------------- in-place forms as torch functions

    /** In place. PyTorch: {@code torch.abs_(input)}. */
    public static Tensor abs_(Tensor input) {
        return input.abs_();
    }

    /** In place. PyTorch: {@code torch.ceil_(input)}. */
    public static Tensor ceil_(Tensor input) {
        return input.ceil_();
    }

    /** In place. PyTorch: {@code torch.cos_(input)}. */
    public static Tensor cos_(Tensor input) {
        return input.cos_();
    }

    /** In place. PyTorch: {@code torch.erf_(input)}. */
    public static Tensor erf_(Tensor input) {
        return input.erf_();
    }

    /** In place. PyTorch: {@code torch.exp_(input)}. */
    public static Tensor exp_(Tensor input) {
        return input.exp_();
    }

    /** In place. PyTorch: {@code torch.expm1_(input)}. */
    public static Tensor expm1_(Tensor input) {
        return input.expm1_();
    }

    /** In place. PyTorch: {@code torch.floor_(input)}. */
    public static Tensor floor_(Tensor input) {
        return input.floor_();
    }

    /** In place. PyTorch: {@code torch.frac_(input)}. */
    public static Tensor frac_(Tensor input) {
        return input.frac_();
    }

    /** In place. PyTorch: {@code torch.log10_(input)}. */
    public static Tensor log10_(Tensor input) {
        return input.log10_();
    }

    /** In place. PyTorch: {@code torch.log1p_(input)}. */
    public static Tensor log1p_(Tensor input) {
        return input.log1p_();
    }

    /** In place. PyTorch: {@code torch.log2_(input)}. */
    public static Tensor log2_(Tensor input) {
        return input.log2_();
    }

    /** In place. PyTorch: {@code torch.log_(input)}. */
    public static Tensor log_(Tensor input) {
        return input.log_();
    }

    /** In place. PyTorch: {@code torch.neg_(input)}. */
    public static Tensor neg_(Tensor input) {
        return input.neg_();
    }

    /** In place. PyTorch: {@code torch.negative_(input)}. */
    public static Tensor negative_(Tensor input) {
        return input.negative_();
    }

    /** In place. PyTorch: {@code torch.fix_(input)}. */
    public static Tensor fix_(Tensor input) {
        return input.fix_();
    }

    /** In place. PyTorch: {@code torch.reciprocal_(input)}. */
    public static Tensor reciprocal_(Tensor input) {
        return input.reciprocal_();
    }

    /** In place. PyTorch: {@code torch.relu_(input)}. */
    public static Tensor relu_(Tensor input) {
        return input.relu_();
    }

    /** In place. PyTorch: {@code torch.round_(input)}. */
    public static Tensor round_(Tensor input) {
        return input.round_();
    }

    /** In place. PyTorch: {@code torch.rsqrt_(input)}. */
    public static Tensor rsqrt_(Tensor input) {
        return input.rsqrt_();
    }

    /** In place. PyTorch: {@code torch.sigmoid_(input)}. */
    public static Tensor sigmoid_(Tensor input) {
        return input.sigmoid_();
    }

    /** In place. PyTorch: {@code torch.sin_(input)}. */
    public static Tensor sin_(Tensor input) {
        return input.sin_();
    }

    /** In place. PyTorch: {@code torch.sqrt_(input)}. */
    public static Tensor sqrt_(Tensor input) {
        return input.sqrt_();
    }

    /** In place. PyTorch: {@code torch.square_(input)}. */
    public static Tensor square_(Tensor input) {
        return input.square_();
    }

    /** In place. PyTorch: {@code torch.tan_(input)}. */
    public static Tensor tan_(Tensor input) {
        return input.tan_();
    }

    /** In place. PyTorch: {@code torch.tanh_(input)}. */
    public static Tensor tanh_(Tensor input) {
        return input.tanh_();
    }

    /** In place. PyTorch: {@code torch.trunc_(input)}. */
    public static Tensor trunc_(Tensor input) {
        return input.trunc_();
    }

    /** In place. PyTorch: {@code torch.zero_(input)}. */
    public static Tensor zero_(Tensor input) {
        return input.zero_();
    }

    /** In place. PyTorch: {@code torch.clamp_(input, ...)}. */
    public static Tensor clamp_(Tensor input, Number min, Number max) {
        return input.clamp_(min, max);
    }

    /** In place. PyTorch: {@code torch.clamp_min_(input, ...)}. */
    public static Tensor clampMin_(Tensor input, double min) {
        return input.clampMin_(min);
    }

    /** In place. PyTorch: {@code torch.clamp_max_(input, ...)}. */
    public static Tensor clampMax_(Tensor input, double max) {
        return input.clampMax_(max);
    }

    /** In place. PyTorch: {@code torch.clip_(input, ...)}. */
    public static Tensor clip_(Tensor input, Number min, Number max) {
        return input.clip_(min, max);
    }

    /** In place. PyTorch: {@code torch.fill_(input, ...)}. */
    public static Tensor fill_(Tensor input, double value) {
        return input.fill_(value);
    }

    // ---------------------------------------------------------------- activations as torch functions

    /** PyTorch: {@code torch.selu(input)}. */
    public static Tensor selu(Tensor input) {
        return SmoothActivationOps.selu(input);
    }

    /** PyTorch: {@code torch.selu_(input)}. */
    public static Tensor selu_(Tensor input) {
        return SmoothActivationOps.selu_(input);
    }

    /** PyTorch: {@code torch.celu(input, alpha=1.0)}. */
    public static Tensor celu(Tensor input, double alpha) {
        return SmoothActivationOps.celu(input, alpha);
    }

    /** PyTorch: {@code torch.celu_(input, alpha=1.0)}. */
    public static Tensor celu_(Tensor input, double alpha) {
        return SmoothActivationOps.celu_(input, alpha);
    }

    /** PyTorch: {@code torch.rrelu(input, lower, upper, training)}. */
    public static Tensor rrelu(Tensor input, double lower, double upper, boolean training) {
        return PiecewiseActivationOps.rrelu(input, lower, upper, training);
    }

    /** PyTorch: {@code torch.rrelu_(input, lower, upper, training)}. */
    public static Tensor rrelu_(Tensor input, double lower, double upper, boolean training) {
        return PiecewiseActivationOps.rrelu_(input, lower, upper, training);
    }

    /** PyTorch: {@code torch.threshold(input, threshold, value)}. */
    public static Tensor threshold(Tensor input, double threshold, double value) {
        return PiecewiseActivationOps.threshold(input, threshold, value);
    }

    /** PyTorch: {@code torch.threshold_(input, threshold, value)}. */
    public static Tensor threshold_(Tensor input, double threshold, double value) {
        return PiecewiseActivationOps.threshold_(input, threshold, value);
    }

    /** PyTorch: {@code torch.hardshrink(input, lambd=0.5)}. */
    public static Tensor hardshrink(Tensor input, double lambd) {
        return input.hardshrink(lambd);
    }

    // ---------------------------------------------------------------- reductions and order statistics
    // (OrderStatisticsOps, CumulativeOps, ReductionOps: amax ... var_mean)

    /** PyTorch: {@code torch.amax(input, dim=(), keepdim=False)}; the same as {@link Tensor#amax}. */
    public static Tensor amax(Tensor input, int... dims) {
        return input.amax(dims);
    }

    /** PyTorch: {@code torch.amax(input, dim, keepdim)}; the same as {@link Tensor#amax}. */
    public static Tensor amax(Tensor input, int dim, boolean keepdim) {
        return input.amax(dim, keepdim);
    }

    /** PyTorch: {@code torch.amax(input, dim, keepdim)}; the same as {@link Tensor#amax}. */
    public static Tensor amax(Tensor input, int[] dims, boolean keepdim) {
        return input.amax(dims, keepdim);
    }

    /** PyTorch: {@code torch.amin(input, dim=(), keepdim=False)}; the same as {@link Tensor#amin}. */
    public static Tensor amin(Tensor input, int... dims) {
        return input.amin(dims);
    }

    /** PyTorch: {@code torch.amin(input, dim, keepdim)}; the same as {@link Tensor#amin}. */
    public static Tensor amin(Tensor input, int dim, boolean keepdim) {
        return input.amin(dim, keepdim);
    }

    /** PyTorch: {@code torch.amin(input, dim, keepdim)}; the same as {@link Tensor#amin}. */
    public static Tensor amin(Tensor input, int[] dims, boolean keepdim) {
        return input.amin(dims, keepdim);
    }

    /** PyTorch: {@code torch.aminmax(input)}; the same as {@link Tensor#aminmax}. */
    public static ReturnTypes.Aminmax aminmax(Tensor input) {
        return input.aminmax();
    }

    /** PyTorch: {@code torch.aminmax(input, dim=dim)}; the same as {@link Tensor#aminmax}. */
    public static ReturnTypes.Aminmax aminmax(Tensor input, int dim) {
        return input.aminmax(dim);
    }

    /** PyTorch: {@code torch.aminmax(input, dim=dim, keepdim=keepdim)}; the same as {@link Tensor#aminmax}. */
    public static ReturnTypes.Aminmax aminmax(Tensor input, int dim, boolean keepdim) {
        return input.aminmax(dim, keepdim);
    }

    /** PyTorch: {@code torch.median(input)}; the same as {@link Tensor#median}. */
    public static Tensor median(Tensor input) {
        return input.median();
    }

    /** PyTorch: {@code torch.median(input, dim)}; the same as {@link Tensor#median}. */
    public static ReturnTypes.Median median(Tensor input, int dim) {
        return input.median(dim);
    }

    /** PyTorch: {@code torch.median(input, dim, keepdim)}; the same as {@link Tensor#median}. */
    public static ReturnTypes.Median median(Tensor input, int dim, boolean keepdim) {
        return input.median(dim, keepdim);
    }

    /** PyTorch: {@code torch.nanmedian(input)}; the same as {@link Tensor#nanmedian}. */
    public static Tensor nanmedian(Tensor input) {
        return input.nanmedian();
    }

    /** PyTorch: {@code torch.nanmedian(input, dim)}; the same as {@link Tensor#nanmedian}. */
    public static ReturnTypes.Nanmedian nanmedian(Tensor input, int dim) {
        return input.nanmedian(dim);
    }

    /** PyTorch: {@code torch.nanmedian(input, dim, keepdim)}; the same as {@link Tensor#nanmedian}. */
    public static ReturnTypes.Nanmedian nanmedian(Tensor input, int dim, boolean keepdim) {
        return input.nanmedian(dim, keepdim);
    }

    /** PyTorch: {@code torch.mode(input)}; the same as {@link Tensor#mode}. */
    public static ReturnTypes.Mode mode(Tensor input) {
        return input.mode();
    }

    /** PyTorch: {@code torch.mode(input, dim)}; the same as {@link Tensor#mode}. */
    public static ReturnTypes.Mode mode(Tensor input, int dim) {
        return input.mode(dim);
    }

    /** PyTorch: {@code torch.mode(input, dim, keepdim)}; the same as {@link Tensor#mode}. */
    public static ReturnTypes.Mode mode(Tensor input, int dim, boolean keepdim) {
        return input.mode(dim, keepdim);
    }

    /** PyTorch: {@code torch.quantile(input, q)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, double q) {
        return input.quantile(q);
    }

    /** PyTorch: {@code torch.quantile(input, q, dim)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, double q, int dim) {
        return input.quantile(q, dim);
    }

    /** PyTorch: {@code torch.quantile(input, q, dim, keepdim)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, double q, int dim, boolean keepdim) {
        return input.quantile(q, dim, keepdim);
    }

    /** PyTorch: {@code torch.quantile(input, q, dim=, keepdim=, interpolation=)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, double q, QuantileOptions options) {
        return input.quantile(q, options);
    }

    /** PyTorch: {@code torch.quantile(input, q)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, Tensor q) {
        return input.quantile(q);
    }

    /** PyTorch: {@code torch.quantile(input, q, dim)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, Tensor q, int dim) {
        return input.quantile(q, dim);
    }

    /** PyTorch: {@code torch.quantile(input, q, dim, keepdim)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, Tensor q, int dim, boolean keepdim) {
        return input.quantile(q, dim, keepdim);
    }

    /** PyTorch: {@code torch.quantile(input, q, dim=, keepdim=, interpolation=)}; the same as {@link Tensor#quantile}. */
    public static Tensor quantile(Tensor input, Tensor q, QuantileOptions options) {
        return input.quantile(q, options);
    }

    /** PyTorch: {@code torch.nanquantile(input, q)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, double q) {
        return input.nanquantile(q);
    }

    /** PyTorch: {@code torch.nanquantile(input, q, dim)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, double q, int dim) {
        return input.nanquantile(q, dim);
    }

    /** PyTorch: {@code torch.nanquantile(input, q, dim, keepdim)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, double q, int dim, boolean keepdim) {
        return input.nanquantile(q, dim, keepdim);
    }

    /** PyTorch: {@code torch.nanquantile(input, q, dim=, keepdim=, interpolation=)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, double q, QuantileOptions options) {
        return input.nanquantile(q, options);
    }

    /** PyTorch: {@code torch.nanquantile(input, q)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, Tensor q) {
        return input.nanquantile(q);
    }

    /** PyTorch: {@code torch.nanquantile(input, q, dim)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, Tensor q, int dim) {
        return input.nanquantile(q, dim);
    }

    /** PyTorch: {@code torch.nanquantile(input, q, dim, keepdim)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, Tensor q, int dim, boolean keepdim) {
        return input.nanquantile(q, dim, keepdim);
    }

    /** PyTorch: {@code torch.nanquantile(input, q, dim=, keepdim=, interpolation=)}; the same as {@link Tensor#nanquantile}. */
    public static Tensor nanquantile(Tensor input, Tensor q, QuantileOptions options) {
        return input.nanquantile(q, options);
    }

    /** PyTorch: {@code torch.nansum(input)}; the same as {@link Tensor#nansum}. */
    public static Tensor nansum(Tensor input) {
        return input.nansum();
    }

    /** PyTorch: {@code torch.nansum(input, dim)}; the same as {@link Tensor#nansum}. */
    public static Tensor nansum(Tensor input, int dim) {
        return input.nansum(dim);
    }

    /** PyTorch: {@code torch.nansum(input, dim, keepdim)}; the same as {@link Tensor#nansum}. */
    public static Tensor nansum(Tensor input, int dim, boolean keepdim) {
        return input.nansum(dim, keepdim);
    }

    /** PyTorch: {@code torch.nansum(input, dim, keepdim)}; the same as {@link Tensor#nansum}. */
    public static Tensor nansum(Tensor input, int[] dims, boolean keepdim) {
        return input.nansum(dims, keepdim);
    }

    /** PyTorch: {@code torch.nansum(input, dim, keepdim, dtype=dtype)}; the same as {@link Tensor#nansum}. */
    public static Tensor nansum(Tensor input, int[] dims, boolean keepdim, DType dtype) {
        return input.nansum(dims, keepdim, dtype);
    }

    /** PyTorch: {@code torch.nanmean(input)}; the same as {@link Tensor#nanmean}. */
    public static Tensor nanmean(Tensor input) {
        return input.nanmean();
    }

    /** PyTorch: {@code torch.nanmean(input, dim)}; the same as {@link Tensor#nanmean}. */
    public static Tensor nanmean(Tensor input, int dim) {
        return input.nanmean(dim);
    }

    /** PyTorch: {@code torch.nanmean(input, dim, keepdim)}; the same as {@link Tensor#nanmean}. */
    public static Tensor nanmean(Tensor input, int dim, boolean keepdim) {
        return input.nanmean(dim, keepdim);
    }

    /** PyTorch: {@code torch.nanmean(input, dim, keepdim)}; the same as {@link Tensor#nanmean}. */
    public static Tensor nanmean(Tensor input, int[] dims, boolean keepdim) {
        return input.nanmean(dims, keepdim);
    }

    /** PyTorch: {@code torch.nanmean(input, dim, keepdim, dtype=dtype)}; the same as {@link Tensor#nanmean}. */
    public static Tensor nanmean(Tensor input, int[] dims, boolean keepdim, DType dtype) {
        return input.nanmean(dims, keepdim, dtype);
    }

    /** PyTorch: {@code torch.cummax(input, dim)}; the same as {@link Tensor#cummax}. */
    public static ReturnTypes.Cummax cummax(Tensor input, int dim) {
        return input.cummax(dim);
    }

    /** PyTorch: {@code torch.cummin(input, dim)}; the same as {@link Tensor#cummin}. */
    public static ReturnTypes.Cummin cummin(Tensor input, int dim) {
        return input.cummin(dim);
    }

    /** PyTorch: {@code torch.logcumsumexp(input, dim)}; the same as {@link Tensor#logcumsumexp}. */
    public static Tensor logcumsumexp(Tensor input, int dim) {
        return input.logcumsumexp(dim);
    }

    /** PyTorch: {@code torch.diff(input)}; the same as {@link Tensor#diff}. */
    public static Tensor diff(Tensor input) {
        return input.diff();
    }

    /** PyTorch: {@code torch.diff(input, n)}; the same as {@link Tensor#diff}. */
    public static Tensor diff(Tensor input, int n) {
        return input.diff(n);
    }

    /** PyTorch: {@code torch.diff(input, n, dim)}; the same as {@link Tensor#diff}. */
    public static Tensor diff(Tensor input, int n, int dim) {
        return input.diff(n, dim);
    }

    /** PyTorch: {@code torch.diff(input, n=, dim=, prepend=, append=)}; the same as {@link Tensor#diff}. */
    public static Tensor diff(Tensor input, DiffOptions options) {
        return input.diff(options);
    }

    /** PyTorch: {@code torch.msort(input)}; the same as {@link Tensor#msort}. */
    public static Tensor msort(Tensor input) {
        return input.msort();
    }

    /** The keywords of {@link #quantile(Tensor, double, QuantileOptions)} and nanquantile, at PyTorch's defaults. */
    public static QuantileOptions quantileOptions() {
        return new QuantileOptions();
    }

    /** The arguments of {@link #diff(Tensor, DiffOptions)} after the input, at PyTorch's defaults. */
    public static DiffOptions diffOptions() {
        return new DiffOptions();
    }

    /** The unbiased variance and the mean of all elements. PyTorch: {@code torch.var_mean(input)}; returns (variance, mean). */
    public static List<Tensor> varMean(Tensor input) {
        return ReductionOps.varMean(input, null, 1, false);
    }

    /** PyTorch: {@code torch.var_mean(input, unbiased)}. */
    public static List<Tensor> varMean(Tensor input, boolean unbiased) {
        return ReductionOps.varMean(input, null, unbiased ? 1 : 0, false);
    }

    /** PyTorch: {@code torch.var_mean(input, dim)} (unbiased). */
    public static List<Tensor> varMean(Tensor input, int dim) {
        return ReductionOps.varMean(input, new int[] {dim}, 1, false);
    }

    /** PyTorch: {@code torch.var_mean(input, dim, unbiased, keepdim)} (null dims: all). */
    public static List<Tensor> varMean(Tensor input, int[] dims, boolean unbiased, boolean keepdim) {
        return ReductionOps.varMean(input, dims, unbiased ? 1 : 0, keepdim);
    }

    /** PyTorch: {@code torch.var_mean(input, dim, correction=, keepdim=)} (null dims: all). */
    public static List<Tensor> varMean(Tensor input, int[] dims, double correction, boolean keepdim) {
        return ReductionOps.varMean(input, dims, correction, keepdim);
    }

    /** The unbiased standard deviation and the mean of all elements. PyTorch: {@code torch.std_mean(input)}; returns (standard deviation, mean). */
    public static List<Tensor> stdMean(Tensor input) {
        return ReductionOps.stdMean(input, null, 1, false);
    }

    /** PyTorch: {@code torch.std_mean(input, unbiased)}. */
    public static List<Tensor> stdMean(Tensor input, boolean unbiased) {
        return ReductionOps.stdMean(input, null, unbiased ? 1 : 0, false);
    }

    /** PyTorch: {@code torch.std_mean(input, dim)} (unbiased). */
    public static List<Tensor> stdMean(Tensor input, int dim) {
        return ReductionOps.stdMean(input, new int[] {dim}, 1, false);
    }

    /** PyTorch: {@code torch.std_mean(input, dim, unbiased, keepdim)} (null dims: all). */
    public static List<Tensor> stdMean(Tensor input, int[] dims, boolean unbiased, boolean keepdim) {
        return ReductionOps.stdMean(input, dims, unbiased ? 1 : 0, keepdim);
    }

    /** PyTorch: {@code torch.std_mean(input, dim, correction=, keepdim=)} (null dims: all). */
    public static List<Tensor> stdMean(Tensor input, int[] dims, double correction, boolean keepdim) {
        return ReductionOps.stdMean(input, dims, correction, keepdim);
    }

    // ---------------------------------------------------------------- counting and searching (HistogramOps)

    /** PyTorch: {@code torch.bincount(input)}; the same as {@link Tensor#bincount}. */
    public static Tensor bincount(Tensor input) {
        return input.bincount();
    }

    /** PyTorch: {@code torch.bincount(input, weights)}; the same as {@link Tensor#bincount}. */
    public static Tensor bincount(Tensor input, Tensor weights) {
        return input.bincount(weights);
    }

    /** PyTorch: {@code torch.bincount(input, weights, minlength)}; the same as {@link Tensor#bincount}. */
    public static Tensor bincount(Tensor input, Tensor weights, int minlength) {
        return input.bincount(weights, minlength);
    }

    /** PyTorch: {@code torch.bincount(input, minlength=minlength)}; the same as {@link Tensor#bincount}. */
    public static Tensor bincount(Tensor input, int minlength) {
        return input.bincount(minlength);
    }

    /** PyTorch: {@code torch.histc(input)}; the same as {@link Tensor#histc}. */
    public static Tensor histc(Tensor input) {
        return input.histc();
    }

    /** PyTorch: {@code torch.histc(input, bins)}; the same as {@link Tensor#histc}. */
    public static Tensor histc(Tensor input, int bins) {
        return input.histc(bins);
    }

    /** PyTorch: {@code torch.histc(input, bins, min, max)}; the same as {@link Tensor#histc}. */
    public static Tensor histc(Tensor input, int bins, double min, double max) {
        return input.histc(bins, min, max);
    }

    /** PyTorch: {@code torch.histogram(input, bins)}; the same as {@link Tensor#histogram}. */
    public static ReturnTypes.Histogram histogram(Tensor input, int bins) {
        return input.histogram(bins);
    }

    /** PyTorch: {@code torch.histogram(input, bins, range=, weight=, density=)}; the same as {@link Tensor#histogram}. */
    public static ReturnTypes.Histogram histogram(Tensor input, int bins, HistogramOptions options) {
        return input.histogram(bins, options);
    }

    /** PyTorch: {@code torch.histogram(input, bins: Tensor)}; the same as {@link Tensor#histogram}. */
    public static ReturnTypes.Histogram histogram(Tensor input, Tensor bins) {
        return input.histogram(bins);
    }

    /** PyTorch: {@code torch.histogram(input, bins: Tensor, weight=, density=)}; the same as {@link Tensor#histogram}. */
    public static ReturnTypes.Histogram histogram(Tensor input, Tensor bins, HistogramOptions options) {
        return input.histogram(bins, options);
    }

    /** PyTorch: {@code torch.unique(input)}; the same as {@link Tensor#unique}. */
    public static Tensor unique(Tensor input) {
        return input.unique();
    }

    /** PyTorch: {@code torch.unique(input, sorted=, return_inverse=, return_counts=, dim=)}; the same as {@link Tensor#unique}. */
    public static List<Tensor> unique(Tensor input, UniqueOptions options) {
        return input.unique(options);
    }

    /** PyTorch: {@code torch.unique_consecutive(input)}; the same as {@link Tensor#uniqueConsecutive}. */
    public static Tensor uniqueConsecutive(Tensor input) {
        return input.uniqueConsecutive();
    }

    /** PyTorch: {@code torch.unique_consecutive(input, return_inverse=, return_counts=, dim=)}; the same as {@link Tensor#uniqueConsecutive}. */
    public static List<Tensor> uniqueConsecutive(Tensor input, UniqueConsecutiveOptions options) {
        return input.uniqueConsecutive(options);
    }

    /** The keywords of {@link #histogram(Tensor, int, HistogramOptions)}, at PyTorch's defaults. */
    public static HistogramOptions histogramOptions() {
        return new HistogramOptions();
    }

    /**
     * A histogram of the points in the innermost dim of {@code input} with {@code bins} equal bins in every dim.
     * PyTorch: {@code torch.histogramdd(input, bins: int)}.
     */
    public static ReturnTypes.Histogramdd histogramdd(Tensor input, int bins) {
        return HistogramOps.histogramdd(input, new int[] {bins}, null, null, false);
    }

    /** PyTorch: {@code torch.histogramdd(input, bins: int, range=, weight=, density=)}. */
    public static ReturnTypes.Histogramdd histogramdd(Tensor input, int bins, HistogramddOptions options) {
        return HistogramOps.histogramdd(input, new int[] {bins}, options.range, options.weight, options.density);
    }

    /** With {@code bins[k]} equal bins along dim k. PyTorch: {@code torch.histogramdd(input, bins: List[int])}. */
    public static ReturnTypes.Histogramdd histogramdd(Tensor input, int[] bins) {
        return HistogramOps.histogramdd(input, bins, null, null, false);
    }

    /** PyTorch: {@code torch.histogramdd(input, bins: List[int], range=, weight=, density=)}. */
    public static ReturnTypes.Histogramdd histogramdd(Tensor input, int[] bins, HistogramddOptions options) {
        return HistogramOps.histogramdd(input, bins, options.range, options.weight, options.density);
    }

    /** Over the given edges, one 1-d tensor per dim. PyTorch: {@code torch.histogramdd(input, bins: List[Tensor])}. */
    public static ReturnTypes.Histogramdd histogramdd(Tensor input, List<Tensor> bins) {
        return HistogramOps.histogramdd(input, bins, null, false);
    }

    /** PyTorch: {@code torch.histogramdd(input, bins: List[Tensor], weight=, density=)} ({@code range} must be unset). */
    public static ReturnTypes.Histogramdd histogramdd(Tensor input, List<Tensor> bins, HistogramddOptions options) {
        if (options.range != null) {
            throw new IllegalArgumentException("histogramdd(): range cannot be given with tensors of bin edges");
        }
        return HistogramOps.histogramdd(input, bins, options.weight, options.density);
    }

    /** The keywords of {@link #histogramdd(Tensor, int[], HistogramddOptions)}, at PyTorch's defaults. */
    public static HistogramddOptions histogramddOptions() {
        return new HistogramddOptions();
    }

    /** The keywords of {@link #unique(Tensor, UniqueOptions)}, at PyTorch's defaults. */
    public static UniqueOptions uniqueOptions() {
        return new UniqueOptions();
    }

    /** The keywords of {@link #uniqueConsecutive(Tensor, UniqueConsecutiveOptions)}, at PyTorch's defaults. */
    public static UniqueConsecutiveOptions uniqueConsecutiveOptions() {
        return new UniqueConsecutiveOptions();
    }

    /**
     * Insertion indices of {@code values} into the innermost dim of {@code sortedSequence}. PyTorch:
     * {@code torch.searchsorted(sorted_sequence, values)}.
     */
    public static Tensor searchsorted(Tensor sortedSequence, Tensor values) {
        return HistogramOps.searchsorted(sortedSequence, values, false, false, null, null);
    }

    /** PyTorch: {@code torch.searchsorted(sorted_sequence, values, out_int32=, right=, side=, sorter=)}. */
    public static Tensor searchsorted(Tensor sortedSequence, Tensor values, SearchsortedOptions options) {
        return HistogramOps.searchsorted(sortedSequence, values, options.outInt32, options.right, options.side,
                options.sorter);
    }

    /** The insertion index of one number into a 1-d sequence (0-d). PyTorch: {@code torch.searchsorted(s, value)}. */
    public static Tensor searchsorted(Tensor sortedSequence, double value) {
        return HistogramOps.searchsorted(sortedSequence, value, false, false, null, null);
    }

    /** PyTorch: {@code torch.searchsorted(sorted_sequence, value, out_int32=, right=, side=, sorter=)}. */
    public static Tensor searchsorted(Tensor sortedSequence, double value, SearchsortedOptions options) {
        return HistogramOps.searchsorted(sortedSequence, value, options.outInt32, options.right, options.side,
                options.sorter);
    }

    /** The keywords of {@link #searchsorted(Tensor, Tensor, SearchsortedOptions)}, at PyTorch's defaults. */
    public static SearchsortedOptions searchsortedOptions() {
        return new SearchsortedOptions();
    }

    /** The bucket of each value among 1-d {@code boundaries}. PyTorch: {@code torch.bucketize(input, boundaries)}. */
    public static Tensor bucketize(Tensor input, Tensor boundaries) {
        return HistogramOps.bucketize(input, boundaries, false, false);
    }

    /** PyTorch: {@code torch.bucketize(input, boundaries, out_int32=, right=)}. */
    public static Tensor bucketize(Tensor input, Tensor boundaries, BucketizeOptions options) {
        return HistogramOps.bucketize(input, boundaries, options.outInt32, options.right);
    }

    /** The bucket of one number (0-d). PyTorch: {@code torch.bucketize(value, boundaries)}. */
    public static Tensor bucketize(double value, Tensor boundaries) {
        return HistogramOps.bucketize(value, boundaries, false, false);
    }

    /** PyTorch: {@code torch.bucketize(value, boundaries, out_int32=, right=)}. */
    public static Tensor bucketize(double value, Tensor boundaries, BucketizeOptions options) {
        return HistogramOps.bucketize(value, boundaries, options.outInt32, options.right);
    }

    /** The keywords of {@link #bucketize(Tensor, Tensor, BucketizeOptions)}, at PyTorch's defaults. */
    public static BucketizeOptions bucketizeOptions() {
        return new BucketizeOptions();
    }

    // ---------------------------------------------------------------- shape and indexing ops (issue 21: StackSplitOps,
    // IndexUpdateOps, IndexLookupOps, ProductOps)

    /** PyTorch: {@code torch.nonzero(input)}; see {@link Tensor#nonzero()}. */
    public static Tensor nonzero(Tensor input) {
        return input.nonzero();
    }

    /** PyTorch: {@code torch.nonzero(input, as_tuple=True)}; see {@link Tensor#nonzeroAsTuple()}. */
    public static List<Tensor> nonzeroAsTuple(Tensor input) {
        return input.nonzeroAsTuple();
    }

    /** PyTorch: {@code torch.argwhere(input)}; see {@link Tensor#argwhere()}. */
    public static Tensor argwhere(Tensor input) {
        return input.argwhere();
    }

    /**
     * The coordinates where {@code condition} is non-zero, one 1-D int64 tensor per dim (nonzero as a tuple).
     * PyTorch: {@code torch.where(condition)}.
     */
    public static List<Tensor> where(Tensor condition) {
        return condition.nonzeroAsTuple();
    }

    /** PyTorch: {@code torch.index_add(input, dim, index, source)}. */
    public static Tensor indexAdd(Tensor input, int dim, Tensor index, Tensor source) {
        return input.indexAdd(dim, index, source);
    }

    /** PyTorch: {@code torch.index_add(input, dim, index, source, *, alpha)}. */
    public static Tensor indexAdd(Tensor input, int dim, Tensor index, Tensor source, double alpha) {
        return input.indexAdd(dim, index, source, alpha);
    }

    /** PyTorch: {@code torch.index_copy(input, dim, index, source)}. */
    public static Tensor indexCopy(Tensor input, int dim, Tensor index, Tensor source) {
        return input.indexCopy(dim, index, source);
    }

    /** PyTorch: {@code torch.index_fill(input, dim, index, value)}. */
    public static Tensor indexFill(Tensor input, int dim, Tensor index, double value) {
        return input.indexFill(dim, index, value);
    }

    /** PyTorch: {@code torch.index_fill(input, dim, index, value)} with a 0-D tensor value. */
    public static Tensor indexFill(Tensor input, int dim, Tensor index, Tensor value) {
        return input.indexFill(dim, index, value);
    }

    /** PyTorch: {@code torch.select_scatter(input, src, dim, index)}. */
    public static Tensor selectScatter(Tensor input, Tensor src, int dim, int index) {
        return input.selectScatter(src, dim, index);
    }

    /** PyTorch: {@code torch.slice_scatter(input, src)}. */
    public static Tensor sliceScatter(Tensor input, Tensor src) {
        return input.sliceScatter(src);
    }

    /** PyTorch: {@code torch.slice_scatter(input, src, dim)}. */
    public static Tensor sliceScatter(Tensor input, Tensor src, int dim) {
        return input.sliceScatter(src, dim);
    }

    /** PyTorch: {@code torch.slice_scatter(input, src, dim, start)}. */
    public static Tensor sliceScatter(Tensor input, Tensor src, int dim, int start) {
        return input.sliceScatter(src, dim, start);
    }

    /** PyTorch: {@code torch.slice_scatter(input, src, dim, start, end, step)}; see {@link Tensor#sliceScatter}. */
    public static Tensor sliceScatter(Tensor input, Tensor src, int dim, int start, int end, int step) {
        return input.sliceScatter(src, dim, start, end, step);
    }

    /** PyTorch: {@code torch.diagonal_scatter(input, src)}. */
    public static Tensor diagonalScatter(Tensor input, Tensor src) {
        return input.diagonalScatter(src);
    }

    /** PyTorch: {@code torch.diagonal_scatter(input, src, offset, dim1, dim2)}. */
    public static Tensor diagonalScatter(Tensor input, Tensor src, int offset, int dim1, int dim2) {
        return input.diagonalScatter(src, offset, dim1, dim2);
    }

    /** PyTorch: {@code torch.take_along_dim(input, indices)}; see {@link Tensor#takeAlongDim(Tensor)}. */
    public static Tensor takeAlongDim(Tensor input, Tensor indices) {
        return input.takeAlongDim(indices);
    }

    /** PyTorch: {@code torch.take_along_dim(input, indices, dim)}. */
    public static Tensor takeAlongDim(Tensor input, Tensor indices, int dim) {
        return input.takeAlongDim(indices, dim);
    }

    /** PyTorch: {@code torch.tril_indices(row, col)}: the (2, n) int64 coordinates of the lower triangle. */
    public static Tensor trilIndices(int row, int col) {
        return IndexLookupOps.trilIndices(options(), row, col, 0);
    }

    /** PyTorch: {@code torch.tril_indices(row, col, offset)}. */
    public static Tensor trilIndices(int row, int col, int offset) {
        return IndexLookupOps.trilIndices(options(), row, col, offset);
    }

    /** PyTorch: {@code torch.tril_indices(row, col, offset, *, dtype, device)} (an integer dtype; default int64). */
    public static Tensor trilIndices(TensorOptions o, int row, int col, int offset) {
        return IndexLookupOps.trilIndices(o, row, col, offset);
    }

    /** PyTorch: {@code torch.triu_indices(row, col)}: the (2, n) int64 coordinates of the upper triangle. */
    public static Tensor triuIndices(int row, int col) {
        return IndexLookupOps.triuIndices(options(), row, col, 0);
    }

    /** PyTorch: {@code torch.triu_indices(row, col, offset)}. */
    public static Tensor triuIndices(int row, int col, int offset) {
        return IndexLookupOps.triuIndices(options(), row, col, offset);
    }

    /** PyTorch: {@code torch.triu_indices(row, col, offset, *, dtype, device)} (an integer dtype; default int64). */
    public static Tensor triuIndices(TensorOptions o, int row, int col, int offset) {
        return IndexLookupOps.triuIndices(o, row, col, offset);
    }

    /** PyTorch: {@code torch.tile(input, dims)}. */
    public static Tensor tile(Tensor input, int... dims) {
        return input.tile(dims);
    }

    /** PyTorch: {@code torch.ravel(input)}. */
    public static Tensor ravel(Tensor input) {
        return input.ravel();
    }

    /** PyTorch: {@code torch.broadcast_to(input, shape)}. */
    public static Tensor broadcastTo(Tensor input, int... shape) {
        return input.broadcastTo(shape);
    }

    /** Every tensor expanded to the common broadcast shape. PyTorch: {@code torch.broadcast_tensors(*tensors)}. */
    public static List<Tensor> broadcastTensors(Tensor... tensors) {
        return StackSplitOps.broadcastTensors(List.of(tensors));
    }

    /** The shape the given shapes broadcast to. PyTorch: {@code torch.broadcast_shapes(*shapes)}. */
    public static int[] broadcastShapes(int[]... shapes) {
        return StackSplitOps.broadcastShapes(shapes);
    }

    /** PyTorch: {@code torch.moveaxis(input, source, destination)}. */
    public static Tensor moveaxis(Tensor input, int source, int destination) {
        return input.moveaxis(source, destination);
    }

    /** PyTorch: {@code torch.moveaxis(input, source, destination)} with lists of dims. */
    public static Tensor moveaxis(Tensor input, int[] source, int[] destination) {
        return input.moveaxis(source, destination);
    }

    /** input itself when it has a dim, else a 1-element view. PyTorch: {@code torch.atleast_1d(input)}. */
    public static Tensor atleast1d(Tensor input) {
        return StackSplitOps.atleast1d(input);
    }

    /** {@link #atleast1d(Tensor)} of each. PyTorch: {@code torch.atleast_1d(*tensors)}. */
    public static List<Tensor> atleast1d(List<Tensor> tensors) {
        return tensors.stream().map(StackSplitOps::atleast1d).toList();
    }

    /** input viewed with at least 2 dims. PyTorch: {@code torch.atleast_2d(input)}. */
    public static Tensor atleast2d(Tensor input) {
        return StackSplitOps.atleast2d(input);
    }

    /** {@link #atleast2d(Tensor)} of each. PyTorch: {@code torch.atleast_2d(*tensors)}. */
    public static List<Tensor> atleast2d(List<Tensor> tensors) {
        return tensors.stream().map(StackSplitOps::atleast2d).toList();
    }

    /** input viewed with at least 3 dims. PyTorch: {@code torch.atleast_3d(input)}. */
    public static Tensor atleast3d(Tensor input) {
        return StackSplitOps.atleast3d(input);
    }

    /** {@link #atleast3d(Tensor)} of each. PyTorch: {@code torch.atleast_3d(*tensors)}. */
    public static List<Tensor> atleast3d(List<Tensor> tensors) {
        return tensors.stream().map(StackSplitOps::atleast3d).toList();
    }

    /** PyTorch: {@code torch.hstack(tensors)}. */
    public static Tensor hstack(List<Tensor> tensors) {
        return StackSplitOps.hstack(tensors);
    }

    /** PyTorch: {@code torch.vstack(tensors)}. */
    public static Tensor vstack(List<Tensor> tensors) {
        return StackSplitOps.vstack(tensors);
    }

    /** PyTorch: {@code torch.row_stack(tensors)} (alias of vstack). */
    public static Tensor rowStack(List<Tensor> tensors) {
        return StackSplitOps.rowStack(tensors);
    }

    /** PyTorch: {@code torch.dstack(tensors)}. */
    public static Tensor dstack(List<Tensor> tensors) {
        return StackSplitOps.dstack(tensors);
    }

    /** PyTorch: {@code torch.column_stack(tensors)}. */
    public static Tensor columnStack(List<Tensor> tensors) {
        return StackSplitOps.columnStack(tensors);
    }

    /** PyTorch: {@code torch.tensor_split(input, sections, dim)}. */
    public static List<Tensor> tensorSplit(Tensor input, int sections, int dim) {
        return input.tensorSplit(sections, dim);
    }

    /** PyTorch: {@code torch.tensor_split(input, indices, dim)}. */
    public static List<Tensor> tensorSplit(Tensor input, int[] indices, int dim) {
        return input.tensorSplit(indices, dim);
    }

    /** PyTorch: {@code torch.tensor_split(input, tensor_indices_or_sections, dim)}. */
    public static List<Tensor> tensorSplit(Tensor input, Tensor indicesOrSections, int dim) {
        return input.tensorSplit(indicesOrSections, dim);
    }

    /** PyTorch: {@code torch.hsplit(input, sections)}. */
    public static List<Tensor> hsplit(Tensor input, int sections) {
        return input.hsplit(sections);
    }

    /** PyTorch: {@code torch.hsplit(input, indices)}. */
    public static List<Tensor> hsplit(Tensor input, int[] indices) {
        return input.hsplit(indices);
    }

    /** PyTorch: {@code torch.vsplit(input, sections)}. */
    public static List<Tensor> vsplit(Tensor input, int sections) {
        return input.vsplit(sections);
    }

    /** PyTorch: {@code torch.vsplit(input, indices)}. */
    public static List<Tensor> vsplit(Tensor input, int[] indices) {
        return input.vsplit(indices);
    }

    /** PyTorch: {@code torch.dsplit(input, sections)}. */
    public static List<Tensor> dsplit(Tensor input, int sections) {
        return input.dsplit(sections);
    }

    /** PyTorch: {@code torch.dsplit(input, indices)}. */
    public static List<Tensor> dsplit(Tensor input, int[] indices) {
        return input.dsplit(indices);
    }

    /** PyTorch: {@code torch.split_with_sizes(input, split_sizes, dim=0)}. */
    public static List<Tensor> splitWithSizes(Tensor input, int[] splitSizes, int dim) {
        return input.splitWithSizes(splitSizes, dim);
    }

    /** Coordinate grids of 0-D/1-D tensors with "ij" indexing. PyTorch: {@code torch.meshgrid(*tensors, indexing="ij")}. */
    public static List<Tensor> meshgrid(Tensor... tensors) {
        return StackSplitOps.meshgrid(List.of(tensors), "ij");
    }

    /** Coordinate grids with "ij" or "xy" indexing. PyTorch: {@code torch.meshgrid(*tensors, indexing)}. */
    public static List<Tensor> meshgrid(List<Tensor> tensors, String indexing) {
        return StackSplitOps.meshgrid(tensors, indexing);
    }

    /** The Cartesian product of 1-D tensors, one row per tuple. PyTorch: {@code torch.cartesian_prod(*tensors)}. */
    public static Tensor cartesianProd(Tensor... tensors) {
        return StackSplitOps.cartesianProd(List.of(tensors));
    }

    /** PyTorch: {@code torch.kron(input, other)}. */
    public static Tensor kron(Tensor input, Tensor other) {
        return input.kron(other);
    }

    /** PyTorch: {@code torch.inner(input, other)}. */
    public static Tensor inner(Tensor input, Tensor other) {
        return input.inner(other);
    }

    /** PyTorch: {@code torch.vdot(input, other)}. */
    public static Tensor vdot(Tensor input, Tensor other) {
        return input.vdot(other);
    }

    /** Contraction over the last two dims of a and the first two of b. PyTorch: {@code torch.tensordot(a, b)}. */
    public static Tensor tensordot(Tensor a, Tensor b) {
        return ProductOps.tensordot(a, b, 2);
    }

    /** Contraction over the last {@code dims} dims of a and the first of b. PyTorch: {@code torch.tensordot(a, b, dims)}. */
    public static Tensor tensordot(Tensor a, Tensor b, int dims) {
        return ProductOps.tensordot(a, b, dims);
    }

    /** Contraction over paired dims. PyTorch: {@code torch.tensordot(a, b, dims=(dims_a, dims_b))}. */
    public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
        return ProductOps.tensordot(a, b, dimsA, dimsB);
    }

    /** The square Vandermonde matrix, decreasing powers. PyTorch: {@code torch.vander(x)}. */
    public static Tensor vander(Tensor x) {
        return ProductOps.vander(x, null, false);
    }

    /** The Vandermonde matrix with {@code n} columns, decreasing powers. PyTorch: {@code torch.vander(x, N)}. */
    public static Tensor vander(Tensor x, int n) {
        return ProductOps.vander(x, n, false);
    }

    /** The square Vandermonde matrix. PyTorch: {@code torch.vander(x, increasing=increasing)}. */
    public static Tensor vander(Tensor x, boolean increasing) {
        return ProductOps.vander(x, null, increasing);
    }

    /** PyTorch: {@code torch.vander(x, N, increasing)}. */
    public static Tensor vander(Tensor x, int n, boolean increasing) {
        return ProductOps.vander(x, n, increasing);
    }

    /**
     * Sums of products named by an equation such as {@code "bij,bjk->bik"} (subscripts a-z/A-Z, {@code ...} for
     * broadcast dims, implicit output without {@code ->}). PyTorch: {@code torch.einsum(equation, *operands)}.
     */
    public static Tensor einsum(String equation, Tensor... operands) {
        return EinsumOps.einsum(equation, List.of(operands));
    }

    /** {@link #einsum(String, Tensor...)} with the operands in a list. PyTorch: {@code torch.einsum(equation, operands)}. */
    public static Tensor einsum(String equation, List<Tensor> operands) {
        return EinsumOps.einsum(equation, operands);
    }

    // ---------------------------------------------------------------- linalg (torch.* forms of torch.linalg;
    // jtorch.linalg.Linalg has the rest)

    /** PyTorch: {@code torch.det(input)}. */
    public static Tensor det(Tensor input) {
        return input.det();
    }

    /** PyTorch: {@code torch.logdet(input)}. */
    public static Tensor logdet(Tensor input) {
        return input.logdet();
    }

    /** PyTorch: {@code torch.slogdet(input)}. */
    public static ReturnTypes.Slogdet slogdet(Tensor input) {
        return input.slogdet();
    }

    /** PyTorch: {@code torch.inverse(input)}. */
    public static Tensor inverse(Tensor input) {
        return input.inverse();
    }

    /** PyTorch: {@code torch.pinverse(input)} (rcond=1e-15). */
    public static Tensor pinverse(Tensor input) {
        return input.pinverse();
    }

    /** PyTorch: {@code torch.pinverse(input, rcond=1e-15)}. */
    public static Tensor pinverse(Tensor input, double rcond) {
        return input.pinverse(rcond);
    }

    /** PyTorch: {@code torch.cholesky(input)} (deprecated there). */
    public static Tensor cholesky(Tensor input) {
        return input.cholesky();
    }

    /** PyTorch: {@code torch.cholesky(input, upper=False)} (deprecated there). */
    public static Tensor cholesky(Tensor input, boolean upper) {
        return input.cholesky(upper);
    }

    /** PyTorch: {@code torch.qr(input)} (deprecated there). */
    public static ReturnTypes.Qr qr(Tensor input) {
        return input.qr();
    }

    /** PyTorch: {@code torch.qr(input, some=True)} (deprecated there). */
    public static ReturnTypes.Qr qr(Tensor input, boolean some) {
        return input.qr(some);
    }

    /** PyTorch: {@code torch.svd(input)}. */
    public static ReturnTypes.Svd svd(Tensor input) {
        return input.svd();
    }

    /** PyTorch: {@code torch.svd(input, some=True)}. */
    public static ReturnTypes.Svd svd(Tensor input, boolean some) {
        return input.svd(some);
    }

    /** PyTorch: {@code torch.svd(input, some=True, compute_uv=True)}. */
    public static ReturnTypes.Svd svd(Tensor input, boolean some, boolean computeUv) {
        return input.svd(some, computeUv);
    }

    /** PyTorch: {@code torch.matrix_power(input, n)}. */
    public static Tensor matrixPower(Tensor input, int n) {
        return input.matrixPower(n);
    }

    /** PyTorch: {@code torch.cross(input, other)} (the first dim of size 3). */
    public static Tensor cross(Tensor input, Tensor other) {
        return input.cross(other);
    }

    /** PyTorch: {@code torch.cross(input, other, dim)}. */
    public static Tensor cross(Tensor input, Tensor other, int dim) {
        return input.cross(other, dim);
    }

    /** The keyword arguments of {@link #cov(Tensor, CovOptions)}, at PyTorch's defaults. */
    public static CovOptions covOptions() {
        return new CovOptions();
    }

    /** PyTorch: {@code torch.cov(input)}. */
    public static Tensor cov(Tensor input) {
        return input.cov();
    }

    /** PyTorch: {@code torch.cov(input, *, correction=1, fweights=None, aweights=None)}. */
    public static Tensor cov(Tensor input, CovOptions options) {
        return input.cov(options);
    }

    /** PyTorch: {@code torch.corrcoef(input)}. */
    public static Tensor corrcoef(Tensor input) {
        return input.corrcoef();
    }

    /** The tensors as blocks on the diagonal of a zero matrix. PyTorch: {@code torch.block_diag(*tensors)}. */
    public static Tensor blockDiag(Tensor... tensors) {
        return ArrangeOps.blockDiag(List.of(tensors));
    }

    /** PyTorch: {@code torch.diagflat(input)}. */
    public static Tensor diagflat(Tensor input) {
        return input.diagflat();
    }

    /** PyTorch: {@code torch.diagflat(input, offset)}. */
    public static Tensor diagflat(Tensor input, int offset) {
        return input.diagflat(offset);
    }

    /** PyTorch: {@code torch.narrow_copy(input, dim, start, length)}. */
    public static Tensor narrowCopy(Tensor input, int dim, int start, int length) {
        return input.narrowCopy(dim, start, length);
    }

    /** Index i repeated {@code repeats[i]} times (int64). PyTorch: {@code torch.repeat_interleave(repeats)}. */
    public static Tensor repeatInterleave(Tensor repeats) {
        return ArrangeOps.repeatInterleave(repeats, null);
    }

    /** PyTorch: {@code torch.repeat_interleave(input, repeats, dim)}. */
    public static Tensor repeatInterleave(Tensor input, Tensor repeats, int dim) {
        return input.repeatInterleave(repeats, dim);
    }

    /** {@code torch.repeat_interleave(input, repeats)} over the flattened input. */
    public static Tensor repeatInterleave(Tensor input, int repeats) {
        return input.repeatInterleave(repeats);
    }

    /** {@code torch.repeat_interleave(input, repeats)} with per-element repeats over the flattened input. */
    public static Tensor repeatInterleave(Tensor input, Tensor repeats) {
        return input.repeatInterleave(repeats);
    }

    /** {@code torch.repeat_interleave(input, repeats, dim, output_size=)}. */
    public static Tensor repeatInterleave(Tensor input, int repeats, int dim, int outputSize) {
        return input.repeatInterleave(repeats, dim, outputSize);
    }

    /** {@code torch.repeat_interleave(input, repeats, dim, output_size=)} with per-element repeats. */
    public static Tensor repeatInterleave(Tensor input, Tensor repeats, int dim, int outputSize) {
        return input.repeatInterleave(repeats, dim, outputSize);
    }

    /** {@code torch.tensor_split(input, sections)} along dim 0. */
    public static List<Tensor> tensorSplit(Tensor input, int sections) {
        return input.tensorSplit(sections);
    }

    /** {@code torch.tensor_split(input, indices)} along dim 0. */
    public static List<Tensor> tensorSplit(Tensor input, int[] indices) {
        return input.tensorSplit(indices);
    }

    /** {@code torch.tensor_split(input, indices_or_sections)} along dim 0. */
    public static List<Tensor> tensorSplit(Tensor input, Tensor indicesOrSections) {
        return input.tensorSplit(indicesOrSections);
    }

    /** {@code torch.split_with_sizes(input, split_sizes)} along dim 0. */
    public static List<Tensor> splitWithSizes(Tensor input, int[] splitSizes) {
        return input.splitWithSizes(splitSizes);
    }

    /** PyTorch: {@code torch.repeat_interleave(input, repeats, dim)}. */
    public static Tensor repeatInterleave(Tensor input, int repeats, int dim) {
        return input.repeatInterleave(repeats, dim);
    }

    /** The 2-combinations of a 1-D tensor's elements. PyTorch: {@code torch.combinations(input)}. */
    public static Tensor combinations(Tensor input) {
        return ArrangeOps.combinations(input, 2, false);
    }

    /** The r-combinations of a 1-D tensor's elements. PyTorch: {@code torch.combinations(input, r)}. */
    public static Tensor combinations(Tensor input, int r) {
        return ArrangeOps.combinations(input, r, false);
    }

    /** PyTorch: {@code torch.combinations(input, r, with_replacement)}. */
    public static Tensor combinations(Tensor input, int r, boolean withReplacement) {
        return ArrangeOps.combinations(input, r, withReplacement);
    }

    /** PyTorch: {@code torch.put(input, index, source)}. */
    public static Tensor put(Tensor input, Tensor index, Tensor source) {
        return input.put(index, source);
    }

    /** PyTorch: {@code torch.put(input, index, source, accumulate)}. */
    public static Tensor put(Tensor input, Tensor index, Tensor source, boolean accumulate) {
        return input.put(index, source, accumulate);
    }

    /** PyTorch: {@code torch.masked_scatter(input, mask, source)}. */
    public static Tensor maskedScatter(Tensor input, Tensor mask, Tensor source) {
        return input.maskedScatter(mask, source);
    }

    /** Euclidean distances between the rows of x1 and x2. PyTorch: {@code torch.cdist(x1, x2)}. */
    public static Tensor cdist(Tensor x1, Tensor x2) {
        return CdistOps.cdist(x1, x2, 2, "use_mm_for_euclid_dist_if_necessary");
    }

    /** p-norm distances between the rows of x1 and x2. PyTorch: {@code torch.cdist(x1, x2, p)}. */
    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        return CdistOps.cdist(x1, x2, p, "use_mm_for_euclid_dist_if_necessary");
    }

    /** PyTorch: {@code torch.cdist(x1, x2, p, compute_mode)}; see {@code CdistOps.cdist} for the modes. */
    public static Tensor cdist(Tensor x1, Tensor x2, double p, String computeMode) {
        return CdistOps.cdist(x1, x2, p, computeMode);
    }

    /** Euclidean distances between all pairs of rows. PyTorch: {@code torch.pdist(input)}. */
    public static Tensor pdist(Tensor input) {
        return CdistOps.pdist(input, 2);
    }

    /** p-norm distances between all pairs of rows. PyTorch: {@code torch.pdist(input, p)}. */
    public static Tensor pdist(Tensor input, double p) {
        return CdistOps.pdist(input, p);
    }

    /** PyTorch: {@code torch.scatter_reduce(input, dim, index, src, reduce)}. */
    public static Tensor scatterReduce(Tensor input, int dim, Tensor index, Tensor src, String reduce) {
        return input.scatterReduce(dim, index, src, reduce);
    }

    /** PyTorch: {@code torch.scatter_reduce(input, dim, index, src, reduce, *, include_self)}. */
    public static Tensor scatterReduce(Tensor input, int dim, Tensor index, Tensor src, String reduce,
                                       boolean includeSelf) {
        return input.scatterReduce(dim, index, src, reduce, includeSelf);
    }

    /** PyTorch: {@code torch.index_reduce(input, dim, index, source, reduce)}. */
    public static Tensor indexReduce(Tensor input, int dim, Tensor index, Tensor source, String reduce) {
        return input.indexReduce(dim, index, source, reduce);
    }

    /** PyTorch: {@code torch.index_reduce(input, dim, index, source, reduce, *, include_self)}. */
    public static Tensor indexReduce(Tensor input, int dim, Tensor index, Tensor source, String reduce,
                                     boolean includeSelf) {
        return input.indexReduce(dim, index, source, reduce, includeSelf);
    }

    // ======================================================================== pointwise family (issue 21):
    // integer and bitwise ops, numeric helpers, special functions

    /** PyTorch: {@code torch.bitwise_and(input, other)}. */
    public static Tensor bitwiseAnd(Tensor input, Tensor other) {
        return input.bitwiseAnd(other);
    }

    /** PyTorch: {@code torch.bitwise_and(input, other)} with a Python int. */
    public static Tensor bitwiseAnd(Tensor input, long other) {
        return input.bitwiseAnd(other);
    }

    /** PyTorch: {@code torch.bitwise_or(input, other)}. */
    public static Tensor bitwiseOr(Tensor input, Tensor other) {
        return input.bitwiseOr(other);
    }

    /** PyTorch: {@code torch.bitwise_or(input, other)} with a Python int. */
    public static Tensor bitwiseOr(Tensor input, long other) {
        return input.bitwiseOr(other);
    }

    /** PyTorch: {@code torch.bitwise_xor(input, other)}. */
    public static Tensor bitwiseXor(Tensor input, Tensor other) {
        return input.bitwiseXor(other);
    }

    /** PyTorch: {@code torch.bitwise_xor(input, other)} with a Python int. */
    public static Tensor bitwiseXor(Tensor input, long other) {
        return input.bitwiseXor(other);
    }

    /** PyTorch: {@code torch.bitwise_left_shift(input, other)}. */
    public static Tensor bitwiseLeftShift(Tensor input, Tensor other) {
        return input.bitwiseLeftShift(other);
    }

    /** PyTorch: {@code torch.bitwise_left_shift(input, other)} with a Python int. */
    public static Tensor bitwiseLeftShift(Tensor input, long other) {
        return input.bitwiseLeftShift(other);
    }

    /** PyTorch: {@code torch.bitwise_right_shift(input, other)}. */
    public static Tensor bitwiseRightShift(Tensor input, Tensor other) {
        return input.bitwiseRightShift(other);
    }

    /** PyTorch: {@code torch.bitwise_right_shift(input, other)} with a Python int. */
    public static Tensor bitwiseRightShift(Tensor input, long other) {
        return input.bitwiseRightShift(other);
    }

    /** PyTorch: {@code torch.bitwise_left_shift(self, other)} with a Python int self. */
    public static Tensor bitwiseLeftShift(long self, Tensor other) {
        return wrap(self).bitwiseLeftShift(other);
    }

    /** PyTorch: {@code torch.bitwise_right_shift(self, other)} with a Python int self. */
    public static Tensor bitwiseRightShift(long self, Tensor other) {
        return wrap(self).bitwiseRightShift(other);
    }

    /** PyTorch: {@code torch.gcd(input, other)}. */
    public static Tensor gcd(Tensor input, Tensor other) {
        return input.gcd(other);
    }

    /** PyTorch: {@code torch.gcd_(input, other)}. */
    public static Tensor gcd_(Tensor input, Tensor other) {
        return input.gcd_(other);
    }

    /** PyTorch: {@code torch.lcm(input, other)}. */
    public static Tensor lcm(Tensor input, Tensor other) {
        return input.lcm(other);
    }

    /** PyTorch: {@code torch.lcm_(input, other)}. */
    public static Tensor lcm_(Tensor input, Tensor other) {
        return input.lcm_(other);
    }

    /** PyTorch: {@code torch.bitwise_not(input)}. */
    public static Tensor bitwiseNot(Tensor input) {
        return input.bitwiseNot();
    }

    /** PyTorch: {@code torch.deg2rad(input)}. */
    public static Tensor deg2rad(Tensor input) {
        return input.deg2rad();
    }

    /** PyTorch: {@code torch.deg2rad_(input)}. */
    public static Tensor deg2rad_(Tensor input) {
        return input.deg2rad_();
    }

    /** PyTorch: {@code torch.rad2deg(input)}. */
    public static Tensor rad2deg(Tensor input) {
        return input.rad2deg();
    }

    /** PyTorch: {@code torch.rad2deg_(input)}. */
    public static Tensor rad2deg_(Tensor input) {
        return input.rad2deg_();
    }

    /** PyTorch: {@code torch.exp2(input)}. */
    public static Tensor exp2(Tensor input) {
        return input.exp2();
    }

    /** PyTorch: {@code torch.exp2_(input)}. */
    public static Tensor exp2_(Tensor input) {
        return input.exp2_();
    }

    /** PyTorch: {@code torch.i0(input)}. */
    public static Tensor i0(Tensor input) {
        return input.i0();
    }

    /** PyTorch: {@code torch.i0_(input)}. */
    public static Tensor i0_(Tensor input) {
        return input.i0_();
    }

    /** PyTorch: {@code torch.sinc(input)}. */
    public static Tensor sinc(Tensor input) {
        return input.sinc();
    }

    /** PyTorch: {@code torch.sinc_(input)}. */
    public static Tensor sinc_(Tensor input) {
        return input.sinc_();
    }

    /** PyTorch: {@code torch.lgamma(input)}. */
    public static Tensor lgamma(Tensor input) {
        return input.lgamma();
    }

    /** PyTorch: {@code torch.digamma(input)}. */
    public static Tensor digamma(Tensor input) {
        return input.digamma();
    }

    /** PyTorch: {@code torch.sgn(input)}. */
    public static Tensor sgn(Tensor input) {
        return input.sgn();
    }

    /** PyTorch: {@code torch.signbit(input)}. */
    public static Tensor signbit(Tensor input) {
        return input.signbit();
    }

    /** PyTorch: {@code torch.isposinf(input)}. */
    public static Tensor isposinf(Tensor input) {
        return input.isposinf();
    }

    /** PyTorch: {@code torch.isneginf(input)}. */
    public static Tensor isneginf(Tensor input) {
        return input.isneginf();
    }

    /** PyTorch: {@code torch.isreal(input)}. */
    public static Tensor isreal(Tensor input) {
        return input.isreal();
    }

    /** PyTorch: {@code torch.positive(input)}. */
    public static Tensor positive(Tensor input) {
        return input.positive();
    }

    /** PyTorch: {@code torch.frexp(input)}. */
    public static ReturnTypes.Frexp frexp(Tensor input) {
        return input.frexp();
    }

    /** PyTorch: {@code torch.fmax(input, other)}. */
    public static Tensor fmax(Tensor input, Tensor other) {
        return input.fmax(other);
    }

    /** PyTorch: {@code torch.fmin(input, other)}. */
    public static Tensor fmin(Tensor input, Tensor other) {
        return input.fmin(other);
    }

    /** PyTorch: {@code torch.heaviside(input, values)}. */
    public static Tensor heaviside(Tensor input, Tensor values) {
        return input.heaviside(values);
    }

    /** PyTorch: {@code torch.nextafter(input, other)}. */
    public static Tensor nextafter(Tensor input, Tensor other) {
        return input.nextafter(other);
    }

    /** PyTorch: {@code torch.igamma(input, other)}. */
    public static Tensor igamma(Tensor input, Tensor other) {
        return input.igamma(other);
    }

    /** PyTorch: {@code torch.igammac(input, other)}. */
    public static Tensor igammac(Tensor input, Tensor other) {
        return input.igammac(other);
    }

    /** PyTorch: {@code torch.ldexp(input, other)}. */
    public static Tensor ldexp(Tensor input, Tensor other) {
        return input.ldexp(other);
    }

    /** PyTorch: {@code torch.ldexp_(input, other)}. */
    public static Tensor ldexp_(Tensor input, Tensor other) {
        return input.ldexp_(other);
    }

    /** PyTorch: {@code torch.float_power(input, exponent)}: always float64. */
    public static Tensor floatPower(Tensor input, Tensor exponent) {
        return input.floatPower(exponent);
    }

    /** PyTorch: {@code torch.float_power(input, exponent)} with a number exponent. */
    public static Tensor floatPower(Tensor input, double exponent) {
        return input.floatPower(exponent);
    }

    /** PyTorch: {@code torch.float_power(self, exponent)} with a number base. */
    public static Tensor floatPower(double self, Tensor exponent) {
        return pow(self, exponent.to(DType.FLOAT64));
    }

    /** PyTorch: {@code torch.polygamma(n, input)}. */
    public static Tensor polygamma(int n, Tensor input) {
        return input.polygamma(n);
    }

    /** PyTorch: {@code torch.mvlgamma(input, p)}. */
    public static Tensor mvlgamma(Tensor input, int p) {
        return input.mvlgamma(p);
    }

    /** Whether each element of {@code elements} occurs in {@code testElements}. PyTorch: {@code torch.isin(elements, test_elements)}. */
    public static Tensor isin(Tensor elements, Tensor testElements) {
        return isin(elements, testElements, isinOptions());
    }

    /** PyTorch: {@code torch.isin(elements, test_elements, assume_unique=, invert=)}. */
    public static Tensor isin(Tensor elements, Tensor testElements, IsinOptions options) {
        return NumericOps.isin(elements, testElements, options.invert);
    }

    /** PyTorch: {@code torch.isin(elements, test_element)} with a number test element. */
    public static Tensor isin(Tensor elements, double testElement) {
        return isin(elements, scalarTensor(testElement, getDefaultDtype()));
    }

    /** PyTorch: {@code torch.isin(elements, test_element)} with a Python int test element. */
    public static Tensor isin(Tensor elements, long testElement) {
        return isin(elements, tensor(testElement));
    }

    /** PyTorch: {@code torch.isin(element, test_elements)} with a number element. */
    public static Tensor isin(double element, Tensor testElements) {
        return isin(wrap(element), testElements);
    }

    /** The keyword arguments of {@code isin}, at PyTorch's defaults ({@code assume_unique=False, invert=False}). */
    public static IsinOptions isinOptions() {
        return new IsinOptions();
    }

    /** {@code torch.isin}'s keywords: {@code assume_unique} (only a speed hint in PyTorch) and {@code invert}. */
    public static final class IsinOptions {
        private boolean assumeUnique;
        private boolean invert;

        private IsinOptions() {
        }

        /** PyTorch's {@code assume_unique}: both inputs hold unique values; the result is the same either way. */
        public IsinOptions assumeUnique(boolean v) {
            assumeUnique = v;
            return this;
        }

        /** PyTorch's {@code invert}: true where an element is not among the test elements. */
        public IsinOptions invert(boolean v) {
            invert = v;
            return this;
        }

        /** The {@code assume_unique} keyword's value. */
        public boolean assumeUnique() {
            return assumeUnique;
        }

        /** The {@code invert} keyword's value. */
        public boolean invert() {
            return invert;
        }
    }

    /** PyTorch: {@code torch.matrix_exp(A)}. */
    public static Tensor matrixExp(Tensor input) {
        return input.matrixExp();
    }

    /** PyTorch: {@code torch.cholesky_inverse(L)}. */
    public static Tensor choleskyInverse(Tensor input) {
        return input.choleskyInverse();
    }

    /** PyTorch: {@code torch.cholesky_inverse(L, upper=False)}. */
    public static Tensor choleskyInverse(Tensor input, boolean upper) {
        return input.choleskyInverse(upper);
    }

    /** PyTorch: {@code torch.cholesky_solve(B, L)}. */
    public static Tensor choleskySolve(Tensor input, Tensor input2) {
        return input.choleskySolve(input2);
    }

    /** PyTorch: {@code torch.cholesky_solve(B, L, upper=False)}. */
    public static Tensor choleskySolve(Tensor input, Tensor input2, boolean upper) {
        return input.choleskySolve(input2, upper);
    }

    /** Keyword options {@code beta=1, alpha=1} of addmm, addbmm, baddbmm, addmv and addr. */
    public static ScaleOptions scaleOptions() {
        return new ScaleOptions();
    }

    /** PyTorch: {@code torch.addmm(input, mat1, mat2)}. */
    public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2) {
        return input.addmm(mat1, mat2);
    }

    /** PyTorch: {@code torch.addmm(input, mat1, mat2, *, beta=1, alpha=1)}. */
    public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, ScaleOptions o) {
        return input.addmm(mat1, mat2, o);
    }

    /** PyTorch: {@code torch.addbmm(input, batch1, batch2)}. */
    public static Tensor addbmm(Tensor input, Tensor batch1, Tensor batch2) {
        return input.addbmm(batch1, batch2);
    }

    /** PyTorch: {@code torch.addbmm(input, batch1, batch2, *, beta=1, alpha=1)}. */
    public static Tensor addbmm(Tensor input, Tensor batch1, Tensor batch2, ScaleOptions o) {
        return input.addbmm(batch1, batch2, o);
    }

    /** PyTorch: {@code torch.baddbmm(input, batch1, batch2)}. */
    public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2) {
        return input.baddbmm(batch1, batch2);
    }

    /** PyTorch: {@code torch.baddbmm(input, batch1, batch2, *, beta=1, alpha=1)}. */
    public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2, ScaleOptions o) {
        return input.baddbmm(batch1, batch2, o);
    }

    /** PyTorch: {@code torch.addmv(input, mat, vec)}. */
    public static Tensor addmv(Tensor input, Tensor mat, Tensor vec) {
        return input.addmv(mat, vec);
    }

    /** PyTorch: {@code torch.addmv(input, mat, vec, *, beta=1, alpha=1)}. */
    public static Tensor addmv(Tensor input, Tensor mat, Tensor vec, ScaleOptions o) {
        return input.addmv(mat, vec, o);
    }

    /** PyTorch: {@code torch.addmv_(input, mat, vec)}. */
    public static Tensor addmv_(Tensor input, Tensor mat, Tensor vec) {
        return input.addmv_(mat, vec);
    }

    /** PyTorch: {@code torch.addmv_(input, mat, vec, *, beta=1, alpha=1)}. */
    public static Tensor addmv_(Tensor input, Tensor mat, Tensor vec, ScaleOptions o) {
        return input.addmv_(mat, vec, o);
    }

    /** PyTorch: {@code torch.addr(input, vec1, vec2)}. */
    public static Tensor addr(Tensor input, Tensor vec1, Tensor vec2) {
        return input.addr(vec1, vec2);
    }

    /** PyTorch: {@code torch.addr(input, vec1, vec2, *, beta=1, alpha=1)}. */
    public static Tensor addr(Tensor input, Tensor vec1, Tensor vec2, ScaleOptions o) {
        return input.addr(vec1, vec2, o);
    }

    // ---------------------------------------------------------------- issue 21: convolution, pooling and alpha dropout
    // as torch functions (jtorch.internal.ops.ConvOps, PoolOps, DropoutOps; every argument is positional in
    // PyTorch's schemas)

    /** PyTorch: {@code torch.conv1d(input, weight)}. */
    public static Tensor conv1d(Tensor input, Tensor weight) {
        return conv1d(input, weight, null);
    }

    /** PyTorch: {@code torch.conv1d(input, weight, bias)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) {
        return conv1d(input, weight, bias, new int[] {1}, new int[] {0}, new int[] {1}, 1);
    }

    /** PyTorch: {@code torch.conv1d(input, weight, bias, stride, padding, dilation, groups)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return ConvOps.conv1d(input, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code torch.conv1d(input, weight, bias, stride, padding="same"|"valid", dilation, groups)}. */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return ConvOps.conv1d(input, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code torch.conv2d(input, weight)}. */
    public static Tensor conv2d(Tensor input, Tensor weight) {
        return conv2d(input, weight, null);
    }

    /** PyTorch: {@code torch.conv2d(input, weight, bias)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) {
        return conv2d(input, weight, bias, new int[] {1}, new int[] {0}, new int[] {1}, 1);
    }

    /** PyTorch: {@code torch.conv2d(input, weight, bias, stride, padding, dilation, groups)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return ConvOps.conv2d(input, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code torch.conv2d(input, weight, bias, stride, padding="same"|"valid", dilation, groups)}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return ConvOps.conv2d(input, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code torch.conv3d(input, weight)}. */
    public static Tensor conv3d(Tensor input, Tensor weight) {
        return conv3d(input, weight, null);
    }

    /** PyTorch: {@code torch.conv3d(input, weight, bias)}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias) {
        return conv3d(input, weight, bias, new int[] {1}, new int[] {0}, new int[] {1}, 1);
    }

    /** PyTorch: {@code torch.conv3d(input, weight, bias, stride, padding, dilation, groups)}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                int groups) {
        return ConvOps.conv3d(input, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code torch.conv3d(input, weight, bias, stride, padding="same"|"valid", dilation, groups)}. */
    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride, String padding, int[] dilation,
                                int groups) {
        return ConvOps.conv3d(input, weight, bias, stride, padding, dilation, groups);
    }

    /** PyTorch: {@code torch.conv_transpose1d(input, weight)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight) {
        return convTranspose1d(input, weight, null);
    }

    /** PyTorch: {@code torch.conv_transpose1d(input, weight, bias)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose1d(input, weight, bias, new int[] {1}, new int[] {0}, new int[] {0}, 1, new int[] {1});
    }

    /** PyTorch: {@code torch.conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose1d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return ConvOps.convTranspose1d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** PyTorch: {@code torch.conv_transpose2d(input, weight)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight) {
        return convTranspose2d(input, weight, null);
    }

    /** PyTorch: {@code torch.conv_transpose2d(input, weight, bias)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose2d(input, weight, bias, new int[] {1}, new int[] {0}, new int[] {0}, 1, new int[] {1});
    }

    /** PyTorch: {@code torch.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return ConvOps.convTranspose2d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /** PyTorch: {@code torch.conv_transpose3d(input, weight)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight) {
        return convTranspose3d(input, weight, null);
    }

    /** PyTorch: {@code torch.conv_transpose3d(input, weight, bias)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias) {
        return convTranspose3d(input, weight, bias, new int[] {1}, new int[] {0}, new int[] {0}, 1, new int[] {1});
    }

    /** PyTorch: {@code torch.conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation)}. */
    public static Tensor convTranspose3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                         int[] outputPadding, int groups, int[] dilation) {
        return ConvOps.convTranspose3d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /**
     * The general convolution of a 3-d, 4-d or 5-d input, transposed or not. PyTorch: {@code torch.convolution(input,
     * weight, bias, stride, padding, dilation, transposed, output_padding, groups)}.
     */
    public static Tensor convolution(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                     int[] dilation, boolean transposed, int[] outputPadding, int groups) {
        return ConvOps.convolution(input, weight, bias, stride, padding, dilation, transposed, outputPadding, groups);
    }

    /** PyTorch: {@code torch.max_pool1d(input, kernel_size)}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize) {
        return PoolOps.maxPool1d(input, kernelSize, null, 0, 1, false);
    }

    /** PyTorch: {@code torch.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)}. */
    public static Tensor maxPool1d(Tensor input, int kernelSize, int stride, int padding, int dilation,
                                   boolean ceilMode) {
        return PoolOps.maxPool1d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code torch.max_pool1d_with_indices(input, kernel_size)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool1dWithIndices(Tensor input, int kernelSize) {
        return PoolOps.maxPool1dWithIndices(input, kernelSize, null, 0, 1, false);
    }

    /** PyTorch: {@code torch.max_pool1d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)}. */
    public static ReturnTypes.MaxPoolWithIndices maxPool1dWithIndices(Tensor input, int kernelSize, int stride,
                                                                      int padding, int dilation, boolean ceilMode) {
        return PoolOps.maxPool1dWithIndices(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code torch.max_pool2d(input, kernel_size)}: one value for a square, two for (kh, kw). */
    public static Tensor maxPool2d(Tensor input, int... kernelSize) {
        return maxPool2d(input, kernelSize, new int[0], new int[] {0}, new int[] {1}, false);
    }

    /** PyTorch: {@code torch.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)}; an empty stride is the kernel size. */
    public static Tensor maxPool2d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return PoolOps.maxPool2d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code torch.max_pool3d(input, kernel_size)}: one value for a cube, three for (kd, kh, kw). */
    public static Tensor maxPool3d(Tensor input, int... kernelSize) {
        return maxPool3d(input, kernelSize, new int[0], new int[] {0}, new int[] {1}, false);
    }

    /** PyTorch: {@code torch.max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode)}; an empty stride is the kernel size. */
    public static Tensor maxPool3d(Tensor input, int[] kernelSize, int[] stride, int[] padding, int[] dilation,
                                   boolean ceilMode) {
        return PoolOps.maxPool3d(input, kernelSize, stride, padding, dilation, ceilMode);
    }

    /** PyTorch: {@code torch.avg_pool1d(input, kernel_size)}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize) {
        return PoolOps.avgPool1d(input, kernelSize, null, 0, false, true);
    }

    /** PyTorch: {@code torch.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)}. */
    public static Tensor avgPool1d(Tensor input, int kernelSize, int stride, int padding, boolean ceilMode,
                                   boolean countIncludePad) {
        return PoolOps.avgPool1d(input, kernelSize, stride, padding, ceilMode, countIncludePad);
    }

    /** PyTorch: {@code torch.adaptive_avg_pool1d(input, output_size)}. */
    public static Tensor adaptiveAvgPool1d(Tensor input, int outputSize) {
        return PoolOps.adaptiveAvgPool1d(input, outputSize);
    }

    /** PyTorch: {@code torch.adaptive_max_pool1d(input, output_size)}, which returns values and indices. */
    public static ReturnTypes.MaxPoolWithIndices adaptiveMaxPool1d(Tensor input, int outputSize) {
        return PoolOps.adaptiveMaxPool1d(input, outputSize);
    }

    /** PyTorch: {@code torch.alpha_dropout(input, p, train)}. */
    public static Tensor alphaDropout(Tensor input, double p, boolean train) {
        return DropoutOps.alphaDropout(input, p, train);
    }

    /** PyTorch: {@code torch.alpha_dropout_(input, p, train)}. */
    public static Tensor alphaDropout_(Tensor input, double p, boolean train) {
        return DropoutOps.alphaDropout_(input, p, train);
    }

    /** PyTorch: {@code torch.feature_alpha_dropout(input, p, train)}. */
    public static Tensor featureAlphaDropout(Tensor input, double p, boolean train) {
        return DropoutOps.featureAlphaDropout(input, p, train);
    }

    /** PyTorch: {@code torch.feature_alpha_dropout_(input, p, train)}. */
    public static Tensor featureAlphaDropout_(Tensor input, double p, boolean train) {
        return DropoutOps.featureAlphaDropout_(input, p, train);
    }

    // ======================================================================== torch.fft family (issue 21): stft, istft

    /** Keyword options of {@link #stft(Tensor, int, StftOptions)}, at PyTorch's defaults. */
    public static StftOptions stftOptions() {
        return new StftOptions();
    }

    /** Keyword options of {@link #istft(Tensor, int, IstftOptions)}, at PyTorch's defaults. */
    public static IstftOptions istftOptions() {
        return new IstftOptions();
    }

    /** PyTorch: {@code torch.stft(input, n_fft, return_complex=False)}. */
    public static Tensor stft(Tensor input, int nFft) {
        return stft(input, nFft, stftOptions());
    }

    /** PyTorch: {@code torch.stft(input, n_fft, hop_length, return_complex=False)}. */
    public static Tensor stft(Tensor input, int nFft, int hopLength) {
        return stft(input, nFft, stftOptions().hopLength(hopLength));
    }

    /** PyTorch: {@code torch.stft(input, n_fft, hop_length, win_length, window, return_complex=False)}. */
    public static Tensor stft(Tensor input, int nFft, int hopLength, int winLength, Tensor window) {
        return stft(input, nFft, stftOptions().hopLength(hopLength).winLength(winLength).window(window));
    }

    /**
     * The short-time Fourier transform: [(batch,) n_freq, n_frames, 2] in view_as_real form. PyTorch:
     * {@code torch.stft(input, n_fft, hop_length=None, win_length=None, window=None, center=True,
     * pad_mode='reflect', normalized=False, onesided=None, return_complex=False)}.
     */
    public static Tensor stft(Tensor input, int nFft, StftOptions o) {
        return StftOps.stft(input, nFft, o.hopLength, o.winLength, o.window, o.center, o.padMode, o.normalized,
                o.onesided, o.complexInput);
    }

    /** PyTorch: {@code torch.istft(input, n_fft)}. */
    public static Tensor istft(Tensor input, int nFft) {
        return istft(input, nFft, istftOptions());
    }

    /** PyTorch: {@code torch.istft(input, n_fft, hop_length)}. */
    public static Tensor istft(Tensor input, int nFft, int hopLength) {
        return istft(input, nFft, istftOptions().hopLength(hopLength));
    }

    /** PyTorch: {@code torch.istft(input, n_fft, hop_length, win_length, window)}. */
    public static Tensor istft(Tensor input, int nFft, int hopLength, int winLength, Tensor window) {
        return istft(input, nFft, istftOptions().hopLength(hopLength).winLength(winLength).window(window));
    }

    /**
     * The inverse short-time Fourier transform of a view_as_real spectrogram (least-squares overlap-add). PyTorch:
     * {@code torch.istft(input, n_fft, hop_length=None, win_length=None, window=None, center=True,
     * normalized=False, onesided=None, length=None, return_complex=False)}.
     */
    public static Tensor istft(Tensor input, int nFft, IstftOptions o) {
        return StftOps.istft(input, nFft, o.hopLength, o.winLength, o.window, o.center, o.normalized, o.onesided,
                o.length, o.returnComplex);
    }

    // ---------------------------------------------------------------- in-place geometry (issue 21: StorageOps,
    // ViewOps' as_strided_, JoinOps' unsafe splits)

    /** PyTorch: {@code torch.as_strided_(input, size, stride, storage_offset=None)}. */
    public static Tensor asStrided_(Tensor input, int[] size, int[] stride) {
        return input.asStrided_(size, stride);
    }

    /** PyTorch: {@code torch.as_strided_(input, size, stride, storage_offset)}. */
    public static Tensor asStrided_(Tensor input, int[] size, int[] stride, int storageOffset) {
        return input.asStrided_(size, stride, storageOffset);
    }

    /** PyTorch: {@code torch.as_strided_scatter(input, src, size, stride, storage_offset=None)}. */
    public static Tensor asStridedScatter(Tensor input, Tensor src, int[] size, int[] stride) {
        return input.asStridedScatter(src, size, stride);
    }

    /** PyTorch: {@code torch.as_strided_scatter(input, src, size, stride, storage_offset)}. */
    public static Tensor asStridedScatter(Tensor input, Tensor src, int[] size, int[] stride, int storageOffset) {
        return input.asStridedScatter(src, size, stride, storageOffset);
    }

    /** PyTorch: {@code torch.resize_as_(input, the_template)}. */
    public static Tensor resizeAs_(Tensor input, Tensor template) {
        return input.resizeAs_(template);
    }

    /** PyTorch: {@code torch.unsafe_chunk(input, chunks, dim=0)}. */
    public static List<Tensor> unsafeChunk(Tensor input, int chunks) {
        return input.unsafeChunk(chunks);
    }

    /** PyTorch: {@code torch.unsafe_chunk(input, chunks, dim)}. */
    public static List<Tensor> unsafeChunk(Tensor input, int chunks, int dim) {
        return input.unsafeChunk(chunks, dim);
    }

    /** PyTorch: {@code torch.unsafe_split(input, split_size, dim=0)}. */
    public static List<Tensor> unsafeSplit(Tensor input, int splitSize) {
        return input.unsafeSplit(splitSize);
    }

    /** PyTorch: {@code torch.unsafe_split(input, split_size, dim)}. */
    public static List<Tensor> unsafeSplit(Tensor input, int splitSize, int dim) {
        return input.unsafeSplit(splitSize, dim);
    }

    /** PyTorch: {@code torch.unsafe_split_with_sizes(input, split_sizes, dim=0)}. */
    public static List<Tensor> unsafeSplitWithSizes(Tensor input, int[] splitSizes) {
        return input.unsafeSplitWithSizes(splitSizes);
    }

    /** PyTorch: {@code torch.unsafe_split_with_sizes(input, split_sizes, dim)}. */
    public static List<Tensor> unsafeSplitWithSizes(Tensor input, int[] splitSizes, int dim) {
        return input.unsafeSplitWithSizes(splitSizes, dim);
    }

    /** PyTorch: {@code torch.index_put_(input, indices, values, accumulate=False)}. */
    public static Tensor indexPut_(Tensor input, Tensor[] indices, Tensor values) {
        return input.indexPut_(indices, values);
    }

    /** PyTorch: {@code torch.index_put_(input, indices, values, accumulate)}. */
    public static Tensor indexPut_(Tensor input, Tensor[] indices, Tensor values, boolean accumulate) {
        return input.indexPut_(indices, values, accumulate);
    }

    /**
     * Sets the default floating dtype from a legacy tensor type name such as {@code "torch.DoubleTensor"}.
     * PyTorch: {@code torch.set_default_tensor_type(t)}.
     */
    public static void setDefaultTensorType(String t) {
        if (t.startsWith("torch.cuda.")) {
            throw new IllegalArgumentException("type " + t + " not available. Torch not compiled with CUDA enabled.");
        }
        for (DType d : DType.values()) {
            if (d.tensorTypeName().equals(t)) {
                if (!d.isFloatingPoint()) {
                    throw new IllegalArgumentException("only floating-point types are supported as the default type");
                }
                defaultDtype = d;
                return;
            }
        }
        int dot = t.lastIndexOf('.');
        throw new IllegalArgumentException(dot < 0 ? "No module named '" + t + "'"
                : "module '" + t.substring(0, dot) + "' has no attribute '" + t.substring(dot + 1) + "'");
    }

    /** A float32 (default dtype) tensor of no elements read from a file. PyTorch: {@code torch.from_file(filename)}. */
    public static Tensor fromFile(String filename) {
        return fromFile(options(), filename, false, 0);
    }

    /**
     * {@code size} elements read from the file's first bytes. PyTorch:
     * {@code torch.from_file(filename, shared, size)}; only {@code shared=false} is supported.
     */
    public static Tensor fromFile(String filename, boolean shared, int size) {
        return fromFile(options(), filename, shared, size);
    }

    /**
     * PyTorch: {@code torch.from_file(filename, shared=None, size=0, *, dtype=None, device=None,
     * requires_grad=False)}: the options carry dtype, device and requires_grad.
     */
    public static Tensor fromFile(TensorOptions options, String filename, boolean shared, int size) {
        return StorageOps.fromFile(options, filename, shared, size);
    }

    // ---------------------------------------------------------------- distributions and linalg-flavoured names (issue 21)

    /**
     * d sample / d alpha of gamma samples {@code output} drawn with concentrations {@code self} (the reparameterised
     * gradient behind {@code _standard_gamma}'s backward). PyTorch: {@code torch._standard_gamma_grad(self, output)}.
     */
    public static Tensor standardGammaGrad(Tensor self, Tensor output) {
        return RandomOps.standardGammaGrad(self, output);
    }

    /**
     * The scaled reparameterised gradient of Beta(alpha, total - alpha) samples x with respect to alpha (behind
     * Dirichlet's and Beta's rsample gradients). PyTorch: {@code torch._dirichlet_grad(x, alpha, total)}.
     */
    public static Tensor dirichletGrad(Tensor x, Tensor alpha, Tensor total) {
        return RandomOps.dirichletGrad(x, alpha, total);
    }

    /** The p = 2 distance: {@code ||input - other||_2}. PyTorch: {@code torch.dist(input, other)}. */
    public static Tensor dist(Tensor input, Tensor other) {
        return DistRenormOps.dist(input, other, 2);
    }

    /**
     * The p-norm of {@code input - other} (broadcast, promoted) over all elements. PyTorch: {@code torch.dist(input,
     * other, p=2)}.
     */
    public static Tensor dist(Tensor input, Tensor other, double p) {
        return DistRenormOps.dist(input, other, p);
    }

    /**
     * Slices along {@code dim} whose p-norm exceeds {@code maxnorm} scaled to norm {@code maxnorm}. PyTorch: {@code
     * torch.renorm(input, p, dim, maxnorm)}.
     */
    public static Tensor renorm(Tensor input, double p, int dim, double maxnorm) {
        return DistRenormOps.renorm(input, p, dim, maxnorm);
    }

    /** The transposed last two dims (the conjugate transpose of a real matrix). PyTorch: {@code torch.adjoint(input)}. */
    public static Tensor adjoint(Tensor input) {
        return input.adjoint();
    }

    /**
     * LU factorization with partial pivoting of each matrix. PyTorch: {@code torch.lu(A, pivot=True,
     * get_infos=False)} (the record also carries get_infos=True's infos; a singular matrix is no error).
     */
    public static ReturnTypes.Lu lu(Tensor a) {
        return lu(a, true);
    }

    /**
     * PyTorch: {@code torch.lu(A, pivot)}.
     *
     * @throws UnsupportedOperationException for {@code pivot=false}, as PyTorch on the CPU
     */
    public static ReturnTypes.Lu lu(Tensor a, boolean pivot) {
        Tensor[] r = LuOps.lu(a, pivot);
        return new ReturnTypes.Lu(r[0], r[1], r[2]);
    }

    /**
     * X with A X = b, A given by its LU factorization ({@link #lu}); batch dims broadcast. PyTorch: {@code
     * torch.lu_solve(b, LU_data, LU_pivots)}.
     */
    public static Tensor luSolve(Tensor b, Tensor luData, Tensor luPivots) {
        return LuOps.luSolve(b, luData, luPivots);
    }

    /** P, L and U (A = P L U) of a packed LU factorization. PyTorch: {@code torch.lu_unpack(LU_data, LU_pivots)}. */
    public static ReturnTypes.LuUnpack luUnpack(Tensor luData, Tensor luPivots) {
        return luUnpack(luData, luPivots, true, true);
    }

    /**
     * PyTorch: {@code torch.lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True)}; a part not asked
     * for is an empty tensor.
     */
    public static ReturnTypes.LuUnpack luUnpack(Tensor luData, Tensor luPivots, boolean unpackData,
                                                boolean unpackPivots) {
        Tensor[] r = LuOps.luUnpack(luData, luPivots, unpackData, unpackPivots);
        return new ReturnTypes.LuUnpack(r[0], r[1], r[2]);
    }

    /** QR in LAPACK's compact form (R and Householder vectors, tau). PyTorch: {@code torch.geqrf(input)}. */
    public static ReturnTypes.Geqrf geqrf(Tensor input) {
        Tensor[] r = HouseholderOps.geqrf(input);
        return new ReturnTypes.Geqrf(r[0], r[1]);
    }

    /**
     * Q from geqrf's Householder reflectors (the first n columns of H_1 ... H_k). PyTorch: {@code torch.orgqr(input,
     * tau)} ({@code torch.linalg.householder_product}).
     */
    public static Tensor orgqr(Tensor input, Tensor tau) {
        return HouseholderOps.householderProduct(input, tau);
    }

    /** Q other, Q from geqrf's reflectors. PyTorch: {@code torch.ormqr(input, tau, other)}. */
    public static Tensor ormqr(Tensor input, Tensor tau, Tensor other) {
        return HouseholderOps.ormqr(input, tau, other, true, false);
    }

    /**
     * Q other (other Q when not {@code left}; with Q^T when {@code transpose}). PyTorch: {@code torch.ormqr(input, tau,
     * other, left=True, transpose=False)}.
     */
    public static Tensor ormqr(Tensor input, Tensor tau, Tensor other, boolean left, boolean transpose) {
        return HouseholderOps.ormqr(input, tau, other, left, transpose);
    }

    // ---------------------------------------------------------------- the last names of issue 21: torch.embedding_bag
    // (EmbeddingOps), svd_lowrank / pca_lowrank / lobpcg (LowRankOps), einsum's sublist form (EinsumOps)

    /**
     * The four results of {@code torch.embedding_bag}: the bags' reductions and PyTorch 1.13's CPU bookkeeping
     * (offset2bag: each entry's bag, empty on the float "fast path" of mode 0; bag_size: entries per bag, zeros for
     * mode 0; max_indices: bag_size for mode 1, the maximal row per bag and column for mode 2, zeros for mode 0).
     * PyTorch returns a plain tuple (no {@code torch.return_types} name).
     */
    public record EmbeddingBagResult(Tensor output, Tensor offset2bag, Tensor bagSize, Tensor maxIndices) {
    }

    /** The arguments of {@link #embeddingBag(Tensor, Tensor, Tensor, EmbeddingBagOptions)}, at PyTorch's defaults. */
    public static EmbeddingBagOptions embeddingBagOptions() {
        return new EmbeddingBagOptions();
    }

    /**
     * Sums of bags of rows of {@code weight}: bag b holds {@code input[offsets[b]:offsets[b + 1]]} (1-D input).
     * PyTorch: {@code torch.embedding_bag(weight, input, offsets)} (mode 0).
     */
    public static EmbeddingBagResult embeddingBag(Tensor weight, Tensor input, Tensor offsets) {
        return embeddingBag(weight, input, offsets, embeddingBagOptions());
    }

    /**
     * PyTorch: {@code torch.embedding_bag(weight, input, offsets, scale_grad_by_freq=False, mode=0, sparse=False,
     * per_sample_weights=None, include_last_offset=False, padding_idx=None)}, ATen's form behind
     * {@code F.embedding_bag} (which adds max_norm, string modes and 2-D batches).
     */
    public static EmbeddingBagResult embeddingBag(Tensor weight, Tensor input, Tensor offsets, EmbeddingBagOptions o) {
        Tensor[] r = EmbeddingOps.embeddingBag(weight, input, offsets, o.scaleGradByFreq, o.mode, o.perSampleWeights,
                o.includeLastOffset, o.paddingIdx);
        return new EmbeddingBagResult(r[0], r[1], r[2], r[3]);
    }

    /**
     * {@code torch.svd_lowrank}'s and {@code torch.pca_lowrank}'s results, A ≈ U diag(S) V^T: U (*, m, q), S (*, q)
     * descending, V (*, n, q) (V itself, not its transpose). PyTorch returns a plain tuple.
     */
    public record SvdLowrank(Tensor U, Tensor S, Tensor V) {
    }

    /** The arguments of {@link #svdLowrank(Tensor, SvdLowrankOptions)}, at PyTorch's defaults. */
    public static SvdLowrankOptions svdLowrankOptions() {
        return new SvdLowrankOptions();
    }

    /**
     * A randomized rank-6 SVD (Halko et al. 2009), drawing {@code torch.randn} as PyTorch does. PyTorch:
     * {@code torch.svd_lowrank(A)}.
     */
    public static SvdLowrank svdLowrank(Tensor a) {
        return svdLowrank(a, svdLowrankOptions());
    }

    /** PyTorch: {@code torch.svd_lowrank(A, q)}. */
    public static SvdLowrank svdLowrank(Tensor a, int q) {
        return svdLowrank(a, svdLowrankOptions().q(q));
    }

    /** PyTorch: {@code torch.svd_lowrank(A, q, niter)}. */
    public static SvdLowrank svdLowrank(Tensor a, int q, int niter) {
        return svdLowrank(a, svdLowrankOptions().q(q).niter(niter));
    }

    /**
     * PyTorch: {@code torch.svd_lowrank(A, q=6, niter=2, M=None)}: U, S, V with A - M ≈ U diag(S) V^T, differentiable
     * through its QR, SVD and matrix products.
     */
    public static SvdLowrank svdLowrank(Tensor a, SvdLowrankOptions o) {
        Tensor[] r = LowRankOps.svdLowrank(a, o.q, o.niter, o.m);
        return new SvdLowrank(r[0], r[1], r[2]);
    }

    /** The arguments of {@link #pcaLowrank(Tensor, PcaLowrankOptions)}, at PyTorch's defaults. */
    public static PcaLowrankOptions pcaLowrankOptions() {
        return new PcaLowrankOptions();
    }

    /** Principal components of a data matrix (rows: samples), centred. PyTorch: {@code torch.pca_lowrank(A)}. */
    public static SvdLowrank pcaLowrank(Tensor a) {
        return pcaLowrank(a, pcaLowrankOptions());
    }

    /** PyTorch: {@code torch.pca_lowrank(A, q)}. */
    public static SvdLowrank pcaLowrank(Tensor a, int q) {
        return pcaLowrank(a, pcaLowrankOptions().q(q));
    }

    /**
     * PyTorch: {@code torch.pca_lowrank(A, q=None, center=True, niter=2)}: svd_lowrank of A minus its column means;
     * V's columns are the principal directions, S^2 / (m - 1) the variances.
     */
    public static SvdLowrank pcaLowrank(Tensor a, PcaLowrankOptions o) {
        Tensor[] r = LowRankOps.pcaLowrank(a, o.q, o.center, o.niter);
        return new SvdLowrank(r[0], r[1], r[2]);
    }

    /** {@code torch.lobpcg}'s results: eigenvalues E (*, k) and eigenvectors X (*, m, k). PyTorch returns a tuple. */
    public record Lobpcg(Tensor E, Tensor X) {
    }

    /** The arguments of {@link #lobpcg(Tensor, LobpcgOptions)}, at PyTorch's defaults. */
    public static LobpcgOptions lobpcgOptions() {
        return new LobpcgOptions();
    }

    /** The largest eigenpair of a symmetric positive-definite matrix. PyTorch: {@code torch.lobpcg(A)}. */
    public static Lobpcg lobpcg(Tensor a) {
        return lobpcg(a, lobpcgOptions());
    }

    /** The k largest eigenpairs. PyTorch: {@code torch.lobpcg(A, k)}. */
    public static Lobpcg lobpcg(Tensor a, int k) {
        return lobpcg(a, lobpcgOptions().k(k));
    }

    /**
     * PyTorch: {@code torch.lobpcg(A, k=None, B=None, X=None, n=None, iK=None, niter=None, tol=None, largest=None,
     * method=None, tracker=None, ortho_iparams=None, ortho_fparams=None, ortho_bparams=None)} (no tracker: see
     * {@link LobpcgOptions}). The initial X is drawn with {@code torch.randn} as PyTorch does; with A requiring grad,
     * A is symmetrized and the eigenpairs differentiate (PyTorch's LOBPCGAutogradFunction, B = None only).
     */
    public static Lobpcg lobpcg(Tensor a, LobpcgOptions o) {
        Tensor[] r = LowRankOps.lobpcg(a, new LowRankOps.LobpcgArgs(o.k, o.b, o.x, o.n, o.iK, o.niter, o.tol,
                o.largest, o.method, o.orthoIparams, o.orthoFparams, o.orthoBparams));
        return new Lobpcg(r[0], r[1]);
    }

    /**
     * The sublist form of einsum, PyTorch's argument list as is: each operand followed by its subscripts (an
     * {@code int[]} of 0..51, or a {@code List} of Integers and {@link Indexing#ELLIPSIS} for {@code ...}), then
     * optionally the output's subscripts: {@code torch.einsum(a, [0, 1], b, [1, 2], [0, 2])} is
     * {@code Torch.einsum(a, new int[] {0, 1}, b, new int[] {1, 2}, new int[] {0, 2})}. Typed as {@code Object...}
     * because the form alternates two types over any number of operands; a misplaced type fails naming its position.
     * PyTorch: {@code torch.einsum(op1, sublist1, op2, sublist2, ..., [sublist_out])}.
     */
    public static Tensor einsum(Object... args) {
        return EinsumOps.einsumSublists(args);
    }
}
