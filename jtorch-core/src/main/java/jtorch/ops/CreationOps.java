package jtorch.ops;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;

/** Factories: empty/zeros/ones/full/eye/arange/linspace and tensors from Java data. */
public final class CreationOps {
    static final OpDef EMPTY = OpDef.nonDifferentiable("empty");
    static final OpDef ZEROS = OpDef.nonDifferentiable("zeros");
    static final OpDef ONES = OpDef.nonDifferentiable("ones");
    static final OpDef FULL = OpDef.nonDifferentiable("full");
    static final OpDef EYE = OpDef.nonDifferentiable("eye");
    static final OpDef ARANGE = OpDef.nonDifferentiable("arange");
    static final OpDef LINSPACE = OpDef.nonDifferentiable("linspace");
    static final OpDef TENSOR = OpDef.nonDifferentiable("tensor");
    static final OpDef RAND = OpDef.nonDifferentiable("rand");
    static final OpDef RANDN = OpDef.nonDifferentiable("randn");
    static final OpDef RANDINT = OpDef.nonDifferentiable("randint");
    static final OpDef RANDPERM = OpDef.nonDifferentiable("randperm");

    private CreationOps() {
    }

    /** Uninitialised (here: zero-filled, since Java arrays are) tensor; the base of every factory. */
    public static Tensor empty(TensorOptions o, int... shape) {
        return Dispatch.factory(EMPTY, o, opts -> allocate(opts, shape));
    }

