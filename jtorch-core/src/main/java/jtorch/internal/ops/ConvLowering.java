package jtorch.internal.ops;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.BinaryOp;
import jtorch.internal.kernels.ConvColumns;
import jtorch.internal.kernels.ConvGeometry;
import jtorch.internal.kernels.Gemm;
import jtorch.internal.kernels.Parallel;

/**
 * The raw computations (no autograd, arguments already checked) under {@link ConvOps}: convolution
 * lowered to GEMM, one image at a time on one of the pool's threads. An image's receptive fields are
 * copied into columns ({@link ConvColumns#im2col}, one row per kernel tap) and multiplied by the
 * weight matrix, one {@link Gemm} call per group; a 1×1 unit-stride convolution multiplies the image
 * itself. The transposed convolution multiplies by the transposed weight and adds the columns back at
 * their output positions ({@link ConvColumns#col2im}). The weight gradient sums one product of the
 * output gradient with the columns per image, in per-thread partial sums. bfloat16 computes in
 * float32 and rounds once; integer dtypes compute in int64 and wrap once.
 */
final class ConvLowering {
    private ConvLowering() {
    }

    /** Spatial geometry in 2-d form (a 1-d convolution has height 1 and a 1×K kernel). */
    private static ConvGeometry geometry(int[] wShape, int[] s, int[] p, int[] d) {
        if (wShape.length == 3) {
            return new ConvGeometry(1, wShape[2], 1, s[0], 0, p[0], 1, d[0]);
        }
        return new ConvGeometry(wShape[2], wShape[3], s[0], s[1], p[0], p[1], d[0], d[1]);
    }

    // bfloat16 computes in float32 and rounds once, as PyTorch's CPU kernels accumulate it in float; integer
    // types compute in int64, whose wrapped result narrows to the same bits as arithmetic in the type itself
    private static DType computeType(DType t) {
        return switch (t) {
            case BFLOAT16 -> DType.FLOAT32;
            case FLOAT32, FLOAT64 -> t;
            default -> DType.INT64;
        };
    }

    // a raw 4-d view ([N, C, 1, L] for a 3-d tensor)
    private static Tensor as4d(Tensor t) {
        if (t.dim() == 4) {
            return t;
        }
        int[] sh = t.shape();
        int[] st = t.stride();
        return Tensor.viewOf(t, new int[] {sh[0], sh[1], 1, sh[2]}, new int[] {st[0], st[1], sh[2] * st[2], st[2]},
                t.storageOffset());
    }

    static Tensor forward(Tensor x, Tensor w, Tensor b, int[] s, int[] p, int[] d, boolean transposed, int[] op,
                                  int groups) {
        ConvGeometry g = geometry(w.shape(), s, p, d);
        int spatial = x.dim() - 2;
        int n = x.size(0);
        int[] outShape = new int[x.dim()];
        outShape[0] = n;
        if (!transposed) {
            outShape[1] = w.size(0);
            if (spatial == 1) {
                outShape[2] = g.outW(x.size(2));
            } else {
                outShape[2] = g.outH(x.size(2));
                outShape[3] = g.outW(x.size(3));
            }
        } else {
            outShape[1] = w.size(1) * groups;
            for (int i = 0; i < spatial; i++) {
                outShape[2 + i] = (x.size(2 + i) - 1) * s[i] - 2 * p[i] + d[i] * (w.size(2 + i) - 1) + 1 + op[i];
            }
        }
        if (x.isMeta() || w.isMeta()) {
            return Torch.empty(Torch.options().dtype(x.dtype()).device(Device.META), outShape);
        }
        DType dtype = computeType(x.dtype());
        Tensor x4 = as4d(cast(x, dtype).contiguous());
        Tensor w4 = as4d(cast(w, dtype).contiguous());
        Tensor out4 = transposed ? transposedForward(x4, w4, g, as4dShape(outShape), groups)
                : convForward(x4, w4, g, as4dShape(outShape), groups);
        if (b != null) {
            Tensor bias = cast(b, dtype);
            Tensor bv = Tensor.viewOf(bias, new int[] {1, bias.size(0), 1, 1}, new int[] {0, bias.stride(0), 0, 0},
                    bias.storageOffset());
            Elementwise.binaryInto(BinaryOp.ADD, out4, bv, out4, dtype);
        }
        Tensor out = Tensor.viewOf(out4, outShape, Shapes.contiguousStrides(outShape), 0);
        return cast(out, x.dtype());
    }

    private static int[] as4dShape(int[] shape) {
        return shape.length == 4 ? shape : new int[] {shape[0], shape[1], 1, shape[2]};
    }

    private static Tensor cast(Tensor t, DType dtype) {
        if (t.dtype() == dtype) {
            return t;
        }
        Tensor out = Torch.empty(Torch.options().dtype(dtype), t.shape());
        CopyOps.copyInto(out, t);
        return out;
    }

