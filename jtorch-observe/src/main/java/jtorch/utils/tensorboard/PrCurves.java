package jtorch.utils.tensorboard;

/**
 * PyTorch's {@code compute_curve}: predictions bucketed by {@code floor(p * (n - 1))}, weighted true/false
 * positive histograms over n uniform bins of [0, n - 1], reverse cumulative sums, and precision/recall with
 * a 1e-7 floor on the denominators. Rows: TP, FP, TN, FN, precision, recall.
 */
final class PrCurves {
    private PrCurves() {
    }

    static final double MINIMUM_COUNT = 1e-7;

    static double[][] compute(double[] labels, float[] predictions, double[] weights, int n) {
        if (labels.length != predictions.length) {
            throw new IllegalArgumentException("labels and predictions differ in size: " + labels.length + " vs " + predictions.length);
        }
        double[] edges = Histograms.uniformEdges(0, n - 1, n, false);
        double[] tpB = new double[n];
        double[] fpB = new double[n];
        for (int i = 0; i < labels.length; i++) {
            double idx = Math.floor((float) (predictions[i] * (float) (n - 1)));
            if (!(idx >= 0 && idx <= n - 1)) {
                continue;
            }
            int b = bin(idx, edges, n);
            double w = weights == null ? 1.0 : weights[i];
            tpB[b] += labels[i] * w;
            fpB[b] += (1.0 - labels[i]) * w;
        }
        double[][] d = new double[6][n];
        double tp = 0;
        double fp = 0;
        for (int i = n - 1; i >= 0; i--) {
            tp += tpB[i];
            fp += fpB[i];
            d[0][i] = tp;
            d[1][i] = fp;
        }
        for (int i = 0; i < n; i++) {
            d[2][i] = d[1][0] - d[1][i];
            d[3][i] = d[0][0] - d[0][i];
            d[4][i] = d[0][i] / Math.max(MINIMUM_COUNT, d[0][i] + d[1][i]);
            d[5][i] = d[0][i] / Math.max(MINIMUM_COUNT, d[0][i] + d[3][i]);
        }
        return d;
    }

    // NumPy's uniform-bin index: scaled position, then corrected against the actual edges
    private static int bin(double v, double[] edges, int n) {
        int i = (int) ((v - edges[0]) * (n / (edges[n] - edges[0])));
        if (i == n) {
            i--;
        }
        if (v < edges[i]) {
            i--;
        }
        if (i != n - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }
}
