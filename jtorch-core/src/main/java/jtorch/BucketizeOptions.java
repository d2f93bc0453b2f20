package jtorch;

/**
 * The keyword arguments of {@code torch.bucketize}: {@code out_int32=False, right=False}, each settable by name.
 * {@code torch.bucketize(x, b, right=True)} is {@code Torch.bucketize(x, b, Torch.bucketizeOptions().right(true))}.
 */
public final class BucketizeOptions {
    boolean outInt32;
    boolean right;

    BucketizeOptions() {
    }

    /** PyTorch: {@code out_int32=}: int32 indices instead of int64. */
    public BucketizeOptions outInt32(boolean outInt32) {
        this.outInt32 = outInt32;
        return this;
    }

    /** PyTorch: {@code right=}: a value equal to a boundary goes to the bucket after it. */
    public BucketizeOptions right(boolean right) {
        this.right = right;
        return this;
    }
}
