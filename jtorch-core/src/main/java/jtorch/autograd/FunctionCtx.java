package jtorch.autograd;

import java.util.HashMap;
import java.util.Map;
import jtorch.Tensor;

/**
 * The context a custom {@link Function} shares between its forward and backward: tensors saved for
 * backward (version-checked like built-in ops' saved tensors), which inputs need gradients, and any
 * other values. PyTorch: {@code ctx} of {@code torch.autograd.Function}.
 */
public final class FunctionCtx {
    private final String nodeName;
    private Tensor[] saved = new Tensor[0];
    private int[] savedVersions = new int[0];
    private boolean[] needsInputGrad = new boolean[0];
    private final Map<String, Object> values = new HashMap<>();
    private boolean released;

    FunctionCtx(String nodeName) {
        this.nodeName = nodeName;
    }

    /** PyTorch: {@code ctx.save_for_backward(*tensors)}. */
    public void saveForBackward(Tensor... tensors) {
        saved = tensors.clone();
        savedVersions = new int[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            savedVersions[i] = tensors[i] == null ? 0 : tensors[i].version();
        }
    }

    /** PyTorch: {@code ctx.saved_tensors}; fails if one was modified in place since it was saved. */
    public Tensor[] savedTensors() {
        if (released) {
            throw new IllegalStateException("Trying to backward through the graph a second time (or directly access "
                    + "saved tensors after they have already been freed). Specify retain_graph=True if you need to "
                    + "backward through the graph a second time.");
        }
        for (int i = 0; i < saved.length; i++) {
            if (saved[i] != null && saved[i].version() != savedVersions[i]) {
                throw new IllegalStateException("one of the variables needed for gradient computation has been "
                        + "modified by an inplace operation: [" + saved[i].type() + " "
                        + jtorch.internal.ops.Shapes.format(saved[i].sizes()) + "], which is saved tensor " + i + " of "
                        + nodeName + ", is at version " + saved[i].version() + "; expected version "
                        + savedVersions[i] + " instead.");
            }
        }
        return saved.clone();
    }

    /** PyTorch: {@code ctx.needs_input_grad[i]}. */
    public boolean needsInputGrad(int i) {
        return i < needsInputGrad.length && needsInputGrad[i];
    }

    void setNeedsInputGrad(boolean[] flags) {
        needsInputGrad = flags;
    }

    /** Stores a non-tensor value for backward ({@code ctx.constant = ...} in Python). */
    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** A value stored on the context in forward ({@code ctx.key} in PyTorch). */
    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        return (T) values.get(key);
    }

    void release() {
        released = true;
        saved = new Tensor[0];
    }
}
