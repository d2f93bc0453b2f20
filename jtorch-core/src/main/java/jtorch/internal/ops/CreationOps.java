package jtorch.internal.ops;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.internal.backend.Backend;

/**
 * Factories: empty/zeros/ones/full/eye/arange/linspace and tensors from Java data. Java numbers
 * stand for Python literals: a {@code long} fill value or element is a Python int (int64 unless a
 * dtype is given), a {@code double} a Python float (the default dtype), a {@code boolean} a bool.
 */
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
        Storage s = Backend.of(o.device().placement()).allocate(dtype, n);
        return new Tensor(s, shape.clone(), Shapes.contiguousStrides(shape), 0);
    }

    public static Tensor zeros(TensorOptions o, int... shape) {
        return Dispatch.factory(ZEROS, o, opts -> allocate(opts, shape));
    }

    public static Tensor ones(TensorOptions o, int... shape) {
        return Dispatch.factory(ONES, o, opts -> {
            Tensor t = allocate(opts, shape);
            Operands.backend(t).fill(Operands.of(t), 1L);
            return t;
        });
    }

    /**
     * Filled with {@code value}: a Java {@code Long}/{@code Integer} is a Python int (int64 by default),
     * a {@code Double} a Python float (default float), a {@code Boolean} a bool. With an explicit dtype
     * the value must fit it, as PyTorch checks ("value cannot be converted to type uint8 without
     * overflow"). PyTorch: {@code torch.full}.
     */
    public static Tensor full(TensorOptions o, Object value, int... shape) {
        DType literal = value instanceof Boolean ? DType.BOOL : value instanceof Double || value instanceof Float
                ? Torch.getDefaultDtype() : DType.INT64;
        return Dispatch.factory(FULL, o, opts -> {
            Tensor t = allocate(opts.dtype() == null ? opts.dtype(literal) : opts, shape);
            checkFits(value, t.dtype(), true);
            Operands.backend(t).fill(Operands.of(t), (Number) (value instanceof Boolean b ? (b ? 1L : 0L) : value));
            return t;
        });
    }

    public static Tensor eye(TensorOptions o, int n, int m) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be greater or equal to 0, got " + n);
        }
        if (m < 0) {
            throw new IllegalArgumentException("m must be greater or equal to 0, got " + m);
        }
        return Dispatch.factory(EYE, o, opts -> {
            Tensor t = allocate(opts, new int[] {n, m});
            Operands.backend(t).generate(Operands.of(t), t.dtype(), (host, off, count) -> {
                for (int i = 0; i < Math.min(n, m); i++) {
                    host.setLong(off + i * m + i, 1);
                }
            });
            return t;
        });
    }

    /**
     * Values start, start+step, ... below end (PyTorch: {@code torch.arange}). Integral Java
     * arguments (Long/Integer) give int64 and floating ones the default float, unless a dtype is set.
     * An integer dtype truncates start, end and step first (so a fractional step can become 0), as
     * PyTorch does; the length is ceil((end - start) / step) computed in double, and each value
     * {@code start + step * i} is computed in double (int64: exactly in long) before the cast.
     */
    public static Tensor arange(TensorOptions o, Number start, Number end, Number step) {
        boolean integral = PointwiseOps.isIntegral(start) && PointwiseOps.isIntegral(end)
                && PointwiseOps.isIntegral(step);
        DType dtype = o.dtype() != null ? o.dtype() : integral ? DType.INT64 : Torch.getDefaultDtype();
        boolean intOut = !dtype.isFloatingPoint() && dtype != DType.BOOL;
        double s = start.doubleValue();
        double e = end.doubleValue();
        double st = step.doubleValue();
        long ls = start.longValue();
        long le = end.longValue();
        long lst = step.longValue();
        if (intOut ? lst == 0 : st == 0) {
            throw new IllegalArgumentException("step must be nonzero");
        }
        if (!Double.isFinite(s) || !Double.isFinite(e)) {
            throw new IllegalArgumentException("unsupported range: " + start + " -> " + end);
        }
        boolean consistent = intOut ? (lst > 0 && le >= ls) || (lst < 0 && le <= ls) : (st > 0 && e >= s) || (st < 0 && e <= s);
        if (!consistent) {
            throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
        }
        double sized = dtype == DType.INT64 ? Math.ceil((double) (le - ls) / lst) : Math.ceil((e - s) / st);
        if (sized > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("invalid size, possible overflow?");
        }
        int n = (int) sized;
        return Dispatch.factory(ARANGE, o.dtype(dtype), opts -> {
            Tensor t = allocate(opts, new int[] {n});
            Operands.backend(t).generate(Operands.of(t), t.dtype(), (host, off, count) -> {
                for (int i = 0; i < n; i++) {
                    if (intOut) {
                        host.setLong(off + i, ls + lst * i);
                    } else {
                        host.setDouble(off + i, s + st * i);
                    }
                }
            });
            return t;
        });
    }

    /**
     * {@code steps} evenly spaced values from start to end (PyTorch: {@code torch.linspace}). As in
     * PyTorch's kernel, the first half is computed forward from start and the second half backward
     * from end (both endpoints exact), in the dtype's own precision: float32 steps and products are
     * rounded to float, integer dtypes use a double step and truncate. float32 and float64 also follow the
     * vector blocks of PyTorch's AVX2 kernel, so the values are PyTorch's bit for bit.
     */
    public static Tensor linspace(TensorOptions o, double start, double end, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("number of steps must be non-negative");
        }
        return Dispatch.factory(LINSPACE, o, opts -> {
            Tensor t = allocate(opts, new int[] {steps});
            DType dtype = t.dtype();
            Operands.backend(t).generate(Operands.of(t), dtype, (s, off, count) -> {
                if (steps == 1) {
                    s.setDouble(off, start);
                    return;
                }
                int half = steps / 2;
                // PyTorch's CPU kernel (AVX2 build: 256-bit vectors, compiled with FMA contraction) fills two vectors
                // at a time while two fit, each lane as base + round(k * step) from the base (a fused multiply-add)
                // of the vector's first index (the half rule is applied per vector, so a vector crossing the middle
                // continues forward), then the tail element by element with fused multiply-adds
                boolean float64 = dtype == DType.FLOAT64;
                int lanes = dtype == DType.FLOAT32 ? 8 : float64 ? 4 : 1;
                int vectorized = lanes == 1 ? 0 : steps / (2 * lanes) * (2 * lanes);
                if (dtype == DType.FLOAT32) {
                    float fs = (float) start;
                    float fe = (float) end;
                    float fstep = (fe - fs) / (steps - 1);
                    for (int i = 0; i < steps; i++) {
                        int v = i < vectorized ? i - i % lanes : i;
                        float base = v < half ? Math.fma(fstep, v, fs) : Math.fma(-fstep, steps - v - 1, fe);
                        s.setDouble(off + i, i == v ? base : base + (i - v) * fstep);
                    }
                } else {
                    double step = (end - start) / (steps - 1);
                    for (int i = 0; i < steps; i++) {
                        int v = i < vectorized ? i - i % lanes : i;
                        double base = float64 ? (v < half ? Math.fma(step, v, start) : Math.fma(-step, steps - v - 1, end))
                                : (v < half ? start + step * v : end - step * (steps - v - 1));
                        s.setDouble(off + i, i == v ? base : base + (i - v) * step);
                    }
                }
            });
            return t;
        });
    }

    // ---------------------------------------------------------------- from Java data

    /**
     * A tensor from a Java number, boolean, array or nested array (primitive or boxed; Object[] may
     * mix types), treating values as Python literals: the dtype is the highest category among the
     * elements (bool &lt; integral &lt; floating, giving bool, int64 or the default float), unless the
     * options set one; an empty array gives the default float. Nested arrays must be rectangular
     * ("expected sequence of length 2 at dim 1 (got 1)"), and values must fit an explicit integer
     * dtype. PyTorch: {@code torch.tensor(data)}.
     */
    public static Tensor tensor(TensorOptions o, Object data) {
        if (data == null) {
            throw new IllegalArgumentException("Could not infer dtype of null");
        }
        List<Integer> shape = new ArrayList<>();
        Object probe = data;
        while (probe != null && probe.getClass().isArray()) {
            int len = Array.getLength(probe);
            shape.add(len);
            if (len == 0) {
                break;
            }
            probe = Array.get(probe, 0);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        Class<?> leaf = data.getClass();
        while (leaf.isArray()) {
            leaf = leaf.getComponentType();
        }
        if (leaf.isPrimitive()) {
            return fromPrimitiveArrays(o, data, dims, leaf);
        }
        List<Object> leaves = new ArrayList<>();
        flatten(data, dims, 0, leaves);
        DType.Kind kind = null;
        for (Object v : leaves) {
            DType.Kind k = kindOf(v);
            kind = kind == null || k.ordinal() > kind.ordinal() ? k : kind;
        }
        DType literal = kind == DType.Kind.BOOL ? DType.BOOL : kind == DType.Kind.INTEGRAL ? DType.INT64
                : Torch.getDefaultDtype();
        return Dispatch.factory(TENSOR, o, opts -> {
            Tensor t = allocate(opts.dtype() == null ? opts.dtype(literal) : opts, dims);
            for (Object v : leaves) {
                checkFits(v, t.dtype(), false);
            }
            Operands.backend(t).generate(Operands.of(t), t.dtype(), (host, off, count) -> {
                for (int i = 0; i < leaves.size(); i++) {
                    put(host, off + i, leaves.get(i));
                }
            });
            return t;
        });
    }

    // (nested) primitive arrays: the element type gives the dtype, and rows are copied without boxing
    private static Tensor fromPrimitiveArrays(TensorOptions o, Object data, int[] dims, Class<?> leaf) {
        boolean floating = leaf == double.class || leaf == float.class;
        DType literal = leaf == boolean.class ? DType.BOOL : floating ? Torch.getDefaultDtype() : DType.INT64;
        int n = Shapes.numel(dims);
        double[] dv = floating ? new double[n] : null;
        long[] lv = floating ? null : new long[n];
        copyRows(data, dims, 0, dv, lv, new int[1]);
        return Dispatch.factory(TENSOR, o, opts -> {
            Tensor t = allocate(opts.dtype() == null ? opts.dtype(literal) : opts, dims);
            DType d = t.dtype();
            for (int i = 0; i < n; i++) {
                if (floating ? !fits(dv[i], d, false) : !fits(lv[i], d)) {
                    throw overflow(d);
                }
            }
            Operands.backend(t).generate(Operands.of(t), d, (st, off, count) -> {
                for (int i = 0; i < n; i++) {
                    if (floating) {
                        st.setDouble(off + i, dv[i]);
                    } else {
                        st.setLong(off + i, lv[i]);
                    }
                }
            });
            return t;
        });
    }

    private static void copyRows(Object data, int[] dims, int depth, double[] dv, long[] lv, int[] pos) {
        int len = sequenceLength(data, dims, depth);
        if (depth < dims.length - 1 || len == 0) {
            for (int i = 0; i < len; i++) {
                copyRows(Array.get(data, i), dims, depth + 1, dv, lv, pos);
            }
            return;
        }
        int p = pos[0];
        switch (data) {
            case double[] r -> System.arraycopy(r, 0, dv, p, len);
            case float[] r -> {
                for (int i = 0; i < len; i++) {
                    dv[p + i] = r[i];
                }
            }
            case long[] r -> System.arraycopy(r, 0, lv, p, len);
            case int[] r -> {
                for (int i = 0; i < len; i++) {
                    lv[p + i] = r[i];
                }
            }
            case short[] r -> {
                for (int i = 0; i < len; i++) {
                    lv[p + i] = r[i];
                }
            }
            case byte[] r -> {
                for (int i = 0; i < len; i++) {
                    lv[p + i] = r[i];
                }
            }
            case char[] r -> {
                for (int i = 0; i < len; i++) {
                    lv[p + i] = r[i];
                }
            }
            case boolean[] r -> {
                for (int i = 0; i < len; i++) {
                    lv[p + i] = r[i] ? 1 : 0;
                }
            }
            default -> throw new IllegalArgumentException("expected a number at dim " + (depth + 1)
                    + " but got a sequence");
        }
        pos[0] = p + len;
    }

    private static int sequenceLength(Object data, int[] dims, int depth) {
        if (data == null || !data.getClass().isArray()) {
            throw new IllegalArgumentException("expected sequence of length " + dims[depth] + " at dim " + depth
                    + " (got a number)");
        }
        int len = Array.getLength(data);
        if (len != dims[depth]) {
            throw new IllegalArgumentException("expected sequence of length " + dims[depth] + " at dim " + depth
                    + " (got " + len + ")");
        }
        return len;
    }

    // collects the leaves in row-major order, checking every sequence against the shape of the first ones
    private static void flatten(Object data, int[] dims, int depth, List<Object> out) {
        boolean isArray = data != null && data.getClass().isArray();
        if (depth == dims.length) {
            if (isArray) {
                throw new IllegalArgumentException("expected a number at dim " + depth + " but got a sequence of length "
                        + Array.getLength(data));
            }
            out.add(data);
            return;
        }
        int len = sequenceLength(data, dims, depth);
        for (int i = 0; i < len; i++) {
            flatten(Array.get(data, i), dims, depth + 1, out);
        }
    }

    private static DType.Kind kindOf(Object v) {
        if (v instanceof Boolean) {
            return DType.Kind.BOOL;
        }
        if (v instanceof Double || v instanceof Float) {
            return DType.Kind.FLOATING;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return DType.Kind.INTEGRAL;
        }
        throw new IllegalArgumentException("Could not infer dtype of " + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private static void put(Storage s, int i, Object v) {
        if (v instanceof Boolean b) {
            s.setLong(i, b ? 1 : 0);
        } else if (v instanceof Double || v instanceof Float) {
            s.setDouble(i, ((Number) v).doubleValue());
        } else {
            s.setLong(i, ((Number) v).longValue());
        }
    }

    /**
     * PyTorch's checked conversion of a Python number to a dtype: integer dtypes refuse NaN,
     * infinities and values outside their range (an int below zero may wrap into uint8 if its
     * magnitude fits, as in C); for {@code full}, floating dtypes also refuse finite values beyond
     * their largest (torch.tensor lets those become inf).
     */
    private static void checkFits(Object v, DType d, boolean checkFloating) {
        boolean ok = v instanceof Boolean || (v instanceof Double || v instanceof Float
                ? fits(((Number) v).doubleValue(), d, checkFloating) : fits(((Number) v).longValue(), d));
        if (!ok) {
            throw overflow(d);
        }
    }

    private static IllegalArgumentException overflow(DType d) {
        return new IllegalArgumentException("value cannot be converted to type " + d.toString().substring(6)
                + " without overflow");
    }

    private static boolean fits(double x, DType d, boolean checkFloating) {
        return switch (d) {
            case BOOL, FLOAT64 -> true;
            case FLOAT32 -> !checkFloating || !Double.isFinite(x) || Math.abs(x) <= Float.MAX_VALUE;
            case FLOAT16 -> !checkFloating || !Double.isFinite(x) || Math.abs(x) <= 65504;
            case BFLOAT16 -> !checkFloating || !Double.isFinite(x) || Math.abs(x) <= 0x1.fep127;
            case UINT8 -> x >= 0 && x <= 255;
            case INT8 -> x >= -128 && x <= 127;
            case INT16 -> x >= Short.MIN_VALUE && x <= Short.MAX_VALUE;
            case INT32 -> x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE;
            case INT64 -> x >= -0x1p63 && x < 0x1p63;
        };
    }

    private static boolean fits(long x, DType d) {
        return switch (d) {
            case UINT8 -> x >= -255 && x <= 255;
            case INT8 -> x >= -128 && x <= 127;
            case INT16 -> x >= Short.MIN_VALUE && x <= Short.MAX_VALUE;
            case INT32 -> x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE;
            default -> true;
        };
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
