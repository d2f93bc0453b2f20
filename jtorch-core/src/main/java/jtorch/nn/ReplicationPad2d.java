package jtorch.nn;

/** Pads the last 2 dims of (N, C, H, W) or (C, H, W) by repeating the input's border values. PyTorch: {@code nn.ReplicationPad2d(padding)}. */
public class ReplicationPad2d extends PadNd {
    /** The same padding on every side. */
    public ReplicationPad2d(int padding) {
        super("replicate", 2, new int[] {padding});
    }

    /** (before, after) pairs from the last dim. */
    public ReplicationPad2d(int... padding) {
        super("replicate", 2, padding);
    }
}
