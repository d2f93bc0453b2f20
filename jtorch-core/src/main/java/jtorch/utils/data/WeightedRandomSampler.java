package jtorch.utils.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import jtorch.Generator;

/**
 * Indices drawn with probabilities proportional to {@code weights}. PyTorch:
 * {@code torch.utils.data.WeightedRandomSampler(weights, num_samples, replacement=True,
 * generator=None)}, which yields {@code torch.multinomial(weights.double(), num_samples,
 * replacement, generator)}; the draws here are the same numbers PyTorch 1.13's CPU multinomial
 * makes:
 * <ul>
 *   <li>with replacement and more than one sample: the cumulative distribution normalised by its
 *       sum, one double uniform per sample, and a binary search for the first bucket whose
 *       cumulative probability is not below it;</li>
 *   <li>without replacement, or a single sample: one exponential variate {@code q_i = -log(1 - u_i)}
 *       per weight, then the indices of the largest {@code w_i / q_i} in decreasing order
 *       (the exponential-race form of Gumbel-top-k).</li>
 * </ul>
 */
public final class WeightedRandomSampler implements Sampler<Integer> {
    private final double[] weights;
    private final int numSamples;
    private final boolean replacement;
    private final Generator generator; // null: the default generator at each pass

    /** PyTorch: {@code WeightedRandomSampler(weights, num_samples)} (with replacement). */
    public WeightedRandomSampler(double[] weights, int numSamples) {
        this(weights, numSamples, true);
    }

    /** PyTorch: {@code WeightedRandomSampler(weights, num_samples, replacement)}. */
    public WeightedRandomSampler(double[] weights, int numSamples, boolean replacement) {
        this.weights = checkWeights(weights, numSamples, replacement);
        this.numSamples = numSamples;
        this.replacement = replacement;
        this.generator = null;
    }

    /** PyTorch: {@code WeightedRandomSampler(weights, num_samples, replacement, generator)}. */
    public WeightedRandomSampler(double[] weights, int numSamples, boolean replacement, Generator generator) {
        this.weights = checkWeights(weights, numSamples, replacement);
        this.numSamples = numSamples;
        this.replacement = replacement;
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    private static double[] checkWeights(double[] weights, int numSamples, boolean replacement) {
        if (numSamples <= 0) {
            throw new IllegalArgumentException(
                    "num_samples should be a positive integer value, but got num_samples=" + numSamples);
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        double sum = 0;
        int positive = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("invalid multinomial distribution (encountering probability entry < 0)"
                        + " or a non-finite weight: " + w);
            }
            sum += w;
            if (w > 0) {
                positive++;
            }
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        if (!replacement && numSamples > weights.length) {
            throw new IllegalArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        if (!replacement && numSamples > positive) {
            throw new IllegalArgumentException(
                    "invalid multinomial distribution (with replacement=False, not enough non-negative category to sample)");
        }
        return weights.clone();
    }

    /** A copy of the weights. PyTorch: {@code WeightedRandomSampler.weights}. */
    public double[] weights() {
        return weights.clone();
    }

    /** PyTorch: {@code WeightedRandomSampler.__len__()} = {@code num_samples}. */
    @Override
    public int size() {
        return numSamples;
    }

    /** PyTorch: {@code WeightedRandomSampler.__iter__()}: one multinomial draw of all samples. */
    @Override
    public Iterator<Integer> iterator() {
        Generator g = generator != null ? generator : Generator.defaultGenerator();
        return Samplers.iterate(replacement && numSamples > 1 ? withReplacement(g) : exponentialRace(g));
    }

    private int[] withReplacement(Generator g) {
        int n = weights.length;
        double[] cum = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += weights[j];
            cum[j] = sum;
        }
        for (int j = 0; j < n; j++) {
            cum[j] /= sum;
        }
        int[] out = new int[numSamples];
        double[] one = new double[1];
        for (int s = 0; s < numSamples; s++) {
            g.uniform(one, 0, 1, 0.0, 1.0);
            double x = one[0];
            int left = 0;
            int right = n;
            while (right - left > 0) {
                int mid = left + (right - left) / 2;
                if (cum[mid] < x) {
                    left = mid + 1;
                } else {
                    right = mid;
                }
            }
            out[s] = left;
        }
        return out;
    }

    private int[] exponentialRace(Generator g) {
        int n = weights.length;
        double[] q = new double[n];
        g.uniform(q, 0, n, 0.0, 1.0);
        Integer[] order = new Integer[n];
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = weights[i] / (-1.0 * Math.log(1.0 - q[i]));
            order[i] = i;
        }
        // stable: equal keys keep the lower index first, as argmax does
        Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
        int[] out = new int[numSamples];
        for (int s = 0; s < numSamples; s++) {
            out[s] = order[s];
        }
        return out;
    }
}
