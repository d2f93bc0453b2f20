package jtorch.cli.train;

import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * {@code jtorch train --kfold K}: the seed's k-fold cross validation ({@code 004}, "k 折交叉验证": split the
 * training data into K parts, train on K-1 and validate on the remaining one, K times).
 *
 * <p>How the folds are drawn (PyTorch has no KFold; this is sklearn's {@code KFold(K, shuffle=True)} with
 * PyTorch's generator): the training and validation parts of {@code --split} are pooled (training part first),
 * {@code perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed))}, and fold {@code f} is
 * {@code perm[start_f : start_f + size_f]} where the first {@code n % K} folds have {@code n // K + 1} samples and
 * the others {@code n // K} (sklearn's sizes). Fold {@code f} trains on {@code perm} without that slice, in
 * {@code perm}'s order, and validates on the slice. The test part stays held out.
 */
public final class KFold {
    private KFold() {
    }

    /**
     * The validation indices of each of {@code k} folds of {@code n} samples, drawn as described above.
     *
     * @throws IllegalArgumentException when there are fewer samples than folds
     */
    public static int[][] folds(int n, int k, long seed) {
        if (k < 2 || n < k) {
            throw new IllegalArgumentException("--kfold " + k + " needs at least 2 folds and at least " + k
                    + " training and validation images, got " + n);
        }
        long[] perm = Torch.randperm(n, new Generator(seed)).toLongArray();
        int[][] folds = new int[k][];
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            folds[f] = new int[size];
            for (int i = 0; i < size; i++) {
                folds[f][i] = (int) perm[start + i];
            }
            start += size;
        }
        return folds;
    }

    /** The training indices of fold {@code f}: every other fold's, in fold order. */
    static int[] trainingIndices(int[][] folds, int f) {
        int n = 0;
        for (int g = 0; g < folds.length; g++) {
            n += g == f ? 0 : folds[g].length;
        }
        int[] idx = new int[n];
        int at = 0;
        for (int g = 0; g < folds.length; g++) {
            if (g != f) {
                System.arraycopy(folds[g], 0, idx, at, folds[g].length);
                at += folds[g].length;
            }
        }
        return idx;
    }

    /** The rows {@code indices} of {@code t} (dimension 0). */
    static Tensor rows(Tensor t, int[] indices) {
        long[] idx = new long[indices.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = indices[i];
        }
        return t.indexSelect(0, Torch.fromArray(idx, idx.length));
    }

    /**
     * One fold's outcome: the epoch with the lowest validation loss (as {@code best.pt} of a plain run) and its
     * validation numbers.
     *
     * @param fold      1-based fold
     * @param bestEpoch the epoch of the lowest validation loss
     * @param validLoss its validation loss
     * @param validAcc  its validation accuracy
     * @param epochs    the epochs trained (fewer than {@code --epochs} after an early stop)
     */
    public record FoldResult(int fold, int bestEpoch, double validLoss, double validAcc, int epochs) {
    }

    /**
     * A cross validation's outcome.
     *
     * @param folds   each fold's result
     * @param meanAcc the mean of the folds' validation accuracies
     * @param stdAcc  their standard deviation ({@code torch.std}: unbiased, K-1 in the denominator)
     */
    public record Result(java.util.List<FoldResult> folds, double meanAcc, double stdAcc) {
    }
}
