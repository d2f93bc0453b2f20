package jtorch.nn;

import jtorch.Tensor;

/**
 * A ConvTranspose3d whose in_channels is the channel dim of the first input (dim 1, or dim 0 for an unbatched input).
 * PyTorch: {@code nn.LazyConvTranspose3d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')}; it prints {@code LazyConvTranspose3d(0, ...)} until then and
 * {@code ConvTranspose3d(...)} after. The keywords are ConvTranspose3d's options without in_channels.
 */
public class LazyConvTranspose3d extends ConvTranspose3d implements LazyModuleMixin {
    private boolean initialized;

    /** Keyword options with PyTorch's defaults for a kernel of one size in every dim; in_channels is inferred. */
    public static Options options(int outChannels, int kernelSize) {
        return new Options(3, 0, outChannels, new int[] {kernelSize});
    }

    /** Keyword options with PyTorch's defaults for a kernel of 3 sizes; in_channels is inferred. */
    public static Options options(int outChannels, int[] kernelSize) {
        return new Options(3, 0, outChannels, kernelSize.clone());
    }

    /** PyTorch: {@code torch.nn.LazyConvTranspose3d(out_channels, kernel_size)}. */
    public LazyConvTranspose3d(int outChannels, int kernelSize) {
        this(options(outChannels, kernelSize));
    }

    /** PyTorch: {@code torch.nn.LazyConvTranspose3d(out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1, padding_mode='zeros')}. */
    public LazyConvTranspose3d(Options options) {
        super(options);
    }

    @Override
    public boolean hasUninitializedParams() {
        return !initialized;
    }

    @Override
    public void initializeParameters(Tensor input) {
        if (!initialized) {
            materialize(LazyConvChannels.of(input, 3, getName()));
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
        return initialized ? "ConvTranspose3d" : super.getName();
    }
}
