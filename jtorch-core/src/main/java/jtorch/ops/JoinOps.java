package jtorch.ops;

import java.util.List;
import jtorch.Tensor;

/** Joining and splitting: cat, stack, split, chunk, repeat. */
public final class JoinOps {
    private JoinOps() {
    }

    // ---- to be completed in the join/linalg work package ----

    public static Tensor cat(List<Tensor> tensors, int dim) {
        throw new UnsupportedOperationException("cat: not implemented yet");
    }

    public static Tensor stack(List<Tensor> tensors, int dim) {
        throw new UnsupportedOperationException("stack: not implemented yet");
    }

    public static List<Tensor> split(Tensor x, int splitSize, int dim) {
        throw new UnsupportedOperationException("split: not implemented yet");
    }

    public static List<Tensor> split(Tensor x, int[] sections, int dim) {
        throw new UnsupportedOperationException("split: not implemented yet");
    }

    public static List<Tensor> chunk(Tensor x, int chunks, int dim) {
        throw new UnsupportedOperationException("chunk: not implemented yet");
    }

    public static Tensor repeat(Tensor x, int... repeats) {
        throw new UnsupportedOperationException("repeat: not implemented yet");
    }
}
