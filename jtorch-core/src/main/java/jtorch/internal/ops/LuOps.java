package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.Lapack;

/**
 * LU with partial pivoting and its uses, as PyTorch 1.13 exposes them: {@code torch.lu} (linalg.lu_factor_ex:
 * LinalgLuFactorExBackward0), {@code torch.lu_solve} (linalg.lu_solve: LinalgLuSolveBackward0) and {@code
 * torch.lu_unpack} (LuUnpackBackward0). Pivots are int32 and 1-based, as LAPACK's. Backward formulas are written
 * with differentiable tensor ops (triangular solves through linalg.solve), so they differentiate again.
 */
public final class LuOps {
    static final OpDef LU_FACTOR_EX = OpDef.withNode("linalg_lu_factor_ex", "LinalgLuFactorExBackward0",
            Saves.OUTPUT);
    static final OpDef LU_SOLVE = OpDef.withNode("linalg_lu_solve", "LinalgLuSolveBackward0",
            Saves.inputs(0, 1).andOutput());
    // a reader of the packed LU only: its backward needs nothing but the gradients
    static final OpDef LU_UNPACK = OpDef.of("lu_unpack", Saves.NOTHING);

    private LuOps() {
    }

    private static void checkLapackFloating(Tensor a, String kernel) {
        if (a.dtype() != DType.FLOAT32 && a.dtype() != DType.FLOAT64) {
            throw PointwiseOps.notImplemented(kernel, a.dtype());
        }
    }

    /**
     * The packed LU factorization of each m x n matrix, its 1-based int32 pivots and int32 info (the 1-based index of
     * the first zero pivot, 0 if none; a singular matrix is no error). PyTorch: {@code torch.lu(A, pivot=True,
     * get_infos=True)} ({@code torch.linalg.lu_factor_ex}).
     *
     * @throws UnsupportedOperationException for {@code pivot=False}, which PyTorch has on CUDA only
     */
    public static Tensor[] lu(Tensor a, boolean pivot) {
        if (!pivot) {
            throw new UnsupportedOperationException("linalg.lu_factor: LU without pivoting is not implemented on the "
                    + "CPU");
        }
        if (a.dim() < 2) {
            throw new IllegalArgumentException("torch.lu_factor: Expected tensor with 2 or more dimensions. Got size: "
                    + Shapes.format(a.sizes()) + " instead");
        }
        checkLapackFloating(a, "lu_cpu");
        int m = a.size(-2);
        int n = a.size(-1);
        int k = Math.min(m, n);
        return Dispatch.applyMulti(LU_FACTOR_EX, new Tensor[] {a}, () -> DecompositionOps.run(Lapack.luFactor(),
                        DecompositionOps.batchOf(a), new Tensor[] {a}, new DType[] {a.dtype(), DType.INT32, DType.INT32},
                        new int[] {m, n}, new int[] {k}, new int[0]),
                (ctx, g) -> new Tensor[] {luFactorBackward(g[0], ctx.output(0), ctx.output(1))}, 1);
    }

    /** L (m x k, unit lower trapezoidal) and U (k x n, upper trapezoidal) of a packed LU, k = min(m, n). */
    private static Tensor[] unpackTriangles(Tensor lu) {
        int m = lu.size(-2);
        int n = lu.size(-1);
        int k = Math.min(m, n);
        Tensor eye = Torch.eye(Torch.options().dtype(lu.dtype()), m, k);
        Tensor l = lu.narrow(-1, 0, k).tril(-1).add(eye);
        Tensor u = lu.narrow(-2, 0, k).triu(0);
        return new Tensor[] {l, u};
    }

    // the lower (upper) triangular solve T X = B, with T's other triangle masked out of its gradient
    private static Tensor solveLower(Tensor l, Tensor b) {
        return DecompositionOps.solve(l.tril(0), b, true);
    }

    private static Tensor solveUpper(Tensor u, Tensor b) {
        return DecompositionOps.solve(u.triu(0), b, true);
    }

