package jtorch.linalg;

import java.util.List;
import jtorch.Tensor;
import jtorch.internal.ops.DecompositionOps;
import jtorch.internal.ops.MatrixFunctionOps;
import jtorch.internal.ops.ProductOps;

/**
 * {@code torch.linalg}: every function takes batches of matrices (leading batch dims) in float32 or float64. The
 * factorizations are jtorch's own (in double for float32 too): partial-pivot LU, Cholesky, Householder QR (R's
 * diagonal signs as LAPACK's), Jacobi eigh and SVD. Eigenvectors and singular vectors are unique only up to the
 * sign of each column (of each pair of U and V columns), exactly as PyTorch's documentation says of LAPACK's, so
 * they need not equal PyTorch's column for column; anything invariant under those signs does.
 */
public final class Linalg {
    private Linalg() {
    }

    // ---------------------------------------------------------------- named results

    /** {@code torch.return_types.linalg_slogdet}. */
    public record Slogdet(Tensor sign, Tensor logabsdet) {
    }

    /** {@code torch.return_types.linalg_cholesky_ex}: info is int32, 0 where the factor exists. */
    public record CholeskyEx(Tensor L, Tensor info) {
    }

    /** {@code torch.return_types.linalg_inv_ex}: info is int32, 0 where the inverse exists. */
    public record InvEx(Tensor inverse, Tensor info) {
    }

    /** {@code torch.return_types.linalg_qr}. */
    public record Qr(Tensor Q, Tensor R) {
    }

    /** {@code torch.return_types.linalg_eigh}. */
    public record Eigh(Tensor eigenvalues, Tensor eigenvectors) {
    }

    /** {@code torch.return_types.linalg_svd}. */
    public record Svd(Tensor U, Tensor S, Tensor Vh) {
    }

    /** {@code torch.return_types.linalg_lstsq}. */
    public record Lstsq(Tensor solution, Tensor residuals, Tensor rank, Tensor singularValues) {
    }

    // ---------------------------------------------------------------- options

    /** Keyword options of {@link #vectorNorm(Tensor, VectorNormOptions)}, at PyTorch's defaults. */
    public static VectorNormOptions vectorNormOptions() {
        return new VectorNormOptions();
    }

    /** Keyword options of {@link #matrixNorm(Tensor, MatrixNormOptions)}: ord='fro', dim=(-2, -1). */
    public static MatrixNormOptions matrixNormOptions() {
        return new MatrixNormOptions("fro", new int[] {-2, -1});
    }

    /** Keyword options of {@link #norm(Tensor, MatrixNormOptions)}: ord=None, dim=None. */
    public static MatrixNormOptions normOptions() {
        return new MatrixNormOptions(null, null);
    }

    /** Keyword options of {@link #pinv(Tensor, ToleranceOptions)} and {@link #matrixRank(Tensor, ToleranceOptions)}. */
    public static ToleranceOptions toleranceOptions() {
        return new ToleranceOptions();
    }

    /** Keyword options of {@link #lstsq(Tensor, Tensor, LstsqOptions)}. */
    public static LstsqOptions lstsqOptions() {
        return new LstsqOptions();
    }

    // ---------------------------------------------------------------- norms

    /** The 2-norm of all elements. PyTorch: {@code torch.linalg.vector_norm(x)}. */
    public static Tensor vectorNorm(Tensor x) {
        return vectorNorm(x, vectorNormOptions());
    }

    /** PyTorch: {@code torch.linalg.vector_norm(x, ord)}. */
    public static Tensor vectorNorm(Tensor x, double ord) {
        return vectorNorm(x, vectorNormOptions().ord(ord));
    }

    /** PyTorch: {@code torch.linalg.vector_norm(x, ord, dim)}. */
    public static Tensor vectorNorm(Tensor x, double ord, int... dim) {
        return vectorNorm(x, vectorNormOptions().ord(ord).dim(dim));
    }

