package jtorch;

/** Named results of ops that return several tensors. PyTorch: {@code torch.return_types}. */
public final class ReturnTypes {
    private ReturnTypes() {
    }

    /** {@code x.max(dim)}. */
    public record Max(Tensor values, Tensor indices) {
    }

    /** {@code x.min(dim)}. */
    public record Min(Tensor values, Tensor indices) {
    }

    /** {@code x.topk(k)}. */
    public record Topk(Tensor values, Tensor indices) {
    }

    /** {@code x.kthvalue(k)}. */
    public record Kthvalue(Tensor values, Tensor indices) {
    }

    /** {@code x.sort()}. */
    public record Sort(Tensor values, Tensor indices) {
    }

    /** {@code x.median(dim)} / {@code x.mode(dim)}. */
    public record Median(Tensor values, Tensor indices) {
    }

    /** Pooling with {@code return_indices=True} ({@code F.max_pool2d}, {@code F.adaptive_max_pool2d}): output and flat indices. */
    public record MaxPoolWithIndices(Tensor output, Tensor indices) {
    }
}
