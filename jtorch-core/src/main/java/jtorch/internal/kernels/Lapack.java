package jtorch.internal.kernels;

/**
 * Dense factorizations of one matrix, in plain Java and in double (float32 operands too): partial-pivot LU,
 * Cholesky, Householder QR (LAPACK's geqrf/orgqr reflectors, so R's diagonal signs are LAPACK's), cyclic Jacobi
 * for symmetric eigenproblems, one-sided (Hestenes) Jacobi for the SVD and a column-pivoted QR least-squares
 * solver in the manner of gelsy. Each is a {@link Routine} the backend applies to every matrix of a batch.
 * Matrices are row-major {@link Mat}s; vectors and scalars are 1-row matrices.
 */
public final class Lapack {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_SWEEPS = 100;

    private Lapack() {
    }

    /** A row-major matrix of one batch element. */
    public record Mat(double[] a, int rows, int cols) {
        public Mat(int rows, int cols) {
            this(new double[rows * cols], rows, cols);
        }

        double get(int i, int j) {
            return a[i * cols + j];
        }

        void set(int i, int j, double v) {
            a[i * cols + j] = v;
        }
    }

    /** One routine on one batch element: reads {@code in}, fills the zeroed {@code out} (shapes set by the caller). */
    @FunctionalInterface
    public interface Routine {
        void apply(Mat[] in, Mat[] out);
    }

    // ---------------------------------------------------------------- LU

    /**
     * LU with partial pivoting (getrf: the first row of largest magnitude is the pivot). in: A (n x n); out: the
     * packed LU (n x n), the permutation's sign (1 x 1) and info (1 x 1: the 1-based index of the first zero
     * pivot, 0 if none).
     */
    public static Routine lu() {
        return (in, out) -> {
            Mat lu = out[0];
            System.arraycopy(in[0].a(), 0, lu.a(), 0, lu.a().length);
            int[] perm = new int[lu.rows()];
            int info = factorLu(lu, perm);
            int sign = 1;
            for (int k = 0; k < perm.length; k++) {
                if (perm[k] != k) {
                    sign = -sign;
                }
            }
            out[1].a()[0] = sign;
            out[2].a()[0] = info;
        };
    }

    /** A X = B by LU. in: A (n x n), B (n x k); out: X (n x k), info (1 x 1, as {@link #lu}). */
    public static Routine solve() {
        return (in, out) -> {
            Mat lu = new Mat(in[0].a().clone(), in[0].rows(), in[0].cols());
            int[] perm = new int[lu.rows()];
            int info = factorLu(lu, perm);
            out[1].a()[0] = info;
            if (info == 0) {
                luSolve(lu, perm, in[1], out[0]);
            }
        };
    }

