package jtorch;

/**
 * The keyword arguments of {@code torch.istft(input, n_fft, hop_length=None, win_length=None, window=None,
 * center=True, normalized=False, onesided=None, length=None, return_complex=False)}, each settable by name:
 * {@code torch.istft(S, 400, hop_length=160, length=16000)} is {@code Torch.istft(S, 400,
 * Torch.istftOptions().hopLength(160).length(16000))}. The spectrogram is in view_as_real form (a trailing dim of
 * size 2), as {@link Torch#stft(Tensor, int, StftOptions)} returns it.
 */
public final class IstftOptions {
    Integer hopLength;
    Integer winLength;
    Tensor window;
    boolean center = true;
    boolean normalized;
    Boolean onesided;
    Integer length;
    boolean returnComplex;

    IstftOptions() {
    }

    /** PyTorch: {@code hop_length=} (not set: n_fft / 4, rounded down). */
    public IstftOptions hopLength(int hopLength) {
        this.hopLength = hopLength;
        return this;
    }

    /** PyTorch: {@code win_length=} (not set: n_fft). */
    public IstftOptions winLength(int winLength) {
        this.winLength = winLength;
        return this;
    }

    /** PyTorch: {@code window=} (a real 1-D tensor of win_length; not set: a rectangular window). */
    public IstftOptions window(Tensor window) {
        this.window = window;
        return this;
    }

    /** PyTorch: {@code center=} (whether stft padded the signal, so n_fft / 2 is trimmed from both ends). */
    public IstftOptions center(boolean center) {
        this.center = center;
        return this;
    }

    /** PyTorch: {@code normalized=} (whether stft scaled by n_fft^-0.5). */
    public IstftOptions normalized(boolean normalized) {
        this.normalized = normalized;
        return this;
    }

    /** PyTorch: {@code onesided=} (not set: whether the frequency dim is shorter than n_fft). */
    public IstftOptions onesided(boolean onesided) {
        this.onesided = onesided;
        return this;
    }

    /** PyTorch: {@code length=} (trim or zero-pad the signal to this length). */
    public IstftOptions length(int length) {
        this.length = length;
        return this;
    }

    /** PyTorch: {@code return_complex=} (a complex signal in view_as_real form; needs a two-sided spectrogram). */
    public IstftOptions returnComplex(boolean returnComplex) {
        this.returnComplex = returnComplex;
        return this;
    }
}
