package jtorch.internal.backend;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jtorch.DType;
import jtorch.Storage;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.KernelProvider;
import jtorch.internal.kernels.Kernels;
import jtorch.internal.kernels.Parallel;
import jtorch.internal.kernels.StridedIterator;
import jtorch.internal.kernels.UnaryOp;

/**
 * The CPU's pointwise loops: contiguous runs of the operands, split among the pool's threads, handed to the
 * kernel provider for float32/float64 and to the generic loops for the other dtypes.
 */
final class CpuPointwise {
    private CpuPointwise() {
    }

    static StridedIterator iterate(Strided out, Strided... in) {
        int[][] strides = new int[in.length + 1][];
        int[] offsets = new int[in.length + 1];
        strides[0] = out.stride();
        offsets[0] = out.offset();
        for (int i = 0; i < in.length; i++) {
            strides[i + 1] = in[i].stride();
            offsets[i + 1] = in[i].offset();
        }
        return new StridedIterator(out.shape(), strides, offsets);
    }

    static void copy(Strided src, Strided dst) {
        StridedIterator it = iterate(dst, src);
        if (it.isEmpty()) {
            return;
        }
        Storage d = dst.storage();
        Storage s = src.storage();
        int ds = it.innerStride(0);
        int ss = it.innerStride(1);
        boolean sameType = d.dtype() == s.dtype();
        boolean viaLong = !d.dtype().isFloatingPoint() && d.dtype() != DType.BOOL && !s.dtype().isFloatingPoint();
        boolean floats = d.dtype() == DType.FLOAT32 || d.dtype() == DType.FLOAT64;
        it.forEachRun(Parallel.GRAIN, 0, (off, n) -> {
            int dOff = off[0];
            int sOff = off[1];
            if (sameType && ds == 1 && ss == 1) {
                System.arraycopy(s.data(), sOff, d.data(), dOff, n);
            } else if (sameType && floats && ds == 1 && ss == 0) {
                d.fill(dOff, dOff + n, s.getDouble(sOff)); // fill_, zero_, expanded scalars
            } else if (sameType && d.dtype() == DType.FLOAT32) {
                float[] da = (float[]) d.data();
                float[] sa = (float[]) s.data();
                for (int i = 0; i < n; i++) {
                    da[dOff + i * ds] = sa[sOff + i * ss];
                }
            } else if (viaLong || (sameType && d.dtype() == DType.INT64)) {
                for (int i = 0; i < n; i++) {
                    d.setLong(dOff + i * ds, s.getLong(sOff + i * ss));
                }
            } else {
                for (int i = 0; i < n; i++) {
                    d.setDouble(dOff + i * ds, s.getDouble(sOff + i * ss));
                }
            }
        });
    }

    static int[] contiguousStrides(int[] shape) {
        int[] stride = new int[shape.length];
        for (int d = shape.length - 1, s = 1; d >= 0; s *= shape[d], d--) {
            stride[d] = s;
        }
        return stride;
    }

    static boolean isContiguous(Strided t) {
        int expect = 1;
        for (int d = t.shape().length - 1; d >= 0; d--) {
            if (t.shape()[d] != 1 && t.stride()[d] != expect) {
                return false;
            }
            expect *= t.shape()[d];
        }
        return true;
    }

    static void fill(Strided dst, Number value) {
        int n = dst.numel();
        if (n == 0) {
            return;
        }
        Storage s = dst.storage();
        int off = dst.offset();
        if (value instanceof Double || value instanceof Float) {
            s.setDouble(off, value.doubleValue());
        } else {
            s.setLong(off, value.longValue());
        }
        if (isContiguous(dst)) {
            // doubling copies: every dtype at arraycopy speed
            Object a = s.data();
            for (int filled = 1; filled < n; filled *= 2) {
                System.arraycopy(a, off, a, off + filled, Math.min(filled, n - filled));
            }
        } else {
            copy(new Strided(s, dst.shape(), new int[dst.shape().length], off), dst);
        }
    }

    static void unary(UnaryOp op, Strided x, Strided out) {
        StridedIterator it = iterate(out, x);
        if (it.isEmpty()) {
            return;
        }
        KernelProvider k = Kernels.get();
        Storage os = out.storage();
        Storage xs = x.storage();
        int ost = it.innerStride(0);
        int xst = it.innerStride(1);
        it.forEachRun(Parallel.GRAIN, 0, (off, n) -> {
            switch (os.dtype()) {
                case FLOAT32 -> k.unary(op, (float[]) xs.data(), off[1], xst, (float[]) os.data(), off[0], ost, n);
                case FLOAT64 -> k.unary(op, (double[]) xs.data(), off[1], xst, (double[]) os.data(), off[0], ost, n);
                default -> GenericKernels.unaryIntegral(op, xs, off[1], xst, os, off[0], ost, n);
            }
        });
    }

