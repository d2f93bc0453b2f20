package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.backend.Strided;

/**
 * Matrix products: mm, bmm, mv and dot are primitives on the {@link Gemm} kernel, each with its
 * backward formula written with these same products (so double backward works); matmul and outer are
 * compositions, exactly as in PyTorch 1.13, so their gradients come from the parts.
 */
public final class LinalgOps {
    static final OpDef MM = OpDef.of("mm", Saves.CROSSED);
    static final OpDef BMM = OpDef.of("bmm", Saves.CROSSED);
    static final OpDef MV = OpDef.of("mv", Saves.CROSSED);
    static final OpDef DOT = OpDef.of("dot", Saves.CROSSED);
    static final OpDef SQUEEZE_ = OpDef.withNode("squeeze_", "SqueezeBackward3", Saves.NOTHING);

    private LinalgOps() {
    }

    // ---------------------------------------------------------------- primitives

    /** Matrix product of two 2-D tensors. PyTorch: {@code torch.mm}. */
    public static Tensor mm(Tensor a, Tensor b) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(MM, new Tensor[] {a, b}, t -> mm(t[0], t[1]));
        }
        checkMm(a, b);
        int m = a.size(0);
        int k = a.size(1);
        int n = b.size(1);
        boolean eachStep = mmEachStep(b, (long) m * n * k);
        return Dispatch.apply(MM, new Tensor[] {a, b},
                () -> product(batchView(a, 0, m, k, a.stride(0), a.stride(1)),
                        batchView(b, 0, k, n, b.stride(0), b.stride(1)), eachStep, m, n),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? g[0].mm(ctx.input(1).t()) : null,
                    ctx.needsInputGrad(1) ? ctx.input(0).t().mm(g[0]) : null});
    }

    // mm's checks and messages, in PyTorch's order
    static void checkMm(Tensor a, Tensor b) {
        if (a.dim() != 2) {
            throw new IllegalArgumentException("self must be a matrix");
        }
        if (b.dim() != 2) {
            throw new IllegalArgumentException("mat2 must be a matrix");
        }
        if (a.size(1) != b.size(0)) {
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + Shapes.formatX(a.sizes())
                    + " and " + Shapes.formatX(b.sizes()) + ")");
        }
        checkKernelDtype(a, "addmm_impl_cpu_");
        checkSameDtype(a, b);
    }

    // bmm's checks and messages, in PyTorch's order
    static void checkBmm(Tensor a, Tensor b) {
        if (a.dim() != 3) {
            throw new IllegalArgumentException("batch1 must be a 3D tensor");
        }
        if (b.dim() != 3) {
            throw new IllegalArgumentException("batch2 must be a 3D tensor");
        }
        if (b.size(0) != a.size(0) || b.size(1) != a.size(2)) {
            throw new IllegalArgumentException("Expected size for first two dimensions of batch2 tensor to be: ["
                    + a.size(0) + ", " + a.size(2) + "] but got: [" + b.size(0) + ", " + b.size(1) + "].");
        }
        checkKernelDtype(a, "bmm");
        checkSameDtype(a, b);
    }

    /** Batched matrix product of two 3-D tensors with equal batch sizes. PyTorch: {@code torch.bmm}. */
    public static Tensor bmm(Tensor a, Tensor b) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(BMM, new Tensor[] {a, b}, t -> bmm(t[0], t[1]));
        }
        checkBmm(a, b);
        int batch = a.size(0);
        int m = a.size(1);
        int n = b.size(2);
        boolean eachStep = bmmEachStep(b, batch, (long) m * n * a.size(2));
        return Dispatch.apply(BMM, new Tensor[] {a, b}, () -> product(a, b, eachStep, batch, m, n),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? g[0].bmm(ctx.input(1).transpose(1, 2)) : null,
                    ctx.needsInputGrad(1) ? ctx.input(0).transpose(1, 2).bmm(g[0]) : null});
    }

    /** Matrix-vector product. PyTorch: {@code torch.mv}. */
    public static Tensor mv(Tensor a, Tensor v) {
        if (a.dim() == 0) {
            throw new IndexOutOfBoundsException("Dimension specified as 0 but tensor has no dimensions");
        }
        if (a.dim() != 2 || v.dim() != 1) {
            throw new IllegalArgumentException("vector + matrix @ vector expected, got 1, " + a.dim() + ", " + v.dim());
        }
        int m = a.size(0);
        int k = a.size(1);
        if (k != v.size(0)) {
            throw new IllegalArgumentException("size mismatch, got " + m + ", " + m + "x" + k + "," + v.size(0));
        }
        checkKernelDtype(a, "addmv_impl_cpu");
        checkSameDtype(a, v);
        return Dispatch.apply(MV, new Tensor[] {a, v},
                () -> product(batchView(a, 0, m, k, a.stride(0), a.stride(1)), batchView(v, 0, k, 1, v.stride(0), 1),
                        true, m),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? outer(g[0], ctx.input(1)) : null,
                    ctx.needsInputGrad(1) ? ctx.input(0).t().mv(g[0]) : null});
    }

    /** Inner product of two 1-D tensors of one dtype, as a 0-d tensor. PyTorch: {@code torch.dot}. */
    public static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw new IllegalArgumentException("1D tensors expected, but got " + a.dim() + "D and " + b.dim()
                    + "D tensors");
        }
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("dot : expected both vectors to have same dtype, but found "
                    + TypePromotion.scalarTypeName(a.dtype()) + " and " + TypePromotion.scalarTypeName(b.dtype()));
        }
        int k = a.numel();
        if (k != b.numel()) {
            throw new IllegalArgumentException("inconsistent tensor size, expected tensor [" + k + "] and src ["
                    + b.numel() + "] to have the same number of elements, but got " + k + " and " + b.numel()
                    + " elements respectively");
        }
        checkKernelDtype(a, "dot");
        return Dispatch.apply(DOT, new Tensor[] {a, b},
                () -> product(batchView(a, 0, 1, k, 0, a.stride(0)), batchView(b, 0, k, 1, b.stride(0), 1), true),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? g[0].mul(ctx.input(1)) : null,
                    ctx.needsInputGrad(1) ? g[0].mul(ctx.input(0)) : null});
    }

    // ---------------------------------------------------------------- compositions

    /** Outer product of two 1-D tensors, with type promotion. PyTorch: {@code torch.outer} (self[:, None] * vec2). */
    public static Tensor outer(Tensor a, Tensor b) {
        if (a.dim() != 1) {
            throw new IllegalArgumentException("outer: Expected 1-D argument self, but got " + a.dim() + "-D");
        }
        if (b.dim() != 1) {
            throw new IllegalArgumentException("outer: Expected 1-D argument vec2, but got " + b.dim() + "-D");
        }
        return a.reshape(a.size(0), 1).mul(b);
    }

    /**
     * Matrix product with NumPy's rules for ranks: 1-D·1-D is dot, 2-D·1-D is mv, a 1-D operand is a
     * row/column that is removed again, and leading dims are batch dims that broadcast. PyTorch:
     * {@code torch.matmul} (the {@code @} operator), following its 1.13 dispatch to dot/mv/mm/bmm.
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {a, b}, t -> matmul(t[0], t[1]));
        }
        int d1 = a.dim();
        int d2 = b.dim();
        if (d1 == 0 || d2 == 0) {
            throw new IllegalArgumentException("both arguments to matmul need to be at least 1D, but they are " + d1
                    + "D and " + d2 + "D");
        }
        if (d1 == 1 && d2 == 1) {
            return dot(a, b);
        }
        if (d1 == 2 && d2 == 1) {
            return mv(a, b);
        }
        if (d1 == 1 && d2 == 2) {
            return squeezeFreshRow(mm(a.unsqueeze(0), b));
        }
        if (d1 == 2 && d2 == 2) {
            return mm(a, b);
        }
        if (shouldFold(a, d2) || shouldFold(b, d1)) {
            return folded(a, b);
        }
        return batched(a, b);
    }

    // PyTorch's should_fold: a stack of matrices times a matrix or vector is one mm/mv once the stack is
    // folded into the rows, except when the stack's last two dims are transposed, where the fold would
    // copy and bmm reads the transposed matrices in place.
    private static boolean shouldFold(Tensor t1, int dim2) {
        if (t1.dim() < 3 || (dim2 != 1 && dim2 != 2)) {
            return false;
        }
        int[] size = t1.sizes();
        int[] stride = t1.stride();
        return !(t1.dim() == 3 && dim2 == 2 && stride[2] != 1 && stride[0] == size[1] * size[2]);
    }

    // The larger operand (transposed when it is the right one) is folded to a matrix: one mm or mv.
    private static Tensor folded(Tensor a, Tensor b) {
        boolean transpose = b.dim() > a.dim();
        Tensor t1 = transpose ? b.transpose(-1, -2) : a;
        Tensor t2 = !transpose ? b : a.dim() == 2 ? a.t() : a;
        int[] size1 = t1.sizes();
        int[] outShape = Arrays.copyOf(size1, size1.length - 1 + (t2.dim() == 2 ? 1 : 0));
        int rows = Shapes.numel(Arrays.copyOf(size1, size1.length - 1));
        // reshape, not view(-1, k): -1 cannot be inferred when k is 0
        Tensor t1Folded = t1.reshape(rows, size1[size1.length - 1]);
        if (t2.dim() == 2) {
            outShape[outShape.length - 1] = t2.size(1);
            Tensor out = ViewOps.unsafeView(mm(t1Folded, t2), outShape);
            return transpose ? out.transpose(-1, -2).contiguous() : out;
        }
        return ViewOps.unsafeView(mv(t1Folded, t2), outShape);
    }

    // Batch dims broadcast; both operands become [batch, rows, cols] stacks for one bmm.
    private static Tensor batched(Tensor a, Tensor b) {
        int d1 = a.dim();
        int d2 = b.dim();
        int n = d1 > 1 ? a.size(-2) : 1;
        int m1 = a.size(-1);
        int m2 = d2 > 1 ? b.size(-2) : 1;
        int p = b.size(-1);
        int[] batch = Shapes.broadcast(Arrays.copyOf(a.sizes(), Math.max(d1 - 2, 0)),
                Arrays.copyOf(b.sizes(), Math.max(d2 - 2, 0)));
        int batchProduct = Shapes.numel(batch);
        Tensor a3 = a.expand(append(batch, n, m1)).reshape(batchProduct, n, m1);
        Tensor b3 = b.expand(append(batch, m2, p)).reshape(batchProduct, m2, p);
        int[] outShape = batch;
        if (d1 > 1) {
            outShape = append(outShape, n);
        }
        if (d2 > 1) {
            outShape = append(outShape, p);
        }
        return ViewOps.unsafeView(bmm(a3, b3), outShape);
    }

    /**
     * 1-D @ 2-D: PyTorch computes {@code mm(a.unsqueeze(0), b).squeeze_(0)}; the in-place squeeze of the
     * fresh product records SqueezeBackward3.
     */
    private static Tensor squeezeFreshRow(Tensor fresh) {
        int[] shape = {fresh.size(1)};
        return Dispatch.apply(SQUEEZE_, new Tensor[] {fresh},
                () -> new Tensor(fresh.storage(), shape, new int[] {fresh.stride(1)}, fresh.storageOffset()),
                (ctx, g) -> new Tensor[] {g[0].unsqueeze(0)});
    }

    // ---------------------------------------------------------------- forward kernel call

    // A raw [batch, rows, cols] view (no autograd, no dispatch) of a tensor's storage.
    private static Tensor batchView(Tensor t, int batchStride, int rows, int cols, int rowStride, int colStride) {
        return Tensor.viewOf(t, new int[] {1, rows, cols}, new int[] {batchStride, rowStride, colStride},
                t.storageOffset());
    }

    /**
     * out[i] = a[i]·b[i] for [batch, m, k] and [batch, k, n] views, written contiguously into a new
     * tensor of {@code outShape} (batch·m·n elements). bfloat16 goes to {@link #bf16Product}, which sums each step
     * in bfloat16 when {@code eachStep}.
     */
    private static Tensor product(Tensor a, Tensor b, boolean eachStep, int... outShape) {
        if (a.dtype() == DType.BFLOAT16) {
            return bf16Product(null, 0, a, b, 1, eachStep, outShape);
        }
        Elementwise.checkSameDevice(a, b);
        Tensor out = Operands.empty(Torch.options().dtype(a.dtype()).device(a.device()), outShape);
        Operands.backend(out).bmm(Operands.of(a), Operands.of(b),
                contiguousStack(out, a.size(0), a.size(1), b.size(2)));
        return out;
    }

    private static Strided contiguousStack(Tensor t, int batch, int m, int n) {
        return new Strided(t.storage(), new int[] {batch, m, n}, new int[] {m * n, n, 1}, t.storageOffset());
    }

    /**
     * {@code beta·c + alpha·a[i]·b[i]} for bfloat16 [batch, m, k] and [batch, k, n] views ({@code c} null, or of
     * {@code outShape}), as PyTorch 1.13's CPU kernels compute it: with {@code eachStep}, its own loop in bfloat16
     * arithmetic, from beta·c (rounded) adding each rounded product in k order and rounding every sum; without,
     * float32 accumulation rounded once (oneDNN's GEMM, or its float dot-product loop). Which one PyTorch takes is
     * decided by the ops ({@link #mmEachStep}, {@link #bmmEachStep}): the results differ by several bf16 ulps.
     */
    static Tensor bf16Product(Tensor c, double beta, Tensor a, Tensor b, double alpha, boolean eachStep,
                              int... outShape) {
        Elementwise.checkSameDevice(a, b);
        int batch = a.size(0);
        int m = a.size(1);
        int n = b.size(2);
        Tensor out = Operands.zeros(Torch.options().dtype(DType.BFLOAT16).device(a.device()), outShape);
        if (eachStep) {
            if (c != null) {
                CopyOps.copyInto(out, beta == 1 ? c : c.mul(beta));
            }
            Operands.backend(out).bmmRoundingEachStep(Operands.of(a), Operands.of(b), alpha,
                    contiguousStack(out, batch, m, n));
            return out;
        }
        Tensor acc = Operands.empty(Torch.options().dtype(DType.FLOAT32).device(a.device()), batch, m, n);
        Operands.backend(acc).bmm(Operands.of(converted(a, DType.FLOAT32)), Operands.of(converted(b, DType.FLOAT32)),
                contiguousStack(acc, batch, m, n));
        Tensor sum = alpha == 1 ? acc.view(outShape) : acc.view(outShape).mul(alpha);
        CopyOps.copyInto(out, c == null ? sum : sum.add(c.toFloat().mul(beta)));
        return out;
    }

    /** {@code beta·c + alpha·a·b} of bfloat16 matrices ({@code c} null or [m, n]), as PyTorch's addmm computes it. */
    static Tensor bf16Addmm(Tensor c, double beta, Tensor a, Tensor b, double alpha) {
        int m = a.size(0);
        int k = a.size(1);
        int n = b.size(1);
        return bf16Product(c, beta, batchView(a, 0, m, k, a.stride(0), a.stride(1)),
                batchView(b, 0, k, n, b.stride(0), b.stride(1)), alpha, mmEachStep(b, (long) m * n * k), m, n);
    }

    /** {@code beta·c + alpha·a[i]·b[i]} of bfloat16 stacks ({@code c} null or [batch, m, n]), as PyTorch's baddbmm. */
    static Tensor bf16Baddbmm(Tensor c, double beta, Tensor a, Tensor b, double alpha) {
        int batch = a.size(0);
        int m = a.size(1);
        int n = b.size(2);
        return bf16Product(c, beta, a, b, alpha, bmmEachStep(b, batch, (long) m * n * a.size(2)), batch, m, n);
    }

    // PyTorch 1.13 hands a bfloat16 product of more than 16^3 multiply-adds to oneDNN on CPUs with AVX-512 (BW, VL,
    // DQ), as this build does; below that its GEMM sums in bfloat16 when the second factor is row-major (or copied
    // to be), and in float when it is column-major. Measured by tools/golden/autocast.py's bf16 cases.
    static boolean mmEachStep(Tensor b, long macs) {
        return macs <= 16 * 16 * 16 && !columnMajor(b, b.dim() - 2);
    }

    // bmm: the same with the batch's multiply-adds counted together, and a naive bfloat16 loop below 400 per matrix
    static boolean bmmEachStep(Tensor b, int batch, long macs) {
        return batch * macs <= 16 * 16 * 16 && (macs < 400 || !columnMajor(b, 1));
    }

    // PyTorch's GEMM layout test of a [k, n] factor at dims (d, d + 1): row-major first, then column-major, else
    // it is copied to row-major
    private static boolean columnMajor(Tensor b, int d) {
        int k = b.size(d);
        int n = b.size(d + 1);
        boolean rowMajor = b.stride(d + 1) == 1 && b.stride(d) >= Math.max(1, n);
        return !rowMajor && b.stride(d) == 1 && b.stride(d + 1) >= Math.max(1, k);
    }

    private static Tensor converted(Tensor t, DType dtype) {
        Tensor out = Operands.empty(Torch.options().dtype(dtype).device(t.device()), t.sizes());
        CopyOps.copyInto(out, t);
        return out;
    }

    // PyTorch's CPU product kernels have no Bool or Half instantiation; the message names the kernel.
    private static void checkKernelDtype(Tensor t, String kernel) {
        if (t.dtype() == DType.BOOL || t.dtype() == DType.FLOAT16) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(t.dtype()) + "'");
        }
    }

    private static void checkSameDtype(Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(a.dtype())
                    + " but found " + TypePromotion.scalarTypeName(b.dtype()));
        }
    }

    private static int[] append(int[] shape, int... more) {
        int[] out = Arrays.copyOf(shape, shape.length + more.length);
        System.arraycopy(more, 0, out, shape.length, more.length);
        return out;
    }
}
