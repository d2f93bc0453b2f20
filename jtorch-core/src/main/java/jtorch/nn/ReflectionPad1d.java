package jtorch.nn;

/** Pads the last dim of (N, C, W) or (C, W) with the reflection of the input at its border (the border itself not repeated). PyTorch: {@code nn.ReflectionPad1d(padding)}. */
public class ReflectionPad1d extends PadNd {
    /** The same padding on every side. */
    public ReflectionPad1d(int padding) {
        super("reflect", 1, new int[] {padding});
    }

    /** (before, after) pairs from the last dim. */
    public ReflectionPad1d(int... padding) {
        super("reflect", 1, padding);
    }
}
