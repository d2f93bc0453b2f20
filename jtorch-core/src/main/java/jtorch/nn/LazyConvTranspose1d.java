package jtorch.nn;

import jtorch.Tensor;

/**
 * A ConvTranspose1d whose in_channels is the channel dim of the first input (dim 1, or dim 0 for an unbatched input).
 * PyTorch: {@code nn.LazyConvTranspose1d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')}; it prints {@code LazyConvTranspose1d(0, ...)} until then and
 * {@code ConvTranspose1d(...)} after. The keywords are ConvTranspose1d's options without in_channels.
 */
public class LazyConvTranspose1d extends ConvTranspose1d implements LazyModuleMixin {
    private boolean initialized;

    /** Keyword options with PyTorch's defaults for a kernel of one size in every dim; in_channels is inferred. */
    public static Options options(int outChannels, int kernelSize) {
        return new Options(1, 0, outChannels, new int[] {kernelSize});
    }

    /** Keyword options with PyTorch's defaults for a kernel of 1 sizes; in_channels is inferred. */
    public static Options options(int outChannels, int[] kernelSize) {
        return new Options(1, 0, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code torch.nn.LazyConvTranspose1d(out_channels, kernel_size)}. */
    public LazyConvTranspose1d(int outChannels, int kernelSize) {
        this(options(outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.LazyConvTranspose1d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')}. */
    public LazyConvTranspose1d(Options options) {
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
        return initialized ? "ConvTranspose1d" : super.getName();
    }
}
