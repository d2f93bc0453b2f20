package jtorch.ops;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.kernels.BinaryOp;
import jtorch.kernels.Gemm;
import jtorch.kernels.Parallel;

/**
 * The raw computations (no autograd, arguments already checked) under {@link ConvOps}: convolution
 * lowered to GEMM. The input's receptive fields are copied into columns with one strided copy
 * (im2col: a view of the padded input whose element is the value each kernel tap meets at each
 * output position), and multiplied by the weight matrix, one {@link Gemm} call per image and group.
 * The transposed convolution multiplies by the transposed weight and adds the columns back at their
 * output positions (col2im, one strided add per kernel tap). The weight gradient joins the batch into
 * the GEMM's inner dimension. bfloat16 computes in float32 and rounds once.
 */
final class ConvLowering {
    private ConvLowering() {
    }

    /** Spatial geometry in 2-d form (a 1-d convolution has height 1 and a 1×K kernel). */
    private record Geometry(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        static Geometry of(int[] wShape, int[] s, int[] p, int[] d) {
            if (wShape.length == 3) {
                return new Geometry(1, wShape[2], 1, s[0], 0, p[0], 1, d[0]);
            }
            return new Geometry(wShape[2], wShape[3], s[0], s[1], p[0], p[1], d[0], d[1]);
        }

        int outH(int h) {
            return (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1;
        }

        int outW(int w) {
            return (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1;
        }

        int kernelArea() {
            return kh * kw;
        }
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
        Geometry g = Geometry.of(w.shape(), s, p, d);
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
        // bfloat16 computes in float32 and rounds once, as PyTorch's CPU kernels accumulate it in float
        DType dtype = x.dtype() == DType.BFLOAT16 ? DType.FLOAT32 : x.dtype();
        Tensor x4 = as4d(cast(x, dtype));
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

    // x zero-padded by (ph, pw) on both sides, or x itself when there is no padding
    private static Tensor padded(Tensor x, int ph, int pw) {
        if (ph == 0 && pw == 0) {
            return x;
        }
        int[] sh = x.shape();
        Tensor out = Torch.zeros(Torch.options().dtype(x.dtype()), sh[0], sh[1], sh[2] + 2 * ph, sh[3] + 2 * pw);
        int[] st = out.stride();
        Tensor interior = Tensor.viewOf(out, sh, st, ph * st[2] + pw * st[3]);
        CopyOps.copyInto(interior, x);
        return out;
    }

    /**
     * The receptive fields of the (padded) input as a raw view of shape [C, KH, KW, N, OH, OW]: the
     * input value each kernel tap meets at each output position of each image.
     */
    private static Tensor fields(Tensor xp, Geometry g, int oh, int ow) {
        int[] st = xp.stride();
        return Tensor.viewOf(xp, new int[] {xp.size(1), g.kh(), g.kw(), xp.size(0), oh, ow},
                new int[] {st[1], g.dh() * st[2], g.dw() * st[3], st[0], g.sh() * st[2], g.sw() * st[3]},
                xp.storageOffset());
    }

    // out[n, grp] = w[grp] · im2col(x[n])[grp], one GEMM per image and group
    private static Tensor convForward(Tensor x, Tensor w, Geometry g, int[] outShape, int groups) {
        int n = outShape[0];
        int o = outShape[1];
        int oh = outShape[2];
        int ow = outShape[3];
        int c = x.size(1);
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int pixels = oh * ow;
        Tensor out = Torch.empty(Torch.options().dtype(x.dtype()), outShape);
        Tensor xp = padded(x, g.ph(), g.pw());
        int[] colShape = {c, g.kh(), g.kw(), 1, oh, ow};
        forEachImage(n, () -> new Tensor(Storage.allocate(x.dtype(), Shapes.numel(colShape)), colShape,
                Shapes.contiguousStrides(colShape), 0), (col, i) -> {
                    Tensor image = Tensor.viewOf(xp, new int[] {1, c, xp.size(2), xp.size(3)}, xp.stride(),
                            xp.storageOffset() + i * xp.stride(0));
                    CopyOps.copyInto(col, fields(image, g, oh, ow));
                    for (int grp = 0; grp < groups; grp++) {
                        Gemm.gemm(og, pixels, ck, w.storage(), w.storageOffset() + grp * og * ck, ck, 1,
                                col.storage(), grp * ck * pixels, pixels, 1,
                                out.storage(), (i * o + grp * og) * pixels, pixels);
                    }
                });
        return out;
    }

    /**
     * Runs {@code body} for images 0..n-1, handing whole images to the pool's threads (claimed one by one,
     * each thread with its own scratch from {@code scratch}), as PyTorch's CPU convolution does: a
     * per-image product of 64 output channels is too short to split well. A single image runs here,
     * and its product uses the threads instead.
     */
    private static void forEachImage(int n, Supplier<Tensor> scratch,
                                     ObjIntConsumer<Tensor> body) {
        AtomicInteger next = new AtomicInteger();
        Parallel.run(Math.min(Parallel.available(), n), (ch, chs) -> {
            Tensor buffer = scratch == null ? null : scratch.get();
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                body.accept(buffer, i);
            }
        });
    }

    // cols[n, grp] = w[grp]ᵀ · x[n, grp], then each column is added back at its output position (col2im)
    private static Tensor transposedForward(Tensor x, Tensor w, Geometry g, int[] outShape, int groups) {
        int n = x.size(0);
        int cin = x.size(1);
        int h = x.size(2);
        int wd = x.size(3);
        int cg = cin / groups;
        int og = w.size(1);
        int o = og * groups;
        int ok = og * g.kernelArea();
        int pixels = h * wd;
        Tensor xc = x.contiguous();
        Tensor cols = Torch.empty(Torch.options().dtype(x.dtype()), n, o, g.kh(), g.kw(), h, wd);
        forEachImage(n, null, (none, i) -> {
            for (int grp = 0; grp < groups; grp++) {
                Gemm.gemm(ok, pixels, cg, w.storage(), w.storageOffset() + grp * cg * ok, 1, ok,
                        xc.storage(), xc.storageOffset() + (i * cin + grp * cg) * pixels, pixels, 1,
                        cols.storage(), (i * o + grp * og) * g.kernelArea() * pixels, pixels);
            }
        });
        Tensor full = Torch.zeros(Torch.options().dtype(x.dtype()), n, o, outShape[2] + 2 * g.ph(),
                outShape[3] + 2 * g.pw());
        addFields(full, cols, g, h, wd);
        int[] st = full.stride();
        Tensor inner = Tensor.viewOf(full, outShape, st, g.ph() * st[2] + g.pw() * st[3]);
        return inner.contiguous();
    }

    // col2im: target[n, c, kh*dh + y*sh, kw*dw + x*sw] += cols[n, c, kh, kw, y, x]; within one tap the
    // positions are distinct, so each tap is one strided add
    private static void addFields(Tensor target, Tensor cols, Geometry g, int h, int wd) {
        int[] ts = target.stride();
        int[] cs = cols.stride();
        int[] shape = {target.size(0), target.size(1), h, wd};
        for (int kh = 0; kh < g.kh(); kh++) {
            for (int kw = 0; kw < g.kw(); kw++) {
                Tensor dst = Tensor.viewOf(target, shape, new int[] {ts[0], ts[1], g.sh() * ts[2], g.sw() * ts[3]},
                        kh * g.dh() * ts[2] + kw * g.dw() * ts[3]);
                Tensor src = Tensor.viewOf(cols, shape, new int[] {cs[0], cs[1], cs[4], cs[5]},
                        kh * cs[2] + kw * cs[3]);
                Elementwise.binaryInto(BinaryOp.ADD, dst, src, dst, target.dtype());
            }
        }
    }

    static Tensor weightGradForward(Tensor input, Tensor grad, int[] wShape, int[] s, int[] p, int[] d,
                                            int groups) {
        if (input.isMeta() || grad.isMeta()) {
            return Torch.empty(Torch.options().dtype(input.dtype()).device(Device.META), wShape);
        }
        DType dtype = input.dtype() == DType.BFLOAT16 ? DType.FLOAT32 : input.dtype();
        Geometry g = Geometry.of(wShape, s, p, d);
        Tensor x = as4d(cast(input, dtype));
        Tensor go = as4d(cast(grad, dtype));
        int n = x.size(0);
        int c = x.size(1);
        int o = go.size(1);
        int oh = go.size(2);
        int ow = go.size(3);
        int cg = c / groups;
        int og = o / groups;
        int ck = cg * g.kernelArea();
        int np = n * oh * ow;
        // columns [C, KH, KW, N, OH, OW] and the gradient as [O, N, OH, OW]: the batch joins the GEMM's k
        Tensor col = Torch.empty(Torch.options().dtype(dtype), c, g.kh(), g.kw(), n, oh, ow);
        CopyOps.copyInto(col, fields(padded(x, g.ph(), g.pw()), g, oh, ow));
        Tensor gT = Torch.empty(Torch.options().dtype(dtype), o, n, oh, ow);
        CopyOps.copyInto(gT, Tensor.viewOf(go, new int[] {o, n, oh, ow},
                new int[] {go.stride(1), go.stride(0), go.stride(2), go.stride(3)}, go.storageOffset()));
        Tensor gw = Torch.empty(Torch.options().dtype(dtype), wShape);
        for (int grp = 0; grp < groups; grp++) {
            Gemm.gemm(og, ck, np, gT.storage(), grp * og * np, np, 1, col.storage(), grp * ck * np, 1, np,
                    gw.storage(), grp * og * ck, ck);
        }
        return cast(gw, input.dtype());
    }
}
