package jtorch;

/**
 * The keyword arguments of {@code torch.unique}: {@code sorted=True, return_inverse=False, return_counts=False,
 * dim=None}, each settable by name. {@code torch.unique(x, return_counts=True)} is
 * {@code Torch.unique(x, Torch.uniqueOptions().returnCounts(true))}, which returns [output, counts].
 */
public final class UniqueOptions {
    boolean sorted = true;
    boolean returnInverse;
    boolean returnCounts;
    Integer dim;

    UniqueOptions() {
    }

    /** PyTorch: {@code sorted=} (jtorch's output is sorted either way). */
    public UniqueOptions sorted(boolean sorted) {
        this.sorted = sorted;
        return this;
    }

    /** PyTorch: {@code return_inverse=}: also return each input element's index in the output. */
    public UniqueOptions returnInverse(boolean returnInverse) {
        this.returnInverse = returnInverse;
        return this;
    }

    /** PyTorch: {@code return_counts=}: also return how often each output entry occurs. */
    public UniqueOptions returnCounts(boolean returnCounts) {
        this.returnCounts = returnCounts;
        return this;
    }

    /** PyTorch: {@code dim=}: distinct slices along this dim instead of distinct elements. */
    public UniqueOptions dim(int dim) {
        this.dim = dim;
        return this;
    }
}