    /**
     * The inverse by LU, as (A^T)^-1 transposed: PyTorch hands LAPACK the row-major data, so the LU it factors (and
     * the zero pivot its info names) is A^T's. in: A (n x n); out: A^-1 (n x n), info (1 x 1, as {@link #lu}).
     */
    public static Routine inverse() {
        return (in, out) -> {
            int n = in[0].rows();
            Mat eye = identity(n);
            Mat inverseT = new Mat(n, n);
            solve().apply(new Mat[] {transpose(in[0]), eye}, new Mat[] {inverseT, out[1]});
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[0].set(i, j, inverseT.get(j, i));
                }
            }
        };
    }

    private static Mat transpose(Mat a) {
        Mat t = new Mat(a.cols(), a.rows());
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                t.set(j, i, a.get(i, j));
            }
        }
        return t;
    }

    // in place; perm[k] is the row swapped with row k at step k
    private static int factorLu(Mat a, int[] perm) {
        int n = a.rows();
        int info = 0;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(a.get(k, k));
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(a.get(i, k));
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            perm[k] = p;
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = a.get(k, j);
                    a.set(k, j, a.get(p, j));
                    a.set(p, j, t);
                }
            }
            double pivot = a.get(k, k);
            if (pivot == 0) {
                // as getf2: note the first zero pivot and go on (the column below it is zero, nothing to eliminate)
                info = info == 0 ? k + 1 : info;
                continue;
            }
            for (int i = k + 1; i < n; i++) {
                double l = a.get(i, k) / pivot;
                a.set(i, k, l);
                for (int j = k + 1; j < n; j++) {
                    a.set(i, j, a.get(i, j) - l * a.get(k, j));
                }
            }
        }
        return info;
    }

    private static void luSolve(Mat lu, int[] perm, Mat b, Mat x) {
        int n = lu.rows();
        int k = b.cols();
        System.arraycopy(b.a(), 0, x.a(), 0, n * k);
        for (int i = 0; i < n; i++) {
            if (perm[i] != i) {
                for (int c = 0; c < k; c++) {
                    double t = x.get(i, c);
                    x.set(i, c, x.get(perm[i], c));
                    x.set(perm[i], c, t);
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                double s = x.get(i, c);
                for (int j = 0; j < i; j++) {
                    s -= lu.get(i, j) * x.get(j, c);
                }
                x.set(i, c, s);
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x.get(i, c);
                for (int j = i + 1; j < n; j++) {
                    s -= lu.get(i, j) * x.get(j, c);
                }
                x.set(i, c, s / lu.get(i, i));
            }
        }
    }

    /**
     * LU with partial pivoting of an m x n matrix (getrf: the first row of largest magnitude is the pivot, rows
     * swapped whole). in: A (m x n); out: the packed LU (m x n: L's multipliers below the diagonal, U on and above),
     * the 1-based pivots (1 x min(m, n): row k was swapped with row pivots[k]) and info (1 x 1, as {@link #lu}).
     */
    public static Routine luFactor() {
        return (in, out) -> {
            Mat a = out[0];
            System.arraycopy(in[0].a(), 0, a.a(), 0, a.a().length);
            int m = a.rows();
            int n = a.cols();
            int info = 0;
            for (int k = 0; k < Math.min(m, n); k++) {
                int p = k;
                double best = Math.abs(a.get(k, k));
                for (int i = k + 1; i < m; i++) {
                    if (Math.abs(a.get(i, k)) > best) {
                        best = Math.abs(a.get(i, k));
                        p = i;
                    }
                }
                out[1].a()[k] = p + 1;
                if (p != k) {
                    for (int j = 0; j < n; j++) {
                        double t = a.get(k, j);
                        a.set(k, j, a.get(p, j));
                        a.set(p, j, t);
                    }
                }
                double pivot = a.get(k, k);
                if (pivot == 0) {
                    info = info == 0 ? k + 1 : info;
                    continue;
                }
                for (int i = k + 1; i < m; i++) {
                    double l = a.get(i, k) / pivot;
                    a.set(i, k, l);
                    for (int j = k + 1; j < n; j++) {
                        a.set(i, j, a.get(i, j) - l * a.get(k, j));
                    }
                }
            }
            out[2].a()[0] = info;
        };
    }

    /**
     * A X = B from A's packed LU and 1-based pivots (getrs). in: LU (n x n), pivots (1 x n), B (n x k); out: X (n x
     * k).
     */
    public static Routine luSolveFactored() {
        return (in, out) -> {
            int n = in[0].rows();
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = (int) in[1].a()[i] - 1;
            }
            luSolve(in[0], perm, in[2], out[0]);
        };
    }

    // ---------------------------------------------------------------- Cholesky

    /**
     * Cholesky factor of a symmetric positive-definite matrix, reading its lower (or, for {@code upper}, its upper)
     * triangle as potrf does. in: A (n x n); out: L (or U = L^T) (n x n), info (1 x 1: the order of the first
     * leading minor that is not positive-definite, 0 if none).
     */
    public static Routine cholesky(boolean upper) {
        return (in, out) -> {
            Mat a = in[0];
            int n = a.rows();
            Mat l = new Mat(n, n);
            int info = 0;
            for (int j = 0; j < n && info == 0; j++) {
                double d = a.get(j, j);
                for (int k = 0; k < j; k++) {
                    d -= l.get(j, k) * l.get(j, k);
                }
                if (!(d > 0)) {
                    info = j + 1;
                    break;
                }
                double ljj = Math.sqrt(d);
                l.set(j, j, ljj);
                for (int i = j + 1; i < n; i++) {
                    double s = upper ? a.get(j, i) : a.get(i, j);
                    for (int k = 0; k < j; k++) {
                        s -= l.get(i, k) * l.get(j, k);
                    }
                    l.set(i, j, s / ljj);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    out[0].set(upper ? j : i, upper ? i : j, l.get(i, j));
                }
            }
            out[1].a()[0] = info;
        };
    }

    // ---------------------------------------------------------------- QR

    /**
     * Householder QR (geqrf's reflectors, orgqr's Q). in: A (m x n); out: Q (m x q) and R (q x n), q = m when
     * {@code complete}, else min(m, n).
     */
    public static Routine qr(boolean complete) {
        return (in, out) -> {
            Mat a = new Mat(in[0].a().clone(), in[0].rows(), in[0].cols());
            double[] tau = householder(a, null);
            Mat r = out[1];
            for (int i = 0; i < r.rows(); i++) {
                for (int j = i; j < r.cols(); j++) {
                    r.set(i, j, a.get(i, j));
                }
            }
            formQ(a, tau, out[0]);
        };
    }

    /**
     * Householder QR in place (dgeqr2, or dgeqp3's column pivoting when {@code perm} is given: the remaining column
     * of largest norm first): R above the diagonal, reflector tails below; returns the tau of each reflector.
     */
    private static double[] householder(Mat a, int[] perm) {
        int m = a.rows();
        int n = a.cols();
        int k = Math.min(m, n);
        double[] tau = new double[k];
        if (perm != null) {
            for (int j = 0; j < n; j++) {
                perm[j] = j;
            }
        }
        for (int j = 0; j < k; j++) {
            if (perm != null) {
                pivotLargestColumn(a, perm, j);
            }
            double alpha = a.get(j, j);
            double xnorm = 0;
            for (int i = j + 1; i < m; i++) {
                xnorm = Math.hypot(xnorm, a.get(i, j));
            }
            if (xnorm == 0) {
                continue; // H = I (tau 0), as dlarfg: the diagonal keeps its sign
            }
            double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
            tau[j] = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            for (int i = j + 1; i < m; i++) {
                a.set(i, j, a.get(i, j) * scale);
            }
            a.set(j, j, beta);
            // apply H = I - tau v v^T (v = [1, a[j+1:, j]]) to the trailing columns
            for (int c = j + 1; c < n; c++) {
                double s = a.get(j, c);
                for (int i = j + 1; i < m; i++) {
                    s += a.get(i, j) * a.get(i, c);
                }
                s *= tau[j];
                a.set(j, c, a.get(j, c) - s);
                for (int i = j + 1; i < m; i++) {
                    a.set(i, c, a.get(i, c) - s * a.get(i, j));
                }
            }
        }
        return tau;
    }

    private static void pivotLargestColumn(Mat a, int[] perm, int j) {
        int best = j;
        double bestNorm = -1;
        for (int c = j; c < a.cols(); c++) {
            double s = 0;
            for (int i = j; i < a.rows(); i++) {
                s += a.get(i, c) * a.get(i, c);
            }
            if (s > bestNorm) {
                bestNorm = s;
                best = c;
            }
        }
        if (best != j) {
            for (int i = 0; i < a.rows(); i++) {
                double t = a.get(i, j);
                a.set(i, j, a.get(i, best));
                a.set(i, best, t);
            }
            int t = perm[j];
            perm[j] = perm[best];
            perm[best] = t;
        }
    }

    // Q's first q.cols() columns: the identity's, with the reflectors applied last to first (dorg2r)
    private static void formQ(Mat a, double[] tau, Mat q) {
        int m = q.rows();
        for (int i = 0; i < Math.min(m, q.cols()); i++) {
            q.set(i, i, 1);
        }
        for (int j = tau.length - 1; j >= 0; j--) {
            applyReflector(a, tau[j], j, q);
        }
    }

    // x = (I - tau v v^T) x for the reflector stored in column j of a
    private static void applyReflector(Mat a, double tau, int j, Mat x) {
        if (tau == 0) {
            return;
        }
        for (int c = 0; c < x.cols(); c++) {
            double s = x.get(j, c);
            for (int i = j + 1; i < x.rows(); i++) {
                s += a.get(i, j) * x.get(i, c);
            }
            s *= tau;
            x.set(j, c, x.get(j, c) - s);
            for (int i = j + 1; i < x.rows(); i++) {
                x.set(i, c, x.get(i, c) - s * a.get(i, j));
            }
        }
    }

    /**
     * Householder QR in LAPACK's compact form (geqrf). in: A (m x n); out: R above the diagonal with the reflectors'
     * tails below (m x n) and the reflectors' tau (1 x min(m, n)).
     */
    public static Routine geqrf() {
        return (in, out) -> {
            Mat a = out[0];
            System.arraycopy(in[0].a(), 0, a.a(), 0, a.a().length);
            double[] tau = householder(a, null);
            System.arraycopy(tau, 0, out[1].a(), 0, tau.length);
        };
    }

    /**
     * The first n columns of H_1 ... H_k (orgqr / householder_product), H_i = I - tau_i v_i v_i^T with v_i = (0, ..., 0,
     * 1, a[i+1:, i]). in: a (m x n), tau (1 x k), k &le; n &le; m; out: Q (m x n).
     */
    public static Routine householderProduct() {
        return (in, out) -> formQ(in[0], in[1].a(), out[0]);
    }

    /**
     * Q C, Q^T C, C Q or C Q^T for Q = H_1 ... H_k given by geqrf's reflectors (ormqr). in: a (r x k'), tau (1 x k), C
     * (m x n), r = m when {@code left}, else n; out: the product (m x n).
     */
    public static Routine ormqr(boolean left, boolean transpose) {
        return (in, out) -> {
            Mat a = in[0];
            double[] tau = in[1].a();
            Mat x = left ? out[0] : transpose(in[2]);
            if (left) {
                System.arraycopy(in[2].a(), 0, x.a(), 0, x.a().length);
            }
            // C Q = (Q^T C^T)^T: on the right, the transposed product is applied to C^T from the left
            boolean qTransposed = left == transpose;
            int k = tau.length;
            for (int step = 0; step < k; step++) {
                int j = qTransposed ? step : k - 1 - step;
                applyReflector(a, tau[j], j, x);
            }
            if (!left) {
                Mat back = transpose(x);
                System.arraycopy(back.a(), 0, out[0].a(), 0, back.a().length);
            }
        };
    }

    // ---------------------------------------------------------------- least squares

    /**
     * Least squares min ||A X - B|| by column-pivoted QR (gelsy's method): the rank is the number of leading
     * diagonal entries of R with |R_ii| > rcond |R_00|, and a rank-deficient system gets the minimum-norm
     * solution. in: A (m x n), B (m x k); out: X (n x k), rank (1 x 1).
     */
    public static Routine lstsq(double rcond) {
        return (in, out) -> {
            Mat a = new Mat(in[0].a().clone(), in[0].rows(), in[0].cols());
            int m = a.rows();
            int n = a.cols();
            int k = in[1].cols();
            int[] perm = new int[n];
            double[] tau = householder(a, perm);
            int rank = 0;
            double r00 = tau.length == 0 ? 0 : Math.abs(a.get(0, 0));
            while (rank < tau.length && r00 > 0 && Math.abs(a.get(rank, rank)) > rcond * r00) {
                rank++;
            }
            out[1].a()[0] = rank;
            // c = (Q^T B)[:rank]
            Mat c = new Mat(in[1].a().clone(), m, k);
            for (int j = 0; j < tau.length; j++) {
                applyReflector(a, tau[j], j, c);
            }
            // the minimum-norm z with R[:rank, :] z = c[:rank]: by the QR of W = R[:rank, :]^T (n x rank),
            // z = Q_W R_W^-T c
            Mat w = new Mat(n, rank);
            for (int i = 0; i < rank; i++) {
                for (int j = i; j < n; j++) {
                    w.set(j, i, a.get(i, j));
                }
            }
            double[] wTau = householder(w, null);
            Mat z = new Mat(n, k);
            for (int col = 0; col < k; col++) {
                // forward substitution with R_W^T (lower triangular)
                for (int i = 0; i < rank; i++) {
                    double s = c.get(i, col);
                    for (int j = 0; j < i; j++) {
                        s -= w.get(j, i) * z.get(j, col);
                    }
                    z.set(i, col, s / w.get(i, i));
                }
            }
            for (int j = wTau.length - 1; j >= 0; j--) {
                applyReflector(w, wTau[j], j, z);
            }
            for (int j = 0; j < n; j++) {
                for (int col = 0; col < k; col++) {
                    out[0].set(perm[j], col, z.get(j, col));
                }
            }
        };
    }

    // ---------------------------------------------------------------- symmetric eigenproblem

    /**
     * Eigenvalues (ascending) and orthonormal eigenvectors (columns) of the symmetric matrix whose lower (or upper)
     * triangle is read, by cyclic Jacobi rotations. in: A (n x n); out: w (1 x n), V (n x n).
     */
    public static Routine eigh(boolean lower) {
        return (in, out) -> {
            Mat src = in[0];
            int n = src.rows();
            Mat a = new Mat(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double v = lower ? src.get(i, j) : src.get(j, i);
                    a.set(i, j, v);
                    a.set(j, i, v);
                }
            }
            Mat v = identity(n);
            for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 0; sweep++) {
                boolean rotated = false;
                for (int p = 0; p < n - 1; p++) {
                    for (int q = p + 1; q < n; q++) {
                        double apq = a.get(p, q);
                        double app = a.get(p, p);
                        double aqq = a.get(q, q);
                        if (Math.abs(apq) <= EPS * 0.5 * Math.sqrt(Math.abs(app * aqq)) || apq == 0) {
                            a.set(p, q, 0);
                            a.set(q, p, 0);
                            continue;
                        }
                        rotated = true;
                        double theta = (aqq - app) / (2 * apq);
                        double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.hypot(1, theta));
                        double c = 1 / Math.hypot(1, t);
                        double s = t * c;
                        rotate(a, v, p, q, c, s);
                    }
                }
                if (!rotated) {
                    break;
                }
            }
            sortColumns(a, v, out[0], out[1], true);
        };
    }

    private static double offDiagonal(Mat a) {
        double s = 0;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                if (i != j) {
                    s += Math.abs(a.get(i, j));
                }
            }
        }
        return s;
    }

    // A = J^T A J and V = V J for the rotation J in the (p, q) plane
    private static void rotate(Mat a, Mat v, int p, int q, double c, double s) {
        int n = a.rows();
        for (int k = 0; k < n; k++) {
            double akp = a.get(k, p);
            double akq = a.get(k, q);
            a.set(k, p, c * akp - s * akq);
            a.set(k, q, s * akp + c * akq);
        }
        for (int k = 0; k < n; k++) {
            double apk = a.get(p, k);
            double aqk = a.get(q, k);
            a.set(p, k, c * apk - s * aqk);
            a.set(q, k, s * apk + c * aqk);
        }
        a.set(p, q, 0);
        a.set(q, p, 0);
        for (int k = 0; k < n; k++) {
            double vkp = v.get(k, p);
            double vkq = v.get(k, q);
            v.set(k, p, c * vkp - s * vkq);
            v.set(k, q, s * vkp + c * vkq);
        }
    }

    // values = diag(a) sorted (ascending or descending), vectors' columns in the same order
    private static void sortColumns(Mat a, Mat v, Mat values, Mat vectors, boolean ascending) {
        int n = a.rows();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> ascending ? Double.compare(a.get(x, x), a.get(y, y))
                : Double.compare(a.get(y, y), a.get(x, x)));
        for (int j = 0; j < n; j++) {
            values.a()[j] = a.get(order[j], order[j]);
            for (int i = 0; i < v.rows(); i++) {
                vectors.set(i, j, v.get(i, order[j]));
            }
        }
    }

    private static Mat identity(int n) {
        Mat m = new Mat(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, 1);
        }
        return m;
    }

    // ---------------------------------------------------------------- SVD

    /**
     * Singular values (descending) and singular vectors by one-sided Jacobi rotations on the columns of A (of A^T
     * when it is wide). in: A (m x n); out: U (m x ku), S (1 x k), Vh (kv x n) with k = min(m, n), and ku = m,
     * kv = n when {@code full}, else k. Vectors of zero singular values and the extra columns of a full U or V
     * are completed to an orthonormal basis.
     */
    public static Routine svd(boolean full) {
        return (in, out) -> {
            Mat a = in[0];
            int m = a.rows();
            int n = a.cols();
            boolean wide = m < n;
            // tall form: t (rows x cols, rows >= cols) is A or A^T
            int rows = wide ? n : m;
            int cols = wide ? m : n;
            Mat u = new Mat(rows, cols);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    if (wide) {
                        u.set(j, i, a.get(i, j));
                    } else {
                        u.set(i, j, a.get(i, j));
                    }
                }
            }
            Mat v = identity(cols);
            jacobiSweeps(u, v);
            double[] s = new double[cols];
            for (int j = 0; j < cols; j++) {
                double norm = 0;
                for (int i = 0; i < rows; i++) {
                    norm = Math.hypot(norm, u.get(i, j));
                }
                s[j] = norm;
            }
            Integer[] order = new Integer[cols];
            for (int j = 0; j < cols; j++) {
                order[j] = j;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
            // a column whose norm is at rounding level of the largest has no reliable direction: it is completed like
            // the vectors of exact zeros (its singular value is kept)
            double negligible = cols == 0 ? 0 : s[order[0]] * EPS * rows;
            // left vectors of the tall form: normalised columns, completed to `left` columns
            int left = full ? rows : cols;
            Mat lu = new Mat(rows, left);
            Mat rv = new Mat(cols, cols);
            boolean[] missing = new boolean[left];
            for (int j = 0; j < cols; j++) {
                int src = order[j];
                out[1].a()[j] = s[src];
                missing[j] = s[src] <= negligible;
                for (int i = 0; i < rows; i++) {
                    lu.set(i, j, missing[j] ? 0 : u.get(i, src) / s[src]);
                }
                for (int i = 0; i < cols; i++) {
                    rv.set(i, j, v.get(i, src));
                }
            }
            for (int j = cols; j < left; j++) {
                missing[j] = true;
            }
            complete(lu, missing);
            // tall: U = lu, Vh = rv^T; wide: A = rv S lu^T, so U = rv and Vh = lu^T
            Mat uOut = out[0];
            Mat vhOut = out[2];
            Mat uSrc = wide ? rv : lu;
            Mat vSrc = wide ? lu : rv;
            for (int i = 0; i < uOut.rows(); i++) {
                for (int j = 0; j < uOut.cols(); j++) {
                    uOut.set(i, j, uSrc.get(i, j));
                }
            }
            for (int i = 0; i < vhOut.rows(); i++) {
                for (int j = 0; j < vhOut.cols(); j++) {
                    vhOut.set(i, j, vSrc.get(j, i));
                }
            }
        };
    }

    // Hestenes: rotate column pairs of u (and v alongside) until all are orthogonal to working precision
    private static void jacobiSweeps(Mat u, Mat v) {
        int rows = u.rows();
        int cols = u.cols();
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < cols - 1; p++) {
                for (int q = p + 1; q < cols; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < rows; i++) {
                        double up = u.get(i, p);
                        double uq = u.get(i, q);
                        alpha += up * up;
                        beta += uq * uq;
                        gamma += up * uq;
                    }
                    if (gamma == 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
                    double c = 1 / Math.hypot(1, t);
                    double s = c * t;
                    rotateColumns(u, p, q, c, s);
                    rotateColumns(v, p, q, c, s);
                }
            }
            if (!rotated) {
                return;
            }
        }
    }

    private static void rotateColumns(Mat x, int p, int q, double c, double s) {
        for (int i = 0; i < x.rows(); i++) {
            double xp = x.get(i, p);
            double xq = x.get(i, q);
            x.set(i, p, c * xp - s * xq);
            x.set(i, q, s * xp + c * xq);
        }
    }

    // fills the missing columns of q with unit vectors orthogonal to all others (Gram-Schmidt of the standard basis
    // vector that keeps the most after projection, twice for orthogonality)
    private static void complete(Mat q, boolean[] missing) {
        int rows = q.rows();
        for (int j = 0; j < missing.length; j++) {
            if (!missing[j]) {
                continue;
            }
            double[] best = null;
            double bestNorm = -1;
            for (int e = 0; e < rows; e++) {
                double[] x = new double[rows];
                x[e] = 1;
                for (int pass = 0; pass < 2; pass++) {
                    for (int c = 0; c < missing.length; c++) {
                        if (missing[c]) {
                            continue;
                        }
                        double d = 0;
                        for (int i = 0; i < rows; i++) {
                            d += q.get(i, c) * x[i];
                        }
                        for (int i = 0; i < rows; i++) {
                            x[i] -= d * q.get(i, c);
                        }
                    }
                }
                double norm = 0;
                for (double xi : x) {
                    norm = Math.hypot(norm, xi);
                }
                if (norm > bestNorm + 1e-12) {
                    bestNorm = norm;
                    best = x;
                }
            }
            for (int i = 0; i < rows; i++) {
                q.set(i, j, best[i] / bestNorm);
            }
            missing[j] = false;
        }
    }
}