    /**
     * The gradient of A = P L U through the packed LU: for square A, gA = P L^-T (tril(L^T gL, -1) + triu(gU U^T))
     * U^-T; a tall A first folds the gradient of L's lower block into U's, a wide one U's right block into L's.
     */
    private static Tensor luFactorBackward(Tensor glu, Tensor lu, Tensor pivots) {
        int m = lu.size(-2);
        int n = lu.size(-1);
        int k = Math.min(m, n);
        Tensor[] lu2 = unpackTriangles(lu);
        Tensor l = lu2[0];
        Tensor u = lu2[1];
        Tensor gl = glu.narrow(-1, 0, k).tril(-1);
        Tensor gu = glu.narrow(-2, 0, k).triu(0);
        Tensor p = permutation(pivots, m, lu.dtype());
        if (m == n) {
            return p.matmul(squareBackward(l, u, gl, gu));
        }
        if (m > n) {
            // rows below n: L2 = A2 U^-1, so gA2 = gL2 U^-T and U receives -L2^T gL2 U^-T
            Tensor l1 = l.narrow(-2, 0, n);
            Tensor l2 = l.narrow(-2, n, m - n);
            Tensor gl1 = gl.narrow(-2, 0, n);
            Tensor gl2 = gl.narrow(-2, n, m - n);
            Tensor ga2 = solveUpper(u, gl2.mT()).mT();
            Tensor guAll = gu.sub(l2.mT().matmul(ga2)).triu(0);
            Tensor ga1 = squareBackward(l1, u, gl1, guAll);
            return p.matmul(Torch.cat(java.util.List.of(ga1, ga2), -2));
        }
        // columns right of m: U2 = L^-1 A2, so gA2 = L^-T gU2 and L receives -L^-T gU2 U2^T
        Tensor u1 = u.narrow(-1, 0, m);
        Tensor u2 = u.narrow(-1, m, n - m);
        Tensor gu1 = gu.narrow(-1, 0, m);
        Tensor gu2 = gu.narrow(-1, m, n - m);
        Tensor ga2 = solveUpper(l.mT(), gu2);
        Tensor glAll = gl.sub(ga2.matmul(u2.mT())).tril(-1);
        Tensor ga1 = squareBackward(l, u1, glAll, gu1);
        return p.matmul(Torch.cat(java.util.List.of(ga1, ga2), -1));
    }

    // L^-T (tril(L^T gL, -1) + triu(gU U^T)) U^-T
    private static Tensor squareBackward(Tensor l, Tensor u, Tensor gl, Tensor gu) {
        Tensor phi = l.mT().matmul(gl).tril(-1).add(gu.matmul(u.mT()).triu(0));
        Tensor left = solveUpper(l.mT(), phi);
        return solveUpper(u, left.mT()).mT();
    }

