package jtorch.nn.functional;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.ops.LossOps;
import jtorch.ops.SoftmaxOps;

/**
 * Functional forms of layers, activations and losses. PyTorch: {@code torch.nn.functional} (imported
 * as {@code F}), e.g. {@code F.mseLoss(pred, target)}, {@code F.softmax(a, 0)}.
 */
public final class F {
    private F() {
    }

    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    /** Softmax along {@code dim}. PyTorch: {@code F.softmax(input, dim)}. */
    public static Tensor softmax(Tensor x, int dim) {
        return SoftmaxOps.softmax(x, dim, null);
    }

    public static Tensor softmax(Tensor x, int dim, DType dtype) {
        return SoftmaxOps.softmax(x, dim, dtype);
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        return SoftmaxOps.logSoftmax(x, dim, null);
    }

    public static Tensor logSoftmax(Tensor x, int dim, DType dtype) {
        return SoftmaxOps.logSoftmax(x, dim, dtype);
    }

    /** Mean squared error, averaged. PyTorch: {@code F.mse_loss(input, target)}. */
    public static Tensor mseLoss(Tensor input, Tensor target) {
        return LossOps.mseLoss(input, target, "mean");
    }

    /** Mean squared error with reduction "mean", "sum" or "none". */
    public static Tensor mseLoss(Tensor input, Tensor target, String reduction) {
        return LossOps.mseLoss(input, target, reduction);
    }
}
