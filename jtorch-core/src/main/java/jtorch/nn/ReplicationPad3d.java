package jtorch.nn;

/** Pads the last 3 dims of (N, C, D, H, W) or (C, D, H, W) by repeating the input's border values. PyTorch: {@code nn.ReplicationPad3d(padding)}. */
public class ReplicationPad3d extends PadNd {
    /** The same padding on every side. */
    public ReplicationPad3d(int padding) {
        super("replicate", 3, new int[] {padding});
    }

    /** (before, after) pairs from the last dim. */
    public ReplicationPad3d(int... padding) {
        super("replicate", 3, padding);
    }
}
