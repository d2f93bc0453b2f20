package jtorch.vision.transforms.functional;

import java.util.Arrays;

/**
 * Pixel loops behind the functional transforms that torch has no public op for (grid sampling, the
 * antialiased resize, 2D grouped convolution with a shared kernel). They work on float32 planes
 * {@code [n][c][h][w]} flattened row-major and repeat PyTorch's CPU float arithmetic step by step.
 */
final class Kernels {
    private Kernels() {
    }

    /**
     * torch's {@code grid_sample(img, grid, mode, padding_mode="zeros", align_corners=False)} for {@code n}
     * images of {@code c} channels sharing one grid {@code [oh, ow, 2]}, followed by torchvision's fill:
     * with {@code fill != null} a ones channel is sampled alongside and the result blended with the fill
     * ({@code nearest}: replaced where the mask is below 0.5; {@code bilinear}: {@code img * m + (1 - m) * fill}).
     * The arithmetic follows ATen's vectorised CPU kernel: {@code x = (gx + 1) * (W / 2) - 0.5}, bilinear weights
     * from {@code floor}, and {@code round} (half to even) for nearest.
     */
    static float[] gridSample(float[] in, int n, int c, int h, int w, float[] grid, int oh, int ow, boolean nearest,
                              float[] fill) {
        float[] out = new float[n * c * oh * ow];
        float sw = (float) w / 2;
        float sh = (float) h / 2;
        int plane = h * w;
        int oplane = oh * ow;
        float[] vals = new float[c + 1];
        for (int b = 0; b < n; b++) {
            int ib = b * c * plane;
            int ob = b * c * oplane;
            for (int p = 0; p < oplane; p++) {
                float x = (grid[2 * p] + 1f) * sw - 0.5f;
                float y = (grid[2 * p + 1] + 1f) * sh - 0.5f;
                float mask;
                if (nearest) {
                    float xn = (float) Math.rint(x);
                    float yn = (float) Math.rint(y);
                    boolean inside = xn > -1 && xn < w && yn > -1 && yn < h;
                    int off = inside ? (int) yn * w + (int) xn : 0;
                    for (int k = 0; k < c; k++) {
                        vals[k] = inside ? in[ib + k * plane + off] : 0f;
                    }
                    mask = inside ? 1f : 0f;
                } else {
                    float xw = (float) Math.floor(x);
                    float yn = (float) Math.floor(y);
                    float we = x - xw;
                    float e = 1f - we;
                    float ns = y - yn;
                    float s = 1f - ns;
                    float nw = s * e;
                    float ne = s * we;
                    float swt = ns * e;
                    float se = ns * we;
                    int x0 = (int) xw;
                    int y0 = (int) yn;
                    boolean inNw = x0 >= 0 && x0 < w && y0 >= 0 && y0 < h;
                    boolean inNe = x0 + 1 >= 0 && x0 + 1 < w && y0 >= 0 && y0 < h;
                    boolean inSw = x0 >= 0 && x0 < w && y0 + 1 >= 0 && y0 + 1 < h;
                    boolean inSe = x0 + 1 >= 0 && x0 + 1 < w && y0 + 1 >= 0 && y0 + 1 < h;
                    int o = y0 * w + x0;
                    for (int k = 0; k < c; k++) {
                        int base = ib + k * plane + o;
                        float vnw = inNw ? in[base] : 0f;
                        float vne = inNe ? in[base + 1] : 0f;
                        float vsw = inSw ? in[base + w] : 0f;
                        float vse = inSe ? in[base + w + 1] : 0f;
                        vals[k] = vnw * nw + vne * ne + vsw * swt + vse * se;
                    }
                    mask = (inNw ? nw : 0f) + (inNe ? ne : 0f) + (inSw ? swt : 0f) + (inSe ? se : 0f);
                }
                for (int k = 0; k < c; k++) {
                    float v = vals[k];
                    if (fill != null) {
                        float f = fill[fill.length == 1 ? 0 : k];
                        if (nearest) {
                            v = mask < 0.5f ? f : v;
                        } else {
                            v = v * mask + (1f - mask) * f;
                        }
                    }
                    out[ob + k * oplane + p] = v;
                }
            }
        }
        return out;
    }

    /** torch.linspace in float32 (the two-sided formula of ATen's CPU kernel). */
    static float[] linspace(double start, double end, int steps) {
        float[] r = new float[steps];
        if (steps == 1) {
            r[0] = (float) start;
            return r;
        }
        float fs = (float) start;
        float fe = (float) end;
        float step = (fe - fs) / (steps - 1);
        int half = steps / 2;
        for (int i = 0; i < steps; i++) {
            r[i] = i < half ? fs + step * i : fe - step * (steps - i - 1);
        }
        return r;
    }

