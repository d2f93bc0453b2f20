package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.autograd.GradMode;

/**
 * Instance normalisation, composed as PyTorch's {@code at::instance_norm} composes it: the (N, C, ...) input
 * viewed as one sample of N·C channels and batch-normalised ({@link NormOps#batchNorm}, so the node is
 * NativeBatchNormBackward0 under a view), weight, bias and running statistics repeated N times; the running
 * statistics are then the mean over the batch of the per-sample updates.
 */
public final class InstanceNormOps {
    private InstanceNormOps() {
    }

    /**
     * Normalises each (sample, channel) slice over its spatial dims. With {@code useInputStats} the slice's own
     * statistics normalise and, when given, {@code runningMean} / {@code runningVar} are updated with
     * {@code momentum}; otherwise the running statistics normalise. PyTorch: {@code F.instance_norm(input,
     * running_mean, running_var, weight, bias, use_input_stats, momentum, eps)}.
     */
    public static Tensor instanceNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                      boolean useInputStats, double momentum, double eps) {
        if (useInputStats) {
            int spatial = 1;
            for (int i = 2; i < x.dim(); i++) {
                spatial *= x.size(i);
            }
            if (spatial == 1) {
                throw new IllegalArgumentException("Expected more than 1 spatial element when training, got input size "
                        + "torch.Size(" + Shapes.format(x.sizes()) + ")");
            }
        }
        if (!useInputStats && (runningMean == null || runningVar == null)) {
            throw new IllegalArgumentException("Expected running_mean and running_var to be defined when "
                    + "use_input_stats is false");
        }
        int b = x.size(0);
        int c = x.size(1);
        int[] shape = x.sizes();
        shape[0] = 1;
        shape[1] = b * c;
        Tensor meanRepeated = repeat(runningMean, b);
        Tensor varRepeated = repeat(runningVar, b);
        Tensor out = NormOps.batchNorm(x.contiguous().view(shape), meanRepeated, varRepeated, repeat(weight, b),
                repeat(bias, b), useInputStats, momentum, eps);
        try (GradMode.Guard g = GradMode.disable()) {
            if (runningMean != null) {
                runningMean.copy_(meanRepeated.view(b, c).mean(0));
            }
            if (runningVar != null) {
                runningVar.copy_(varRepeated.view(b, c).mean(0));
            }
        }
        return out.view(x.sizes());
    }

    private static Tensor repeat(Tensor t, int times) {
        return t == null ? null : t.repeat(times);
    }
}
