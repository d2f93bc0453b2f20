package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * 3-d convolution over [N, C, D, H, W] (or unbatched [C, D, H, W]) inputs. PyTorch: {@code nn.Conv3d(in_channels,
 * out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')}:
 * {@code new Conv3d(1, 6, 3)} or {@code new Conv3d(Conv3d.options(3, 8, 3).stride(2).padding(1).bias(false))}.
 */
public class Conv3d extends ConvNd {
    /** PyTorch: {@code nn.Conv3d(in_channels, out_channels, kernel_size)}, the keywords settable on the result. */
    public static Options options(int inChannels, int outChannels, int kernelSize) {
        return new Options(3, inChannels, outChannels, new int[] {kernelSize});
    }

    /** PyTorch: {@code nn.Conv3d(in_channels, out_channels, (kd, kh, kw))}. */
    public static Options options(int inChannels, int outChannels, int[] kernelSize) {
        return new Options(3, inChannels, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code nn.Conv3d(in_channels, out_channels, kernel_size)}. */
    public Conv3d(int inChannels, int outChannels, int kernelSize) {
        this(options(inChannels, outChannels, kernelSize));
    }

    /** PyTorch: {@code nn.Conv3d(in_channels, out_channels, kernel_size, stride)}. */
    public Conv3d(int inChannels, int outChannels, int kernelSize, int stride) {
        this(options(inChannels, outChannels, kernelSize).stride(stride));
    }

    /** PyTorch: {@code nn.Conv3d(in_channels, out_channels, kernel_size, stride, padding)}. */
    public Conv3d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(options(inChannels, outChannels, kernelSize).stride(stride).padding(padding));
    }

    /** PyTorch: {@code nn.Conv3d(...)} with keyword arguments. */
    public Conv3d(Options options) {
        super(options, false);
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) {
            return F.conv3d(padded(input), weight, bias, stride, new int[] {0, 0, 0}, dilation, groups);
        }
        return paddingString != null ? F.conv3d(input, weight, F.convOptions().bias(bias).stride(stride)
                .padding(paddingString).dilation(dilation).groups(groups))
                : F.conv3d(input, weight, bias, stride, padding, dilation, groups);
    }
}
