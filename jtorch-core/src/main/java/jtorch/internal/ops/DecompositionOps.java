package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.backend.Strided;
import jtorch.internal.kernels.Lapack;

/**
 * The factorization-backed ops of {@code torch.linalg}: det, slogdet, inv_ex, solve, cholesky, qr, eigh, svd and
 * lstsq. Each forward runs one {@link Lapack} routine per matrix of the batch through the backend; each backward
 * (PyTorch 1.13's formulas) is written with differentiable tensor ops, so double backward works.
 */
public final class DecompositionOps {
    static final OpDef DET = OpDef.withNode("linalg_det", "LinalgDetBackward0", Saves.inputs(0).andOutput());
    static final OpDef SLOGDET = OpDef.withNode("linalg_slogdet", "LinalgSlogdetBackward0", Saves.inputs(0));
    static final OpDef INV_EX = OpDef.withNode("linalg_inv_ex", "LinalgInvExBackward0", Saves.OUTPUT);
    static final OpDef SOLVE_EX = OpDef.withNode("linalg_solve_ex", "LinalgSolveExBackward0",
            Saves.inputs(0).andOutput());
    static final OpDef CHOLESKY_EX = OpDef.withNode("linalg_cholesky_ex", "LinalgCholeskyExBackward0", Saves.OUTPUT);
    static final OpDef CHOLESKY = OpDef.withNode("cholesky", "CholeskyBackward0", Saves.OUTPUT);
    static final OpDef QR = OpDef.withNode("linalg_qr", "LinalgQrBackward0", Saves.inputs(0).andOutput());
    static final OpDef EIGH = OpDef.withNode("linalg_eigh", "LinalgEighBackward0", Saves.OUTPUT);
    static final OpDef SVD = OpDef.withNode("linalg_svd", "LinalgSvdBackward0", Saves.OUTPUT);

    private DecompositionOps() {
    }

    // ---------------------------------------------------------------- checks and the kernel call

    /** PyTorch's checkFloatingOrComplex and checkIsMatrix / squareCheckInputs. */
    static void checkMatrix(Tensor a, String fn, boolean square) {
        if (a.dim() < 2) {
            throw new IllegalArgumentException(fn + ": The input tensor A must have at least 2 dimensions.");
        }
        if (square && a.size(-1) != a.size(-2)) {
            throw new IllegalArgumentException(fn + ": A must be batches of square matrices, but they are "
                    + a.size(-2) + " by " + a.size(-1) + " matrices");
        }
        checkFloating(a, fn);
    }

