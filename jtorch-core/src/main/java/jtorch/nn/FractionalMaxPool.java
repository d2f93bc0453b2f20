package jtorch.nn;

import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.nn.functional.F;
import jtorch.nn.functional.FractionalMaxPoolFuncOptions;

/**
 * What FractionalMaxPool2d and FractionalMaxPool3d share: the kernel, one of output size and output ratio, the
 * {@code return_indices} flag and the optional fixed samples (PyTorch's {@code _random_samples} buffer, in the
 * state dict when given).
 */
abstract class FractionalMaxPool extends Module {
    /** PyTorch's {@code kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code output_size} attribute; null when the output ratio is set. */
    public final int[] outputSize;
    /** PyTorch's {@code output_ratio} attribute; null when the output size is set. */
    public final double[] outputRatio;
    /** PyTorch's {@code return_indices} attribute. */
    public final boolean returnIndices;
    private final int dims;

    FractionalMaxPool(int dims, int[] kernelSize, int[] outputSize, double[] outputRatio, boolean returnIndices,
                      Tensor randomSamples) {
        String name = "FractionalMaxPool" + dims + "d";
        this.dims = dims;
        this.kernelSize = expand(kernelSize, dims);
        this.returnIndices = returnIndices;
        registerBuffer("_random_samples", randomSamples);
        this.outputSize = outputSize == null ? null : expand(outputSize, dims);
        this.outputRatio = outputRatio == null ? null : expand(outputRatio, dims);
        if (outputSize == null && outputRatio == null) {
            throw new IllegalArgumentException(name + " requires specifying either an output size, or a pooling "
                    + "ratio");
        }
        if (outputSize != null && outputRatio != null) {
            throw new IllegalArgumentException("only one of output_size and output_ratio may be specified");
        }
        if (this.outputRatio != null) {
            for (double r : this.outputRatio) {
                if (!(0 < r && r < 1)) {
                    throw new IllegalArgumentException("output_ratio must be between 0 and 1 (got " + ratio(outputRatio)
                            + ")");
                }
            }
        }
    }

    /** The pooled output (use {@link #forwardWithIndices} for the indices as well). */
    @Override
    public Tensor forward(Tensor input) {
        return forwardWithIndices(input).output();
    }

    /** Output and flat indices, what PyTorch returns with {@code return_indices=True}. */
    public ReturnTypes.MaxPoolWithIndices forwardWithIndices(Tensor input) {
        FractionalMaxPoolFuncOptions o = F.fractionalMaxPoolOptions();
        if (outputSize != null) {
            o.outputSize(outputSize);
        } else {
            o.outputRatio(outputRatio);
        }
        Tensor samples = ownBuffers().get("_random_samples");
        if (samples != null) {
            o.randomSamples(samples);
        }
        return dims == 2 ? F.fractionalMaxPool2dWithIndices(input, kernelSize, o)
                : F.fractionalMaxPool3dWithIndices(input, kernelSize, o);
    }

    private static int[] expand(int[] v, int n) {
        if (v.length != 1) {
            return v.clone();
        }
        int[] r = new int[n];
        java.util.Arrays.fill(r, v[0]);
        return r;
    }

    private static double[] expand(double[] v, int n) {
        if (v.length != 1) {
            return v.clone();
        }
        double[] r = new double[n];
        java.util.Arrays.fill(r, v[0]);
        return r;
    }

    // the argument as Python formats it: a float or a tuple of floats
    private static String ratio(double[] v) {
        if (v.length == 1) {
            return Repr.floating(v[0]);
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.floating(v[i]));
        }
        return sb.append(")").toString();
    }
}