    static void binary(BinaryOp op, Strided a, Strided b, Strided out) {
        StridedIterator it = iterate(out, a, b);
        if (it.isEmpty()) {
            return;
        }
        KernelProvider k = Kernels.get();
        Storage os = out.storage();
        Storage xs = a.storage();
        Storage ys = b.storage();
        DType computeType = xs.dtype();
        boolean logical = op == BinaryOp.LOGICAL_AND || op == BinaryOp.LOGICAL_OR || op == BinaryOp.LOGICAL_XOR;
        int s0 = it.innerStride(0);
        int s1 = it.innerStride(1);
        int s2 = it.innerStride(2);
        it.forEachRun(Parallel.GRAIN, 0, (off, n) -> {
            if (op.producesBool()) {
                if (logical || computeType != DType.FLOAT32 && computeType != DType.FLOAT64) {
                    GenericKernels.compare(op, xs, off[1], s1, ys, off[2], s2, os, off[0], s0, n);
                } else if (computeType == DType.FLOAT32) {
                    k.compare(op, (float[]) xs.data(), off[1], s1, (float[]) ys.data(), off[2], s2, (byte[]) os.data(),
                            off[0], s0, n);
                } else {
                    k.compare(op, (double[]) xs.data(), off[1], s1, (double[]) ys.data(), off[2], s2, (byte[]) os.data(),
                            off[0], s0, n);
                }
            } else if (computeType == DType.FLOAT32) {
                k.binary(op, (float[]) xs.data(), off[1], s1, (float[]) ys.data(), off[2], s2, (float[]) os.data(), off[0],
                        s0, n);
            } else if (computeType == DType.FLOAT64) {
                k.binary(op, (double[]) xs.data(), off[1], s1, (double[]) ys.data(), off[2], s2, (double[]) os.data(),
                        off[0], s0, n);
            } else {
                GenericKernels.binaryIntegral(op, xs, off[1], s1, ys, off[2], s2, os, off[0], s0, n);
            }
        });
    }

    static void where(Strided cond, Strided a, Strided b, Strided out) {
        StridedIterator it = iterate(out, cond, a, b);
        if (it.isEmpty()) {
            return;
        }
        KernelProvider k = Kernels.get();
        Storage cs = cond.storage();
        Storage xs = a.storage();
        Storage ys = b.storage();
        Storage os = out.storage();
        int s0 = it.innerStride(0);
        int s1 = it.innerStride(1);
        int s2 = it.innerStride(2);
        int s3 = it.innerStride(3);
        it.forEachRun(Parallel.GRAIN, 0, (off, n) -> {
            switch (os.dtype()) {
                case FLOAT32 -> k.where((byte[]) cs.data(), off[1], s1, (float[]) xs.data(), off[2], s2,
                        (float[]) ys.data(), off[3], s3, (float[]) os.data(), off[0], s0, n);
                case FLOAT64 -> k.where((byte[]) cs.data(), off[1], s1, (double[]) xs.data(), off[2], s2,
                        (double[]) ys.data(), off[3], s3, (double[]) os.data(), off[0], s0, n);
                default -> GenericKernels.where(cs, off[1], s1, xs, off[2], s2, ys, off[3], s3, os, off[0], s0, n);
            }
        });
    }

    static void test(GenericKernels.FloatTest t, Strided x, Strided out) {
        StridedIterator it = iterate(out, x);
        if (it.isEmpty()) {
            return;
        }
        do {
            GenericKernels.test(t, x.storage(), it.offset(1), it.innerStride(1), out.storage(), it.offset(0),
                    it.innerStride(0), it.innerSize());
        } while (it.next());
    }

    static void mapDouble(Strided x, DoubleUnaryOperator f, Strided out) {
        Storage os = out.storage();
        Storage xs = x.storage();
        forEachElement(x, out, (o, xi) -> os.setDouble(o, f.applyAsDouble(xs.getDouble(xi))));
    }

    static void zipDouble(Strided a, Strided b, DoubleBinaryOperator f, Strided out) {
        Storage os = out.storage();
        Storage as = a.storage();
        Storage bs = b.storage();
        forEachElement(a, b, out, (o, ai, bi) -> os.setDouble(o, f.applyAsDouble(as.getDouble(ai), bs.getDouble(bi))));
    }

    static void mapLong(Strided x, LongUnaryOperator f, Strided out) {
        Storage os = out.storage();
        Storage xs = x.storage();
        forEachElement(x, out, (o, xi) -> os.setLong(o, f.applyAsLong(xs.getLong(xi))));
    }

    static void zipLong(Strided a, Strided b, LongBinaryOperator f, Strided out) {
        Storage os = out.storage();
        Storage as = a.storage();
        Storage bs = b.storage();
        forEachElement(a, b, out, (o, ai, bi) -> os.setLong(o, f.applyAsLong(as.getLong(ai), bs.getLong(bi))));
    }

    /** One element of a host-computed map: the offsets of the result and of the operand in their storages. */
    private interface MapStep {
        void at(int out, int x);
    }

    /** One element of a host-computed zip: the offsets of the result and of both operands. */
    private interface ZipStep {
        void at(int out, int a, int b);
    }

    // the strided walk (parallel over runs) shared by the double and long maps: one loop, the element type in the step
    private static void forEachElement(Strided x, Strided out, MapStep step) {
        StridedIterator it = iterate(out, x);
        if (it.isEmpty()) {
            return;
        }
        int s0 = it.innerStride(0);
        int s1 = it.innerStride(1);
        it.forEachRun(Parallel.GRAIN, 0, (off, n) -> {
            for (int i = 0, o = off[0], xi = off[1]; i < n; i++, o += s0, xi += s1) {
                step.at(o, xi);
            }
        });
    }

    private static void forEachElement(Strided a, Strided b, Strided out, ZipStep step) {
        StridedIterator it = iterate(out, a, b);
        if (it.isEmpty()) {
            return;
        }
        int s0 = it.innerStride(0);
        int s1 = it.innerStride(1);
        int s2 = it.innerStride(2);
        it.forEachRun(Parallel.GRAIN, 0, (off, n) -> {
            for (int i = 0, o = off[0], ai = off[1], bi = off[2]; i < n; i++, o += s0, ai += s1, bi += s2) {
                step.at(o, ai, bi);
            }
        });
    }
}
