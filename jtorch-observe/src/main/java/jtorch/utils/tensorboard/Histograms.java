package jtorch.utils.tensorboard;

import java.util.ArrayList;
import java.util.List;
import jtorch.utils.tensorboard.proto.HistogramProto;

/** NumPy's {@code np.histogram} and TensorBoard's default bucket edges, as PyTorch's histogram summary uses them. */
final class Histograms {
    private Histograms() {
    }

    private static volatile double[] tfBins;

    /**
     * TensorBoard's default bucket edges: {@code ±1e-12 * 1.1^k} below {@code 1e20}, and 0 — built by repeated
     * multiplication exactly as PyTorch's {@code SummaryWriter.default_bins}.
     */
    static double[] tensorflowBins() {
        double[] b = tfBins;
        if (b == null) {
            List<Double> pos = new ArrayList<>();
            for (double v = 1e-12; v < 1e20; v *= 1.1) {
                pos.add(v);
            }
            int n = pos.size();
            b = new double[2 * n + 1];
            for (int i = 0; i < n; i++) {
                b[n - 1 - i] = -pos.get(i);
                b[n + 1 + i] = pos.get(i);
            }
            tfBins = b;
        }
        return b;
    }

    /** {@code np.histogram(values, bins=edges)}: bin i holds [e_i, e_{i+1}), the last one is closed. */
    static double[] counts(double[] values, double[] edges) {
        int nb = edges.length - 1;
        double[] counts = new double[nb];
        for (double v : values) {
            if (!(v >= edges[0] && v <= edges[nb])) {
                continue;
            }
            int lo = 0;
            int hi = nb; // find the last edge <= v
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= v) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            counts[lo]++;
        }
        return counts;
    }

    /**
     * {@code np.linspace(first, last, n + 1)} edges of {@code np.histogram(values, bins=n)}; equal min and max
     * widen to {@code ±0.5}. {@code float32} rounds the edges to float, as NumPy does for float32 data.
     */
    static double[] uniformEdges(double first, double last, int n, boolean float32) {
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double[] e = new double[n + 1];
        double step = (last - first) / n;
        for (int i = 0; i < n; i++) {
            e[i] = i * step + first;
        }
        e[n] = last;
        if (float32) {
            for (int i = 0; i <= n; i++) {
                e[i] = (float) e[i];
            }
        }
        return e;
    }

    /** PyTorch's {@code make_histogram}: trims empty buckets at both ends, keeping one empty bucket on the left. */
    static HistogramProto make(double[] values, double[] edges, boolean float32) {
        if (values.length == 0) {
            throw new IllegalArgumentException("The input has no element.");
        }
        double[] counts = counts(values, edges);
        int first = -1;
        int last = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("The histogram is empty: no value lies within the bucket edges");
        }
        HistogramProto.Builder h = HistogramProto.newBuilder();
        // TensorBoard shows right bucket limits only: one empty bucket on the left keeps the leftmost limit
        if (first == 0) {
            h.addBucket(0);
            for (int i = 0; i <= last; i++) {
                h.addBucket(counts[i]);
            }
        } else {
            for (int i = first - 1; i <= last; i++) {
                h.addBucket(counts[i]);
            }
        }
        for (int i = first; i <= last + 1; i++) {
            h.addBucketLimit(edges[i]);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double sumSq = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            sumSq += v * v;
        }
        if (float32) {
            sum = (float) sum;
            sumSq = (float) sumSq;
        }
        return h.setMin(min).setMax(max).setNum(values.length).setSum(sum).setSumSquares(sumSq).build();
    }
}
