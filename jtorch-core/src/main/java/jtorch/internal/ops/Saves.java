package jtorch.internal.ops;

import jtorch.Tensor;

/**
 * What an op's backward formula reads of its forward tensors, declared once per op as PyTorch's
 * {@code derivatives.yaml} does. The op's node keeps exactly these and nothing else, so the graph holds
 * no activation PyTorch would free; a formula that reads anything else fails (see
 * {@link jtorch.autograd.SavedContext}). Shapes, dtypes and scalars a formula needs are captured by the
 * formula as values, never as the tensors they came from (tests check that no formula captures a tensor).
 *
 * @param inputMask bit i set: input i is kept
 * @param outputs   whether the outputs are kept (all of them, incl. non-differentiable ones such as indices)
 * @param crossed   products (mul, mm, addmm's matrices): inputs {@code crossed} and {@code crossed + 1} are
 *                  each kept only when the other one needs a gradient; -1 when the op is not a product
 */
public record Saves(int inputMask, boolean outputs, int crossed) {
    /** The formula reads no forward tensor (add, sum, view ops, ...). */
    public static final Saves NOTHING = new Saves(0, false, -1);
    /** The formula reads the outputs only (exp, relu, sqrt, ...). */
    public static final Saves OUTPUT = new Saves(0, true, -1);
    /** mul, mm, bmm: each input's gradient reads the other input only. */
    public static final Saves CROSSED = crossed(0);
    /** Every input (ops of variable arity whose formula reads them all). */
    public static final Saves ALL_INPUTS = inputsFrom(0);

    /** A product of inputs {@code first} and {@code first + 1}: each is kept only when the other needs a gradient. */
    public static Saves crossed(int first) {
        return new Saves(0, false, first);
    }

    /** The formula reads these inputs. */
    public static Saves inputs(int... indices) {
        int mask = 0;
        for (int i : indices) {
            mask |= 1 << i;
        }
        return new Saves(mask, false, -1);
    }

    /** Inputs {@code first}, {@code first + 1}, ... (index's index tensors after self). */
    public static Saves inputsFrom(int first) {
        return new Saves(-1 << first, false, -1);
    }

    /** These inputs and the outputs. */
    public Saves andOutput() {
        return new Saves(inputMask, true, crossed);
    }

    /** Which of {@code inputs} the node keeps, given which of them need a gradient. */
    boolean[] keptInputs(Tensor[] inputs) {
        boolean[] keep = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            // bits past 30 stand for "and every later input" (inputsFrom sets the sign bit)
            keep[i] = inputs[i] != null && (i < 31 ? (inputMask & (1 << i)) != 0 : inputMask < 0);
        }
        if (crossed >= 0) {
            keep[crossed] = requiresGrad(inputs[crossed + 1]);
            keep[crossed + 1] = requiresGrad(inputs[crossed]);
        }
        return keep;
    }

    private static boolean requiresGrad(Tensor t) {
        return t != null && t.requiresGrad();
    }
}
