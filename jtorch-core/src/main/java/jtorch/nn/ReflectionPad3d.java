package jtorch.nn;

/** Pads the last 3 dims of (N, C, D, H, W) or (C, D, H, W) with the reflection of the input at its border (the border itself not repeated). PyTorch: {@code nn.ReflectionPad3d(padding)}. */
public class ReflectionPad3d extends PadNd {
    /** The same padding on every side. */
    public ReflectionPad3d(int padding) {
        super("reflect", 3, new int[] {padding});
    }

    /** (before, after) pairs from the last dim. */
    public ReflectionPad3d(int... padding) {
        super("reflect", 3, padding);
    }
}
