package jtorch.nn;

import java.util.Arrays;
import java.util.Set;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.init.Init;

/**
 * What the convolution modules (Conv1d/2d/3d, ConvTranspose1d/2d/3d) share: their arguments, weight and bias,
 * PyTorch's default initialisation and repr. PyTorch: {@code nn.modules.conv._ConvNd}.
 *
 * <p>The weight is [out, in / groups, k...] ([in, out / groups, k...] when transposed); it starts from
 * kaiming_uniform_(a = sqrt(5)) and the bias from U(-1/sqrt(fan_in), 1/sqrt(fan_in)), drawn from the
 * default generator in that order, so a seeded jtorch layer holds PyTorch's initial weights.
 */
public abstract class ConvNd extends Module {
    private static final Set<String> PADDING_MODES = Set.of("zeros", "reflect", "replicate", "circular");

    /** PyTorch's {@code in_channels} attribute. */
    public int inChannels;
    /** PyTorch's {@code out_channels} attribute. */
    public final int outChannels;
    /** PyTorch's {@code kernel_size} attribute. */
    public final int[] kernelSize;
    /** PyTorch's {@code stride} attribute. */
    public final int[] stride;
    /** Numeric padding per dim; zeros when {@link #paddingString} is set. */
    public final int[] padding;
    /** "same" or "valid" when padding was given as a string, else null. */
    public final String paddingString;
    /** PyTorch's {@code dilation} attribute. */
    public final int[] dilation;
    /** PyTorch's {@code transposed} attribute. */
    public final boolean transposed;
    /** PyTorch's {@code output_padding} attribute. */
    public final int[] outputPadding;
    /** PyTorch's {@code groups} attribute. */
    public final int groups;
    /** PyTorch's {@code padding_mode} attribute. */
    public final String paddingMode;
    /** PyTorch's {@code weight} attribute. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;
    /** Null when built with {@code bias(false)}. */
    public Tensor bias;
    /** PyTorch's {@code _reversed_padding_repeated_twice}: the F.pad argument for non-zero padding modes. */
    protected final int[] reversedPaddingRepeatedTwice;
    private final boolean hasBias;

    /** Keyword arguments of the convolution modules; single values apply to every spatial dim. */
    public static final class Options {
        final int dims;
        final int inChannels;
        final int outChannels;
        final int[] kernelSize;
        int[] stride = {1};
        int[] padding = {0};
        String paddingString;
        int[] dilation = {1};
        int[] outputPadding = {0};
        int groups = 1;
        boolean bias = true;
        String paddingMode = "zeros";

        Options(int dims, int inChannels, int outChannels, int[] kernelSize) {
            this.dims = dims;
            this.inChannels = inChannels;
            this.outChannels = outChannels;
            this.kernelSize = kernelSize;
        }

        /** The {@code stride} keyword. */
        public Options stride(int... stride) {
            this.stride = stride;
            return this;
        }

        /** The {@code padding} keyword. */
        public Options padding(int... padding) {
            this.padding = padding;
            this.paddingString = null;
            return this;
        }

        /** {@code "same"} or {@code "valid"}. */
        public Options padding(String padding) {
            this.paddingString = padding;
            return this;
        }

        /** The {@code dilation} keyword. */
        public Options dilation(int... dilation) {
            this.dilation = dilation;
            return this;
        }

        /** Transposed convolutions only. */
        public Options outputPadding(int... outputPadding) {
            this.outputPadding = outputPadding;
            return this;
        }

        /** The {@code groups} keyword. */
        public Options groups(int groups) {
            this.groups = groups;
            return this;
        }

        /** The {@code bias} keyword. */
        public Options bias(boolean bias) {
            this.bias = bias;
            return this;
        }

        /** "zeros" (default), "reflect", "replicate" or "circular". */
        public Options paddingMode(String paddingMode) {
            this.paddingMode = paddingMode;
            return this;
        }
    }

