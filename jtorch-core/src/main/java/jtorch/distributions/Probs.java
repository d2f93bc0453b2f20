package jtorch.distributions;

import jtorch.DType;
import jtorch.Tensor;

/** PyTorch's probs/logits conversions ({@code distributions.utils}) and the dtype limits they use (finfo). */
final class Probs {
    private Probs() {
    }

    /** {@code torch.finfo(dtype).eps}. */
    static double eps(DType d) {
        return switch (d) {
            case FLOAT64 -> 0x1p-52;
            case FLOAT16 -> 0x1p-10;
            case BFLOAT16 -> 0x1p-7;
            default -> 0x1p-23;
        };
    }

    /** {@code torch.finfo(dtype).tiny}: the smallest positive normal number. */
    static double tiny(DType d) {
        return switch (d) {
            case FLOAT64 -> Double.MIN_NORMAL;
            case FLOAT16 -> 0x1p-14;
            case BFLOAT16 -> 0x1p-126;
            default -> Float.MIN_NORMAL;
        };
    }

    /** {@code torch.finfo(dtype).min}. */
    static double lowest(DType d) {
        return switch (d) {
            case FLOAT64 -> -Double.MAX_VALUE;
            case FLOAT16 -> -65504.0;
            case BFLOAT16 -> -3.3895313892515355e38;
            default -> -Float.MAX_VALUE;
        };
    }

    /** {@code probs.clamp(eps, 1 - eps)}. */
    static Tensor clamp(Tensor probs) {
        double eps = eps(probs.dtype());
        return probs.clamp(eps, 1 - eps);
    }

    /** Log odds (binary) or log probabilities (categorical) of clamped probabilities. */
    static Tensor toLogits(Tensor probs, boolean binary) {
        Tensor p = clamp(probs);
        return binary ? p.log().sub(p.neg().log1p()) : p.log();
    }
}
