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
import jtorch.internal.kernels.PoolKernels;
import jtorch.internal.kernels.ReduceOp;
import jtorch.internal.kernels.ScatterReduction;
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
    public void bmmRoundingEachStep(Strided a, Strided b, double alpha, Strided out) {
        CpuMatrices.bmmRoundingEachStep(a, b, alpha, out);
    }

    @Override
    public void matrices(Lapack.Routine routine, Strided[] inputs, Strided[] outputs) {
        CpuMatrices.matrices(routine, inputs, outputs);
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
    public void fft(Strided x, boolean inverse, double scale, Strided out) {
        CpuSpectral.fft(x, inverse, scale, out);
    }

    @Override
    public void softmax(Strided x, int dim, boolean log, Strided out) {
        CpuReductions.softmax(x, dim, log, out);
    }

    @Override
    public void batchNormStats(Strided x, Strided mean, Strided var) {
        CpuBatchNorm.stats(x, mean, var);
    }

    @Override
    public void batchNormApply(Strided x, Strided mean, Strided var, double eps, Strided weight, Strided bias,
                               Strided out) {
        CpuBatchNorm.apply(x, mean, var, eps, weight, bias, out);
    }

    @Override
    public void batchNormGradStats(Strided x, Strided dy, Strided mean, Strided sumDy, Strided dotp) {
        CpuBatchNorm.gradStats(x, dy, mean, sumDy, dotp);
    }

    @Override
    public void batchNormInputGrad(Strided x, Strided dy, Strided mean, Strided var, double eps, Strided weight,
                                   Strided sumDy, Strided dotp, Strided gx) {
        CpuBatchNorm.inputGrad(x, dy, mean, var, eps, weight, sumDy, dotp, gx);
    }

    @Override
    public void sort(Strided x, int dim, boolean descending, boolean stable, Strided values, Strided indices) {
        CpuSort.sort(x, dim, descending, stable, values, indices);
    }

    @Override
    public void topk(Strided x, int dim, int k, boolean largest, boolean sorted, Strided values, Strided indices) {
        CpuSort.topk(x, dim, k, largest, sorted, values, indices);
    }

    @Override
    public void kthvalue(Strided x, int dim, int k, Strided values, Strided indices) {
        CpuSort.kthvalue(x, dim, k, values, indices);
    }

    @Override
    public void scan(Strided x, int dim, boolean product, Strided out) {
        CpuSort.scan(x, dim, product, out);
    }

    @Override
    public void cumExtreme(Strided x, int dim, boolean max, Strided values, Strided indices) {
        CpuSort.cumExtreme(x, dim, max, values, indices);
    }

    @Override
    public void logcumsumexp(Strided x, int dim, Strided out) {
        CpuSort.logcumsumexp(x, dim, out);
    }

    @Override
    public void mode(Strided x, int dim, Strided values, Strided indices) {
        CpuSort.mode(x, dim, values, indices);
    }

    @Override
    public void searchsorted(Strided sorted, Strided sorter, Strided values, boolean right, Strided out) {
        CpuSort.searchsorted(sorted, sorter, values, right, out);
    }

    @Override
    public void cumprodGradWithZeros(Strided x, Strided g, Strided y, int dim, Strided out) {
        CpuSort.cumprodGradWithZeros(x, g, y, dim, out);
    }

    @Override
    public void maxPool(Strided x, int planes, PoolGeometry g, Strided out, Strided indices) {
        PoolKernels.maxPool(x.storage(), x.offset(), planes, g, out.storage(), indices.storage());
    }

    @Override
    public void windowMax(Strided x, int planes, int h, int w, int[] hStart, int[] hIndex, int[] wStart,
                          int[] wIndex, Strided out, Strided indices) {
        PoolKernels.windowMax(x.storage(), x.offset(), planes, h, w, hStart, hIndex, wStart, wIndex, out.storage(),
                indices.storage());
    }

    @Override
    public void maxPoolBackward(Strided grad, int planes, int outPlane, Strided indices, Strided gradIn, int inPlane) {
        PoolKernels.maxPoolBackward(grad.storage(), grad.offset(), planes, outPlane, indices.storage(), indices.offset(),
                gradIn.storage(), inPlane);
    }

    @Override
    public void avgPool(Strided x, int planes, PoolGeometry g, boolean countIncludePad, int divisorOverride, Strided out) {
        PoolKernels.avgPool(x.storage(), x.offset(), planes, g, countIncludePad, divisorOverride, out.storage());
    }

    @Override
    public void avgPoolBackward(Strided grad, int planes, PoolGeometry g, boolean countIncludePad, int divisorOverride,
            Strided gradIn) {
        PoolKernels.avgPoolBackward(grad.storage(), grad.offset(), planes, g, countIncludePad, divisorOverride,
                gradIn.storage());
    }

    @Override
    public void conv(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
        CpuConv.conv(x, w, g, groups, out);
    }

    @Override
    public void convTransposed(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
        CpuConv.convTransposed(x, w, g, groups, out);
    }

    @Override
    public void convWeightGrad(Strided x, Strided go, ConvGeometry g, int groups, Strided gw) {
        CpuConv.weightGrad(x, go, g, groups, gw);
    }

    @Override
    public int[] maskOffsets(Strided mask, int[] strides) {
        return CpuIndex.maskOffsets(mask, strides);
    }

    @Override
    public void gather(Strided base, int[] table, int[] tableStrides, Strided dst) {
        CpuIndex.gather(base, table, tableStrides, dst);
    }

    @Override
    public void scatter(Strided src, int[] table, int[] tableStrides, Strided base, boolean accumulate) {
        CpuIndex.scatter(src, table, tableStrides, base, accumulate);
    }

    @Override
    public void scatterReduce(Strided src, int[] table, int[] tableStrides, Strided base, ScatterReduction r) {
        CpuIndex.scatterReduce(src, table, tableStrides, base, r);
    }

    @Override
    public long[] indexValues(Strided index) {
        return CpuIndex.indexValues(index);
    }

    @Override
    public void optimizerStep(OptimizerSteps.Step step, Strided p, Strided grad, Strided... state) {
        CpuOptimizer.step(step, p, grad, state);
    }

    @Override
    public void mapDouble(Strided x, DoubleUnaryOperator f, Strided out) {
        CpuPointwise.mapDouble(x, f, out);
    }

    @Override
    public void zipDouble(Strided a, Strided b, DoubleBinaryOperator f, Strided out) {
        CpuPointwise.zipDouble(a, b, f, out);
    }

    @Override
    public void mapLong(Strided x, LongUnaryOperator f, Strided out) {
        CpuPointwise.mapLong(x, f, out);
    }

    @Override
    public void zipLong(Strided a, Strided b, LongBinaryOperator f, Strided out) {
        CpuPointwise.zipLong(a, b, f, out);
    }
}