    /**
     * Most elements of one thread's column buffer (16 MB in float32): a large image's columns are made
     * and multiplied a block of pixels at a time. Smaller blocks cost more than they save in cache (the
     * product's packing and hand-off per call): 256- and 512-pixel blocks of the 32×32, 576-row
     * benchmark image ran 10-20% slower than the whole image.
     */
    private static final int COLUMN_BUFFER_MAX = 1 << 22;

    private static int blockPixels(int pixels, int rows) {
        return Math.min(pixels, Math.max(1024, COLUMN_BUFFER_MAX / Math.max(1, rows)));
    }

    // out[n, grp] = w[grp] · im2col(x[n])[grp], one GEMM per image, group and block of pixels; the columns are
    // written straight into the GEMM's packed B layout, so the product does not copy them again
    private static Tensor convForward(Tensor x, Tensor w, ConvGeometry g, int[] outShape, int groups) {
        int n = outShape[0];
        int o = outShape[1];
        int oh = outShape[2];
        int ow = outShape[3];
        int c = x.size(1);
        int h = x.size(2);
        int wd = x.size(3);
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int pixels = oh * ow;
        int block = blockPixels(pixels, ck);
        Storage xs = x.storage();
        Storage ws = w.storage();
        Tensor out = Torch.empty(Torch.options().dtype(x.dtype()), outShape);
        Storage os = out.storage();
        forEachImage(n, g.isPointwise() ? null
                : t -> Storage.allocate(x.dtype(), Math.toIntExact(Gemm.packedSize(ck, block, x.dtype()))),
                (col, i) -> {
                    int xi = x.storageOffset() + i * c * h * wd;
                    for (int p0 = 0; p0 < pixels; p0 += block) {
                        int bw = Math.min(block, pixels - p0);
                        for (int grp = 0; grp < groups; grp++) {
                            int wi = w.storageOffset() + grp * og * ck;
                            int ci = (i * o + grp * og) * pixels + p0;
                            int xg = xi + grp * cg * h * wd;
                            if (col == null) {
                                Gemm.gemm(og, bw, ck, ws, wi, ck, 1, xs, xg + p0, pixels, 1, os, ci, pixels);
                            } else {
                                ConvColumns.im2colPanels(g, cg, h, wd, oh, ow, xs, xg, p0, p0 + bw, col, 0);
                                Gemm.gemmPacked(og, bw, ck, ws, wi, ck, 1, col, 0, os, ci, pixels, false);
                            }
                        }
                    }
                });
        return out;
    }

    /** The per-image work of {@link #forEachImage}: image {@code i} with its thread's scratch storage. */
    @FunctionalInterface
    private interface ImageBody {
        void run(Storage scratch, int image);
    }

