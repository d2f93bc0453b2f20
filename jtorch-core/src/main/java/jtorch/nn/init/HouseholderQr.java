package jtorch.nn.init;

/**
 * Reduced QR factorisation of a tall m×n matrix (m ≥ n) by Householder reflections, in double. Used
 * by {@link Init#orthogonal_}, which needs the Q of PyTorch's {@code torch.linalg.qr} with its columns'
 * signs fixed by diag(R); that pair is unique for a full-rank matrix, so it does not depend on the
 * reflection convention LAPACK happens to use.
 */
final class HouseholderQr {
    private HouseholderQr() {
    }

    /** Q (m×n, orthonormal columns) of {@code a} with column j multiplied by sign(R[j][j]) (0 when R[j][j] is 0). */
    static double[][] signFixedQ(double[][] a) {
        int m = a.length;
        int n = a[0].length;
        double[][] r = new double[m][];
        for (int i = 0; i < m; i++) {
            r[i] = a[i].clone();
        }
        double[][] vs = new double[n][];
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += r[i][k] * r[i][k];
            }
            norm = Math.sqrt(norm);
            double[] v = new double[m - k];
            if (norm == 0) {
                vs[k] = v; // a zero column: nothing to reflect
                continue;
            }
            // reflect x onto -sign(x0)·|x|·e1, the choice that avoids cancellation in v = x - alpha·e1
            double alpha = r[k][k] > 0 ? -norm : norm;
            for (int i = k; i < m; i++) {
                v[i - k] = r[i][k];
            }
            v[0] -= alpha;
            double vnorm = 0;
            for (double x : v) {
                vnorm += x * x;
            }
            vnorm = Math.sqrt(vnorm);
            for (int i = 0; i < v.length; i++) {
                v[i] /= vnorm;
            }
            vs[k] = v;
            reflect(r, v, k, k, n);
        }
        // Q = H0·H1·…·H(n-1)·I[:, :n], applied right to left
        double[][] q = new double[m][n];
        for (int j = 0; j < n; j++) {
            q[j][j] = 1;
        }
        for (int k = n - 1; k >= 0; k--) {
            reflect(q, vs[k], k, 0, n);
        }
        for (int j = 0; j < n; j++) {
            double s = Math.signum(r[j][j]);
            for (int i = 0; i < m; i++) {
                q[i][j] *= s;
            }
        }
        return q;
    }

    // rows row0.. of columns col0..cols-1 of a: a -= 2 v (vᵀ a)
    private static void reflect(double[][] a, double[] v, int row0, int col0, int cols) {
        for (int j = col0; j < cols; j++) {
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * a[row0 + i][j];
            }
            if (dot == 0) {
                continue;
            }
            for (int i = 0; i < v.length; i++) {
                a[row0 + i][j] -= 2 * dot * v[i];
            }
        }
    }
}
