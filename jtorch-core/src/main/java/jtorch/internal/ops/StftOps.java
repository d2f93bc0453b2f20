package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;

/**
 * The short-time Fourier transform and its inverse, composed as PyTorch composes them: frames gathered with a hop
 * (index_select, so overlapping frames' gradients add up), windowed, transformed by {@link FftOps}'s r2c/c2c/c2r
 * nodes, and for istft overlap-added back (index_add) and divided by the window envelope. Complex values are the
 * view_as_real form, as everywhere in torch.fft.
 */
public final class StftOps {
    private StftOps() {
    }

    private static String fmt(int[] shape) {
        return Shapes.format(shape);
    }

    private static String optional(Boolean b) {
        return b == null ? "None" : b ? "1" : "0";
    }

    private static String windowRepr(Tensor window) {
        return window == null ? "None" : window.dtype().tensorTypeName() + "{" + fmt(window.sizes()) + "}";
    }

    // the window zero-padded on both sides to n_fft (left gets the smaller half)
    private static Tensor paddedWindow(Tensor window, int winLength, int nFft, Tensor like) {
        Tensor w = window != null ? window
                : Operands.zerosLike(like, winLength).fill_(1);
        if (winLength == nFft) {
            return w;
        }
        int left = (nFft - winLength) / 2;
        return PadOps.constantPad(w, new int[] {left, nFft - winLength - left}, 0);
    }