    /**
     * Runs {@code body} for images 0..n-1, handing whole images to the pool's threads (claimed one by one,
     * each thread with its own scratch from {@code scratch}, which may be null), as PyTorch's CPU
     * convolution does: a per-image product of 64 output channels is too short to split well. A single
     * image runs here, and its product uses the threads instead.
     */
    private static void forEachImage(int n, IntFunction<Storage> scratch, ImageBody body) {
        AtomicInteger next = new AtomicInteger();
        Parallel.run(Math.min(Parallel.available(), n), (ch, chs) -> {
            Storage buffer = scratch == null ? null : scratch.apply(ch);
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                body.run(buffer, i);
            }
        });
    }

    /**
     * Output channels whose columns the transposed convolution makes and adds back at once: their rows
     * (72 for a 3×3 kernel, 288 KB for a 1024-pixel block in float32) stay in L2 between the product and
     * col2im, instead of the whole image's columns going out to memory and back.
     */
    private static final int COL2IM_CHANNELS = 8;

    // out[n] = col2im(w[grp]ᵀ · x[n, grp]) over the groups, a block of input pixels and a few output channels at
    // a time; x[n, grp] is packed once per block for all of them
    private static Tensor transposedForward(Tensor x, Tensor w, ConvGeometry g, int[] outShape, int groups) {
        int n = x.size(0);
        int cin = x.size(1);
        int h = x.size(2);
        int wd = x.size(3);
        int cg = cin / groups;
        int og = w.size(1);
        int o = og * groups;
        int area = g.kernelArea();
        int ok = og * area;
        int pixels = h * wd;
        int outH = outShape[2];
        int outW = outShape[3];
        int plane = outH * outW;
        int image = o * plane;
        int chunk = Math.min(og, COL2IM_CHANNELS);
        int block = blockPixels(pixels, chunk * area);
        DType dtype = x.dtype();
        Storage xs = x.storage();
        Storage ws = w.storage();
        Tensor out = Torch.empty(Torch.options().dtype(dtype), outShape);
        Storage os = out.storage();
        int packed = Math.toIntExact(Gemm.packedSize(cg, block, dtype));
        forEachImage(n, t -> Storage.allocate(dtype, packed + chunk * area * block), (scratch, i) -> {
            os.fill(i * image, (i + 1) * image, 0);
            int xi = x.storageOffset() + i * cin * pixels;
            for (int p0 = 0; p0 < pixels; p0 += block) {
                int bw = Math.min(block, pixels - p0);
                for (int grp = 0; grp < groups; grp++) {
                    Gemm.packB(cg, bw, xs, xi + grp * cg * pixels + p0, pixels, 1, scratch, 0);
                    for (int c0 = 0; c0 < og; c0 += chunk) {
                        int cn = Math.min(chunk, og - c0);
                        Gemm.gemmPacked(cn * area, bw, cg, ws, w.storageOffset() + grp * cg * ok + c0 * area, 1, ok,
                                scratch, 0, scratch, packed, bw, false);
                        ConvColumns.col2im(g, cn, outH, outW, h, wd, scratch, packed, bw, p0, p0 + bw, os,
                                i * image + (grp * og + c0) * plane);
                    }
                }
            }
        });
        return out;
    }

    static Tensor weightGradForward(Tensor input, Tensor grad, int[] wShape, int[] s, int[] p, int[] d,
                                            int groups) {
        if (input.isMeta() || grad.isMeta()) {
            return Torch.empty(Torch.options().dtype(input.dtype()).device(Device.META), wShape);
        }
        DType dtype = computeType(input.dtype());
        ConvGeometry g = geometry(wShape, s, p, d);
        Tensor x = as4d(cast(input, dtype).contiguous());
        Tensor go = as4d(cast(grad, dtype).contiguous());
        Tensor gw = Torch.empty(Torch.options().dtype(dtype), wShape);
        weightGrad(x, go, g, groups, gw);
        return cast(gw, input.dtype());
    }

    /*
     * gw[grp]ᵀ = Σ_n im2col(x[n])[grp] · go[n, grp]ᵀ: the columns are the GEMM's A, read row by row when
     * packed, and only the much smaller output gradient (pixels × og) is gathered with a stride into B.
     * (The other orientation, gw = go · colsᵀ, packs colsᵀ as B with loads a row of columns apart: 16% of
     * the 1-thread step beside 18% for the product itself.) The images are split into one contiguous range
     * per thread (so the sum's order depends only on the thread count); each thread adds its products into
     * its own transposed partial sum, the GEMM adding in its store, and the partial sums are added in
     * thread order and transposed once at the end. No column matrix of the whole batch is made.
     */
    private static void weightGrad(Tensor x, Tensor go, ConvGeometry g, int groups, Tensor gw) {
        int n = x.size(0);
        int c = x.size(1);
        int h = x.size(2);
        int wd = x.size(3);
        int o = go.size(1);
        int oh = go.size(2);
        int ow = go.size(3);
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int pixels = oh * ow;
        int block = blockPixels(pixels, ck);
        DType dtype = gw.dtype();
        Storage xs = x.storage();
        Storage gs = go.storage();
        int chunks = Math.max(1, Math.min(Parallel.available(), n));
        Storage[] partial = new Storage[chunks];
        Parallel.run(chunks, (ch, chs) -> {
            Storage sum = Storage.allocate(dtype, o * ck); // a new storage holds zeros
            Storage col = g.isPointwise() ? null : Storage.allocate(dtype, ck * block);
            for (int i = (int) ((long) n * ch / chs); i < (long) n * (ch + 1) / chs; i++) {
                int xi = x.storageOffset() + i * c * h * wd;
                for (int p0 = 0; p0 < pixels; p0 += block) {
                    int bw = Math.min(block, pixels - p0);
                    for (int grp = 0; grp < groups; grp++) {
                        int gi = go.storageOffset() + (i * o + grp * og) * pixels + p0;
                        int xg = xi + grp * cg * h * wd;
                        if (col == null) {
                            Gemm.gemm(ck, og, bw, xs, xg + p0, pixels, 1, gs, gi, 1, pixels, sum, grp * og * ck, og,
                                    true);
                        } else {
                            ConvColumns.im2col(g, cg, h, wd, oh, ow, xs, xg, p0, p0 + bw, col, 0, bw);
                            Gemm.gemm(ck, og, bw, col, 0, bw, 1, gs, gi, 1, pixels, sum, grp * og * ck, og, true);
                        }
                    }
                }
            }
            partial[ch] = sum;
        });
        for (int ch = 1; ch < chunks; ch++) {
            ConvColumns.addTo(partial[ch], 0, partial[0], 0, o * ck);
        }
        int[] shape = {groups, og, ck};
        CopyOps.copyInto(new Tensor(gw.storage(), shape, Shapes.contiguousStrides(shape), 0),
                new Tensor(partial[0], shape, new int[] {og * ck, 1, og}, 0));
    }
}