    /** PyTorch: {@code torch.linalg.vector_norm(x, ord, dim, keepdim)}. */
    public static Tensor vectorNorm(Tensor x, double ord, int[] dim, boolean keepdim) {
        return vectorNorm(x, vectorNormOptions().ord(ord).dim(dim).keepdim(keepdim));
    }

    /** PyTorch: {@code torch.linalg.vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None)}. */
    public static Tensor vectorNorm(Tensor x, VectorNormOptions o) {
        return MatrixFunctionOps.vectorNorm(x, o.ord, o.dim, o.keepdim, o.dtype);
    }

    /** The Frobenius norm of the last two dims. PyTorch: {@code torch.linalg.matrix_norm(A)}. */
    public static Tensor matrixNorm(Tensor a) {
        return matrixNorm(a, matrixNormOptions());
    }

    /** PyTorch: {@code torch.linalg.matrix_norm(A, ord)} with ord 'fro' or 'nuc'. */
    public static Tensor matrixNorm(Tensor a, String ord) {
        return matrixNorm(a, matrixNormOptions().ord(ord));
    }

    /** PyTorch: {@code torch.linalg.matrix_norm(A, ord)} with ord ±1, ±2 or ±inf. */
    public static Tensor matrixNorm(Tensor a, double ord) {
        return matrixNorm(a, matrixNormOptions().ord(ord));
    }

    /** PyTorch: {@code torch.linalg.matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None)}. */
    public static Tensor matrixNorm(Tensor a, MatrixNormOptions o) {
        return o.ord instanceof String s ? MatrixFunctionOps.matrixNorm(a, s, o.dim, o.keepdim, o.dtype)
                : MatrixFunctionOps.matrixNorm(a, ((Number) o.ord).doubleValue(), o.dim, o.keepdim, o.dtype);
    }

    /** The 2-norm of the flattened input. PyTorch: {@code torch.linalg.norm(A)}. */
    public static Tensor norm(Tensor a) {
        return norm(a, normOptions());
    }

    /** A vector norm of a 1-D input, a matrix norm of a 2-D one. PyTorch: {@code torch.linalg.norm(A, ord)}. */
    public static Tensor norm(Tensor a, double ord) {
        return norm(a, normOptions().ord(ord));
    }

    /** 'fro' or 'nuc' of a 2-D input. PyTorch: {@code torch.linalg.norm(A, ord)}. */
    public static Tensor norm(Tensor a, String ord) {
        return norm(a, normOptions().ord(ord));
    }

    /** PyTorch: {@code torch.linalg.norm(A, ord=None, dim=None, keepdim=False, *, dtype=None)}. */
    public static Tensor norm(Tensor a, MatrixNormOptions o) {
        return MatrixFunctionOps.norm(a, o.ord, o.dim, o.keepdim, o.dtype);
    }

    // ---------------------------------------------------------------- determinants, inverses, solvers

    /** PyTorch: {@code torch.linalg.det(A)}. */
    public static Tensor det(Tensor a) {
        return DecompositionOps.det(a);
    }

    /** PyTorch: {@code torch.linalg.slogdet(A)}. */
    public static Slogdet slogdet(Tensor a) {
        Tensor[] r = DecompositionOps.slogdet(a);
        return new Slogdet(r[0], r[1]);
    }

    /** The inverse; a singular matrix fails naming its zero pivot. PyTorch: {@code torch.linalg.inv(A)}. */
    public static Tensor inv(Tensor a) {
        return DecompositionOps.invEx(a, true)[0];
    }

    /** PyTorch: {@code torch.linalg.inv_ex(A)} (check_errors=False: a singular matrix gives info &gt; 0). */
    public static InvEx invEx(Tensor a) {
        return invEx(a, false);
    }

    /** PyTorch: {@code torch.linalg.inv_ex(A, *, check_errors=False)}. */
    public static InvEx invEx(Tensor a, boolean checkErrors) {
        Tensor[] r = DecompositionOps.invEx(a, checkErrors);
        return new InvEx(r[0], r[1]);
    }

    /** X with A X = B. PyTorch: {@code torch.linalg.solve(A, B)}. */
    public static Tensor solve(Tensor a, Tensor b) {
        return solve(a, b, true);
    }

