package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Transposed 1-d convolution. PyTorch: {@code nn.ConvTranspose1d(in_channels, out_channels, kernel_size,
 * stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')}.
 */
public class ConvTranspose1d extends ConvNd {
    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.ConvTranspose1d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public static Options options(int inChannels, int outChannels, int kernelSize) {
        return new Options(1, inChannels, outChannels, new int[] {kernelSize});
    }

    /** PyTorch: {@code torch.nn.ConvTranspose1d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public ConvTranspose1d(int inChannels, int outChannels, int kernelSize) {
        this(options(inChannels, outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.ConvTranspose1d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros', device=None, dtype=None)}. */
    public ConvTranspose1d(Options options) {
        super(ConvTranspose2d.checked(options), true);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.convTranspose1d(input, weight, bias, stride[0], padding[0], outputPadding[0], groups, dilation[0]);
    }
}