    /**
     * How PyTorch 1.13 rejects float16/bfloat16 per function: most name the LAPACK kernel that has no such
     * instantiation ({type} is the dtype's C++ name), some check the dtype first.
     */
    private static final java.util.Map<String, String> LOW_PRECISION = java.util.Map.ofEntries(
            java.util.Map.entry("linalg.det", "\"lu_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("linalg.solve", "\"lu_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("linalg.inv", "linalg.inv: Low precision dtypes not supported. Got {type}"),
            java.util.Map.entry("linalg.slogdet", "linalg.slogdet: Low precision dtypes not supported. Got {type}"),
            java.util.Map.entry("linalg.matrix_norm", "linalg.matrix_norm: Low precision dtypes not supported. Got "
                    + "{type}"),
            java.util.Map.entry("linalg.svd", "\"linalg_svd_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("linalg.qr", "\"geqrf_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("linalg.eigh", "\"linalg_eigh_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("linalg.cholesky", "\"cholesky_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("cholesky", "\"cholesky_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("cholesky_inverse", "\"cholesky_inverse_out_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("cholesky_solve", "\"cholesky_solve_cpu\" not implemented for '{type}'"),
            java.util.Map.entry("torch.linalg.lstsq", "This function doesn't handle types other than float and double"),
            java.util.Map.entry("torch.linalg.matrix_rank", "This function doesn't handle types other than float and "
                    + "double"),
            java.util.Map.entry("matrix_exp", "\"log2_vml_cpu\" not implemented for '{type}'"));

    static void checkFloating(Tensor a, String fn) {
        if (a.dtype() != DType.FLOAT32 && a.dtype() != DType.FLOAT64) {
            String type = TypePromotion.scalarTypeName(a.dtype());
            if (a.dtype().isFloatingPoint()) {
                if (fn.equals("linalg.pinv")) {
                    throw new IllegalArgumentException("linalg.pinv(" + type + "{" + Shapes.format(a.sizes())
                            + "}): expected a tensor with 2 or more dimensions of float, double, cfloat or cdouble types");
                }
                throw new IllegalArgumentException(LOW_PRECISION.getOrDefault(fn, "\"" + fn
                        + "\" not implemented for '{type}'").replace("{type}", type));
            }
            throw new IllegalArgumentException(fn + ": Expected a floating point or complex tensor as input. Got "
                    + type);
        }
    }

    /**
     * Runs {@code routine} on every matrix of the equally batched inputs ([..., r, c]) and returns outputs of
     * {@code batch + outShapes[i]} (a trailing shape of rank 0, 1 or 2) in {@code dtypes[i]}.
     */
    static Tensor[] run(Lapack.Routine routine, int[] batch, Tensor[] inputs, DType[] dtypes, int[]... outShapes) {
        int b = Shapes.numel(batch);
        Strided[] in = new Strided[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Tensor x = inputs[i].reshape(b, inputs[i].size(-2), inputs[i].size(-1));
            in[i] = Operands.of(x);
        }
        Tensor[] out = new Tensor[outShapes.length];
        Strided[] outStrided = new Strided[outShapes.length];
        for (int i = 0; i < out.length; i++) {
            int[] s = outShapes[i];
            int rows = s.length == 2 ? s[0] : 1;
            int cols = s.length >= 1 ? s[s.length - 1] : 1;
            Tensor t = Operands.empty(Torch.options().dtype(dtypes[i]).device(inputs[0].device()), b, rows, cols);
            outStrided[i] = Operands.of(t);
            out[i] = t.reshape(concat(batch, s));
        }
        if (b > 0) {
            Operands.backend(out[0]).matrices(routine, in, outStrided);
        }
        return out;
    }

    static int[] concat(int[] a, int... b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static int[] batchOf(Tensor a) {
        return Arrays.copyOf(a.sizes(), a.dim() - 2);
    }

    // the message for a failed factorization: "(Batch element k): " first when the input is batched
    private static void checkInfo(Tensor info, Tensor a, String message) {
        long[] codes = Operands.indexValues(info);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != 0) {
                String prefix = a.dim() > 2 ? "(Batch element " + i + "): " : "";
                throw new IllegalArgumentException(message.replace("{batch}", prefix)
                        .replace("{info}", Long.toString(codes[i])));
            }
        }
    }

    // ---------------------------------------------------------------- det / slogdet

    /** The determinant of each square matrix. PyTorch: {@code torch.linalg.det(A)} (and {@code torch.det}). */
    public static Tensor det(Tensor a) {
        checkMatrix(a, "linalg.det", true);
        return Dispatch.apply(DET, new Tensor[] {a}, () -> {
            Tensor[] lu = luParts(a);
            return lu[0].diagonal(0, -2, -1).prod(-1).mul(lu[1]);
        }, (ctx, g) -> new Tensor[] {inverseTransposed(ctx.input(0)).mul(g[0].mul(ctx.output()).unsqueeze(-1)
                .unsqueeze(-1))});
    }

    /**
     * The sign and log |det| of each square matrix (sign 0 and -inf for a singular one). PyTorch:
     * {@code torch.linalg.slogdet(A)}; the sign of a real matrix has no gradient.
     */
    public static Tensor[] slogdet(Tensor a) {
        checkMatrix(a, "linalg.slogdet", true);
        return Dispatch.applyMulti(SLOGDET, new Tensor[] {a}, () -> {
            Tensor[] lu = luParts(a);
            Tensor diag = lu[0].diagonal(0, -2, -1);
            Tensor sign = diag.sign().prod(-1).mul(lu[1]);
            return new Tensor[] {sign, diag.abs().log().sum(-1)};
        }, (ctx, g) -> new Tensor[] {g[1] == null ? null
                : inverseTransposed(ctx.input(0)).mul(g[1].unsqueeze(-1).unsqueeze(-1))}, 2);
    }

    // [packed LU, permutation sign] of each matrix
    private static Tensor[] luParts(Tensor a) {
        int n = a.size(-1);
        Tensor[] r = run(Lapack.lu(), batchOf(a), new Tensor[] {a}, new DType[] {a.dtype(), a.dtype(), DType.INT64},
                new int[] {n, n}, new int[0], new int[0]);
        return new Tensor[] {r[0], r[1]};
    }