    /** X with A X = B, or X A = B when not {@code left}. PyTorch: {@code torch.linalg.solve(A, B, *, left=True)}. */
    public static Tensor solve(Tensor a, Tensor b, boolean left) {
        return DecompositionOps.solve(a, b, left);
    }

    /** PyTorch: {@code torch.linalg.lstsq(A, B)} (driver gelsy). */
    public static Lstsq lstsq(Tensor a, Tensor b) {
        return lstsq(a, b, lstsqOptions());
    }

    /** PyTorch: {@code torch.linalg.lstsq(A, B, rcond)}. */
    public static Lstsq lstsq(Tensor a, Tensor b, double rcond) {
        return lstsq(a, b, lstsqOptions().rcond(rcond));
    }

    /** PyTorch: {@code torch.linalg.lstsq(A, B, rcond=None, *, driver=None)}. */
    public static Lstsq lstsq(Tensor a, Tensor b, LstsqOptions o) {
        Tensor[] r = MatrixFunctionOps.lstsq(a, b, o.rcond, o.driver);
        return new Lstsq(r[0], r[1], r[2], r[3]);
    }

    /** The pseudo-inverse. PyTorch: {@code torch.linalg.pinv(A)}. */
    public static Tensor pinv(Tensor a) {
        return pinv(a, toleranceOptions());
    }

    /** PyTorch: {@code torch.linalg.pinv(A, *, atol=None, rtol=None, hermitian=False)}. */
    public static Tensor pinv(Tensor a, ToleranceOptions o) {
        return MatrixFunctionOps.pinv(a, o.atol, o.rtol, o.hermitian);
    }

    /**
     * The pseudo-inverse with singular values at or below rcond * largest dropped. PyTorch:
     * {@code torch.linalg.pinv(A, rcond)} (rtol=rcond, atol=0).
     */
    public static Tensor pinv(Tensor a, double rcond) {
        return pinv(a, rcond, false);
    }

    /** PyTorch: {@code torch.linalg.pinv(A, rcond, hermitian=False)}. */
    public static Tensor pinv(Tensor a, double rcond, boolean hermitian) {
        return pinv(a, toleranceOptions().atol(0).rtol(rcond).hermitian(hermitian));
    }

    /** The numerical rank (int64). PyTorch: {@code torch.linalg.matrix_rank(A)}. */
    public static Tensor matrixRank(Tensor a) {
        return matrixRank(a, toleranceOptions());
    }

    /** PyTorch: {@code torch.linalg.matrix_rank(A, *, atol=None, rtol=None, hermitian=False)}. */
    public static Tensor matrixRank(Tensor a, ToleranceOptions o) {
        return MatrixFunctionOps.matrixRank(a, o.atol, o.rtol, o.hermitian);
    }

    /**
     * The number of singular values above {@code tol}. PyTorch: {@code torch.linalg.matrix_rank(A, tol)} (atol=tol,
     * rtol=0).
     */
    public static Tensor matrixRank(Tensor a, double tol) {
        return matrixRank(a, tol, false);
    }

    /** PyTorch: {@code torch.linalg.matrix_rank(A, tol, hermitian=False)}. */
    public static Tensor matrixRank(Tensor a, double tol, boolean hermitian) {
        return matrixRank(a, toleranceOptions().atol(tol).rtol(0).hermitian(hermitian));
    }

    // ---------------------------------------------------------------- decompositions

    /**
     * The lower Cholesky factor and, per matrix, info: 0, or the order of the first leading minor that is not
     * positive-definite (no error is raised). PyTorch: {@code torch.linalg.cholesky_ex(A)}.
     */
    public static CholeskyEx choleskyEx(Tensor a) {
        Tensor[] r = DecompositionOps.choleskyEx(a, false, false);
        return new CholeskyEx(r[0], r[1]);
    }

    /** The lower Cholesky factor. PyTorch: {@code torch.linalg.cholesky(A)}. */
    public static Tensor cholesky(Tensor a) {
        return cholesky(a, false);
    }

