package jtorch.autograd;

import jtorch.Tensor;

/**
 * What a backward formula may read: the forward inputs and outputs its op declared as saved (and
 * nothing else, so the graph keeps no activation it does not need), each checked against the version it
 * had when saved, so an in-place change made after the forward fails with PyTorch's message instead of
 * giving a wrong gradient.
 */
public final class SavedContext {
    private final String nodeName;
    private Tensor[] inputs;
    private int[] inputVersions;
    private Tensor[] outputs;
    private int[] outputVersions;
    private boolean released;
    // inputs present at forward time but not kept: reading one is a formula/declaration mismatch
    private final boolean[] dropped;
    // fixed at forward time, like PyTorch's needs_input_grad, so it survives the release of saved tensors
    private final boolean[] needsGrad;

    /** @param keep which inputs the op declared as read by its backward; the others are not referenced */
    SavedContext(String nodeName, Tensor[] inputs, boolean[] keep) {
        this.nodeName = nodeName;
        this.inputs = new Tensor[inputs.length];
        this.needsGrad = new boolean[inputs.length];
        this.dropped = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            needsGrad[i] = inputs[i] != null && inputs[i].requiresGrad();
            if (keep[i]) {
                this.inputs[i] = inputs[i];
            } else {
                dropped[i] = inputs[i] != null;
            }
        }
        this.inputVersions = versions(this.inputs);
    }

    void setOutputs(Tensor[] outs) {
        this.outputs = outs;
        this.outputVersions = versions(outs);
    }

    private static int[] versions(Tensor[] ts) {
        int[] v = new int[ts.length];
        for (int i = 0; i < ts.length; i++) {
            v[i] = ts[i] == null ? 0 : ts[i].version();
        }
        return v;
    }

    /** How many inputs the op had. */
    public int numInputs() {
        return needsGrad.length;
    }

    /** The i-th forward input, as it was at forward time. */
    public Tensor input(int i) {
        checkAlive();
        if (dropped[i]) {
            throw undeclared("input " + i);
        }
        return checked(inputs[i], inputVersions[i], "input", i);
    }

    /** The op's saved (first) output. */
    public Tensor output() {
        return output(0);
    }

    /** The op's saved output {@code i}. */
    public Tensor output(int i) {
        checkAlive();
        if (outputs == null) {
            throw undeclared("output " + i);
        }
        return checked(outputs[i], outputVersions[i], "output", i);
    }

    private IllegalStateException undeclared(String what) {
        return new IllegalStateException("the backward of " + nodeName + " reads " + what + ", which its op does not "
                + "declare as saved (OpDef saves)");
    }

    /** Whether the gradient for input i is wanted (PyTorch's {@code needs_input_grad}). */
    public boolean needsInputGrad(int i) {
        return needsGrad[i];
    }

    private void checkAlive() {
        if (released) {
            throw new IllegalStateException("Trying to backward through the graph a second time (or directly access "
                    + "saved tensors after they have already been freed). Saved intermediate values of the graph are "
                    + "freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
                    + "backward through the graph a second time or if you need to access saved tensors after calling "
                    + "backward.");
        }
    }

    // the message is built only when thrown: input() runs for every saved tensor of every backward
    private Tensor checked(Tensor t, int savedVersion, String kind, int index) {
        if (t != null && t.version() != savedVersion) {
            throw new IllegalStateException("one of the variables needed for gradient computation has been modified "
                    + "by an inplace operation: [" + t.type() + " " + jtorch.internal.ops.Shapes.format(t.sizes())
                    + "], which is " + kind + " " + index + " of " + nodeName + ", is at version " + t.version()
                    + "; expected version " + savedVersion + " instead. Hint: the backtrace further above shows the "
                    + "operation that failed to compute its gradient. The variable in question was changed in there "
                    + "or anywhere later. Good luck!");
        }
        return t;
    }

    void release() {
        released = true;
        inputs = null;
        outputs = null;
        inputVersions = null;
        outputVersions = null;
    }
}
