package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Transposed 2-d convolution (the gradient of Conv2d with respect to its input), e.g. the U-Net's 2×
 * up-sampling. PyTorch: {@code nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1,
 * padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')}.
 */
public class ConvTranspose2d extends ConvNd {
    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public static Options options(int inChannels, int outChannels, int kernelSize) {
        return new Options(2, inChannels, outChannels, new int[] {kernelSize});
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public static Options options(int inChannels, int outChannels, int[] kernelSize) {
        return new Options(2, inChannels, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize) {
        this(options(inChannels, outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public ConvTranspose2d(int inChannels, int outChannels, int kernelSize, int stride) {
        this(options(inChannels, outChannels, kernelSize).stride(stride));
    }

    /** PyTorch: {@code torch.nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public ConvTranspose2d(Options options) {
        super(checked(options), true);
    }

    static Options checked(Options o) {
        if (!o.paddingMode.equals("zeros")) {
            throw new IllegalArgumentException("Only \"zeros\" padding mode is supported for ConvTranspose"
                    + o.dims + "d");
        }
        if (o.paddingString != null) {
            throw new IllegalArgumentException("padding must be an int or a tuple of ints for a transposed convolution, "
                    + "got '" + o.paddingString + "'");
        }
        return o;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.convTranspose2d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /**
     * The transposed convolution whose output has the spatial size {@code outputSize} (the output padding
     * is chosen for it). PyTorch: {@code forward(input, output_size)}.
     */
    public Tensor forward(Tensor input, int[] outputSize) {
        return F.convTranspose2d(input, weight, bias, stride, padding, outputPaddingFor(input, outputSize), groups,
                dilation);
    }
}