    // frame f, element k of a [batch, length(, 2)] signal sits at f·hop + k of dim 1
    private static Tensor frameIndex(int frames, int nFft, int hop, Tensor like) {
        long[] idx = new long[frames * nFft];
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < nFft; k++) {
                idx[f * nFft + k] = (long) f * hop + k;
            }
        }
        return Torch.tensor(idx, Torch.options().dtype(DType.INT64).device(like.device()));
    }

    /**
     * The STFT of a 1-D or 2-D (batch, length) signal, real or complex in view_as_real form: [(batch,) n_freq,
     * n_frames, 2]. PyTorch: {@code torch.stft(input, n_fft, hop_length=None, win_length=None, window=None,
     * center=True, pad_mode='reflect', normalized=False, onesided=None, return_complex=False)}.
     */
    public static Tensor stft(Tensor x, int nFft, Integer hopLength, Integer winLength, Tensor window, boolean center,
                              String padMode, boolean normalized, Boolean onesided, Boolean complexInput) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x, window},
                    t -> stft(t[0], nFft, hopLength, winLength, t[1], center, padMode, normalized, onesided,
                            complexInput));
        }
        int hop = hopLength != null ? hopLength : nFft >> 2;
        int win = winLength != null ? winLength : nFft;
        boolean complex = FftOps.isComplex(x, complexInput);
        int signalDim = complex ? x.dim() - 1 : x.dim();
        Tensor input = x;
        if (center) {
            // torch.stft pads in Python: the signal viewed as [1, 1, length] or [1, batch, length]
            int pad = nFft / 2;
            if (complex) {
                Tensor planes = input.movedim(-1, -2);
                planes = planes.reshape(signalDim == 1 ? new int[] {1, 2, planes.size(-1)} : planes.sizes());
                input = PadOps.pad(planes, new int[] {pad, pad}, padMode, 0).movedim(-2, -1);
                input = signalDim == 1 ? input.squeeze(0) : input;
            } else {
                int[] sizes = input.sizes();
                int[] extended = new int[Math.max(3, sizes.length)];
                Arrays.fill(extended, 1);
                System.arraycopy(sizes, 0, extended, extended.length - sizes.length, sizes.length);
                Tensor padded = PadOps.pad(input.reshape(extended), new int[] {pad, pad}, padMode, 0);
                int[] back = Arrays.copyOfRange(padded.sizes(), extended.length - signalDim,
                        extended.length);
                input = padded.reshape(back);
            }
        }
        int[] complexShape = complex ? Arrays.copyOf(input.sizes(), input.dim() - 1) : input.sizes();
        String repr = "stft(" + (complex ? (input.dtype() == DType.FLOAT64 ? "torch.ComplexDoubleTensor"
                : "torch.ComplexFloatTensor") : input.dtype().tensorTypeName()) + fmt(complexShape) + ", n_fft=" + nFft
                + ", hop_length=" + hop + ", win_length=" + win + ", window=" + windowRepr(window) + ", normalized="
                + (normalized ? 1 : 0) + ", onesided=" + optional(onesided) + ", return_complex=0) : ";
        if (!input.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(repr + "expected a tensor of floating point or complex values");
        }
        if (signalDim < 1 || signalDim > 2) {
            throw new IllegalArgumentException(repr + "expected a 1D or 2D tensor");
        }
        Tensor batched = signalDim == 1 ? input.unsqueeze(0) : input;
        int len = batched.size(1);
        if (nFft <= 0 || nFft > len) {
            throw new IllegalArgumentException(repr + "expected 0 < n_fft < " + len + ", but got n_fft=" + nFft);
        }
        if (hop <= 0) {
            throw new IllegalArgumentException(repr + "expected hop_length > 0, but got hop_length=" + hop);
        }
        if (win <= 0 || win > nFft) {
            throw new IllegalArgumentException(repr + "expected 0 < win_length <= n_fft, but got win_length=" + win);
        }
        if (window != null && (window.dim() != 1 || window.size(0) != win)) {
            throw new IllegalArgumentException(repr + "expected a 1D window tensor of size equal to win_length=" + win
                    + ", but got window with size " + fmt(window.sizes()));
        }
        int frames = 1 + (len - nFft) / hop;
        int batch = batched.size(0);
        Tensor framed = batched.indexSelect(1, frameIndex(frames, nFft, hop, batched));
        framed = complex ? framed.reshape(batch, frames, nFft, 2) : framed.reshape(batch, frames, nFft);
        if (window != null || win != nFft) {
            Tensor w = paddedWindow(window, win, nFft, batched);
            framed = framed.mul(complex ? w.unsqueeze(-1) : w);
        }
        boolean oneSided = onesided != null ? onesided : !complex;
        FftOps.Norm norm = normalized ? FftOps.Norm.BY_ROOT_N : FftOps.Norm.NONE;
        Tensor out;
        if (complex) {
            if (oneSided) {
                throw new IllegalArgumentException("Cannot have onesided output if window or input is complex");
            }
            out = FftOps.c2c(framed, new int[] {2}, norm, true);
        } else {
            out = FftOps.r2c(framed, new int[] {2}, norm, oneSided, true);
        }
        out = out.transpose(1, 2);
        return signalDim == 1 ? out.squeeze(0) : out;
    }

    /**
     * The inverse STFT of a [(batch,) n_freq, n_frames, 2] spectrogram: the real signal, or the complex one in
     * view_as_real form when {@code returnComplex}. PyTorch: {@code torch.istft(input, n_fft, hop_length=None,
     * win_length=None, window=None, center=True, normalized=False, onesided=None, length=None,
     * return_complex=False)}.
     */
    public static Tensor istft(Tensor x, int nFft, Integer hopLength, Integer winLength, Tensor window, boolean center,
                               boolean normalized, Boolean onesided, Integer length, boolean returnComplex) {
        int hop = hopLength != null ? hopLength : nFft >> 2;
        int win = winLength != null ? winLength : nFft;
        int frames = x.size(-2);
        int fftSize = x.size(-3);
        int expectedLen = nFft + hop * (frames - 1);
        int[] complexShape = Arrays.copyOf(x.sizes(), x.dim() - 1);
        String repr = "istft(" + (x.dtype() == DType.FLOAT64 ? "CPUComplexDoubleType" : "CPUComplexFloatType")
                + fmt(complexShape) + ", n_fft=" + nFft + ", hop_length=" + hop + ", win_length=" + win + ", window="
                + windowRepr(window) + ", center=" + (center ? 1 : 0) + ", normalized=" + (normalized ? 1 : 0)
                + ", onesided=" + optional(onesided) + ", length=" + (length == null ? "None" : length.toString())
                + ", return_complex=" + (returnComplex ? 1 : 0) + ") ";
        if (x.numel() == 0) {
            throw new IllegalArgumentException(repr + ": input tensor cannot be empty.");
        }
        if (x.dim() != 3 && x.dim() != 4) {
            throw new IllegalArgumentException(repr + ": expected a tensor with 3 or 4 dimensions, but got " + x.dim());
        }
        if (x.size(-1) != 2) {
            throw new IllegalArgumentException(repr + ": expected the last dimension to be 2 (corresponding to real "
                    + "and imaginary parts), but got " + x.size(-1));
        }
        if (!x.dtype().isFloatingPoint() || x.dtype() == DType.FLOAT16 || x.dtype() == DType.BFLOAT16) {
            throw new IllegalArgumentException(repr + ": expected a float32 or float64 spectrogram, but got "
                    + x.dtype());
        }
        boolean oneSided = onesided != null ? onesided : fftSize != nFft;
        if (oneSided && nFft / 2 + 1 != fftSize) {
            throw new IllegalArgumentException(repr + ": expected the frequency dimension (3rd to the last) of the "
                    + "input tensor to match n_fft / 2 + 1 when onsided=True, but got " + fftSize);
        }
        if (!oneSided && nFft != fftSize) {
            throw new IllegalArgumentException(repr + ": expected the frequency dimension (3rd to the last) of the "
                    + "input tensor to match n_fft when onsided=False, but got " + fftSize);
        }
        if (!(0 < hop && hop <= win)) {
            throw new IllegalArgumentException(repr + ": expected 0 < hop_length <= win_length");
        }
        if (!(0 < win && win <= nFft)) {
            throw new IllegalArgumentException(repr + ": expected 0 < win_length <= n_fft");
        }
        if (window != null && (window.dim() != 1 || window.size(0) != win)) {
            throw new IllegalArgumentException(repr + ": Invalid window shape. window has to be 1D and length of "
                    + "`win_length`");
        }
        Tensor w = paddedWindow(window, win, nFft, x);
        Tensor spec = (x.dim() == 3 ? x.unsqueeze(0) : x).transpose(1, 2); // [batch, frames, freq, 2]
        FftOps.Norm norm = normalized ? FftOps.Norm.BY_ROOT_N : FftOps.Norm.BY_N;
        Tensor frames3;
        if (returnComplex) {
            if (oneSided) {
                throw new IllegalArgumentException("Cannot have onesided output if window or input is complex");
            }
            frames3 = FftOps.c2c(spec, new int[] {2}, norm, false).mul(w.unsqueeze(-1));
        } else {
            if (!oneSided) {
                spec = spec.narrow(2, 0, nFft / 2 + 1);
            }
            frames3 = FftOps.c2r(spec, new int[] {2}, norm, nFft).mul(w);
        }
        // overlap-add of the frames (PyTorch's unfold_backward) and of the squared window
        int batch = frames3.size(0);
        Tensor index = frameIndex(frames, nFft, hop, x);
        int[] flatShape = returnComplex ? new int[] {batch, frames * nFft, 2} : new int[] {batch, frames * nFft};
        int[] ySize = returnComplex ? new int[] {batch, expectedLen, 2} : new int[] {batch, expectedLen};
        Tensor y = Operands.zerosLike(frames3, ySize).indexAdd(1, index, frames3.reshape(flatShape));
        Tensor squared = w.pow(2).expand(1, frames, nFft).reshape(1, frames * nFft);
        Tensor envelope = Operands.zerosLike(squared, 1, expectedLen).indexAdd(1, index, squared);
        int start = center ? nFft / 2 : 0;
        int end = length != null ? start + length : center ? -(nFft / 2) : expectedLen;
        int stop = Math.max(start, Math.min(expectedLen, end < 0 ? end + expectedLen : end));
        y = y.narrow(1, start, stop - start);
        envelope = envelope.narrow(1, start, stop - start);
        if (envelope.abs().min().item() < 1e-11) {
            throw new IllegalArgumentException(repr + "window overlap add min: 1");
        }
        y = y.div(returnComplex ? envelope.unsqueeze(-1) : envelope);
        if (x.dim() == 3) {
            y = y.squeeze(0);
        }
        if (end > expectedLen) {
            Warnings.warnOnce("The length of signal is shorter than the length parameter. Result is being padded with "
                    + "zeros in the tail. Please check your center and hop_length settings.");
            int[] pad = returnComplex ? new int[] {0, 0, 0, end - expectedLen} : new int[] {0, end - expectedLen};
            y = PadOps.constantPad(y, pad, 0);
        }
        return y;
    }
}
