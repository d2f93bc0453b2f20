package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.internal.backend.Strided;
import jtorch.internal.kernels.OptimizerSteps;

/**
 * The hook through which {@code jtorch.optim} reaches the fused update kernels of SGD, Adam/AdamW, RMSprop and
 * Adagrad ({@link OptimizerSteps}, run by the backend's {@code optimizerStep}): one call updates a parameter and
 * its state in one pass. It takes contiguous float32 tensors of one size on one device only and says so by
 * returning false, leaving other layouts and dtypes to the optimizer's generic loop. The coefficients are rounded
 * to float32 here exactly as PyTorch 1.13's single-tensor optimizers cast their Python scalars. Runs under the
 * caller's no-grad; no autograd, no dispatch (the update is not an op of PyTorch's either, but a sequence of
 * in-place ops), and one version bump per written tensor.
 */
public final class FusedOptimizerOps {
    private FusedOptimizerOps() {
    }

    private static boolean fusable(Tensor p, Tensor... others) {
        if (!flat(p)) {
            return false;
        }
        for (Tensor t : others) {
            if (t != null && (!flat(t) || t.numel() != p.numel() || !t.device().equals(p.device()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean flat(Tensor t) {
        return t.dtype() == DType.FLOAT32 && t.isContiguous();
    }

    private static Strided of(Tensor t) {
        return t == null ? null : Operands.of(t);
    }

    private static void run(OptimizerSteps.Step step, Tensor p, Tensor grad, Tensor... state) {
        Strided[] s = new Strided[state.length];
        for (int i = 0; i < state.length; i++) {
            s[i] = of(state[i]);
        }
        Operands.backend(p).optimizerStep(step, Operands.of(p), Operands.of(grad), s);
        p.storage().bumpVersion();
        for (Tensor t : state) {
            if (t != null) {
                t.storage().bumpVersion();
            }
        }
    }

    /**
     * SGD's update of {@code p} with gradient {@code grad} and momentum buffer {@code buf} (null without momentum;
     * {@code freshBuffer}: just created, to be set to the gradient); false, touching nothing, unless all are
     * contiguous float32 of one size. PyTorch 1.13: {@code torch.optim.sgd._single_tensor_sgd} for one parameter.
     */
    public static boolean sgd(Tensor p, Tensor grad, Tensor buf, boolean freshBuffer, double lr, double momentum,
                              double dampening, double weightDecay, boolean nesterov, boolean maximize) {
        if (!fusable(p, grad, buf)) {
            return false;
        }
        run(new OptimizerSteps.Sgd((float) -lr, (float) weightDecay, (float) momentum, (float) (1 - dampening),
                maximize, weightDecay != 0, momentum != 0, freshBuffer, nesterov), p, grad, buf);
        return true;
    }

    /**
     * Adam's (AdamW's with {@code decoupled}) update of {@code p} at step {@code step} (already counted) with the
     * moments {@code expAvg}, {@code expAvgSq} and, with amsgrad, {@code maxExpAvgSq} (else null); false, touching
     * nothing, unless all are contiguous float32 of one size. PyTorch 1.13:
     * {@code torch.optim.adam._single_tensor_adam} (and {@code adamw}'s) for one parameter.
     */
    public static boolean adam(Tensor p, Tensor grad, Tensor expAvg, Tensor expAvgSq, Tensor maxExpAvgSq, double step,
                               double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled,
                               boolean maximize) {
        if (!fusable(p, grad, expAvg, expAvgSq, maxExpAvgSq)) {
            return false;
        }
        double bc1 = 1 - Math.pow(beta1, step);
        double bc2 = 1 - Math.pow(beta2, step);
        run(new OptimizerSteps.Adam((float) beta1, (float) (1 - beta1), (float) beta2, (float) (1 - beta2),
                (float) Math.sqrt(bc2), (float) eps, (float) (-lr / bc1), (float) weightDecay,
                (float) (1 - lr * weightDecay), maximize, !decoupled && weightDecay != 0, decoupled,
                maxExpAvgSq != null), p, grad, expAvg, expAvgSq, maxExpAvgSq);
        return true;
    }

    /**
     * RMSprop's update of {@code p} with {@code squareAvg}, {@code momentumBuffer} (null without momentum) and
     * {@code gradAvg} (null unless centered); false, touching nothing, unless all are contiguous float32 of one size.
     * PyTorch 1.13: {@code torch.optim.rmsprop._single_tensor_rmsprop} for one parameter.
     */
    public static boolean rmsprop(Tensor p, Tensor grad, Tensor squareAvg, Tensor momentumBuffer, Tensor gradAvg,
                                  double lr, double alpha, double eps, double weightDecay, double momentum,
                                  boolean maximize) {
        if (!fusable(p, grad, squareAvg, momentumBuffer, gradAvg)) {
            return false;
        }
        run(new OptimizerSteps.Rmsprop((float) alpha, (float) (1 - alpha), (float) eps, (float) -lr,
                (float) weightDecay, (float) momentum, maximize, weightDecay != 0, gradAvg != null,
                momentumBuffer != null), p, grad, squareAvg, momentumBuffer, gradAvg);
        return true;
    }

    /**
     * Adagrad's update of {@code p} with the accumulated squares {@code sum} at step {@code step} (already counted);
     * false, touching nothing, unless all are contiguous float32 of one size. PyTorch 1.13:
     * {@code torch.optim.adagrad._single_tensor_adagrad} for one dense parameter.
     */
    public static boolean adagrad(Tensor p, Tensor grad, Tensor sum, double step, double lr, double lrDecay,
                                  double eps, double weightDecay, boolean maximize) {
        if (!fusable(p, grad, sum)) {
            return false;
        }
        double clr = lr / (1 + (step - 1) * lrDecay);
        run(new OptimizerSteps.Adagrad((float) -clr, (float) eps, (float) weightDecay, maximize, weightDecay != 0),
                p, grad, sum);
        return true;
    }
}