    static Tensor allocate(TensorOptions o, int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("Trying to create tensor with negative dimension " + s + ": "
                        + Shapes.format(shape));
            }
        }
        DType dtype = o.dtypeOr(Torch.getDefaultDtype());
        int n = Shapes.numel(shape);
        Storage s = o.device() == Device.META ? Storage.meta(dtype, n) : Storage.allocate(dtype, n);
        return new Tensor(s, shape.clone(), Shapes.contiguousStrides(shape), 0);
    }

    public static Tensor full(TensorOptions o, double value, int... shape) {
        return Dispatch.factory(FULL, o, opts -> {
            Tensor t = allocate(opts, shape);
            if (!t.isMeta() && value != 0) {
                t.storage().fill(0, t.numel(), value);
            }
            return t;
        });
    }

    public static Tensor zeros(TensorOptions o, int... shape) {
        return Dispatch.factory(ZEROS, o, opts -> allocate(opts, shape));
    }

    public static Tensor ones(TensorOptions o, int... shape) {
        return Dispatch.factory(ONES, o, opts -> {
            Tensor t = allocate(opts, shape);
            if (!t.isMeta()) {
                t.storage().fill(0, t.numel(), 1);
            }
            return t;
        });
    }

    public static Tensor eye(TensorOptions o, int n, int m) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("n and m must be greater or equal to 0, got n=" + n + ", m=" + m);
        }
        return Dispatch.factory(EYE, o, opts -> {
            Tensor t = allocate(opts, new int[] {n, m});
            if (!t.isMeta()) {
                for (int i = 0; i < Math.min(n, m); i++) {
                    t.storage().setDouble(i * m + i, 1);
                }
            }
            return t;
        });
    }

    /**
     * Values start, start+step, ... below end. Integral arguments give int64 (unless a dtype is set);
     * the length is ceil((end - start) / step), computed in double as PyTorch does.
     */
    public static Tensor arange(TensorOptions o, double start, double end, double step, boolean integral) {
        if (step == 0) {
            throw new IllegalArgumentException("step must be nonzero");
        }
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("unsupported range: " + start + " -> " + end);
        }
        if ((step > 0 && end < start) || (step < 0 && end > start)) {
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        }
        TensorOptions opts0 = o.dtype() == null && integral ? o.dtype(DType.INT64) : o;
        int n = (int) Math.ceil((end - start) / step);
        return Dispatch.factory(ARANGE, opts0, opts -> {
            Tensor t = allocate(opts, new int[] {n});
            if (!t.isMeta()) {
                for (int i = 0; i < n; i++) {
                    if (t.dtype() == DType.INT64) {
                        t.storage().setLong(i, (long) start + (long) step * i);
                    } else {
                        t.storage().setDouble(i, start + step * i);
                    }
                }
            }
            return t;
        });
    }

    /**
     * {@code steps} evenly spaced values from start to end. Like PyTorch, the first half is computed
     * forward from start and the second half backward from end, so both endpoints are exact.
     */
    public static Tensor linspace(TensorOptions o, double start, double end, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("number of steps must be non-negative");
        }
        return Dispatch.factory(LINSPACE, o, opts -> {
            Tensor t = allocate(opts, new int[] {steps});
            if (t.isMeta() || steps == 0) {
                return t;
            }
            if (steps == 1) {
                t.storage().setDouble(0, start);
                return t;
            }
            boolean f32 = t.dtype() == DType.FLOAT32;
            double step = (end - start) / (steps - 1);
            int half = steps / 2;
            for (int i = 0; i < steps; i++) {
                double v;
                if (f32) {
                    // float kernels compute in float: step and products rounded to float
                    float fs = (float) start;
                    float fe = (float) end;
                    float fstep = (float) step;
                    v = i < half ? fs + fstep * i : fe - fstep * (steps - i - 1);
                } else {
                    v = i < half ? start + step * i : end - step * (steps - i - 1);
                }
                t.storage().setDouble(i, v);
            }
            return t;
        });
    }

    // ---------------------------------------------------------------- from Java data

    /**
     * A tensor from a Java number, array or nested array, treating values as Python literals: floating
     * values give the default dtype, integral ones int64, booleans bool (unless options set a dtype).
     */
    public static Tensor tensor(TensorOptions o, Object data) {
        List<Integer> shape = new ArrayList<>();
        Object probe = data;
        while (probe != null && probe.getClass().isArray()) {
            int len = Array.getLength(probe);
            shape.add(len);
            if (len == 0 || !probe.getClass().getComponentType().isArray()) {
                break;
            }
            probe = Array.get(probe, 0);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        Class<?> leaf = leafType(data);
        DType literal = leaf == boolean.class || leaf == Boolean.class ? DType.BOOL
                : leaf == double.class || leaf == float.class || leaf == Double.class || leaf == Float.class
                ? Torch.getDefaultDtype() : DType.INT64;
        return Dispatch.factory(TENSOR, o, opts -> {
            Tensor t = allocate(opts.dtype() == null ? opts.dtype(literal) : opts, dims);
            if (!t.isMeta()) {
                int[] pos = {0};
                fillFrom(data, dims, 0, t.storage(), pos);
            }
            return t;
        });
    }

    private static Class<?> leafType(Object data) {
        Class<?> c = data.getClass();
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c;
    }

    private static void fillFrom(Object data, int[] dims, int depth, Storage s, int[] pos) {
        if (depth == dims.length) {
            put(s, pos[0]++, data);
            return;
        }
        int len = Array.getLength(data);
        if (len != dims[depth]) {
            throw new IllegalArgumentException("expected sequence of length " + dims[depth] + " at dim " + depth
                    + " (got " + len + ")");
        }
        for (int i = 0; i < len; i++) {
            fillFrom(Array.get(data, i), dims, depth + 1, s, pos);
        }
    }

    private static void put(Storage s, int i, Object v) {
        if (v instanceof Boolean b) {
            s.setLong(i, b ? 1 : 0);
        } else if (v instanceof Double || v instanceof Float) {
            s.setDouble(i, ((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            s.setLong(i, n.longValue());
        } else {
            throw new IllegalArgumentException("Could not infer dtype of " + (v == null ? "null" : v.getClass().getSimpleName()));
        }
    }

    /**
     * Wraps a Java primitive array without copying, keeping its type ({@code double[]} is float64,
     * {@code float[]} float32, {@code long[]} int64, {@code int[]} int32, {@code byte[]} int8 ...).
     * PyTorch: {@code torch.from_numpy}.
     */
    public static Tensor fromArray(Object array, int... shape) {
        DType d = switch (array) {
            case float[] a -> DType.FLOAT32;
            case double[] a -> DType.FLOAT64;
            case long[] a -> DType.INT64;
            case int[] a -> DType.INT32;
            case short[] a -> DType.INT16;
            case byte[] a -> DType.INT8;
            case boolean[] a -> DType.BOOL;
            default -> throw new IllegalArgumentException("fromArray: unsupported array type "
                    + array.getClass().getSimpleName());
        };
        if (array instanceof boolean[] b) {
            byte[] bytes = new byte[b.length];
            for (int i = 0; i < b.length; i++) {
                bytes[i] = (byte) (b[i] ? 1 : 0);
            }
            array = bytes;
        }
        Storage s = Storage.wrap(d, array);
        int[] dims = shape.length == 0 ? new int[] {s.size()} : shape;
        if (Shapes.numel(dims) != s.size()) {
            throw new IllegalArgumentException("shape " + Shapes.format(dims) + " is invalid for input of size " + s.size());
        }
        return new Tensor(s, dims.clone(), Shapes.contiguousStrides(dims), 0);
    }
}
