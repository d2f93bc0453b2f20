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
    private boolean requiresGrad;
    private Node gradFn;
    private int outputNr;
    private Tensor grad;
    private boolean retainsGrad;
    private AccumulateGrad accumulator;
    private final List<UnaryOperator<Tensor>> hooks = new ArrayList<>(0);

    public boolean requiresGrad() {
        return requiresGrad || gradFn != null;
    }

    public void setRequiresGrad(boolean value) {
        this.requiresGrad = value;
    }

    public Node gradFn() {
        return gradFn;
    }

    public int outputNr() {
        return outputNr;
    }

    /** Makes the tensor the {@code outputNr}-th output of {@code fn} (a non-leaf). */
    public void setGradFn(Node fn, int outputNr) {
        this.gradFn = fn;
        this.outputNr = outputNr;
        this.accumulator = null;
    }

    public Tensor grad() {
        return grad;
    }

    public void setGrad(Tensor grad) {
        this.grad = grad;
    }

    public boolean retainsGrad() {
        return retainsGrad;
    }

    public void setRetainsGrad(boolean v) {
        this.retainsGrad = v;
    }

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
