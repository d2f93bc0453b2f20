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
 * The CPU's convolutions, lowered to GEMM one image at a time on one of the pool's threads (images with few
 * output pixels, as in a late ResNet layer, a batch of images per product; see {@link #FEW_PIXELS}). An image's
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
        if (fewPixels(out)) {
            convBatched(x, w, g, groups, out);
            return;
        }
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

    /**
     * Output pixels per image below which the images are lowered together: with one product per image, a
     * late ResNet layer (512 channels, 1-4 pixels at a 32×32 input) packs its whole weight matrix once per
     * image for a product a few columns wide, and the weight gradient rewrites the whole gradient per image.
     */
    private static final int FEW_PIXELS = 128;

    /** True when the [N, C, H, W] pixel grid {@code t} has few pixels per image and more than one image. */
    private static boolean fewPixels(Strided t) {
        return t.shape()[0] > 1 && t.shape()[2] * t.shape()[3] < FEW_PIXELS;
    }

    /** Images lowered at once when they have few pixels: as many as a column buffer of {@code rows} rows holds. */
    private static int imagesPerProduct(int n, int pixels, int rows) {
        return Math.max(1, Math.min(n, COLUMN_BUFFER_MAX / Math.max(1, rows * pixels)));
    }

    /**
     * The columns of images i0..i0+b-1, group grp, side by side in col (image j's from column j·pixels of a
     * b·pixels-wide matrix): a batch of small images becomes one product.
     */
    private static void im2colImages(Strided x, ConvGeometry g, int groups, int oh, int ow, int i0, int b, int grp,
                                     Storage col) {
        int c = x.shape()[1];
        int h = x.shape()[2];
        int wd = x.shape()[3];
        int cg = c / groups;
        int pixels = oh * ow;
        Parallel.forRange(b, 1, 1, (from, to) -> {
            for (int j = from; j < to; j++) {
                ConvColumns.im2col(g, cg, h, wd, oh, ow, x.storage(), x.offset() + ((i0 + j) * c + grp * cg) * h * wd,
                        0, pixels, col, j * pixels, b * pixels);
            }
        });
    }

    /** Channels c0..c0+cn-1 of images i0..i0+b-1 of t ([N, C, P]) as a contiguous [cn, b·P] matrix in dst. */
    private static void gatherChannels(Strided t, int i0, int b, int c0, int cn, Storage dst) {
        int ch = t.shape()[1];
        int pixels = t.shape()[2] * t.shape()[3];
        int[] shape = {b, cn, pixels};
        CpuPointwise.copy(new Strided(t.storage(), shape, new int[] {ch * pixels, pixels, 1},
                        t.offset() + (i0 * ch + c0) * pixels),
                new Strided(dst, shape, new int[] {pixels, b * pixels, 1}, 0));
    }

    // out[i0.., grp] = w[grp] · [im2col(x[i0]) ... im2col(x[i0+b-1])], then each image's columns to its place
    private static void convBatched(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
        int n = out.shape()[0];
        int o = out.shape()[1];
        int oh = out.shape()[2];
        int ow = out.shape()[3];
        int og = o / groups;
        int ck = x.shape()[1] / groups * g.kernelArea();
        int pixels = oh * ow;
        int nb = imagesPerProduct(n, pixels, ck);
        DType dtype = x.storage().dtype();
        Storage col = Storage.allocate(dtype, ck * nb * pixels);
        Storage product = Storage.allocate(dtype, og * nb * pixels);
        for (int i0 = 0; i0 < n; i0 += nb) {
            int b = Math.min(nb, n - i0);
            int cols = b * pixels;
            for (int grp = 0; grp < groups; grp++) {
                im2colImages(x, g, groups, oh, ow, i0, b, grp, col);
                Gemm.gemm(og, cols, ck, w.storage(), w.offset() + grp * og * ck, ck, 1, col, 0, cols, 1, product, 0,
                        cols);
                int[] shape = {b, og, pixels};
                CpuPointwise.copy(new Strided(product, shape, new int[] {pixels, cols, 1}, 0),
                        new Strided(out.storage(), shape, new int[] {o * pixels, pixels, 1},
                                out.offset() + (i0 * o + grp * og) * pixels));
            }
        }
    }

    // the columns of images i0.. = w[grp]ᵀ · [x[i0, grp] ... x[i0+b-1, grp]], added back into each output image
    private static void convTransposedBatched(Strided x, Strided w, ConvGeometry g, int groups, Strided out) {
        int n = x.shape()[0];
        int cg = x.shape()[1] / groups;
        int h = x.shape()[2];
        int wd = x.shape()[3];
        int og = w.shape()[1];
        int ok = og * g.kernelArea();
        int pixels = h * wd;
        int outH = out.shape()[2];
        int outW = out.shape()[3];
        int plane = outH * outW;
        int image = og * groups * plane;
        int nb = imagesPerProduct(n, pixels, Math.max(ok, cg));
        DType dtype = x.storage().dtype();
        Storage gathered = Storage.allocate(dtype, cg * nb * pixels);
        Storage col = Storage.allocate(dtype, ok * nb * pixels);
        Storage os = out.storage();
        for (int i0 = 0; i0 < n; i0 += nb) {
            int b = Math.min(nb, n - i0);
            int cols = b * pixels;
            int first = i0;
            os.fill(first * image, (first + b) * image, 0);
            for (int grp = 0; grp < groups; grp++) {
                int gr = grp;
                gatherChannels(x, i0, b, grp * cg, cg, gathered);
                Gemm.gemm(ok, cols, cg, w.storage(), w.offset() + grp * cg * ok, 1, ok, gathered, 0, cols, 1, col, 0,
                        cols);
                Parallel.forRange(b, 1, 1, (from, to) -> {
                    for (int j = from; j < to; j++) {
                        ConvColumns.col2im(g, og, outH, outW, h, wd, col, j * pixels, cols, 0, pixels, os,
                                (first + j) * image + gr * og * plane);
                    }
                });
            }
        }
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
        if (fewPixels(x)) {
            convTransposedBatched(x, w, g, groups, out);
            return;
        }
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
     * thread order and transposed once at the end. Images with few pixels, and output gradients narrower than
     * half a B panel (a first layer's 6 channels), are summed a batch of images per product instead
     * ({@link #weightGradBatched}).
     */
    static void weightGrad(Strided x, Strided go, ConvGeometry g, int groups, Strided gw) {
        int og = go.shape()[1] / groups;
        int ck = x.shape()[1] / groups * g.kernelArea();
        boolean batched = fewPixels(go) || og < Gemm.panelWidth(go.storage().dtype()) / 2;
        Strided sum = batched ? weightGradBatched(x, go, g, groups) : weightGradPerImage(x, go, g, groups);
        CpuPointwise.copy(sum, new Strided(gw.storage(), sum.shape(), new int[] {og * ck, ck, 1}, gw.offset()));
    }

    // the gradient [groups, og, ck], summed transposed image by image in per-thread partial sums
    private static Strided weightGradPerImage(Strided x, Strided go, ConvGeometry g, int groups) {
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
        DType dtype = go.storage().dtype();
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
        return new Strided(partial[0], new int[] {groups, og, ck}, new int[] {og * ck, 1, og}, 0);
    }

    /*
     * The gradient [groups, og, ck] = Σ over batches of images of their output gradients' rows · their columns,
     * one product per batch and group (the product's threads split its result, so the sum's order does not depend
     * on the thread count). The product is laid out as the packed GEMM wastes least: og rows of ck columns when og
     * is narrower than a B panel (a 6-channel first layer uses 6 of 32 lanes the other way), else ck rows of og.
     */
    private static Strided weightGradBatched(Strided x, Strided go, ConvGeometry g, int groups) {
        int n = x.shape()[0];
        int o = go.shape()[1];
        int oh = go.shape()[2];
        int ow = go.shape()[3];
        int og = o / groups;
        int ck = x.shape()[1] / groups * g.kernelArea();
        int pixels = oh * ow;
        int nb = imagesPerProduct(n, pixels, Math.max(ck, og));
        DType dtype = go.storage().dtype();
        int nr = Gemm.panelWidth(dtype);
        boolean ogRows = (long) og * roundUp(ck, nr) < (long) ck * roundUp(og, nr);
        Storage sum = Storage.allocate(dtype, o * ck); // a new storage holds zeros
        Storage col = Storage.allocate(dtype, ck * nb * pixels);
        Storage gathered = Storage.allocate(dtype, og * nb * pixels);
        for (int i0 = 0; i0 < n; i0 += nb) {
            int b = Math.min(nb, n - i0);
            int cols = b * pixels;
            for (int grp = 0; grp < groups; grp++) {
                im2colImages(x, g, groups, oh, ow, i0, b, grp, col);
                gatherChannels(go, i0, b, grp * og, og, gathered);
                if (ogRows) {
                    Gemm.gemm(og, ck, cols, gathered, 0, cols, 1, col, 0, 1, cols, sum, grp * og * ck, ck, true);
                } else {
                    Gemm.gemm(ck, og, cols, col, 0, cols, 1, gathered, 0, 1, cols, sum, grp * og * ck, og, true);
                }
            }
        }
        int[] shape = {groups, og, ck};
        return new Strided(sum, shape, ogRows ? new int[] {og * ck, ck, 1} : new int[] {og * ck, 1, og}, 0);
    }

    private static int roundUp(int v, int multiple) {
        return (v + multiple - 1) / multiple * multiple;
    }
}
