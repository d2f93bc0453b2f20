package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.internal.kernels.OptimizerSteps;
import jtorch.internal.kernels.Parallel;

/**
 * The hook through which {@code jtorch.optim} reaches the fused update kernels of SGD, Adam/AdamW, RMSprop and
 * Adagrad ({@link OptimizerSteps}): one call updates a parameter and its state in one pass, split over the threads
 * for large tensors (elementwise, so the split changes no result). It takes float32 contiguous tensors only and
 * says so by returning false, leaving other layouts and dtypes to the optimizer's generic loop. The coefficients
 * are rounded to float32 here exactly as PyTorch 1.13's single-tensor optimizers cast their Python scalars. Runs
 * under the caller's no-grad; no autograd, no dispatch (the update is not an op of PyTorch's either, but a
 * sequence of in-place ops).
 */
public final class FusedOptimizerOps {
    private FusedOptimizerOps() {
    }

    private static boolean fusable(Tensor p, Tensor... others) {
        if (!flat(p)) {
            return false;
        }
        for (Tensor t : others) {
            if (t != null && (!flat(t) || t.numel() != p.numel())) {
                return false;
            }
        }
        return true;
    }

    private static boolean flat(Tensor t) {
        return t.dtype() == DType.FLOAT32 && t.isContiguous() && !t.storage().isMeta();
    }

    private static float[] data(Tensor t) {
        return t == null ? null : (float[]) t.storage().data();
    }

    private static int offset(Tensor t) {
        return t == null ? 0 : t.storageOffset();
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
        var c = new OptimizerSteps.Sgd((float) -lr, (float) weightDecay, (float) momentum, (float) (1 - dampening),
                maximize, weightDecay != 0, momentum != 0, freshBuffer, nesterov);
        float[] pd = data(p);
        float[] gd = data(grad);
        float[] bd = data(buf);
        int po = offset(p);
        int go = offset(grad);
        int bo = offset(buf);
        OptimizerSteps steps = OptimizerSteps.get();
        Parallel.forRange(p.numel(), Parallel.GRAIN, Parallel.GRAIN,
                (from, to) -> steps.sgd(c, pd, po + from, gd, go + from, bd, bo + from, to - from));
        bumpVersions(p, buf);
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
        var c = new OptimizerSteps.Adam((float) beta1, (float) (1 - beta1), (float) beta2, (float) (1 - beta2),
                (float) Math.sqrt(bc2), (float) eps, (float) (-lr / bc1), (float) weightDecay,
                (float) (1 - lr * weightDecay), maximize, !decoupled && weightDecay != 0, decoupled,
                maxExpAvgSq != null);
        float[] pd = data(p);
        float[] gd = data(grad);
        float[] md = data(expAvg);
        float[] vd = data(expAvgSq);
        float[] xd = data(maxExpAvgSq);
        int po = offset(p);
        int go = offset(grad);
        int mo = offset(expAvg);
        int vo = offset(expAvgSq);
        int xo = offset(maxExpAvgSq);
        OptimizerSteps steps = OptimizerSteps.get();
        Parallel.forRange(p.numel(), Parallel.GRAIN, Parallel.GRAIN, (from, to) -> steps.adam(c, pd, po + from, gd,
                go + from, md, mo + from, vd, vo + from, xd, xo + from, to - from));
        bumpVersions(p, expAvg, expAvgSq, maxExpAvgSq);
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
        var c = new OptimizerSteps.Rmsprop((float) alpha, (float) (1 - alpha), (float) eps, (float) -lr,
                (float) weightDecay, (float) momentum, maximize, weightDecay != 0, gradAvg != null,
                momentumBuffer != null);
        float[] pd = data(p);
        float[] gd = data(grad);
        float[] sd = data(squareAvg);
        float[] bd = data(momentumBuffer);
        float[] ad = data(gradAvg);
        int po = offset(p);
        int go = offset(grad);
        int so = offset(squareAvg);
        int bo = offset(momentumBuffer);
        int ao = offset(gradAvg);
        OptimizerSteps steps = OptimizerSteps.get();
        Parallel.forRange(p.numel(), Parallel.GRAIN, Parallel.GRAIN, (from, to) -> steps.rmsprop(c, pd, po + from, gd,
                go + from, sd, so + from, bd, bo + from, ad, ao + from, to - from));
        bumpVersions(p, squareAvg, momentumBuffer, gradAvg);
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
        var c = new OptimizerSteps.Adagrad((float) -clr, (float) eps, (float) weightDecay, maximize, weightDecay != 0);
        float[] pd = data(p);
        float[] gd = data(grad);
        float[] sd = data(sum);
        int po = offset(p);
        int go = offset(grad);
        int so = offset(sum);
        OptimizerSteps steps = OptimizerSteps.get();
        Parallel.forRange(p.numel(), Parallel.GRAIN, Parallel.GRAIN,
                (from, to) -> steps.adagrad(c, pd, po + from, gd, go + from, sd, so + from, to - from));
        bumpVersions(p, sum);
        return true;
    }

    private static void bumpVersions(Tensor... written) {
        for (Tensor t : written) {
            if (t != null) {
                t.storage().bumpVersion();
            }
        }
    }
}
