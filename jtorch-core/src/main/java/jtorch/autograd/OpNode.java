package jtorch.autograd;

import java.util.Arrays;
import jtorch.Tensor;

/** The node recorded for one dispatched op: its saved context plus its backward formula. */
public final class OpNode extends Node {
    private final String name;
    private final SavedContext ctx;
    private final Backward backward;
    private final int[][] inputShapes;
    private final jtorch.DType[] inputDtypes;
    private final boolean builtin;
    private int numOutputs = 1;

    /**
     * @param keep    which inputs the backward reads (the op's declaration); the node references no other
     * @param builtin whether {@code backward} is one of jtorch's own formulas, which keep no reference to
     *                the gradients they return (a user's Function may), so the engine may hand those on
     */
    public OpNode(String name, Tensor[] inputs, boolean[] keep, Backward backward, boolean builtin) {
        super(edgesOf(inputs));
        this.builtin = builtin;
        this.name = name;
        this.ctx = new SavedContext(name, inputs, keep);
        this.backward = backward;
        this.inputShapes = new int[inputs.length][];
        this.inputDtypes = new jtorch.DType[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] != null) {
                inputShapes[i] = inputs[i].sizes();
                inputDtypes[i] = inputs[i].dtype();
            }
        }
    }

    private static Edge[] edgesOf(Tensor[] inputs) {
        Edge[] e = new Edge[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] != null && inputs[i].requiresGrad()) {
                e[i] = inputs[i].autogradMeta().gradientEdge(inputs[i]);
            }
        }
        return e;
    }

    /**
     * Records the number of differentiable outputs and, when the backward reads them (exp's result,
     * max's indices), keeps all outputs.
     */
    public void setOutputs(Tensor[] outputs, int differentiable, boolean keep) {
        this.numOutputs = differentiable;
        if (keep) {
            ctx.setOutputs(outputs);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int numOutputs() {
        return numOutputs;
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        Tensor[] grads = backward.apply(ctx, gradOutputs);
        Edge[] edges = edges();
        if (grads.length != edges.length) {
            throw new IllegalStateException("function " + name + " returned " + grads.length
                    + " gradients, expected " + edges.length);
        }
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null || edges[i] == null) {
                continue;
            }
            if (!Arrays.equals(grads[i].sizes(), inputShapes[i])) {
                throw new IllegalStateException("Function " + name + " returned an invalid gradient at index " + i
                        + " - got " + Arrays.toString(grads[i].sizes()) + " but expected shape compatible with "
                        + Arrays.toString(inputShapes[i]));
            }
            if (grads[i].dtype() != inputDtypes[i]) {
                grads[i] = grads[i].to(inputDtypes[i]);
            }
        }
        return grads;
    }

    /** Whether the gradients apply returns are referenced only by the engine once they are new buffers. */
    boolean builtin() {
        return builtin;
    }

    @Override
    protected void releaseSaved() {
        ctx.release();
    }
}
