package jtorch.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jtorch.Tensor;

/**
 * The autograd bookkeeping of one tensor: whether it requires grad, the node that produced it,
 * its accumulated {@code .grad} and its hooks. Created lazily: plain data tensors carry none.
 */
public final class AutogradMeta {
    /** Empty state: no grad, no grad_fn, requires_grad false. */
    public AutogradMeta() {
    }

    private boolean requiresGrad;
    private Node gradFn;
    private int outputNr;
    private Tensor grad;
    private boolean retainsGrad;
    private AccumulateGrad accumulator;
    private final List<UnaryOperator<Tensor>> hooks = new ArrayList<>(0);

    /** Whether gradients flow to this tensor. */
    public boolean requiresGrad() {
        return requiresGrad || gradFn != null;
    }

    /** Sets the requires_grad flag. */
    public void setRequiresGrad(boolean value) {
        this.requiresGrad = value;
    }

    /** The node that produced this tensor, or null for a leaf. */
    public Node gradFn() {
        return gradFn;
    }

    /** Which output of {@link #gradFn()} this tensor is. */
    public int outputNr() {
        return outputNr;
    }

    /** Makes the tensor the {@code outputNr}-th output of {@code fn} (a non-leaf). */
    public void setGradFn(Node fn, int outputNr) {
        this.gradFn = fn;
        this.outputNr = outputNr;
        this.accumulator = null;
    }

    /** The accumulated gradient, or null. */
    public Tensor grad() {
        return grad;
    }

    /** Replaces the accumulated gradient. */
    public void setGrad(Tensor grad) {
        this.grad = grad;
    }

    /** Whether a non-leaf keeps its {@code .grad} (PyTorch: {@code retain_grad()}). */
    public boolean retainsGrad() {
        return retainsGrad;
    }

    /** Sets whether a non-leaf keeps its gradient. */
    public void setRetainsGrad(boolean v) {
        this.retainsGrad = v;
    }

    /** The gradient hooks, in registration order. */
    public List<UnaryOperator<Tensor>> hooks() {
        return hooks;
    }

    /** The edge gradients for this tensor flow into: its grad_fn, or the leaf's AccumulateGrad. */
    public Edge gradientEdge(Tensor self) {
        if (gradFn != null) {
            return new Edge(gradFn, outputNr);
        }
        if (!requiresGrad) {
            return null;
        }
        if (accumulator == null) {
            accumulator = new AccumulateGrad(self);
        }
        return new Edge(accumulator, 0);
    }
}
