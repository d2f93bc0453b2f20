package jtorch.autograd;

import java.util.List;
import java.util.function.UnaryOperator;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * {@code torch.autograd}: {@link #grad}, {@link #backward}. Tensor's own {@code backward()},
 * {@code retainGrad()} and {@code registerHook()} land here too.
 */
public final class Autograd {
    /** The one instance behind {@code Torch.autograd()}. */
    public static final Autograd INSTANCE = new Autograd();

    private Autograd() {
    }

    /** Backpropagates from {@code root}; a null gradient means "1" and requires a scalar root. */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph, boolean createGraph) {
        Tensor g = gradient != null ? gradient : implicitGrad(root);
        if (!java.util.Arrays.equals(g.sizes(), root.sizes())) {
            throw new IllegalArgumentException("Mismatch in shape: grad_output[0] has a shape of "
                    + shape(g) + " and output[0] has a shape of " + shape(root) + ".");
        }
        Engine.run(new Tensor[] {root}, new Tensor[] {g}, retainGraph, createGraph, null, false);
    }

    private static String shape(Tensor t) {
        return "torch.Size(" + java.util.Arrays.toString(t.sizes()) + ")";
    }

    private static Tensor implicitGrad(Tensor root) {
        if (root.numel() != 1) {
            throw new IllegalStateException("grad can be implicitly created only for scalar outputs");
        }
        return Torch.onesLike(root);
    }

    /**
     * Gradients of {@code outputs} with respect to {@code inputs}, returned instead of accumulated.
     * PyTorch: {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)}.
     * {@code retainGraph} null means "same as createGraph", as in PyTorch.
     */
    public List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs, Boolean retainGraph,
                             boolean createGraph, boolean allowUnused) {
        Tensor[] outs = outputs.toArray(new Tensor[0]);
        Tensor[] gs = new Tensor[outs.length];
        for (int i = 0; i < outs.length; i++) {
            Tensor given = gradOutputs == null ? null : gradOutputs.get(i);
            gs[i] = given != null ? given : implicitGrad(outs[i]);
        }
        boolean retain = retainGraph != null ? retainGraph : createGraph;
        Tensor[] r = Engine.run(outs, gs, retain, createGraph, inputs.toArray(new Tensor[0]), allowUnused);
        return java.util.Arrays.asList(r);
    }

    /** {@code torch.autograd.grad(output, inputs)} for a scalar output. */
    public List<Tensor> grad(Tensor output, List<Tensor> inputs) {
        return grad(List.of(output), inputs, null, null, false, false);
    }

    /** PyTorch: {@code torch.autograd.grad(outputs, inputs, retain_graph=None, create_graph=False)}. */
    public List<Tensor> grad(Tensor output, List<Tensor> inputs, boolean retainGraph, boolean createGraph) {
        return grad(List.of(output), inputs, null, retainGraph, createGraph, false);
    }

    /** {@code torch.autograd.backward(tensors, grad_tensors)}. */
    public void backward(List<Tensor> tensors, List<Tensor> gradTensors, boolean retainGraph, boolean createGraph) {
        Tensor[] outs = tensors.toArray(new Tensor[0]);
        Tensor[] gs = new Tensor[outs.length];
        for (int i = 0; i < outs.length; i++) {
            Tensor given = gradTensors == null ? null : gradTensors.get(i);
            gs[i] = given != null ? given : implicitGrad(outs[i]);
        }
        Engine.run(outs, gs, retainGraph, createGraph, null, false);
    }

    /** Anomaly detection until the guard closes. PyTorch: {@code with torch.autograd.detect_anomaly():}. */
    public AnomalyMode.Guard detectAnomaly() {
        return AnomalyMode.enable();
    }

    /** PyTorch: {@code torch.autograd.gradcheck} (float64 inputs). */
    public boolean gradcheck(java.util.function.Function<List<Tensor>, Tensor> fn, List<Tensor> inputs) {
        return GradCheck.gradcheck(fn, inputs);
    }

    /** PyTorch: {@code torch.autograd.gradgradcheck}. */
    public boolean gradgradcheck(java.util.function.Function<List<Tensor>, Tensor> fn, List<Tensor> inputs) {
        return GradCheck.gradgradcheck(fn, inputs);
    }

    /** Keeps the gradient of a non-leaf in {@code .grad}. */
    public static void retainGrad(Tensor t) {
        if (!t.requiresGrad()) {
            throw new IllegalStateException("can't retain_grad on Tensor that has requires_grad=False");
        }
        AutogradMeta meta = t.autogradMeta();
        if (t.isLeaf() || meta.retainsGrad()) {
            return;
        }
        meta.setRetainsGrad(true);
        Engine.addTensorHook(t, g -> {
            Tensor old = meta.grad();
            meta.setGrad(old == null ? g.detach().clone() : old.add(g.detach()));
            return null;
        });
    }

    /** PyTorch: {@code Tensor.register_hook(hook)}: the hook sees (and may replace) the gradient of {@code t}. */
    public static RemovableHandle registerHook(Tensor t, UnaryOperator<Tensor> hook) {
        if (!t.requiresGrad()) {
            throw new IllegalStateException("cannot register a hook on a tensor that doesn't require gradient");
        }
        boolean[] removed = {false};
        UnaryOperator<Tensor> guarded = g -> removed[0] ? null : hook.apply(g);
        Engine.addTensorHook(t, guarded);
        return () -> {
            removed[0] = true;
            t.autogradMeta().hooks().remove(guarded);
        };
    }
}
