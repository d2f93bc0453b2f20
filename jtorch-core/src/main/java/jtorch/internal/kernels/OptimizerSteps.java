package jtorch.internal.kernels;

/**
 * The per-parameter updates of SGD, Adam/AdamW, RMSprop and Adagrad fused into one pass over contiguous float32
 * arrays: each element is read once and every state written once, instead of PyTorch's chain of whole-tensor ops.
 * Every operation is the float32 op PyTorch's kernels perform, in their order (a multiply-add where PyTorch's
 * {@code add(alpha=)} and {@code addcmul} fuse), so the results are PyTorch's bit for bit. Chosen once like
 * {@link Kernels}: the Vector API loops with the vector provider, the plain loops otherwise.
 */
public interface OptimizerSteps {
    /** One optimizer's coefficients for one step: which update runs, with what. */
    sealed interface Step permits Sgd, Adam, Rmsprop, Adagrad {
    }

    /**
     * SGD's coefficients, each already rounded to float32 as PyTorch casts its Python scalars: {@code negLr} =
     * -lr, {@code oneMinusDampening} = 1 - dampening; the flags say which steps of the update run.
     */
    record Sgd(float negLr, float weightDecay, float momentum, float oneMinusDampening, boolean maximize,
               boolean decay, boolean useMomentum, boolean freshBuffer, boolean nesterov) implements Step {
    }

    /**
     * Adam's coefficients for one step, rounded to float32: {@code bc2Sqrt} = sqrt(1 - beta2^step),
     * {@code negStepSize} = -lr / (1 - beta1^step), {@code decayFactor} = 1 - lr * weight_decay (AdamW).
     */
    record Adam(float beta1, float oneMinusBeta1, float beta2, float oneMinusBeta2, float bc2Sqrt, float eps,
                float negStepSize, float weightDecay, float decayFactor, boolean maximize, boolean l2,
                boolean decoupled, boolean amsgrad) implements Step {
    }

    /**
     * RMSprop's coefficients, rounded to float32: {@code oneMinusAlpha} = 1 - alpha, {@code negLr} = -lr.
     */
    record Rmsprop(float alpha, float oneMinusAlpha, float eps, float negLr, float weightDecay, float momentum,
                   boolean maximize, boolean decay, boolean centered, boolean useMomentum) implements Step {
    }

    /** Adagrad's coefficients for one step, rounded to float32: {@code negClr} = -lr / (1 + (step - 1) * lr_decay). */
    record Adagrad(float negClr, float eps, float weightDecay, boolean maximize, boolean decay) implements Step {
    }

    /**
     * One SGD update of {@code n} elements: parameters {@code p}, gradients {@code g}, momentum buffer {@code buf}
     * (ignored without momentum; written from the gradient when {@code freshBuffer}).
     */
    void sgd(Sgd c, float[] p, int po, float[] g, int go, float[] buf, int bo, int n);

    /** One Adam update of {@code n} elements; {@code vmax} (max_exp_avg_sq) only with amsgrad. */
    void adam(Adam c, float[] p, int po, float[] g, int go, float[] m, int mo, float[] v, int vo, float[] vmax,
              int xo, int n);

    /**
     * One RMSprop update of {@code n} elements: {@code sq} (square_avg), {@code buf} (momentum_buffer, only with
     * momentum), {@code avg} (grad_avg, only when centered).
     */
    void rmsprop(Rmsprop c, float[] p, int po, float[] g, int go, float[] sq, int so, float[] buf, int bo, float[] avg,
                 int ao, int n);

    /** One Adagrad update of {@code n} elements with the accumulated squares {@code sum}. */
    void adagrad(Adagrad c, float[] p, int po, float[] g, int go, float[] sum, int so, int n);

    /**
     * Runs {@code step} on elements {@code [from, to)} of the parameter {@code p} (array and offset of element 0),
     * its gradient {@code g} and its state arrays in the order of the step's method (null where the step has none).
     */
    default void run(Step step, float[] p, int po, float[] g, int go, float[][] state, int[] so, int from, int to) {
        int n = to - from;
        switch (step) {
            case Sgd c -> sgd(c, p, po + from, g, go + from, state[0], so[0] + from, n);
            case Adam c -> adam(c, p, po + from, g, go + from, state[0], so[0] + from, state[1], so[1] + from,
                    state[2], so[2] + from, n);
            case Rmsprop c -> rmsprop(c, p, po + from, g, go + from, state[0], so[0] + from, state[1], so[1] + from,
                    state[2], so[2] + from, n);
            case Adagrad c -> adagrad(c, p, po + from, g, go + from, state[0], so[0] + from, n);
        }
    }

    /** The implementation matching {@link Kernels#get()}. */
    static OptimizerSteps get() {
        return Holder.INSTANCE;
    }

    /** Loads the Vector API implementation by name, so this interface never links against the incubator module. */
    final class Holder {
        static final OptimizerSteps INSTANCE = choose();

        private Holder() {
        }

        private static OptimizerSteps choose() {
            if (Kernels.get().getClass() == ScalarKernels.class) {
                return new ScalarOptimizerSteps();
            }
            try {
                return (OptimizerSteps) Class.forName("jtorch.internal.kernels.vector.VectorOptimizerSteps")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return new ScalarOptimizerSteps();
            }
        }
    }
}