    /** The lower (or upper) Cholesky factor. PyTorch: {@code torch.linalg.cholesky(A, *, upper=False)}. */
    public static Tensor cholesky(Tensor a, boolean upper) {
        return DecompositionOps.cholesky(a, upper);
    }

    /** PyTorch: {@code torch.linalg.qr(A)} (mode 'reduced'). */
    public static Qr qr(Tensor a) {
        return qr(a, "reduced");
    }

    /** PyTorch: {@code torch.linalg.qr(A, mode='reduced')}: 'reduced', 'complete' or 'r' (Q empty). */
    public static Qr qr(Tensor a, String mode) {
        Tensor[] r = DecompositionOps.qr(a, mode);
        return new Qr(r[0], r[1]);
    }

    /** PyTorch: {@code torch.linalg.eigh(A)} (the lower triangle). */
    public static Eigh eigh(Tensor a) {
        return eigh(a, "L");
    }

    /** PyTorch: {@code torch.linalg.eigh(A, UPLO='L')}. */
    public static Eigh eigh(Tensor a, String uplo) {
        Tensor[] r = DecompositionOps.eigh(a, uplo);
        return new Eigh(r[0], r[1]);
    }

    /** PyTorch: {@code torch.linalg.eigvalsh(A)}. */
    public static Tensor eigvalsh(Tensor a) {
        return eigvalsh(a, "L");
    }

    /** PyTorch: {@code torch.linalg.eigvalsh(A, UPLO='L')}. */
    public static Tensor eigvalsh(Tensor a, String uplo) {
        return MatrixFunctionOps.eigvalsh(a, uplo);
    }

    /** PyTorch: {@code torch.linalg.svd(A)} (full_matrices=True). */
    public static Svd svd(Tensor a) {
        return svd(a, true);
    }

    /** PyTorch: {@code torch.linalg.svd(A, full_matrices=True)}. */
    public static Svd svd(Tensor a, boolean fullMatrices) {
        Tensor[] r = DecompositionOps.svd(a, fullMatrices);
        return new Svd(r[0], r[1], r[2]);
    }

    /** PyTorch: {@code torch.linalg.svdvals(A)}. */
    public static Tensor svdvals(Tensor a) {
        return MatrixFunctionOps.svdvals(a);
    }

    // ---------------------------------------------------------------- products and powers

    /** PyTorch: {@code torch.linalg.matrix_power(A, n)}. */
    public static Tensor matrixPower(Tensor a, int n) {
        return MatrixFunctionOps.matrixPower(a, n);
    }

    /** PyTorch: {@code torch.linalg.multi_dot(tensors)}. */
    public static Tensor multiDot(List<Tensor> tensors) {
        return MatrixFunctionOps.multiDot(tensors);
    }

    /** PyTorch: {@code torch.linalg.multi_dot(tensors)}. */
    public static Tensor multiDot(Tensor... tensors) {
        return multiDot(List.of(tensors));
    }

    /** PyTorch: {@code torch.linalg.cross(input, other)} (dim=-1). */
    public static Tensor cross(Tensor input, Tensor other) {
        return cross(input, other, -1);
    }

    /** PyTorch: {@code torch.linalg.cross(input, other, *, dim=-1)}. */
    public static Tensor cross(Tensor input, Tensor other, int dim) {
        return ProductOps.cross(input, other, dim);
    }

    /** PyTorch: {@code torch.linalg.vecdot(x, y)} (dim=-1). */
    public static Tensor vecdot(Tensor x, Tensor y) {
        return vecdot(x, y, -1);
    }

    /** PyTorch: {@code torch.linalg.vecdot(x, y, *, dim=-1)}. */
    public static Tensor vecdot(Tensor x, Tensor y, int dim) {
        return MatrixFunctionOps.vecdot(x, y, dim);
    }

    /** e^A of each square matrix. PyTorch: {@code torch.linalg.matrix_exp(A)}. */
    public static Tensor matrixExp(Tensor a) {
        return MatrixFunctionOps.matrixExp(a);
    }
}