    // A^-T, for the determinant gradients (PyTorch uses an LU solve; the same numbers up to rounding)
    private static Tensor inverseTransposed(Tensor a) {
        return invEx(a)[0].mT();
    }

    // ---------------------------------------------------------------- inv / solve

    /**
     * The inverse of each square matrix and an int32 info (0, or the 1-based index of the first zero pivot of its LU
     * factorization). PyTorch: {@code torch.linalg.inv_ex(A, check_errors=False)}; a singular matrix's inverse is
     * left as zeros (LAPACK's is undefined).
     */
    public static Tensor[] invEx(Tensor a, boolean checkErrors) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> invEx(t[0], checkErrors));
        }
        checkMatrix(a, "linalg.inv", true);
        Tensor[] r = invEx(a);
        if (checkErrors) {
            checkInfo(r[1], a, "linalg.inv: {batch}The diagonal element {info} is zero, the inversion could not be "
                    + "completed because the input matrix is singular.");
        }
        return r;
    }

    private static Tensor[] invEx(Tensor a) {
        int n = a.size(-1);
        return Dispatch.applyMulti(INV_EX, new Tensor[] {a}, () -> run(Lapack.inverse(), batchOf(a), new Tensor[] {a},
                        new DType[] {a.dtype(), DType.INT32}, new int[] {n, n}, new int[0]),
                (ctx, g) -> {
                    Tensor invT = ctx.output(0).mT();
                    return new Tensor[] {invT.matmul(g[0]).matmul(invT).neg()};
                }, 1);
    }

    /**
     * X with A X = B (or X A = B when not {@code left}); B is a vector (batch) when it has A's shape without the
     * last dim or is 1-D; batch dims broadcast. One node (LinalgSolveExBackward0) covers the vector and right-hand
     * forms, as PyTorch's. PyTorch: {@code torch.linalg.solve(A, B, *, left=True)}.
     */
    public static Tensor solve(Tensor a, Tensor b, boolean left) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a, b}, t -> solve(t[0], t[1], left));
        }
        checkMatrix(a, "linalg.solve", true);
        checkFloating(b, "linalg.solve");
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("linalg.solve: Expected A and B to have the same dtype, but found A of "
                    + "type " + TypePromotion.scalarTypeName(a.dtype()) + " and B of type "
                    + TypePromotion.scalarTypeName(b.dtype()) + " instead");
        }
        boolean vector = b.dim() == 1 || (b.dim() == a.dim() - 1 && Arrays.equals(b.sizes(),
                Arrays.copyOf(a.sizes(), a.dim() - 1)));
        int n = a.size(-1);
        Tensor b2 = vector ? b.unsqueeze(-1) : b;
        if (b2.dim() < 2 || b2.size(left ? -2 : -1) != n) {
            throw new IllegalArgumentException("linalg.solve: Incompatible shapes of A and B for the equation "
                    + (left ? "AX = B" : "XA = B") + " (" + Shapes.formatX(a.sizes()) + " and "
                    + Shapes.formatX(b.sizes()) + ")");
        }
        int[] batch = Shapes.broadcast(batchOf(a), batchOf(b2));
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(SOLVE_EX, new Tensor[] {a, b}, () -> {
            // X A = B is A^T X^T = B^T
            Tensor lhs = left ? a : a.mT();
            Tensor rhs = left ? b2 : b2.mT();
            int k = rhs.size(-1);
            Tensor[] r = run(Lapack.solve(), batch, new Tensor[] {lhs.expand(concat(batch, n, n)),
                    rhs.expand(concat(batch, n, k))}, new DType[] {a.dtype(), DType.INT32}, new int[] {n, k}, new int[0]);
            checkInfo(r[1], a, "torch.linalg.solve: {batch}The solver failed because the input matrix is singular.");
            Tensor x = left ? r[0] : r[0].mT();
            return vector ? x.squeeze(-1) : x;
        }, (ctx, g) -> {
            // left: gB = A^-T gX, gA = -gB X^T; right: gB = gX A^-T, gA = -X^T gB
            Tensor gx = vector ? g[0].unsqueeze(-1) : g[0];
            Tensor x = vector ? ctx.output().unsqueeze(-1) : ctx.output();
            Tensor gb = solve(ctx.input(0).mT(), gx, left);
            Tensor ga = null;
            if (ctx.needsInputGrad(0)) {
                ga = ViewOps.sumTo((left ? gb.matmul(x.mT()) : x.mT().matmul(gb)).neg(), aShape);
            }
            Tensor gbOut = null;
            if (ctx.needsInputGrad(1)) {
                gbOut = ViewOps.sumTo(vector ? gb.squeeze(-1) : gb, bShape);
            }
            return new Tensor[] {ga, gbOut};
        });
    }

    // ---------------------------------------------------------------- cholesky

    /**
     * The Cholesky factor L (A = L L^T), or U = L^T when {@code upper}, reading A's lower (upper) triangle.
     * PyTorch: {@code torch.linalg.cholesky(A, *, upper=False)}.
     */
    public static Tensor cholesky(Tensor a, boolean upper) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> cholesky(t[0], upper));
        }
        checkMatrix(a, "linalg.cholesky", true);
        return cholesky(CHOLESKY_EX, a, upper, "linalg.cholesky");
    }

    /**
     * The deprecated {@code torch.cholesky(input, upper=False)}: the same factor, recorded as CholeskyBackward0,
     * with PyTorch's one-time deprecation warning.
     */
    public static Tensor choleskyDeprecated(Tensor a, boolean upper) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> choleskyDeprecated(t[0], upper));
        }
        jtorch.Warnings.warnOnce("torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed "
                + "in a future PyTorch release.\nL = torch.cholesky(A)\nshould be replaced with\nL = "
                + "torch.linalg.cholesky(A)\nand\nU = torch.cholesky(A, upper=True)\nshould be replaced with\nU = "
                + "torch.linalg.cholesky(A).mH().\nThis transform will produce equivalent results for all valid "
                + "(symmetric positive definite) inputs.");
        checkMatrix(a, "cholesky", true);
        return cholesky(CHOLESKY, a, upper, "cholesky");
    }

    /**
     * The Cholesky factor and info (0, or the order of the first leading minor that is not positive-definite) per
     * matrix, failing on a nonzero info only when {@code checkErrors}. PyTorch: {@code torch.linalg.cholesky_ex(A, *,
     * upper=False, check_errors=False)}.
     */
    public static Tensor[] choleskyEx(Tensor a, boolean upper, boolean checkErrors) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> choleskyEx(t[0], upper, checkErrors));
        }
        checkMatrix(a, "linalg.cholesky_ex", true);
        return choleskyFactor(CHOLESKY_EX, a, upper, checkErrors ? "linalg.cholesky_ex" : null);
    }

    private static Tensor cholesky(OpDef op, Tensor a, boolean upper, String fn) {
        return choleskyFactor(op, a, upper, fn)[0];
    }

    // fn names the function in the error for a nonzero info; null: no check (cholesky_ex's default)
    private static Tensor[] choleskyFactor(OpDef op, Tensor a, boolean upper, String fn) {
        int n = a.size(-1);
        return Dispatch.applyMulti(op, new Tensor[] {a}, () -> {
            Tensor[] r = run(Lapack.cholesky(upper), batchOf(a), new Tensor[] {a}, new DType[] {a.dtype(), DType.INT32},
                    new int[] {n, n}, new int[0]);
            if (fn != null) {
                checkInfo(r[1], a, fn + ": {batch}The factorization could not be completed because the input is not "
                        + "positive-definite (the leading minor of order {info} is not positive-definite).");
            }
            return r;
        }, (ctx, g) -> {
            // gA = sym(L^-T Φ(L^T gL) L^-1), Φ the lower triangle with its diagonal halved
            Tensor l = upper ? ctx.output(0).mT() : ctx.output(0);
            Tensor gl = (upper ? g[0].mT() : g[0]).tril(0);
            Tensor phi = l.mT().matmul(gl).tril(0);
            phi = phi.sub(phi.diagonal(0, -2, -1).mul(0.5).diagEmbed());
            Tensor linv = invEx(l)[0];
            Tensor ga = linv.mT().matmul(phi).matmul(linv);
            return new Tensor[] {ga.add(ga.mT()).mul(0.5)};
        }, 1);
    }

    // ---------------------------------------------------------------- qr

    /**
     * Q and R with A = Q R by Householder reflections (R's diagonal signs as LAPACK's geqrf). mode "reduced" (Q m x
     * k, R k x n), "complete" (Q m x m) or "r" (R only; Q is an empty tensor). PyTorch:
     * {@code torch.linalg.qr(A, mode='reduced')}.
     */
    public static Tensor[] qr(Tensor a, String mode) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> qr(t[0], mode));
        }
        boolean complete = mode.equals("complete");
        boolean rOnly = mode.equals("r");
        if (!complete && !rOnly && !mode.equals("reduced")) {
            throw new IllegalArgumentException("qr received unrecognized mode '" + mode
                    + "' but expected one of 'reduced' (default), 'r', or 'complete'");
        }
        checkMatrix(a, "linalg.qr", false);
        int m = a.size(-2);
        int n = a.size(-1);
        int q = complete ? m : Math.min(m, n);
        return Dispatch.applyMulti(QR, new Tensor[] {a}, () -> {
            Tensor[] r = run(Lapack.qr(complete), batchOf(a), new Tensor[] {a}, new DType[] {a.dtype(), a.dtype()},
                    new int[] {m, q}, new int[] {q, n});
            return rOnly ? new Tensor[] {Operands.empty(Torch.options().dtype(a.dtype()).device(a.device()), 0), r[1]}
                    : r;
        }, (ctx, g) -> {
            if (rOnly) {
                throw new IllegalStateException("The derivative of linalg.qr depends on Q, which is not computed when "
                        + "mode='r'. Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                        + "linalg.qr.");
            }
            if (complete && m > n) {
                throw new IllegalStateException("The QR decomposition is not differentiable when mode='complete' and "
                        + "nrows > ncols.");
            }
            Tensor qm = ctx.output(0);
            Tensor rm = ctx.output(1);
            Tensor gq = g[0] != null ? g[0] : Torch.zerosLike(qm);
            Tensor gr = g[1] != null ? g[1] : Torch.zerosLike(rm);
            if (m >= n) {
                return new Tensor[] {qrTallBackward(qm, rm, gq, gr)};
            }
            // wide: A = Q [X | Y] with R = [U | V]; X = Q U is square, and Y = Q V feeds Q's gradient
            Tensor y = ctx.input(0).narrow(-1, m, n - m);
            Tensor gu = gr.narrow(-1, 0, m);
            Tensor gv = gr.narrow(-1, m, n - m);
            Tensor gx = qrTallBackward(qm, rm.narrow(-1, 0, m), gq.add(y.matmul(gv.mT())), gu);
            return new Tensor[] {Torch.cat(java.util.List.of(gx, qm.matmul(gv)), -1)};
        }, 2);
    }

    // m >= n: M = R gR^T - gQ^T Q, gA = (gQ + Q copyltu(M)) R^-T
    private static Tensor qrTallBackward(Tensor q, Tensor r, Tensor gq, Tensor gr) {
        Tensor mm = r.matmul(gr.mT()).sub(gq.mT().matmul(q));
        Tensor copyltu = mm.tril(0).add(mm.tril(-1).mT());
        Tensor b = gq.add(q.matmul(copyltu));
        return b.matmul(invEx(r)[0].mT());
    }

    // ---------------------------------------------------------------- eigh

    /**
     * Eigenvalues (ascending) and eigenvectors (columns; each column's sign is arbitrary, as LAPACK's) of symmetric
     * matrices given by their lower ("L") or upper ("U") triangle. PyTorch: {@code torch.linalg.eigh(A, UPLO='L')}.
     */
    public static Tensor[] eigh(Tensor a, String uplo) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> eigh(t[0], uplo));
        }
        if (!uplo.equals("L") && !uplo.equals("U")) {
            throw new IllegalArgumentException("Expected UPLO argument to be 'L' or 'U', but got " + uplo);
        }
        checkMatrix(a, "linalg.eigh", true);
        int n = a.size(-1);
        return Dispatch.applyMulti(EIGH, new Tensor[] {a}, () -> run(Lapack.eigh(uplo.equals("L")), batchOf(a),
                new Tensor[] {a}, new DType[] {a.dtype(), a.dtype()}, new int[] {n}, new int[] {n, n}), (ctx, g) -> {
                    // gA = V (diag(gL) + skew(V^T gV) / E) V^T, E_ij = L_j - L_i
                    Tensor l = ctx.output(0);
                    Tensor v = ctx.output(1);
                    Tensor inner;
                    if (g[1] != null) {
                        Tensor vgv = v.mT().matmul(g[1]);
                        vgv = vgv.sub(vgv.mT()).mul(0.5);
                        Tensor e = l.unsqueeze(-2).sub(l.unsqueeze(-1));
                        Tensor eye = Torch.eye(Torch.options().dtype(l.dtype()).device(l.device()), n, n);
                        inner = vgv.div(e.add(eye)).mul(eye.neg().add(1));
                        if (g[0] != null) {
                            inner = inner.add(g[0].diagEmbed());
                        }
                    } else {
                        inner = g[0].diagEmbed();
                    }
                    return new Tensor[] {v.matmul(inner).matmul(v.mT())};
                }, 2);
    }

    // ---------------------------------------------------------------- svd

    /**
     * U, S (descending) and Vh with A = U diag(S) Vh; singular vectors are unique only up to a common sign per
     * pair, as LAPACK's. PyTorch: {@code torch.linalg.svd(A, full_matrices=True)}.
     */
    public static Tensor[] svd(Tensor a, boolean fullMatrices) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> svd(t[0], fullMatrices));
        }
        checkMatrix(a, "linalg.svd", false);
        // LAPACK's gesdd fails on NaN (PyTorch reports it) and returns NaN for inf (a meta tensor has no values)
        boolean infinite = false;
        if (!a.isMeta() && a.numel() > 0 && !a.isfinite().all().itemBool()) {
            if (a.isnan().any().itemBool()) {
                throw new IllegalArgumentException("linalg.svd: The algorithm failed to converge because the input "
                        + "matrix contained non-finite values.");
            }
            infinite = true;
        }
        boolean nanResult = infinite;
        int m = a.size(-2);
        int n = a.size(-1);
        int k = Math.min(m, n);
        int ku = fullMatrices ? m : k;
        int kv = fullMatrices ? n : k;
        return Dispatch.applyMulti(SVD, new Tensor[] {a}, () -> {
            Tensor[] r = run(Lapack.svd(fullMatrices), batchOf(a), new Tensor[] {a},
                    new DType[] {a.dtype(), a.dtype(), a.dtype()}, new int[] {m, ku}, new int[] {k}, new int[] {kv, n});
            if (nanResult) {
                for (Tensor t : r) {
                    t.fill_(Double.NaN);
                }
            }
            return r;
        },
                (ctx, g) -> {
                    // PyTorch narrows full U and Vh (and their gradients) to the k singular pairs
                    Tensor u = ctx.output(0).narrow(-1, 0, k);
                    Tensor s = ctx.output(1);
                    Tensor vh = ctx.output(2).narrow(-2, 0, k);
                    Tensor gu = g[0] == null ? null : g[0].narrow(-1, 0, k);
                    Tensor gvh = g[2] == null ? null : g[2].narrow(-2, 0, k);
                    return new Tensor[] {svdBackward(u, s, vh, gu, g[1], gvh, m, n, k)};
                }, 3);
    }

    // gA = U [skew(U^T gU)/E S + S skew(V^T gV)/E + diag(gS)] Vh + (I - U U^T) gU S^-1 Vh + U S^-1 gV^T (I - V V^T)
    private static Tensor svdBackward(Tensor u, Tensor s, Tensor vh, Tensor gu, Tensor gs, Tensor gvh, int m, int n,
            int k) {
        if (gu == null && gvh == null) {
            return u.mul(gs.unsqueeze(-2)).matmul(vh);
        }
        Tensor v = vh.mT();
        Tensor eye = Torch.eye(Torch.options().dtype(s.dtype()).device(s.device()), k, k);
        Tensor offDiag = eye.neg().add(1);
        Tensor s2 = s.square();
        Tensor e = s2.unsqueeze(-2).sub(s2.unsqueeze(-1)).add(eye);
        Tensor inner = gs == null ? Torch.zerosLike(e) : gs.diagEmbed();
        Tensor ugu = null;
        Tensor vgv = null;
        if (gu != null) {
            ugu = u.mT().matmul(gu);
            inner = inner.add(ugu.sub(ugu.mT()).div(e).mul(offDiag).mul(s.unsqueeze(-2)));
        }
        Tensor gv = gvh == null ? null : gvh.mT();
        if (gv != null) {
            vgv = v.mT().matmul(gv);
            inner = inner.add(s.unsqueeze(-1).mul(vgv.sub(vgv.mT()).div(e).mul(offDiag)));
        }
        Tensor ga = u.matmul(inner).matmul(vh);
        if (gu != null && m > k) {
            ga = ga.add(gu.sub(u.matmul(ugu)).div(s.unsqueeze(-2)).matmul(vh));
        }
        if (gv != null && n > k) {
            ga = ga.add(u.matmul(gv.sub(v.matmul(vgv)).div(s.unsqueeze(-2)).mT()));
        }
        return ga;
    }

    // ---------------------------------------------------------------- lstsq

    /**
     * The forward of {@link MatrixFunctionOps#lstsq} (which dispatches it with its gradient): [solution, residuals,
     * rank, singular_values] as PyTorch fills them per driver. "gelsy" (column-pivoted QR; the rank is the number of
     * leading |R_ii| above rcond |R_00|, a rank-deficient system gets the minimum-norm solution) and "gels" (QR,
     * no rank) solve by QR, "gelsd" and "gelss" by the SVD (singular values at or below rcond * largest dropped).
     * Residuals (the squared norms of the columns of A X - B) are filled for m &gt; n except by gelsy, and only when
     * every matrix has full rank; a NaN rcond is PyTorch's default eps * max(m, n).
     */
    static Tensor[] lstsq(Tensor a, Tensor b, double rcond, String driver) {
        if (!java.util.List.of("gels", "gelsy", "gelsd", "gelss").contains(driver)) {
            throw new IllegalArgumentException("torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, "
                    + "gelsd, gelss)");
        }
        checkFloating(a, "torch.linalg.lstsq");
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("torch.linalg.lstsq: Expected input and other to have the same dtype, "
                    + "but got input's dtype " + TypePromotion.scalarTypeName(a.dtype()) + " and other's dtype "
                    + TypePromotion.scalarTypeName(b.dtype()));
        }
        if (a.dim() < 2) {
            throw new IllegalArgumentException("torch.linalg.lstsq: input must have at least 2 dimensions.");
        }
        if (a.dim() < b.dim() || a.dim() - b.dim() > 1) {
            throw new IllegalArgumentException("torch.linalg.lstsq: input.dim() must be greater or equal to "
                    + "other.dim() and (input.dim() - other.dim()) <= 1");
        }
        boolean vector = a.dim() - 1 == b.dim();
        Tensor b2 = vector ? b.unsqueeze(-1) : b;
        int m = a.size(-2);
        int n = a.size(-1);
        if (b2.size(-2) != m) {
            throw new IllegalArgumentException(vector
                    ? "torch.linalg.lstsq: input.size(-2) should match other.size(-1)"
                    : "torch.linalg.lstsq: input.size(-2) should match other.size(-2)");
        }
        int k = b2.size(-1);
        double eps = a.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        double tol = Double.isNaN(rcond) ? eps * Math.max(m, n) : rcond;
        int[] batch = Shapes.broadcast(batchOf(a), batchOf(b2));
        Tensor ab = a.expand(concat(batch, m, n));
        Tensor bb = b2.expand(concat(batch, m, k));
        Tensor x;
        Tensor rank;
        Tensor sv = Operands.zerosLike(a, 0);
        if (driver.equals("gelsd") || driver.equals("gelss")) {
            // gelsd / gelss: X = V diag(1/s) U^T B over the singular values kept
            Tensor[] usv = svd(ab, false);
            Tensor keep = usv[1].gt(usv[1].narrow(-1, 0, Math.min(1, usv[1].size(-1))).mul(tol));
            Tensor inv = Torch.where(keep, usv[1].reciprocal(), 0.0);
            x = usv[2].mT().mul(inv.unsqueeze(-2)).matmul(usv[0].mT().matmul(bb));
            rank = keep.sum(new int[] {-1}, false, DType.INT64);
            sv = usv[1];
        } else {
            Tensor[] r = run(Lapack.lstsq(driver.equals("gels") ? 0 : tol), batch, new Tensor[] {ab, bb},
                    new DType[] {a.dtype(), DType.INT64}, new int[] {n, k}, new int[0]);
            x = r[0];
            rank = driver.equals("gels") ? Operands.zerosLike(r[1], 0) : r[1];
        }
        Tensor residuals = Operands.zerosLike(a, 0);
        // a meta tensor has no rank to read: its residuals get the full-rank shape
        boolean fullRank = driver.equals("gels") || Shapes.numel(batch) == 0 || a.isMeta() || rank.eq(n).all().itemBool();
        if (m > n && !driver.equals("gelsy") && fullRank) {
            residuals = ab.matmul(x).sub(bb).square().sum(new int[] {-2}, false);
        }
        return new Tensor[] {vector ? x.squeeze(-1) : x, residuals, rank, sv};
    }
}
