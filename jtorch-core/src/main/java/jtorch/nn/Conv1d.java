package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * 1-d convolution over [N, C, L] (or unbatched [C, L]) inputs. PyTorch: {@code nn.Conv1d(in_channels,
 * out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')}.
 */
public class Conv1d extends ConvNd {
    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public static Options options(int inChannels, int outChannels, int kernelSize) {
        return new Options(1, inChannels, outChannels, new int[] {kernelSize});
    }

    /** PyTorch: {@code torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv1d(int inChannels, int outChannels, int kernelSize) {
        this(options(inChannels, outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride) {
        this(options(inChannels, outChannels, kernelSize).stride(stride));
    }

    /** PyTorch: {@code torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv1d(int inChannels, int outChannels, int kernelSize, int stride, int padding) {
        this(options(inChannels, outChannels, kernelSize).stride(stride).padding(padding));
    }

    /** PyTorch: {@code torch.nn.Conv1d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None)}. */
    public Conv1d(Options options) {
        super(options, false);
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!paddingMode.equals("zeros")) {
            return F.conv1d(padded(input), weight, bias, stride[0], 0, dilation[0], groups);
        }
        return paddingString != null ? F.conv1d(input, weight, bias, stride[0], paddingString, dilation[0], groups)
                : F.conv1d(input, weight, bias, stride[0], padding[0], dilation[0], groups);
    }
}
