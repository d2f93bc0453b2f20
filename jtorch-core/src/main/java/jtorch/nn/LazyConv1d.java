package jtorch.nn;

import jtorch.Tensor;

/**
 * A Conv1d whose in_channels is the channel dim of the first input (dim 1, or dim 0 for an unbatched input).
 * PyTorch: {@code nn.LazyConv1d(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')}; it prints {@code LazyConv1d(0, ...)} until then and
 * {@code Conv1d(...)} after. The keywords are Conv1d's options without in_channels.
 */
public class LazyConv1d extends Conv1d implements LazyModuleMixin {
    private boolean initialized;

    /** Keyword options with PyTorch's defaults for a kernel of one size in every dim; in_channels is inferred. */
    public static Options options(int outChannels, int kernelSize) {
        return new Options(1, 0, outChannels, new int[] {kernelSize});
    }

    /** Keyword options with PyTorch's defaults for a kernel of 1 sizes; in_channels is inferred. */
    public static Options options(int outChannels, int[] kernelSize) {
        return new Options(1, 0, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code torch.nn.LazyConv1d(out_channels, kernel_size)}. */
    public LazyConv1d(int outChannels, int kernelSize) {
        this(options(outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.LazyConv1d(out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')}. */
    public LazyConv1d(Options options) {
        super(options);
    }

    @Override
    public boolean hasUninitializedParams() {
        return !initialized;
    }

    @Override
    public void initializeParameters(Tensor input) {
        if (!initialized) {
            materialize(LazyConvChannels.of(input, 1, getName()));
            initialized = true;
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        initializeParameters(input);
        return super.forward(input);
    }

    @Override
    public String getName() {
        return initialized ? "Conv1d" : super.getName();
    }
}
