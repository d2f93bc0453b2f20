package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * 2-d convolution over [N, C, H, W] (or unbatched [C, H, W]) inputs. PyTorch: {@code nn.Conv2d(in_channels,
 * out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')}:
 * {@code new Conv2d(1, 6, 5)} or {@code new Conv2d(Conv2d.options(3, 64, 7).stride(2).padding(3).bias(false))}.
 */
public class Conv2d extends ConvNd {
    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public static Options options(int inChannels, int outChannels, int kernelSize) {
        return new Options(2, inChannels, outChannels, new int[] {kernelSize});
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public static Options options(int inChannels, int outChannels, int[] kernelSize) {
        return new Options(2, inChannels, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv2d(int inChannels, int outChannels, int kernelSize) {
        this(options(inChannels, outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv2d(int inChannels, int outChannels, int kernelSize, int stride) {
        this(options(inChannels, outChannels, kernelSize).stride(stride));
    }

    /** PyTorch: {@code torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(options(inChannels, outChannels, kernelSize).stride(stride).padding(padding));
    }

    /** PyTorch: {@code torch.nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv2d(Options options) {
        super(options, false);
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) {
            return F.conv2d(padded(input), weight, bias, stride, new int[] {0, 0}, dilation, groups);
        }
        return paddingString != null ? F.conv2d(input, weight, bias, stride, paddingString, dilation, groups)
                : F.conv2d(input, weight, bias, stride, padding, dilation, groups);
    }
}
