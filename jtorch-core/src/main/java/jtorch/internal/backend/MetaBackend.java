package jtorch.internal.backend;

import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.UnaryOp;

/**
 * The meta device: storage with a size and no elements, so there is nothing to compute. The op families'
 * shape, dtype and error logic runs unchanged above it, which is what a meta tensor is for (model surgery,
 * shape inference, {@code torch.load(map_location="meta")}).
 */
public final class MetaBackend implements Backend {
    static final MetaBackend INSTANCE = new MetaBackend();

    private MetaBackend() {
    }

    @Override
    public Device device() {
        return Device.META;
    }

    @Override
    public Storage allocate(DType dtype, int size) {
        return Storage.meta(dtype, size);
    }

    @Override
    public void copy(Strided src, Strided dst) {
    }

    @Override
    public void fill(Strided dst, Number value) {
    }

    @Override
    public void generate(Strided dst, DType hostType, HostValues values) {
    }

    @Override
    public void bmm(Strided a, Strided b, Strided out) {
    }

    @Override
    public void axisMap(Strided x, int dim, int[] rowStart, int[] index, double[] weight, Strided out) {
    }

    @Override
    public void unary(UnaryOp op, Strided x, Strided out) {
    }

    @Override
    public void binary(BinaryOp op, Strided a, Strided b, Strided out) {
    }

    @Override
    public void where(Strided cond, Strided a, Strided b, Strided out) {
    }

    @Override
    public void test(GenericKernels.FloatTest t, Strided x, Strided out) {
    }

    @Override
    public void reduce(ReduceOp op, Strided x, int kept, Strided out) {
    }

    @Override
    public void argReduce(Strided x, int dim, boolean max, Strided values, Strided indices) {
    }

    @Override
    public void softmax(Strided x, int dim, boolean log, Strided out) {
    }
}
