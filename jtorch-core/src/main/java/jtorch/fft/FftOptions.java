package jtorch.fft;

/**
 * The keyword arguments of the one-dimensional transforms, {@code torch.fft.fft(input, n=None, dim=-1, norm=None)}
 * and likewise ifft, rfft, irfft, hfft and ihfft, each settable by name: {@code fft(x, dim=0, norm="ortho")} is
 * {@code Fft.fft(x, Fft.fftOptions().dim(0).norm("ortho"))}.
 */
public final class FftOptions {
    Integer n;
    int dim = -1;
    String norm;
    Boolean complexInput;

    FftOptions() {
    }

    /** PyTorch: {@code n=} (the signal length: the input is zero-padded or truncated to it; not set: its size). */
    public FftOptions n(int n) {
        this.n = n;
        return this;
    }

    /** PyTorch: {@code dim=} (a dim of the complex tensor; default -1). */
    public FftOptions dim(int dim) {
        this.dim = dim;
        return this;
    }

    /** PyTorch: {@code norm=}: "backward" (the default), "forward" or "ortho". */
    public FftOptions norm(String norm) {
        this.norm = norm;
        return this;
    }

    /**
     * Whether the input is complex in view_as_real form (not a PyTorch keyword: PyTorch reads it off the dtype).
     * Not set: a floating input whose last dim has size 2 is complex. Ignored by rfft and ihfft, whose input is real.
     */
    public FftOptions complexInput(boolean complexInput) {
        this.complexInput = complexInput;
        return this;
    }
}