    /** P of A = P L U (m x m per batch element) from 1-based pivots, in {@code dtype}. */
    private static Tensor permutation(Tensor pivots, int m, DType dtype) {
        int[] batch = Arrays.copyOf(pivots.sizes(), pivots.dim() - 1);
        int k = pivots.size(-1);
        long[] piv = Operands.indexValues(pivots.contiguous());
        Tensor p = Operands.zeros(Torch.options().dtype(dtype).device(pivots.device()),
                DecompositionOps.concat(batch, m, m));
        int count = Shapes.numel(batch);
        Operands.backend(p).generate(Operands.of(p), DType.FLOAT64, (host, off, n) -> {
            int[] perm = new int[m];
            for (int b = 0; b < count; b++) {
                for (int i = 0; i < m; i++) {
                    perm[i] = i;
                }
                for (int i = 0; i < k; i++) {
                    int j = (int) piv[b * k + i] - 1;
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                // row i of P^T A is row perm[i] of A: P[perm[i], i] = 1
                for (int i = 0; i < m; i++) {
                    host.setDouble(off + b * m * m + perm[i] * m + i, 1);
                }
            }
        });
        return p;
    }

    /**
     * X with A X = B from A's LU factorization (LU_data and LU_pivots of {@link #lu}); batch dims broadcast.
     * PyTorch: {@code torch.lu_solve(b, LU_data, LU_pivots)} ({@code torch.linalg.lu_solve(LU, pivots, B)}).
     */
    public static Tensor luSolve(Tensor b, Tensor lu, Tensor pivots) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {b, lu, pivots}, t -> luSolve(t[0], t[1], t[2]));
        }
        if (lu.dim() < 2) {
            throw new IllegalArgumentException("linalg.lu_solve: The input tensor LU must have at least 2 dimensions.");
        }
        if (b.dim() < 2) {
            throw new IllegalArgumentException("linalg.lu_solve: The input tensor B must have at least 2 dimensions.");
        }
        if (lu.size(-1) != lu.size(-2)) {
            throw new IllegalArgumentException("torch.linalg.lu_solve: A must be batches of square matrices, but they "
                    + "are " + lu.size(-2) + " by " + lu.size(-1) + " matrices");
        }
        if (!lu.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("torch.linalg.lu_solve: Expected a floating point or complex tensor as "
                    + "input. Got " + TypePromotion.scalarTypeName(lu.dtype()));
        }
        int n = lu.size(-1);
        if (b.size(-2) != n) {
            throw new IllegalArgumentException("linalg.lu_solve: Incompatible shapes of A and B for the equation AX = B"
                    + " (" + Shapes.formatX(lu.sizes()) + " and " + Shapes.formatX(b.sizes()) + ")");
        }
        if (lu.dtype() != b.dtype()) {
            throw new IllegalArgumentException("linalg.lu_solve: Expected LU and B to have the same dtype, but found LU"
                    + " of type " + TypePromotion.scalarTypeName(lu.dtype()) + " and B of type "
                    + TypePromotion.scalarTypeName(b.dtype()) + " instead");
        }
        if (pivots.dtype() != DType.INT32) {
            throw new IllegalArgumentException("linalg.lu_solve: pivots should be a Tensor of scalar type torch.int32");
        }
        if (pivots.size(-1) != n) {
            throw new IllegalArgumentException("linalg.lu_solve: Number of pivots per batch should be same as the "
                    + "dimension of the matrix");
        }
        checkLapackFloating(lu, "lu_solve_cpu");
        int k = b.size(-1);
        int[] batch = Shapes.broadcast(DecompositionOps.batchOf(lu), DecompositionOps.batchOf(b));
        int[] luShape = lu.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(LU_SOLVE, new Tensor[] {lu, pivots, b}, () -> DecompositionOps.run(
                Lapack.luSolveFactored(), batch, new Tensor[] {lu.expand(DecompositionOps.concat(batch, n, n)),
                    pivots.expand(DecompositionOps.concat(batch, n)).unsqueeze(-2),
                    b.expand(DecompositionOps.concat(batch, n, k))},
                new DType[] {b.dtype()}, new int[] {n, k})[0], (ctx, g) -> {
                    // A = P L U: gB = P L^-T U^-T gX; gU = -triu(Z X^T), gL = -tril(L^-T Z X^T U^T, -1), Z = U^-T gX
                    Tensor[] tri = unpackTriangles(ctx.input(0));
                    Tensor l = tri[0];
                    Tensor u = tri[1];
                    Tensor x = ctx.output();
                    Tensor z = solveLower(u.mT(), g[0]);
                    Tensor gb = null;
                    if (ctx.needsInputGrad(2)) {
                        Tensor p = permutation(ctx.input(1), n, z.dtype());
                        gb = ViewOps.sumTo(p.matmul(solveUpper(l.mT(), z)), bShape);
                    }
                    Tensor glu = null;
                    if (ctx.needsInputGrad(0)) {
                        Tensor zx = z.matmul(x.mT());
                        Tensor gl = solveUpper(l.mT(), zx.matmul(u.mT())).tril(-1);
                        glu = ViewOps.sumTo(gl.add(zx.triu(0)).neg(), luShape);
                    }
                    return new Tensor[] {glu, null, gb};
                });
    }

    /**
     * P, L and U (A = P L U) from a packed LU and its pivots; an empty tensor stands for each part not asked for.
     * PyTorch: {@code torch.lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True)}.
     */
    public static Tensor[] luUnpack(Tensor lu, Tensor pivots, boolean unpackData, boolean unpackPivots) {
        if (lu.dim() < 2) {
            throw new IllegalArgumentException("torch.lu_unpack: Expected tensor with 2 or more dimensions. Got size: "
                    + Shapes.format(lu.sizes()) + " instead");
        }
        if (unpackPivots && pivots.dtype() != DType.INT32) {
            throw new IllegalArgumentException("torch.lu_unpack: LU_pivots is expected to be a contiguous tensor of "
                    + "torch.int32 dtype.");
        }
        int m = lu.size(-2);
        Tensor empty = Operands.empty(Torch.options().dtype(lu.dtype()).device(lu.device()), 0);
        Tensor p = empty;
        if (unpackPivots) {
            for (long v : Operands.indexValues(pivots.contiguous())) {
                if (v < 1 || v > m) {
                    throw new IllegalArgumentException("pivots passed to lu_unpack must be between 1 and LU.size(-2) "
                            + "inclusive.Did you properly pass the result of lu_factor?");
                }
            }
            p = permutation(pivots, m, lu.dtype());
        }
        if (!unpackData) {
            return new Tensor[] {p, empty, empty.clone()};
        }
        int n = lu.size(-1);
        int k = Math.min(m, n);
        DType dtype = lu.dtype();
        int[] shape = lu.sizes();
        Tensor[] lu2 = Dispatch.applyMulti(LU_UNPACK, new Tensor[] {lu}, () -> unpackTriangles(lu), (ctx, g) -> {
            // L's strictly lower part and U's upper part go back to where the packed LU keeps them
            Tensor out = Torch.zeros(Torch.options().dtype(dtype), shape);
            if (g[0] != null) {
                out = out.add(padTo(g[0].tril(-1), m, n));
            }
            if (g[1] != null) {
                out = out.add(padTo(g[1].triu(0), m, n));
            }
            return new Tensor[] {out};
        }, 2);
        return new Tensor[] {p, lu2[0], lu2[1]};
    }

    // t (r x c, r <= m, c <= n) with zero rows and columns appended up to m x n
    private static Tensor padTo(Tensor t, int m, int n) {
        int[] batch = DecompositionOps.batchOf(t);
        if (t.size(-2) < m) {
            t = Torch.cat(java.util.List.of(t, Torch.zeros(Torch.options().dtype(t.dtype()),
                    DecompositionOps.concat(batch, m - t.size(-2), t.size(-1)))), -2);
        }
        if (t.size(-1) < n) {
            t = Torch.cat(java.util.List.of(t, Torch.zeros(Torch.options().dtype(t.dtype()),
                    DecompositionOps.concat(batch, m, n - t.size(-1)))), -1);
        }
        return t;
    }
}
