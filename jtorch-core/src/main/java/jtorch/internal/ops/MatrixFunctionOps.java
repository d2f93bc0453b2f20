package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * The rest of {@code torch.linalg}: vector_norm, pinv and cross with their own nodes (as in PyTorch 1.13), and the
 * compositions PyTorch builds from them and from {@link DecompositionOps}: matrix_norm, norm, svdvals, eigvalsh,
 * matrix_rank, matrix_power, multi_dot, vecdot, logdet and lstsq's gradient.
 */
public final class MatrixFunctionOps {
    static final OpDef VECTOR_NORM = OpDef.withNode("linalg_vector_norm", "LinalgVectorNormBackward0",
            Saves.inputs(0).andOutput());
    static final OpDef PINV = OpDef.withNode("linalg_pinv", "LinalgPinvBackward0", Saves.inputs(0).andOutput());
    static final OpDef LSTSQ = OpDef.withNode("linalg_lstsq", "LinalgLstsqBackward0", Saves.ALL_INPUTS);
    static final OpDef MATRIX_EXP = OpDef.withNode("linalg_matrix_exp", "LinalgMatrixExpBackward0", Saves.inputs(0));
    static final OpDef CHOLESKY_INVERSE = OpDef.withNode("cholesky_inverse", "CholeskyInverseBackward0",
            Saves.inputs(0).andOutput());
    static final OpDef CHOLESKY_SOLVE = OpDef.withNode("cholesky_solve", "CholeskySolveBackward0",
            Saves.inputs(1).andOutput());

    private MatrixFunctionOps() {
    }

    // ---------------------------------------------------------------- norms

    /**
     * The {@code ord}-norm of x as a vector over {@code dims} (null or empty: all), optionally computed in
     * {@code dtype} (nullable). PyTorch: {@code torch.linalg.vector_norm(x, ord=2, dim=None, keepdim=False, *,
     * dtype=None)}.
     */
    public static Tensor vectorNorm(Tensor x, double ord, int[] dims, boolean keepdim, DType dtype) {
        if (!x.dtype().isFloatingPoint()) {
            // float16 and bfloat16 are accepted (PyTorch's norm kernels have them)
            DecompositionOps.checkFloating(x, "linalg.vector_norm");
        }
        if (dtype != null && dtype != x.dtype()) {
            if (!dtype.isFloatingPoint()) {
                throw new IllegalArgumentException("linalg.vector_norm: dtype should be floating point or complex, but "
                        + "got " + TypePromotion.scalarTypeName(dtype));
            }
            return vectorNorm(x.to(dtype), ord, dims, keepdim, null);
        }
        int[] d = Reductions.dimsOrAll(dims, x.dim());
        if (ord < 0 || Double.isInfinite(ord)) {
            // PyTorch: a reduction with no identity over an empty dim
            for (int i : d) {
                if (x.dim() > 0 && x.size(i) == 0) {
                    throw new IllegalArgumentException("linalg.vector_norm cannot compute the " + ordName(ord)
                            + " norm on an empty tensor because the operation does not have an identity");
                }
            }
        }
        return Dispatch.apply(VECTOR_NORM, new Tensor[] {x}, () -> ReductionOps.normForward(x, ord, d, keepdim),
                (ctx, g) -> new Tensor[] {ReductionOps.normBackward(g[0], ctx.input(0), ord, ctx.output(), d,
                        keepdim)});
    }

    private static String ordName(double ord) {
        return ord == (long) ord ? Long.toString((long) ord) : Double.isInfinite(ord) ? (ord > 0 ? "inf" : "-inf")
                : Double.toString(ord);
    }

