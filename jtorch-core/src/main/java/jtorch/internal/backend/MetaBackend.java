package jtorch.internal.backend;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.ConvGeometry;
import jtorch.internal.kernels.GenericKernels;
import jtorch.internal.kernels.Lapack;
import jtorch.internal.kernels.OptimizerSteps;
import jtorch.internal.kernels.PoolGeometry;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.ScatterReduction;
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
    public void bmmRoundingEachStep(Strided a, Strided b, double alpha, Strided out) {
    }

    @Override
    public void matrices(Lapack.Routine routine, Strided[] inputs, Strided[] outputs) {
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
    public void fft(Strided x, boolean inverse, double scale, Strided out) {
    }

    @Override
    public void softmax(Strided x, int dim, boolean log, Strided out) {
    }

    @Override
    public void batchNormStats(Strided x, Strided mean, Strided var) {
    }

    @Override
    public void batchNormApply(Strided x, Strided mean, Strided var, double eps, Strided weight, Strided bias,
                               Strided out) {
    }

    @Override
    public void batchNormGradStats(Strided x, Strided dy, Strided mean, Strided sumDy, Strided dotp) {
    }

    @Override
    public void batchNormInputGrad(Strided x, Strided dy, Strided mean, Strided var, double eps, Strided weight,
                                   Strided sumDy, Strided dotp, Strided gx) {
    }

    @Override
    public void sort(Strided x, int dim, boolean descending, boolean stable, Strided values, Strided indices) {
    }

    @Override
    public void topk(Strided x, int dim, int k, boolean largest, boolean sorted, Strided values, Strided indices) {
    }

    @Override
    public void kthvalue(Strided x, int dim, int k, Strided values, Strided indices) {
    }

    @Override
    public void scan(Strided x, int dim, boolean product, Strided out) {
    }

    @Override
    public void cumExtreme(Strided x, int dim, boolean max, Strided values, Strided indices) {
    }

    @Override
    public void logcumsumexp(Strided x, int dim, Strided out) {
    }

    @Override
    public void mode(Strided x, int dim, Strided values, Strided indices) {
    }

    @Override
    public void searchsorted(Strided sorted, Strided sorter, Strided values, boolean right, Strided out) {
    }

    @Override
    public void cumprodGradWithZeros(Strided x, Strided g, Strided y, int dim, Strided out) {
    }

    @Override
    public void maxPool(Strided x, int planes, PoolGeometry g, Strided out, Strided indices) {
    }

    @Override
    public void windowMax(Strided x, int planes, int h, int w, int[] hStart, int[] hIndex, int[] wStart,
                          int[] wIndex, Strided out, Strided indices) {
    }

    @Override
    public void maxPoolBackward(Strided grad, int planes, int outPlane, Strided indices, Strided gradIn, int inPlane) {
    }

    @Override
    public void avgPool(Strided x, int planes, PoolGeometry g, boolean countIncludePad, int divisorOverride, Strided out) {
    }

    @Override
    public void avgPoolBackward(Strided grad, int planes, PoolGeometry g, boolean countIncludePad, int divisorOverride,
            Strided gradIn) {
    }

    @Override
    public void conv(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
    }

    @Override
    public void convTransposed(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
    }

    @Override
    public void convWeightGrad(Strided x, Strided go, ConvGeometry g, int groups, Strided gw) {
    }

    @Override
    public int[] maskOffsets(Strided mask, int[] strides) {
        throw new UnsupportedOperationException("boolean mask indexing needs the mask's values, and a tensor on the "
                + "meta device has none (mask shape " + java.util.Arrays.toString(mask.shape()) + ")");
    }

    @Override
    public void gather(Strided base, int[] table, int[] tableStrides, Strided dst) {
    }

    @Override
    public void scatter(Strided src, int[] table, int[] tableStrides, Strided base, boolean accumulate) {
    }

    @Override
    public void scatterReduce(Strided src, int[] table, int[] tableStrides, Strided base, ScatterReduction r) {
    }

    @Override
    public long[] indexValues(Strided index) {
        return new long[index.numel()];
    }

    @Override
    public void optimizerStep(OptimizerSteps.Step step, Strided p, Strided grad, Strided... state) {
    }

    @Override
    public void mapDouble(Strided x, DoubleUnaryOperator f, Strided out) {
    }

    @Override
    public void zipDouble(Strided a, Strided b, DoubleBinaryOperator f, Strided out) {
    }

    @Override
    public void mapLong(Strided x, LongUnaryOperator f, Strided out) {
    }

    @Override
    public void zipLong(Strided a, Strided b, LongBinaryOperator f, Strided out) {
    }
}
