package jtorch.fft;

/**
 * The keyword arguments of the n-dimensional transforms, {@code torch.fft.fftn(input, s=None, dim=None, norm=None)}
 * and likewise ifftn, rfftn, irfftn, hfftn, ihfftn and the 2-D forms (whose dim defaults to (-2, -1)), each settable by name:
 * {@code fftn(x, dim=(0, 2))} is {@code Fft.fftn(x, Fft.fftnOptions().dim(0, 2))}.
 */
public final class FftnOptions {
    int[] s;
    int[] dim;
    String norm;
    Boolean complexInput;

    FftnOptions(int[] dim) {
        this.dim = dim;
    }

    /**
     * PyTorch: {@code s=} (the signal size per transformed dim, -1 keeping a dim's size; without dim it picks the
     * last {@code s.length} dims; not set: the input's sizes).
     */
    public FftnOptions s(int... s) {
        this.s = s.clone();
        return this;
    }

    /** PyTorch: {@code dim=} (dims of the complex tensor; fftn's default: all, or the last {@code s.length}). */
    public FftnOptions dim(int... dim) {
        this.dim = dim.clone();
        return this;
    }

    /** PyTorch: {@code norm=}: "backward" (the default), "forward" or "ortho". */
    public FftnOptions norm(String norm) {
        this.norm = norm;
        return this;
    }

    /**
     * Whether the input is complex in view_as_real form (not a PyTorch keyword: PyTorch reads it off the dtype).
     * Not set: a floating input whose last dim has size 2 is complex. Ignored by rfftn, ihfftn and their 2-D forms, whose input is real.
     */
    public FftnOptions complexInput(boolean complexInput) {
        this.complexInput = complexInput;
        return this;
    }
}
