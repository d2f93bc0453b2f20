package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.Torch;

/**
 * Dropout, composed exactly as PyTorch 1.13 does it on the CPU ({@code _dropout_impl}): a noise
 * tensor filled by {@code bernoulli_(1 - p)} from the default generator and divided by {@code 1 - p},
 * multiplied into the input. So the same seed drops the same elements, and the gradient node is
 * PyTorch's ({@code MulBackward0}). Feature dropout draws one value per (sample, channel) and
 * broadcasts it over the remaining dims.
 */
public final class DropoutOps {
    private DropoutOps() {
    }

    /** PyTorch: {@code torch.dropout(input, p, train)}; off in eval or for p = 0, returning the input itself. */
    public static Tensor dropout(Tensor x, double p, boolean train) {
        return dropout(x, p, train, false, false);
    }

    public static Tensor dropout_(Tensor x, double p, boolean train) {
        return dropout(x, p, train, false, true);
    }

    /** PyTorch: {@code torch.feature_dropout(input, p, train)}, the kernel of {@code F.dropout2d}. */
    public static Tensor featureDropout(Tensor x, double p, boolean train) {
        return dropout(x, p, train, true, false);
    }

    public static Tensor featureDropout_(Tensor x, double p, boolean train) {
        return dropout(x, p, train, true, true);
    }

    private static Tensor dropout(Tensor x, double p, boolean train, boolean feature, boolean inplace) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + p);
        }
        if (p == 0 || !train || x.numel() == 0) {
            return x;
        }
        if (p == 1) {
            Tensor zero = Operands.zeros(Torch.options().dtype(x.dtype()).device(x.device()));
            return inplace ? x.mul_(zero) : x.mul(zero);
        }
        Tensor noise;
        if (feature) {
            if (x.dim() < 2) {
                throw new IllegalArgumentException("Feature dropout requires at least 2 dimensions in the input");
            }
            int[] sizes = new int[x.dim()];
            java.util.Arrays.fill(sizes, 1);
            sizes[0] = x.size(0);
            sizes[1] = x.size(1);
            noise = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), sizes);
        } else {
            noise = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
        }
        noise.bernoulli_(1 - p);
        noise.div_(1 - p);
        return inplace ? x.mul_(noise) : x.mul(noise);
    }
}
