package jtorch.internal.backend;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import jtorch.DType;
import jtorch.Storage;
import jtorch.internal.kernels.ConvColumns;
import jtorch.internal.kernels.ConvGeometry;
import jtorch.internal.kernels.Gemm;
import jtorch.internal.kernels.Parallel;

/**
 * The CPU's convolutions, lowered to GEMM one image at a time on one of the pool's threads. An image's
 * receptive fields are copied into columns ({@link ConvColumns#im2col}, one row per kernel tap) and multiplied
 * by the weight matrix, one {@link Gemm} call per group; a 1×1 unit-stride convolution multiplies the image
 * itself. The transposed convolution multiplies by the transposed weight and adds the columns back at their
 * output positions ({@link ConvColumns#col2im}). The weight gradient sums one product of the output gradient
 * with the columns per image, in per-thread partial sums. Operands are contiguous 4-d [N, C, H, W] in one
 * dtype (float32, float64 or int64); the transposed convolution's and weight gradient's results start at their
 * storage's offset 0 as fresh tensors do.
 */
final class CpuConv {
    private CpuConv() {
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
    static void conv(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
        int n = out.shape()[0];
        int o = out.shape()[1];
        int oh = out.shape()[2];
        int ow = out.shape()[3];
        int c = x.shape()[1];
        int h = x.shape()[2];
        int wd = x.shape()[3];
        DType dtype = x.storage().dtype();
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int pixels = oh * ow;
        int block = blockPixels(pixels, ck);
        Storage xs = x.storage();
        Storage ws = w.storage();
        Storage os = out.storage();
        forEachImage(n, g.isPointwise() ? null
                : t -> Storage.allocate(dtype, Math.toIntExact(Gemm.packedSize(ck, block, dtype))),
                (col, i) -> {
                    int xi = x.offset() + i * c * h * wd;
                    for (int p0 = 0; p0 < pixels; p0 += block) {
                        int bw = Math.min(block, pixels - p0);
                        for (int grp = 0; grp < groups; grp++) {
                            int wi = w.offset() + grp * og * ck;
                            int ci = out.offset() + (i * o + grp * og) * pixels + p0;
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
    static void convTransposed(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
        int n = x.shape()[0];
        int cin = x.shape()[1];
        int h = x.shape()[2];
        int wd = x.shape()[3];
        int cg = cin / groups;
        int og = w.shape()[1];
        int o = og * groups;
        int area = g.kernelArea();
        int ok = og * area;
        int pixels = h * wd;
        int outH = out.shape()[2];
        int outW = out.shape()[3];
        int plane = outH * outW;
        int image = o * plane;
        int chunk = Math.min(og, COL2IM_CHANNELS);
        int block = blockPixels(pixels, chunk * area);
        DType dtype = x.storage().dtype();
        Storage xs = x.storage();
        Storage ws = w.storage();
        Storage os = out.storage();
        int packed = Math.toIntExact(Gemm.packedSize(cg, block, dtype));
        forEachImage(n, t -> Storage.allocate(dtype, packed + chunk * area * block), (scratch, i) -> {
            os.fill(i * image, (i + 1) * image, 0);
            int xi = x.offset() + i * cin * pixels;
            for (int p0 = 0; p0 < pixels; p0 += block) {
                int bw = Math.min(block, pixels - p0);
                for (int grp = 0; grp < groups; grp++) {
                    Gemm.packB(cg, bw, xs, xi + grp * cg * pixels + p0, pixels, 1, scratch, 0);
                    for (int c0 = 0; c0 < og; c0 += chunk) {
                        int cn = Math.min(chunk, og - c0);
                        Gemm.gemmPacked(cn * area, bw, cg, ws, w.offset() + grp * cg * ok + c0 * area, 1, ok,
                                scratch, 0, scratch, packed, bw, false);
                        ConvColumns.col2im(g, cn, outH, outW, h, wd, scratch, packed, bw, p0, p0 + bw, os,
                                i * image + (grp * og + c0) * plane);
                    }
                }
            }
        });
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
    static void weightGrad(Strided x, Strided go, ConvGeometry g, int groups, Strided gw) {
        int n = x.shape()[0];
        int c = x.shape()[1];
        int h = x.shape()[2];
        int wd = x.shape()[3];
        int o = go.shape()[1];
        int oh = go.shape()[2];
        int ow = go.shape()[3];
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int pixels = oh * ow;
        int block = blockPixels(pixels, ck);
        DType dtype = gw.storage().dtype();
        Storage xs = x.storage();
        Storage gs = go.storage();
        int chunks = Math.max(1, Math.min(Parallel.available(), n));
        Storage[] partial = new Storage[chunks];
        Parallel.run(chunks, (ch, chs) -> {
            Storage sum = Storage.allocate(dtype, o * ck); // a new storage holds zeros
            Storage col = g.isPointwise() ? null : Storage.allocate(dtype, ck * block);
            for (int i = (int) ((long) n * ch / chs); i < (long) n * (ch + 1) / chs; i++) {
                int xi = x.offset() + i * c * h * wd;
                for (int p0 = 0; p0 < pixels; p0 += block) {
                    int bw = Math.min(block, pixels - p0);
                    for (int grp = 0; grp < groups; grp++) {
                        int gi = go.offset() + (i * o + grp * og) * pixels + p0;
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
        CpuPointwise.copy(new Strided(partial[0], shape, new int[] {og * ck, 1, og}, 0),
                new Strided(gw.storage(), shape, new int[] {og * ck, ck, 1}, gw.offset()));
    }
}
