package jtorch.internal.backend;

import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.UnaryOp;

/**
 * The CPU: Java heap arrays (issue 12's measurement chose them over off-heap segments) and the kernels of
 * {@code jtorch.internal.kernels}. Each method hands over to the family's CPU class ({@link CpuPointwise},
 * {@link CpuReductions}, ...), which holds the loops' layout logic.
 */
public final class CpuBackend implements Backend {
    static final CpuBackend INSTANCE = new CpuBackend();

    private CpuBackend() {
    }

    @Override
    public Device device() {
        return Device.CPU;
    }

    @Override
    public Storage allocate(DType dtype, int size) {
        return Storage.allocate(dtype, size);
    }

    @Override
    public void copy(Strided src, Strided dst) {
        if (src.storage().device() != Device.CPU) {
            throw new UnsupportedOperationException("Cannot copy out of meta tensor; no data!");
        }
        CpuPointwise.copy(src, dst);
    }

    @Override
    public void fill(Strided dst, Number value) {
        CpuPointwise.fill(dst, value);
    }

    @Override
    public void generate(Strided dst, DType hostType, HostValues values) {
        int n = dst.numel();
        if (hostType == dst.storage().dtype() && CpuPointwise.isContiguous(dst)) {
            values.into(dst.storage(), dst.offset(), n);
            return;
        }
        int[] stride = CpuPointwise.contiguousStrides(dst.shape());
        Strided host = new Strided(Storage.allocate(hostType, n), dst.shape(), stride, 0);
        values.into(host.storage(), 0, n);
        CpuPointwise.copy(host, dst);
    }

    @Override
    public void bmm(Strided a, Strided b, Strided out) {
        CpuMatrices.bmm(a, b, out);
    }

    @Override
    public void axisMap(Strided x, int dim, int[] rowStart, int[] index, double[] weight, Strided out) {
        CpuMatrices.axisMap(x, dim, rowStart, index, weight, out);
    }

    @Override
    public void unary(UnaryOp op, Strided x, Strided out) {
        CpuPointwise.unary(op, x, out);
    }

    @Override
    public void binary(BinaryOp op, Strided a, Strided b, Strided out) {
        CpuPointwise.binary(op, a, b, out);
    }

    @Override
    public void where(Strided cond, Strided a, Strided b, Strided out) {
        CpuPointwise.where(cond, a, b, out);
    }

    @Override
    public void test(GenericKernels.FloatTest t, Strided x, Strided out) {
        CpuPointwise.test(t, x, out);
    }

    @Override
    public void reduce(ReduceOp op, Strided x, int kept, Strided out) {
        CpuReductions.reduce(op, x, kept, out);
    }

    @Override
    public void argReduce(Strided x, int dim, boolean max, Strided values, Strided indices) {
        CpuReductions.argReduce(x, dim, max, values, indices);
    }

    @Override
    public void softmax(Strided x, int dim, boolean log, Strided out) {
        CpuReductions.softmax(x, dim, log, out);
    }
}
