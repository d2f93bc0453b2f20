package jtorch.internal.kernels;

/**
 * The windows of a 2-d pooling (a 1-d one has height 1 and a 1×K kernel): output (i, j) covers input
 * rows {@code i·sh - ph + r·dh} (r < kh) and columns {@code j·sw - pw + c·dw} (c < kw), those outside the
 * input being padding. The output size is given, not derived: ceil_mode decides it and lets the last
 * window reach into the right padding.
 */
public record PoolGeometry(int h, int w, int oh, int ow, int kh, int kw, int sh, int sw, int ph, int pw, int dh,
                           int dw) {
    public PoolGeometry {
        if (h < 1 || w < 1 || oh < 1 || ow < 1 || kh < 1 || kw < 1 || sh < 1 || sw < 1 || ph < 0 || pw < 0 || dh < 1
                || dw < 1) {
            throw new IllegalArgumentException("invalid pooling geometry " + this);
        }
    }

    public int inPlane() {
        return h * w;
    }

    public int outPlane() {
        return oh * ow;
    }

    /** Non-overlapping 2×2 windows with stride 2 that all lie inside the input: the common down-sampling. */
    boolean isTwoByTwo() {
        return kh == 2 && kw == 2 && sh == 2 && sw == 2 && ph == 0 && pw == 0 && dh == 1 && dw == 1
                && 2 * oh <= h && 2 * ow <= w;
    }
}
