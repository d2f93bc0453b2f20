package jtorch.nn;

/** Pads the last 2 dims of (N, C, H, W) or (C, H, W) with the reflection of the input at its border (the border itself not repeated). PyTorch: {@code nn.ReflectionPad2d(padding)}. */
public class ReflectionPad2d extends PadNd {
    /** The same padding on every side. */
    public ReflectionPad2d(int padding) {
        super("reflect", 2, new int[] {padding});
    }

    /** (before, after) pairs from the last dim. */
    public ReflectionPad2d(int... padding) {
        super("reflect", 2, padding);
    }
}