    /** torchvision's {@code _gen_affine_grid}: the sampling grid {@code [oh, ow, 2]} of an inverse affine matrix. */
    static float[] affineGrid(double[] matrix, int w, int h, int ow, int oh) {
        float[] xs = linspace(-ow * 0.5 + 0.5, ow * 0.5 + 0.5 - 1, ow);
        float[] ys = linspace(-oh * 0.5 + 0.5, oh * 0.5 + 0.5 - 1, oh);
        float hw = (float) (0.5 * w);
        float hh = (float) (0.5 * h);
        float a0 = (float) matrix[0] / hw;
        float a1 = (float) matrix[1] / hw;
        float a2 = (float) matrix[2] / hw;
        float b0 = (float) matrix[3] / hh;
        float b1 = (float) matrix[4] / hh;
        float b2 = (float) matrix[5] / hh;
        float[] g = new float[oh * ow * 2];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                int p = (i * ow + j) * 2;
                g[p] = xs[j] * a0 + ys[i] * a1 + a2;
                g[p + 1] = xs[j] * b0 + ys[i] * b1 + b2;
            }
        }
        return g;
    }

    /** torchvision's {@code _perspective_grid} for the 8 perspective coefficients. */
    static float[] perspectiveGrid(double[] k, int ow, int oh) {
        float[] xs = linspace(0.5, ow + 0.5 - 1.0, ow);
        float[] ys = linspace(0.5, oh + 0.5 - 1.0, oh);
        float hw = (float) (0.5 * ow);
        float hh = (float) (0.5 * oh);
        float a0 = (float) k[0] / hw;
        float a1 = (float) k[1] / hw;
        float a2 = (float) k[2] / hw;
        float b0 = (float) k[3] / hh;
        float b1 = (float) k[4] / hh;
        float b2 = (float) k[5] / hh;
        float c0 = (float) k[6];
        float c1 = (float) k[7];
        float[] g = new float[oh * ow * 2];
        for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
                int p = (i * ow + j) * 2;
                float d = xs[j] * c0 + ys[i] * c1 + 1f;
                g[p] = (xs[j] * a0 + ys[i] * a1 + a2) / d - 1f;
                g[p + 1] = (xs[j] * b0 + ys[i] * b1 + b2) / d - 1f;
            }
        }
        return g;
    }

    /**
     * A valid ("no padding") 2D correlation of each of {@code planes} planes {@code [h, w]} with one kernel
     * {@code [kh, kw]} (torch's {@code conv2d(img, kernel.expand(C, 1, kh, kw), groups=C)}); sums run over the
     * kernel rows then columns in float.
     */
    static float[] conv2dSame(float[] in, int planes, int h, int w, float[] kernel, int kh, int kw) {
        int oh = h - kh + 1;
        int ow = w - kw + 1;
        float[] out = new float[planes * oh * ow];
        for (int p = 0; p < planes; p++) {
            int ib = p * h * w;
            int ob = p * oh * ow;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    float s = 0f;
                    for (int u = 0; u < kh; u++) {
                        for (int v = 0; v < kw; v++) {
                            s += in[ib + (i + u) * w + j + v] * kernel[u * kw + v];
                        }
                    }
                    out[ob + i * ow + j] = s;
                }
            }
        }
        return out;
    }

    /**
     * torch's antialiased {@code interpolate(..., antialias=True)} for "bilinear" ({@code support = 1}) and
     * "bicubic" ({@code support = 2}, Keys' a = -0.5) with align_corners False: separable, the width first,
     * weights from the triangle/cubic filter widened by the downscale factor and normalised, accumulated in float
     * (ATen's {@code _separable_upsample_generic_Nd_kernel_impl} on CPU).
     */
    static float[] resizeAntialias(float[] in, int planes, int h, int w, int oh, int ow, boolean cubic) {
        float[] tmp = in;
        int curW = w;
        if (ow != w) {
            tmp = resampleAxis(in, planes * h, w, 1, ow, cubic, true);
            curW = ow;
        }
        if (oh != h) {
            tmp = resampleAxis(tmp, planes, h, curW, oh, cubic, false);
        }
        return tmp == in ? in.clone() : tmp;
    }

    /**
     * Resamples one axis. For the width ({@code lastAxis}) {@code outer} rows of {@code size} elements; for the
     * height {@code outer} planes of {@code size} rows of {@code inner} elements.
     */
    private static float[] resampleAxis(float[] in, int outer, int size, int inner, int outSize, boolean cubic,
                                        boolean lastAxis) {
        float scale = (float) size / outSize;
        float interp = cubic ? 4 : 2;
        float support = scale >= 1.0 ? (float) ((interp * 0.5) * scale) : (float) (interp * 0.5);
        int maxTaps = (int) Math.ceil(support) * 2 + 1;
        int[] xmin = new int[outSize];
        int[] xsize = new int[outSize];
        float[] wts = new float[outSize * maxTaps];
        float invscale = scale >= 1.0 ? (float) (1.0 / scale) : 1f;
        for (int i = 0; i < outSize; i++) {
            float center = (float) (scale * (i + 0.5));
            int lo = Math.max((int) (center - support + 0.5), 0);
            int n = Math.min((int) (center + support + 0.5), size) - lo;
            xmin[i] = lo;
            xsize[i] = n;
            float total = 0f;
            for (int j = 0; j < n; j++) {
                float x = (float) (((float) (j + lo) - center + 0.5) * invscale);
                float wv = cubic ? cubicFilter(x) : linearFilter(x);
                wts[i * maxTaps + j] = wv;
                total += wv;
            }
            if (total != 0f) {
                for (int j = 0; j < n; j++) {
                    wts[i * maxTaps + j] /= total;
                }
            }
        }
        if (lastAxis) {
            // along rows, an output gathers a few neighbours: transposed, the same sums run over whole columns
            // (the vectorised loop below, each sum still in tap order), in blocks of rows that stay in cache
            float[] out = new float[outer * outSize];
            int block = Math.min(outer, 64);
            float[] colsIn = new float[size * block];
            float[] colsOut = new float[outSize * block];
            for (int r0 = 0; r0 < outer; r0 += block) {
                int rows = Math.min(block, outer - r0);
                transpose(in, r0 * size, rows, size, colsIn);
                resample(colsIn, 0, rows, outSize, xmin, xsize, wts, maxTaps, colsOut, 0);
                for (int r = 0; r < rows; r++) {
                    for (int i = 0; i < outSize; i++) {
                        out[(r0 + r) * outSize + i] = colsOut[i * rows + r];
                    }
                }
            }
            return out;
        }
        float[] out = new float[outer * outSize * inner];
        for (int p = 0; p < outer; p++) {
            resample(in, p * size * inner, inner, outSize, xmin, xsize, wts, maxTaps, out, p * outSize * inner);
        }
        return out;
    }

    /** {@code rows x size} from {@code in[off..]} into {@code out} as {@code size x rows}. */
    private static void transpose(float[] in, int off, int rows, int size, float[] out) {
        for (int r = 0; r < rows; r++) {
            int ib = off + r * size;
            for (int x = 0; x < size; x++) {
                out[x * rows + r] = in[ib + x];
            }
        }
    }

    /**
     * Output row i = the sum over taps j of input row {@code xmin[i] + j} times its weight, rows of {@code inner}
     * elements: tap by tap over whole rows (the JIT vectorises it); each sum keeps the tap order.
     */
    private static void resample(float[] in, int ib, int inner, int outSize, int[] xmin, int[] xsize, float[] wts,
            int maxTaps, float[] out, int ob) {
        for (int i = 0; i < outSize; i++) {
            int wb = i * maxTaps;
            int o = ob + i * inner;
            int b0 = ib + xmin[i] * inner;
            float w0 = wts[wb];
            for (int x = 0; x < inner; x++) {
                out[o + x] = in[b0 + x] * w0;
            }
            for (int j = 1; j < xsize[i]; j++) {
                int bj = b0 + j * inner;
                float wj = wts[wb + j];
                for (int x = 0; x < inner; x++) {
                    out[o + x] += in[bj + x] * wj;
                }
            }
        }
    }

    private static float linearFilter(float x) {
        if (x < 0f) {
            x = -x;
        }
        return x < 1f ? (float) (1.0 - x) : 0f;
    }

    private static float cubicFilter(float xf) {
        double a = -0.5;
        double x = xf < 0 ? -xf : xf;
        if (x < 1.0) {
            return (float) (((a + 2.0) * x - (a + 3.0)) * x * x + 1);
        }
        if (x < 2.0) {
            return (float) ((((x - 5) * x + 8) * x - 4) * a);
        }
        return 0f;
    }

    /**
     * The solution of the square system {@code a x = b} (Gaussian elimination with partial pivoting in double).
     * torchvision solves the same 8x8 system with {@code torch.linalg.lstsq(driver="gels")} in float32, so the
     * coefficients agree to float32 precision, not bit for bit.
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] t = m[col];
            m[col] = m[piv];
            m[piv] = t;
            if (m[col][col] == 0) {
                throw new IllegalArgumentException("perspective: the start and end points give a singular system");
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[r][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
