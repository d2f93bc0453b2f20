package jtorch.internal.kernels;

/**
 * The spatial parameters of a 2-d convolution (a 1-d one has height 1 and a 1×K kernel): kernel size,
 * stride, padding and dilation along height and width.
 */
public record ConvGeometry(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
    public ConvGeometry {
        if (kh < 1 || kw < 1 || sh < 1 || sw < 1 || ph < 0 || pw < 0 || dh < 1 || dw < 1) {
            throw new IllegalArgumentException("invalid convolution geometry " + this);
        }
    }

    /** Output height for an input of height h. */
    public int outH(int h) {
        return (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1;
    }

    /** Output width for an input of width w. */
    public int outW(int w) {
        return (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1;
    }

    public int kernelArea() {
        return kh * kw;
    }

    /** A 1×1 kernel with unit stride and no padding: the columns are the image itself. */
    public boolean isPointwise() {
        return kh == 1 && kw == 1 && sh == 1 && sw == 1 && ph == 0 && pw == 0;
    }
}
