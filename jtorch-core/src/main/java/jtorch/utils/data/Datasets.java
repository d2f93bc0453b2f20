package jtorch.utils.data;

import java.util.ArrayList;
import java.util.List;
import jtorch.Generator;

/**
 * Splitting datasets: PyTorch's {@code torch.utils.data.random_split} and a k-fold helper for
 * cross validation.
 */
public final class Datasets {
    private Datasets() {
    }

    /**
     * Splits into non-overlapping subsets of the given lengths, drawing from the default generator.
     * PyTorch: {@code random_split(dataset, lengths)}.
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, int[] lengths) {
        return randomSplit(dataset, lengths, Generator.defaultGenerator());
    }

    /**
     * Splits into non-overlapping subsets of the given lengths: sample {@code indices[offset ..
     * offset+length)} of {@code randperm(sum(lengths), generator)} for each part. PyTorch:
     * {@code random_split(dataset, lengths, generator=generator)}.
     *
     * @throws IllegalArgumentException "Sum of input lengths does not equal the length of the input dataset!"
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, int[] lengths, Generator generator) {
        long sum = 0;
        for (int l : lengths) {
            if (l < 0) {
                throw new IllegalArgumentException("random_split: lengths must be non-negative, got " + l);
            }
            sum += l;
        }
        if (sum != dataset.size()) {
            throw new IllegalArgumentException("Sum of input lengths does not equal the length of the input dataset!");
        }
        int[] perm = Samplers.randperm((int) sum, generator);
        List<Subset<T>> out = new ArrayList<>(lengths.length);
        int offset = 0;
        for (int l : lengths) {
            int[] part = new int[l];
            System.arraycopy(perm, offset, part, 0, l);
            out.add(new Subset<>(dataset, part));
            offset += l;
        }
        return List.copyOf(out);
    }

    /**
     * Splits by fractions that sum to 1 (the seed's 8:1:1 train/valid/test split), drawing from the
     * default generator. PyTorch: {@code random_split(dataset, [0.8, 0.1, 0.1])}.
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, double[] fractions) {
        return randomSplit(dataset, fractions, Generator.defaultGenerator());
    }

    /**
     * Splits by fractions that sum to 1: each part gets {@code floor(n * fraction)} samples and the
     * remainder is handed out one by one, round-robin from the first part, as PyTorch does.
     * PyTorch: {@code random_split(dataset, fractions, generator=generator)}.
     *
     * @throws IllegalArgumentException "Fraction at index i is not between 0 and 1", or if the
     *                                  fractions do not sum to 1
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, double[] fractions, Generator generator) {
        return randomSplit(dataset, lengthsOf(dataset.size(), fractions), generator);
    }

    /** The part lengths {@code random_split} derives from fractions for a dataset of size n. */
    static int[] lengthsOf(int n, double[] fractions) {
        double sum = 0;
        for (double f : fractions) {
            sum += f;
        }
        // math.isclose(sum, 1) with its default rel_tol=1e-9, and sum <= 1
        if (!(Math.abs(sum - 1.0) <= 1e-9 * Math.max(Math.abs(sum), 1.0) && sum <= 1.0)) {
            throw new IllegalArgumentException("random_split: fractions must sum to 1 (got " + sum
                    + "); pass int lengths that sum to the dataset size instead");
        }
        int[] lengths = new int[fractions.length];
        long total = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (fractions[i] < 0 || fractions[i] > 1) {
                throw new IllegalArgumentException("Fraction at index " + i + " is not between 0 and 1");
            }
            lengths[i] = (int) Math.floor(n * fractions[i]);
            total += lengths[i];
        }
        long remainder = n - total;
        for (int i = 0; i < remainder; i++) {
            lengths[i % lengths.length]++;
        }
        return lengths;
    }

    /**
     * K-fold cross validation in index order: fold {@code i} validates on the i-th block of
     * consecutive samples and trains on the rest; the first {@code n % k} folds hold one sample
     * more (the fold sizes of scikit-learn's {@code KFold(n_splits=k)}).
     *
     * @throws IllegalArgumentException if {@code k < 2} or {@code k > dataset.size()}
     */
    public static <T> List<Fold<T>> kFold(Dataset<T> dataset, int k) {
        int n = dataset.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return folds(dataset, k, order);
    }

    /**
     * K-fold cross validation over a random order: {@code randperm(n, generator)} cut into k
     * blocks as {@link #kFold(Dataset, int)} does; the training part keeps the permuted order with
     * the validation block removed (scikit-learn's {@code KFold(k, shuffle=True)} applied to a
     * torch permutation, so PyTorch users reproduce it with {@code torch.randperm}).
     */
    public static <T> List<Fold<T>> kFold(Dataset<T> dataset, int k, Generator generator) {
        return folds(dataset, k, Samplers.randperm(dataset.size(), generator));
    }

    private static <T> List<Fold<T>> folds(Dataset<T> dataset, int k, int[] order) {
        int n = order.length;
        if (k < 2) {
            throw new IllegalArgumentException("k-fold cross-validation requires at least one train/test split by setting k=2 or more, got k=" + k);
        }
        if (k > n) {
            throw new IllegalArgumentException("Cannot have number of splits k=" + k + " greater than the number of samples: n_samples=" + n);
        }
        List<Fold<T>> out = new ArrayList<>(k);
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            int[] val = new int[size];
            System.arraycopy(order, start, val, 0, size);
            int[] train = new int[n - size];
            System.arraycopy(order, 0, train, 0, start);
            System.arraycopy(order, start + size, train, start, n - start - size);
            out.add(new Fold<>(new Subset<>(dataset, train), new Subset<>(dataset, val)));
            start += size;
        }
        return List.copyOf(out);
    }
}
