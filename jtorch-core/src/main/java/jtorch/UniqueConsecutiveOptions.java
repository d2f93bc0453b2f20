package jtorch;

/**
 * The keyword arguments of {@code torch.unique_consecutive}: {@code return_inverse=False, return_counts=False,
 * dim=None}, each settable by name. {@code torch.unique_consecutive(x, return_inverse=True)} is
 * {@code Torch.uniqueConsecutive(x, Torch.uniqueConsecutiveOptions().returnInverse(true))}, which returns
 * [output, inverse].
 */
public final class UniqueConsecutiveOptions {
    boolean returnInverse;
    boolean returnCounts;
    Integer dim;

    UniqueConsecutiveOptions() {
    }

    /** PyTorch: {@code return_inverse=}: also return each input element's index in the output. */
    public UniqueConsecutiveOptions returnInverse(boolean returnInverse) {
        this.returnInverse = returnInverse;
        return this;
    }

    /** PyTorch: {@code return_counts=}: also return the length of each run. */
    public UniqueConsecutiveOptions returnCounts(boolean returnCounts) {
        this.returnCounts = returnCounts;
        return this;
    }

    /** PyTorch: {@code dim=}: runs of equal slices along this dim instead of equal elements. */
    public UniqueConsecutiveOptions dim(int dim) {
        this.dim = dim;
        return this;
    }
}