    /** For subclasses, which fix the dimensionality and defaults. */
    protected ConvNd(Options o, boolean transposed) {
        int n = o.dims;
        if (o.groups <= 0) {
            throw new IllegalArgumentException("groups must be a positive integer");
        }
        if (o.inChannels % o.groups != 0) {
            throw new IllegalArgumentException("in_channels must be divisible by groups");
        }
        if (o.outChannels % o.groups != 0) {
            throw new IllegalArgumentException("out_channels must be divisible by groups");
        }
        this.inChannels = o.inChannels;
        this.outChannels = o.outChannels;
        this.kernelSize = expand(o.kernelSize, n);
        this.stride = expand(o.stride, n);
        this.dilation = expand(o.dilation, n);
        this.outputPadding = expand(o.outputPadding, n);
        this.groups = o.groups;
        this.transposed = transposed;
        if (o.paddingString != null) {
            if (!o.paddingString.equals("same") && !o.paddingString.equals("valid")) {
                throw new IllegalArgumentException("Invalid padding string '" + o.paddingString
                        + "', should be one of {'valid', 'same'}");
            }
            if (o.paddingString.equals("same")) {
                for (int s : stride) {
                    if (s != 1) {
                        throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
                    }
                }
            }
            this.padding = new int[n];
        } else {
            this.padding = expand(o.padding, n);
        }
        this.paddingString = o.paddingString;
        if (!PADDING_MODES.contains(o.paddingMode)) {
            throw new IllegalArgumentException("padding_mode must be one of {'zeros', 'reflect', 'replicate', "
                    + "'circular'}, but got padding_mode='" + o.paddingMode + "'");
        }
        this.paddingMode = o.paddingMode;
        this.reversedPaddingRepeatedTwice = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int left = padding[i];
            int right = padding[i];
            if ("same".equals(paddingString)) {
                int total = dilation[i] * (kernelSize[i] - 1);
                left = total / 2;
                right = total - left;
            }
            reversedPaddingRepeatedTwice[2 * (n - 1 - i)] = left;
            reversedPaddingRepeatedTwice[2 * (n - 1 - i) + 1] = right;
        }
        hasBias = o.bias;
        // a LazyConv allocates at its first forward, once the input gives in_channels
        if (!(this instanceof LazyModuleMixin)) {
            materialize(inChannels);
        }
    }

    // allocates weight (and bias) for inChannels and initialises them
    void materialize(int inChannels) {
        this.inChannels = inChannels;
        int n = kernelSize.length;
        int[] wShape = new int[n + 2];
        wShape[0] = transposed ? inChannels : outChannels;
        wShape[1] = (transposed ? outChannels : inChannels) / groups;
        System.arraycopy(kernelSize, 0, wShape, 2, n);
        weight = new Parameter(Torch.empty(wShape));
        bias = hasBias ? new Parameter(Torch.empty(outChannels)) : null;
        resetParameters();
    }

    private static int[] expand(int[] v, int n) {
        if (v.length == n) {
            return v.clone();
        }
        if (v.length != 1) {
            throw new IllegalArgumentException("expected 1 or " + n + " values, got " + Arrays.toString(v));
        }
        int[] out = new int[n];
        Arrays.fill(out, v[0]);
        return out;
    }

    /**
     * PyTorch's {@code reset_parameters}: kaiming_uniform_(weight, a=sqrt(5)), then the bias from
     * U(-1/sqrt(fan_in), 1/sqrt(fan_in)).
     */
    public void resetParameters() {
        Init.kaimingUniform_(weight, Math.sqrt(5));
        if (bias != null) {
            int fanIn = Init.calculateFanInAndFanOut(weight)[0];
            double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            Init.uniform_(bias, -bound, bound);
        }
    }

    /** The input padded by {@code paddingMode} (reflect, replicate, circular) before a padding-free convolution. */
    protected Tensor padded(Tensor input) {
        return jtorch.nn.functional.F.pad(input, reversedPaddingRepeatedTwice, paddingMode);
    }

    // PyTorch's _output_padding (transposed convolutions' forward(input, output_size)): the extra size between the smallest output and the requested one
    /** The output padding that makes a transposed convolution produce {@code outputSize} (PyTorch's {@code _output_padding}). */
    protected int[] outputPaddingFor(Tensor input, int[] outputSize) {
        int k = kernelSize.length;
        int[] size = outputSize.length == k + 2 ? java.util.Arrays.copyOfRange(outputSize, 2, k + 2) : outputSize;
        if (size.length != k) {
            throw new IllegalArgumentException("ConvTranspose" + k + "D: for " + input.dim() + "D input, output_size "
                    + "must have " + k + " or " + (k + 2) + " elements (got " + outputSize.length + ")");
        }
        int[] op = new int[k];
        for (int d = 0; d < k; d++) {
            int in = input.size(input.dim() - k + d);
            int min = (in - 1) * stride[d] - 2 * padding[d] + dilation[d] * (kernelSize[d] - 1) + 1;
            int max = min + stride[d] - 1;
            if (size[d] < min || size[d] > max) {
                throw new IllegalArgumentException("requested an output size of " + java.util.Arrays.toString(size)
                        + ", but valid sizes range from " + min + " to " + max + " (for an input of "
                        + java.util.Arrays.toString(java.util.Arrays.copyOfRange(input.sizes(), input.dim() - k,
                        input.dim())) + ")");
            }
            op[d] = size[d] - min;
        }
        return op;
    }

    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder(inChannels + ", " + outChannels + ", kernel_size=" + Repr.tuple(kernelSize)
                + ", stride=" + Repr.tuple(stride));
        if (paddingString != null) {
            s.append(", padding=").append(paddingString);
        } else if (Arrays.stream(padding).anyMatch(p -> p != 0)) {
            s.append(", padding=").append(Repr.tuple(padding));
        }
        if (Arrays.stream(dilation).anyMatch(d -> d != 1)) {
            s.append(", dilation=").append(Repr.tuple(dilation));
        }
        if (Arrays.stream(outputPadding).anyMatch(p -> p != 0)) {
            s.append(", output_padding=").append(Repr.tuple(outputPadding));
        }
        if (groups != 1) {
            s.append(", groups=").append(groups);
        }
        if (!hasBias) {
            s.append(", bias=False");
        }
        if (!paddingMode.equals("zeros")) {
            s.append(", padding_mode=").append(paddingMode);
        }
        return s.toString();
    }
}
