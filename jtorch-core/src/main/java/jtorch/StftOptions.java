package jtorch;

/**
 * The keyword arguments of {@code torch.stft(input, n_fft, hop_length=None, win_length=None, window=None,
 * center=True, pad_mode='reflect', normalized=False, onesided=None)}, each settable by name:
 * {@code torch.stft(x, 400, hop_length=160, window=w)} is {@code Torch.stft(x, 400,
 * Torch.stftOptions().hopLength(160).window(w))}. The result is always PyTorch's {@code return_complex=False} form
 * (complex values as a trailing dim of size 2, see {@code jtorch.fft}), which is also
 * {@code torch.view_as_real} of the {@code return_complex=True} result.
 */
public final class StftOptions {
    Integer hopLength;
    Integer winLength;
    Tensor window;
    boolean center = true;
    String padMode = "reflect";
    boolean normalized;
    Boolean onesided;
    Boolean complexInput;

    StftOptions() {
    }

    /** PyTorch: {@code hop_length=} (not set: n_fft / 4, rounded down). */
    public StftOptions hopLength(int hopLength) {
        this.hopLength = hopLength;
        return this;
    }

    /** PyTorch: {@code win_length=} (not set: n_fft). */
    public StftOptions winLength(int winLength) {
        this.winLength = winLength;
        return this;
    }

    /** PyTorch: {@code window=} (a real 1-D tensor of win_length; not set: a rectangular window). */
    public StftOptions window(Tensor window) {
        this.window = window;
        return this;
    }

    /** PyTorch: {@code center=} (pad n_fft / 2 on both sides so frame t is centred on sample t·hop_length). */
    public StftOptions center(boolean center) {
        this.center = center;
        return this;
    }

    /** PyTorch: {@code pad_mode=} ("reflect", "constant", "replicate" or "circular") of the centring pad. */
    public StftOptions padMode(String padMode) {
        this.padMode = padMode;
        return this;
    }

    /** PyTorch: {@code normalized=} (scale by n_fft^-0.5). */
    public StftOptions normalized(boolean normalized) {
        this.normalized = normalized;
        return this;
    }

    /** PyTorch: {@code onesided=} (only the n_fft / 2 + 1 non-negative frequencies; not set: true for real input). */
    public StftOptions onesided(boolean onesided) {
        this.onesided = onesided;
        return this;
    }

    /**
     * Whether the signal is complex in view_as_real form (not a PyTorch keyword: PyTorch reads it off the dtype).
     * Not set: a floating signal whose last dim has size 2 is complex.
     */
    public StftOptions complexInput(boolean complexInput) {
        this.complexInput = complexInput;
        return this;
    }
}
