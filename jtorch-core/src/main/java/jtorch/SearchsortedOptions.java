package jtorch;

/**
 * The keyword arguments of {@code torch.searchsorted}: {@code out_int32=False, right=False, side=None, sorter=None},
 * each settable by name. {@code torch.searchsorted(s, v, side='right')} is
 * {@code Torch.searchsorted(s, v, Torch.searchsortedOptions().side("right"))}.
 */
public final class SearchsortedOptions {
    boolean outInt32;
    boolean right;
    String side;
    Tensor sorter;

    SearchsortedOptions() {
    }

    /** PyTorch: {@code out_int32=}: int32 indices instead of int64. */
    public SearchsortedOptions outInt32(boolean outInt32) {
        this.outInt32 = outInt32;
        return this;
    }

    /** PyTorch: {@code right=}: insert after equal elements. */
    public SearchsortedOptions right(boolean right) {
        this.right = right;
        return this;
    }

    /** PyTorch: {@code side=}: "left" or "right" (must agree with {@code right}). */
    public SearchsortedOptions side(String side) {
        this.side = side;
        return this;
    }

    /** PyTorch: {@code sorter=}: int64 indices that sort an unsorted sequence. */
    public SearchsortedOptions sorter(Tensor sorter) {
        this.sorter = sorter;
        return this;
    }
}
