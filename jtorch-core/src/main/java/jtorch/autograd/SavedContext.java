package jtorch.autograd;

import jtorch.Tensor;

/**
 * What a backward formula may read: the forward inputs and outputs, each checked against the
 * version it had when saved, so an in-place change made after the forward fails with PyTorch's
 * message instead of giving a wrong gradient.
 */
public final class SavedContext {
    private final String nodeName;
    private Tensor[] inputs;
    private int[] inputVersions;
    private Tensor[] outputs;
    private int[] outputVersions;
    // fixed at forward time, like PyTorch's needs_input_grad, so it survives the release of saved tensors
    private final boolean[] needsGrad;

    SavedContext(String nodeName, Tensor[] inputs) {
        this.nodeName = nodeName;
        this.inputs = inputs;
        this.inputVersions = versions(inputs);
        this.needsGrad = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            needsGrad[i] = inputs[i] != null && inputs[i].requiresGrad();
        }
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

    public int numInputs() {
        return needsGrad.length;
    }

    /** The i-th forward input, as it was at forward time. */
    public Tensor input(int i) {
        checkAlive();
        return checked(inputs[i], inputVersions[i], "input", i);
    }

    public Tensor output() {
        return output(0);
    }

    public Tensor output(int i) {
        checkAlive();
        return checked(outputs[i], outputVersions[i], "output", i);
    }

    /** Whether the gradient for input i is wanted (PyTorch's {@code needs_input_grad}). */
    public boolean needsInputGrad(int i) {
        return needsGrad[i];
    }

    private void checkAlive() {
        if (inputs == null) {
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
                    + "by an inplace operation: [" + t.type() + " " + jtorch.internal.ops.Shapes.format(t.shape())
                    + "], which is " + kind + " " + index + " of " + nodeName + ", is at version " + t.version()
                    + "; expected version " + savedVersion + " instead. Hint: the backtrace further above shows the "
                    + "operation that failed to compute its gradient. The variable in question was changed in there "
                    + "or anywhere later. Good luck!");
        }
        return t;
    }

    void release() {
        inputs = null;
        outputs = null;
        inputVersions = null;
        outputVersions = null;
    }
}