    /**
     * A matrix norm over the two {@code dims}: "fro", "nuc" or ord = ±1, ±2, ±inf given as a number. PyTorch:
     * {@code torch.linalg.matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None)}.
     */
    public static Tensor matrixNorm(Tensor a, String ord, int[] dims, boolean keepdim, DType dtype) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> matrixNorm(t[0], ord, dims, keepdim, dtype));
        }
        checkMatrixNormArgs(a, dims);
        if (ord.equals("fro")) {
            return vectorNorm(a, 2, dims, keepdim, dtype);
        }
        if (!ord.equals("nuc")) {
            throw new IllegalArgumentException("linalg.matrix_norm: Order " + ord + " not supported.");
        }
        Tensor x = dtype == null ? a : a.to(dtype);
        return spectral(x, dims, keepdim, true, 0);
    }

    /** {@link #matrixNorm(Tensor, String, int[], boolean, DType)} for a numeric ord (±1, ±2, ±inf). */
    public static Tensor matrixNorm(Tensor a, double ord, int[] dims, boolean keepdim, DType dtype) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> matrixNorm(t[0], ord, dims, keepdim, dtype));
        }
        checkMatrixNormArgs(a, dims);
        double abs = Math.abs(ord);
        if (abs != 1 && abs != 2 && !Double.isInfinite(ord)) {
            throw new IllegalArgumentException("linalg.matrix_norm: Order " + ordName(ord) + " not supported.");
        }
        if (abs == 2) {
            return spectral(dtype == null ? a : a.to(dtype), dims, keepdim, false, ord);
        }
        // PyTorch: the 1-norm is the largest vector 1-norm of a column (amax of vector_norm over dim 0), inf that
        // of a row; without keepdim the second dim shifts down when the first lay before it
        int d0 = Shapes.wrapDim(dims[0], a.dim());
        int d1 = Shapes.wrapDim(dims[1], a.dim());
        if (Double.isInfinite(ord)) {
            int t = d0;
            d0 = d1;
            d1 = t;
        }
        if (!keepdim && d0 < d1) {
            d1--;
        }
        Tensor sums = vectorNorm(a, 1, new int[] {d0}, keepdim, dtype);
        return ord > 0 ? sums.amax(d1, keepdim) : sums.amin(d1, keepdim);
    }

    private static void checkMatrixNormArgs(Tensor a, int[] dims) {
        if (a.dim() < 2) {
            throw new IllegalArgumentException("linalg.matrix_norm: The input tensor A must have at least 2 "
                    + "dimensions.");
        }
        if (!a.dtype().isFloatingPoint()) {
            DecompositionOps.checkFloating(a, "linalg.matrix_norm");
        }
        if (dims.length != 2) {
            throw new IllegalArgumentException("linalg.matrix_norm: dim must be a 2-tuple. Got "
                    + Shapes.format(dims).replace('[', ' ').replace(']', ' ').trim());
        }
        int d0 = Shapes.wrapDim(dims[0], a.dim());
        if (d0 == Shapes.wrapDim(dims[1], a.dim())) {
            throw new IllegalArgumentException("linalg.matrix_norm: dims must be different. Got (" + d0 + ", " + d0
                    + ")");
        }
    }

    // the sum (nuclear), max (2) or min (-2) of the singular values of the (dims) planes; PyTorch moves the two dims
    // to the back by a permutation and, for keepdim, permutes the two restored size-1 dims back
    private static Tensor spectral(Tensor x, int[] dims, boolean keepdim, boolean nuclear, double ord) {
        // the SVD has no float16/bfloat16 form; PyTorch checks before moving the dims
        DecompositionOps.checkFloating(x, "linalg.matrix_norm");
        int d0 = Shapes.wrapDim(dims[0], x.dim());
        int d1 = Shapes.wrapDim(dims[1], x.dim());
        int[] perm = new int[x.dim()];
        int j = 0;
        for (int i = 0; i < x.dim(); i++) {
            if (i != d0 && i != d1) {
                perm[j++] = i;
            }
        }
        perm[j++] = d0;
        perm[j] = d1;
        Tensor s = svdvals(x.permute(perm));
        Tensor r = nuclear ? s.sum(-1) : ord > 0 ? s.amax(-1, false) : s.amin(-1, false);
        if (keepdim) {
            int[] inverse = new int[perm.length];
            for (int i = 0; i < perm.length; i++) {
                inverse[perm[i]] = i;
            }
            r = r.unsqueeze(-1).unsqueeze(-1).permute(inverse);
        }
        return r;
    }

    /**
     * PyTorch: {@code torch.linalg.norm(A, ord=None, dim=None, keepdim=False, *, dtype=None)}: with a string ord or
     * two dims (or a 2-D input, ord given and no dim) a matrix norm, else a vector norm (without ord: the 2-norm of
     * the flattened input). {@code ord} is a Double, a String or null.
     */
    public static Tensor norm(Tensor a, Object ord, int[] dims, boolean keepdim, DType dtype) {
        if (dims != null && dims.length != 1 && dims.length != 2) {
            throw new IllegalArgumentException("linalg.norm: If dim is specified, it must be of length 1 or 2. Got "
                    + Shapes.format(dims));
        }
        if (ord == null) {
            return vectorNorm(a, 2, dims, keepdim, dtype);
        }
        if (dims == null && a.dim() != 1 && a.dim() != 2) {
            throw new IllegalArgumentException("linalg.norm: If dim is not specified but ord is, the input must be "
                    + "1D or 2D. Got " + a.dim() + "D.");
        }
        boolean matrix = dims != null ? dims.length == 2 : a.dim() == 2;
        int[] d = dims != null ? dims : matrix ? new int[] {0, 1} : new int[] {0};
        if (ord instanceof String s) {
            // a string ord is always a matrix norm (over dims 0 and 1 by default)
            return matrixNorm(a, s, dims != null ? dims : new int[] {0, 1}, keepdim, dtype);
        }
        double p = ((Number) ord).doubleValue();
        return matrix ? matrixNorm(a, p, d, keepdim, dtype) : vectorNorm(a, p, d, keepdim, dtype);
    }

    // ---------------------------------------------------------------- values only

    /** The singular values (descending). PyTorch: {@code torch.linalg.svdvals(A)} (LinalgSvdBackward0 for S). */
    public static Tensor svdvals(Tensor a) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> svdvals(t[0]));
        }
        DecompositionOps.checkMatrix(a, "linalg.svd", false);
        return DecompositionOps.svd(a, false)[1];
    }

    /** The eigenvalues (ascending) of symmetric matrices. PyTorch: {@code torch.linalg.eigvalsh(A, UPLO='L')}. */
    public static Tensor eigvalsh(Tensor a, String uplo) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> eigvalsh(t[0], uplo));
        }
        return DecompositionOps.eigh(a, uplo)[0];
    }

    /**
     * The number of singular values (|eigenvalues| when {@code hermitian}) above max(atol, rtol * largest); a NaN
     * tolerance is unset (None): both unset means rtol = eps * max(m, n), atol alone means rtol = 0. PyTorch:
     * {@code torch.linalg.matrix_rank(A, *, atol=None, rtol=None, hermitian=False)}.
     */
    public static Tensor matrixRank(Tensor a, double atol, double rtol, boolean hermitian) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> matrixRank(t[0], atol, rtol, hermitian));
        }
        if (a.dtype() != DType.FLOAT32 && a.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("This function doesn't handle types other than float and double");
        }
        DecompositionOps.checkMatrix(a, "torch.linalg.matrix_rank", hermitian);
        Tensor s;
        try (var ignored = Torch.noGrad()) {
            s = hermitian ? eigvalsh(a, "L").abs() : svdvals(a);
        }
        Tensor tol = tolerance(s, a, atol, rtol, hermitian);
        return s.gt(tol.unsqueeze(-1)).sum(new int[] {-1}, false, DType.INT64);
    }

    // max(atol, rtol * max(s)) per matrix
    private static Tensor tolerance(Tensor s, Tensor a, double atol, double rtol, boolean hermitian) {
        double eps = a.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        double r = !Double.isNaN(rtol) ? rtol : atol > 0 ? 0 : eps * Math.max(a.size(-2), a.size(-1));
        Tensor largest = s.size(-1) == 0 ? Operands.zerosLike(s, Arrays.copyOf(s.sizes(), s.dim() - 1))
                : hermitian ? s.abs().max(-1, false).values() : s.narrow(-1, 0, 1).squeeze(-1);
        return largest.mul(r).clampMin(Double.isNaN(atol) ? 0 : atol);
    }

    /**
     * The pseudo-inverse through the SVD (eigh when {@code hermitian}), singular values at or below max(atol, rtol *
     * largest) dropped (tolerances as {@link #matrixRank}). PyTorch: {@code torch.linalg.pinv(A, *, atol=None,
     * rtol=None, hermitian=False)}.
     */
    public static Tensor pinv(Tensor a, double atol, double rtol, boolean hermitian) {
        DecompositionOps.checkMatrix(a, "linalg.pinv", hermitian);
        return Dispatch.apply(PINV, new Tensor[] {a}, () -> {
            if (hermitian) {
                Tensor[] lv = DecompositionOps.eigh(a, "L");
                Tensor tol = tolerance(lv[0], a, atol, rtol, true);
                Tensor inv = Torch.where(lv[0].abs().gt(tol.unsqueeze(-1)), lv[0].reciprocal(), 0.0);
                return lv[1].mul(inv.unsqueeze(-2)).matmul(lv[1].mT());
            }
            Tensor[] usv = DecompositionOps.svd(a, false);
            Tensor tol = tolerance(usv[1], a, atol, rtol, false);
            Tensor inv = Torch.where(usv[1].gt(tol.unsqueeze(-1)), usv[1].reciprocal(), 0.0);
            return usv[2].mT().mul(inv.unsqueeze(-2)).matmul(usv[0].mT());
        }, (ctx, g) -> new Tensor[] {pinvBackward(g[0], ctx.output(), ctx.input(0))});
    }

    // PyTorch's pinv_backward, arranged so the products stay as small as the matrix's short side
    private static Tensor pinvBackward(Tensor grad, Tensor pinv, Tensor a) {
        Tensor pinvT = pinv.mT();
        Tensor gradT = grad.mT();
        if (a.size(-2) <= a.size(-1)) {
            Tensor k = gradT.matmul(pinv);
            Tensor kPinvT = k.matmul(pinvT);
            return pinv.matmul(k).mT().neg().add(kPinvT).sub(a.matmul(pinv).matmul(kPinvT))
                    .add(pinvT.matmul(pinv).matmul(gradT.sub(k.matmul(a))));
        }
        Tensor k = pinv.matmul(gradT);
        Tensor pinvTk = pinvT.matmul(k);
        return k.matmul(pinv).mT().neg().add(gradT.sub(a.matmul(k)).matmul(pinv).matmul(pinvT)).add(pinvTk)
                .sub(pinvTk.matmul(pinv).matmul(a));
    }

    /**
     * Least squares with PyTorch's gradient of the solution (through the pseudo-inverse: gA = pinv_backward(gX B^T),
     * gB = pinv(A)^T gX). Returns [solution, residuals, rank, singular_values] as {@link DecompositionOps#lstsq}
     * fills them for the driver. PyTorch: {@code torch.linalg.lstsq(A, B, rcond=None, *, driver=None)}.
     */
    public static Tensor[] lstsq(Tensor a, Tensor b, double rcond, String driver) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a, b}, t -> lstsq(t[0], t[1], rcond, driver));
        }
        Tensor[] rest = new Tensor[3];
        boolean vector = a.dim() - 1 == b.dim();
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        Tensor x = Dispatch.apply(LSTSQ, new Tensor[] {a, b}, () -> {
            Tensor[] r = DecompositionOps.lstsq(a, b, rcond, driver);
            System.arraycopy(r, 1, rest, 0, 3);
            return r[0];
        }, (ctx, g) -> {
            Tensor ad = ctx.input(0);
            Tensor bd = vector ? ctx.input(1).unsqueeze(-1) : ctx.input(1);
            Tensor gx = vector ? g[0].unsqueeze(-1) : g[0];
            Tensor p = pinv(ad, Double.NaN, Double.NaN, false);
            Tensor ga = ctx.needsInputGrad(0) ? ViewOps.sumTo(pinvBackward(gx.matmul(bd.mT()), p, ad), aShape) : null;
            Tensor gb = null;
            if (ctx.needsInputGrad(1)) {
                gb = p.mT().matmul(gx);
                gb = ViewOps.sumTo(vector ? gb.squeeze(-1) : gb, bShape);
            }
            return new Tensor[] {ga, gb};
        });
        return new Tensor[] {x, rest[0], rest[1], rest[2]};
    }

    // ---------------------------------------------------------------- powers and products

    /**
     * A^n by repeated squaring (n &lt; 0: of the inverse; n = 0: the identity, copied into a clone of A as PyTorch
     * does). PyTorch: {@code torch.linalg.matrix_power(A, n)}.
     */
    public static Tensor matrixPower(Tensor a, int n) {
        if (a.dim() < 2) {
            throw new IllegalArgumentException("linalg.matrix_power: The input tensor A must have at least 2 "
                    + "dimensions.");
        }
        if (a.size(-1) != a.size(-2)) {
            throw new IllegalArgumentException("linalg.matrix_power: A must be batches of square matrices, but they "
                    + "are " + a.size(-2) + " by " + a.size(-1) + " matrices");
        }
        if (n == 0) {
            Tensor eye = Torch.eye(Torch.options().dtype(a.dtype()).device(a.device()), a.size(-1), a.size(-1));
            return a.clone().copy_(eye.expand(a.sizes()));
        }
        if (n == -1) {
            return DecompositionOps.invEx(a, true)[0]; // PyTorch returns the inverse itself, not a clone
        }
        if (n < 0) {
            return matrixPower(DecompositionOps.invEx(a, true)[0], -n);
        }
        if (n == 1) {
            return a.clone();
        }
        if (n == 2) {
            return a.matmul(a);
        }
        if (n == 3) {
            return a.matmul(a).matmul(a);
        }
        // binary decomposition of n, PyTorch's order of products
        Tensor z = null;
        Tensor result = null;
        for (int k = n; k > 0; k /= 2) {
            z = z == null ? a : z.matmul(z);
            if (k % 2 == 1) {
                result = result == null ? z : result.matmul(z);
            }
        }
        return result;
    }

    /**
     * The product of a chain of matrices in the cheapest association order (the first and last may be vectors).
     * PyTorch: {@code torch.linalg.multi_dot(tensors)}.
     */
    public static Tensor multiDot(List<Tensor> tensors) {
        int n = tensors.size();
        if (n < 2) {
            throw new IllegalArgumentException("multi_dot(): expected at least 2 tensors but got " + n);
        }
        List<Tensor> ms = new ArrayList<>(tensors);
        Tensor first = ms.get(0);
        Tensor last = ms.get(n - 1);
        if (first.dim() != 1 && first.dim() != 2) {
            throw new IllegalArgumentException("multi_dot(): the first tensor must be 1D or 2D but got " + first.dim()
                    + "D");
        }
        if (last.dim() != 1 && last.dim() != 2) {
            throw new IllegalArgumentException("multi_dot(): the last tensor must be 1D or 2D but got " + last.dim()
                    + "D");
        }
        for (int i = 1; i < n - 1; i++) {
            if (ms.get(i).dim() != 2) {
                throw new IllegalArgumentException("multi_dot(): tensor " + i + " must be 2D but got "
                        + ms.get(i).dim() + "D");
            }
        }
        List<Integer> outShape = new ArrayList<>();
        if (first.dim() == 2) {
            outShape.add(first.size(0));
        } else {
            ms.set(0, first.unsqueeze(0));
        }
        if (last.dim() == 2) {
            outShape.add(last.size(1));
        } else {
            ms.set(n - 1, last.unsqueeze(1));
        }
        for (int i = 1; i < n; i++) {
            Tensor prev = ms.get(i - 1);
            Tensor cur = ms.get(i);
            if (prev.size(1) != cur.size(0)) {
                throw new IllegalArgumentException("multi_dot(): tensors " + (i - 1) + " and " + i + " with shapes "
                        + Shapes.format(tensors.get(i - 1).sizes()) + " and " + Shapes.format(tensors.get(i).sizes())
                        + " cannot be multiplied");
            }
            if (cur.dtype() != first.dtype()) {
                throw new IllegalArgumentException("multi_dot(): all tensors must have be the same dtype but tensor 0 "
                        + "is " + TypePromotion.scalarTypeName(first.dtype()) + " and tensor " + i + " "
                        + TypePromotion.scalarTypeName(cur.dtype()));
            }
        }
        Tensor result = n == 2 ? ms.get(0).mm(ms.get(1)) : chain(ms);
        return result.view(outShape.stream().mapToInt(Integer::intValue).toArray());
    }

    // the matrix-chain order that minimises multiplications (PyTorch's: explicit for three, dynamic programming above)
    private static Tensor chain(List<Tensor> ms) {
        int n = ms.size();
        long[] p = new long[n + 1];
        for (int i = 0; i < n; i++) {
            p[i] = ms.get(i).size(0);
        }
        p[n] = ms.get(n - 1).size(1);
        if (n == 3) {
            long costLeft = p[0] * p[1] * p[2] + p[0] * p[2] * p[3];
            long costRight = p[1] * p[2] * p[3] + p[0] * p[1] * p[3];
            return costLeft > costRight ? ms.get(0).mm(ms.get(1).mm(ms.get(2)))
                    : ms.get(0).mm(ms.get(1)).mm(ms.get(2));
        }
        long[][] cost = new long[n][n];
        int[][] split = new int[n][n];
        for (int len = 1; len < n; len++) {
            for (int i = 0; i + len < n; i++) {
                int j = i + len;
                cost[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long c = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        split[i][j] = k;
                    }
                }
            }
        }
        return multiply(ms, split, 0, n - 1);
    }

    private static Tensor multiply(List<Tensor> ms, int[][] split, int i, int j) {
        if (i == j) {
            return ms.get(i);
        }
        return multiply(ms, split, i, split[i][j]).mm(multiply(ms, split, split[i][j] + 1, j));
    }

    /** The dot product along {@code dim}, broadcasting. PyTorch: {@code torch.linalg.vecdot(x, y, *, dim=-1)}. */
    public static Tensor vecdot(Tensor x, Tensor y, int dim) {
        return x.mul(y).sum(new int[] {dim}, false);
    }

    /** log det A (NaN where the determinant is negative). PyTorch: {@code torch.logdet(A)}. */
    public static Tensor logdet(Tensor a) {
        DecompositionOps.checkMatrix(a, "linalg.slogdet", true);
        Tensor[] s = DecompositionOps.slogdet(a);
        return Torch.where(s[0].eq(-1), Double.NaN, s[1]);
    }

    // ---------------------------------------------------------------- torch.* forms

    /**
     * The deprecated {@code torch.qr(input, some=True)}: linalg.qr with mode 'reduced' (some) or 'complete', and
     * PyTorch's one-time warning. Returns [Q, R].
     */
    public static Tensor[] qrDeprecated(Tensor a, boolean some) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> qrDeprecated(t[0], some));
        }
        jtorch.Warnings.warnOnce("torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future "
                + "PyTorch release.\nThe boolean parameter 'some' has been replaced with a string parameter 'mode'.\n"
                + "Q, R = torch.qr(A, some)\nshould be replaced with\nQ, R = torch.linalg.qr(A, 'reduced' if some else "
                + "'complete')");
        return DecompositionOps.qr(a, some ? "reduced" : "complete");
    }

    /**
     * {@code torch.svd(input, some=True, compute_uv=True)}: [U, S, V] with V = Vh^T (reduced when {@code some});
     * without {@code computeUv}, U and V are zero matrices (m x m and n x n) and S comes from svdvals.
     */
    public static Tensor[] svdV(Tensor a, boolean some, boolean computeUv) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> svdV(t[0], some, computeUv));
        }
        if (!computeUv) {
            DecompositionOps.checkMatrix(a, "linalg.svd", false);
            int[] batch = DecompositionOps.batchOf(a);
            int m = a.size(-2);
            int n = a.size(-1);
            return new Tensor[] {Operands.zerosLike(a, DecompositionOps.concat(batch, m, m)), svdvals(a),
                Operands.zerosLike(a, DecompositionOps.concat(batch, n, n))};
        }
        Tensor[] usv = DecompositionOps.svd(a, !some);
        return new Tensor[] {usv[0], usv[1], usv[2].mT()};
    }

    /**
     * {@code torch.pinverse(input, rcond=1e-15)}: linalg.pinv with rtol = rcond (and no absolute tolerance).
     */
    public static Tensor pinverse(Tensor a, double rcond) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> pinverse(t[0], rcond));
        }
        return pinv(a, Double.NaN, rcond, false);
    }

    // ---------------------------------------------------------------- matrix_exp

    /** Taylor degree of {@link #matrixExp}: with ||X||_1 &lt;= 1/2 its remainder is below 1e-22. */
    private static final int EXP_DEGREE = 18;

    /**
     * e^A by scaling and squaring: A / 2^s with 1-norm at most 1/2 (s from the largest norm of the batch), a degree-18
     * Taylor polynomial by Horner's rule, squared s times. PyTorch: {@code torch.linalg.matrix_exp(A)}; its gradient
     * is the upper-right block of exp([[A^T, G], [0, A^T]]).
     */
    public static Tensor matrixExp(Tensor a) {
        if (a.dim() < 2) {
            throw new IllegalArgumentException("linalg.matrix_exp: The input tensor A must have at least 2 dimensions.");
        }
        if (a.size(-1) != a.size(-2)) {
            throw new IllegalArgumentException("linalg.matrix_exp: A must be batches of square matrices, but they are "
                    + a.size(-2) + " by " + a.size(-1) + " matrices");
        }
        if (a.dtype() != DType.BFLOAT16) {
            // bfloat16 runs (its products are PyTorch's addmm in float), float16 fails in PyTorch's norm estimate
            DecompositionOps.checkFloating(a, "matrix_exp");
        }
        int n = a.size(-1);
        return Dispatch.apply(MATRIX_EXP, new Tensor[] {a}, () -> exponential(a), (ctx, g) -> {
            Tensor at = ctx.input(0).mT();
            Tensor zeros = Torch.zerosLike(at);
            Tensor top = Torch.cat(List.of(at, g[0]), -1);
            Tensor block = Torch.cat(List.of(top, Torch.cat(List.of(zeros, at), -1)), -2);
            return new Tensor[] {matrixExp(block).narrow(-2, 0, n).narrow(-1, n, n)};
        });
    }

    private static Tensor exponential(Tensor a) {
        int n = a.size(-1);
        if (a.numel() == 0) {
            return a.clone();
        }
        // a meta tensor has no norm to read: its shape is all there is to compute
        double norm = a.isMeta() ? 0 : a.abs().sum(new int[] {-2}, false).max().item();
        int squarings = norm > 0.5 ? (int) Math.ceil(Math.log(norm / 0.5) / Math.log(2)) : 0;
        Tensor x = a.div(Math.pow(2, squarings));
        Tensor eye = Torch.eye(Torch.options().dtype(a.dtype()).device(a.device()), n, n);
        Tensor p = eye;
        for (int k = EXP_DEGREE; k >= 1; k--) {
            p = eye.add(x.matmul(p).div(k));
        }
        for (int i = 0; i < squarings; i++) {
            p = p.matmul(p);
        }
        return p;
    }

    // ---------------------------------------------------------------- cholesky_inverse / cholesky_solve

    /**
     * A^-1 from A's Cholesky factor (lower L with A = L L^T, or upper U with A = U^T U). PyTorch:
     * {@code torch.cholesky_inverse(L, upper=False)}.
     */
    public static Tensor choleskyInverse(Tensor l, boolean upper) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {l}, t -> choleskyInverse(t[0], upper));
        }
        DecompositionOps.checkMatrix(l, "cholesky_inverse", true);
        return Dispatch.apply(CHOLESKY_INVERSE, new Tensor[] {l}, () -> {
            Tensor inv = DecompositionOps.invEx(l, false)[0];
            return upper ? inv.matmul(inv.mT()) : inv.mT().matmul(inv);
        }, (ctx, g) -> {
            // gL = -(A^-1 (G + G^T) A^-1) L, or -U (A^-1 (G + G^T) A^-1) for upper
            Tensor r = ctx.output();
            Tensor common = r.matmul(g[0].add(g[0].mT())).matmul(r);
            Tensor factor = ctx.input(0);
            return new Tensor[] {(upper ? factor.matmul(common) : common.matmul(factor)).neg()};
        });
    }

    /**
     * X with A X = B for A given by its Cholesky factor (batch dims broadcast). PyTorch:
     * {@code torch.cholesky_solve(B, L, upper=False)}.
     */
    public static Tensor choleskySolve(Tensor b, Tensor l, boolean upper) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {b, l}, t -> choleskySolve(t[0], t[1], upper));
        }
        if (b.dim() < 2) {
            throw new IllegalArgumentException("b should have at least 2 dimensions, but has " + b.dim()
                    + " dimensions instead");
        }
        if (l.dim() < 2) {
            throw new IllegalArgumentException("u should have at least 2 dimensions, but has " + l.dim()
                    + " dimensions instead");
        }
        if (l.size(-1) != l.size(-2)) {
            throw new IllegalArgumentException("A must be batches of square matrices, but they are " + l.size(-2)
                    + " by " + l.size(-1) + " matrices");
        }
        if (b.dtype() != l.dtype()) {
            throw new IllegalArgumentException("Expected b and A to have the same dtype, but found b of type "
                    + TypePromotion.scalarTypeName(b.dtype()) + " and A of type " + TypePromotion.scalarTypeName(l.dtype())
                    + " instead.");
        }
        if (l.size(-1) != b.size(-2)) {
            throw new IllegalArgumentException("Incompatible matrix sizes for cholesky_solve: each A matrix is "
                    + l.size(-1) + " by " + l.size(-1) + " but each b matrix is " + b.size(-2) + " by " + b.size(-1));
        }
        DecompositionOps.checkFloating(l, "cholesky_solve");
        int[] bShape = b.sizes();
        int[] lShape = l.sizes();
        return Dispatch.apply(CHOLESKY_SOLVE, new Tensor[] {b, l}, () -> {
            // A = L L^T: X = L^-T (L^-1 B); A = U^T U: X = U^-1 (U^-T B)
            Tensor first = upper ? l.mT() : l;
            return DecompositionOps.solve(first.mT(), DecompositionOps.solve(first, b, true), true);
        }, (ctx, g) -> {
            Tensor factor = ctx.input(1);
            Tensor gb = choleskySolve(g[0], factor, upper);
            Tensor gl = null;
            if (ctx.needsInputGrad(1)) {
                Tensor common = gb.matmul(ctx.output().mT());
                common = common.add(common.mT());
                gl = ViewOps.sumTo((upper ? factor.matmul(common) : common.matmul(factor)).neg(), lShape);
            }
            return new Tensor[] {ctx.needsInputGrad(0) ? ViewOps.sumTo(gb, bShape) : null, gl};
        });
    }
}
