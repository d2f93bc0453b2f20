package jtorch.nn;

/** Pads the last dim of (N, C, W) or (C, W) by repeating the input's border values. PyTorch: {@code nn.ReplicationPad1d(padding)}. */
public class ReplicationPad1d extends PadNd {
    /** The same padding on every side. */
    public ReplicationPad1d(int padding) {
        super("replicate", 1, new int[] {padding});
    }

    /** (before, after) pairs from the last dim. */
    public ReplicationPad1d(int... padding) {
        super("replicate", 1, padding);
    }
}
