package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Transposed 3-d convolution (the gradient of Conv3d with respect to its input). PyTorch:
 * {@code nn.ConvTranspose3d(in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
 * bias=True, dilation=1, padding_mode='zeros')}.
 */
public class ConvTranspose3d extends ConvNd {
    /** PyTorch: {@code nn.ConvTranspose3d(in_channels, out_channels, kernel_size)}, the keywords settable on the result. */
    public static Options options(int inChannels, int outChannels, int kernelSize) {
        return new Options(3, inChannels, outChannels, new int[] {kernelSize});
    }

    /** PyTorch: {@code nn.ConvTranspose3d(in_channels, out_channels, (kd, kh, kw))}. */
    public static Options options(int inChannels, int outChannels, int[] kernelSize) {
        return new Options(3, inChannels, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code nn.ConvTranspose3d(in_channels, out_channels, kernel_size)}. */
    public ConvTranspose3d(int inChannels, int outChannels, int kernelSize) {
        this(options(inChannels, outChannels, kernelSize));
    }

    /** PyTorch: {@code nn.ConvTranspose3d(in_channels, out_channels, kernel_size, stride)}. */
    public ConvTranspose3d(int inChannels, int outChannels, int kernelSize, int stride) {
        this(options(inChannels, outChannels, kernelSize).stride(stride));
    }

    /** PyTorch: {@code nn.ConvTranspose3d(...)} with keyword arguments. */
    public ConvTranspose3d(Options options) {
        super(ConvTranspose2d.checked(options), true);
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.convTranspose3d(input, weight, bias, stride, padding, outputPadding, groups, dilation);
    }

    /**
     * The transposed convolution whose output has the spatial size {@code outputSize} (the output padding
     * is chosen for it). PyTorch: {@code forward(input, output_size)}.
     */
    public Tensor forward(Tensor input, int[] outputSize) {
        return F.convTranspose3d(input, weight, bias, stride, padding, outputPaddingFor(input, outputSize), groups,
                dilation);
    }
}
