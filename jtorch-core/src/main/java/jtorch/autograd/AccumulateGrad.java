package jtorch.autograd;

import java.util.function.UnaryOperator;
import jtorch.Tensor;

/** The sink of a leaf tensor: adds incoming gradients into its {@code .grad}. PyTorch: {@code AccumulateGrad}. */
public final class AccumulateGrad extends Node {
    private final Tensor variable;

    AccumulateGrad(Tensor variable) {
        super(new Edge[0]);
        this.variable = variable;
    }

    /** The leaf tensor this node accumulates into (PyTorch: {@code AccumulateGrad.variable}). */
    public Tensor variable() {
        return variable;
    }

    @Override
    public String name() {
        return "AccumulateGrad";
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        return accumulate(gradOutputs[0], false);
    }

    /**
     * Adds {@code g} into the variable's {@code .grad}. {@code owned}: nothing but the engine refers to
     * g's buffer, so a first gradient may become {@code .grad} itself instead of a copy (PyTorch steals
     * a gradient whose use count says the same). A hook may keep what it sees, so hooks cancel that.
     */
    Tensor[] accumulate(Tensor g, boolean owned) {
        if (g == null) {
            return new Tensor[0];
        }
        java.util.List<UnaryOperator<Tensor>> hooks = variable.autogradMeta().hooks();
        for (UnaryOperator<Tensor> hook : hooks) {
            Tensor r = hook.apply(g);
            if (r != null) {
                g = r;
            }
        }
        accumulate(variable, g, owned && hooks.isEmpty());
        return new Tensor[0];
    }

    /**
     * PyTorch's accumulation: the first gradient is stored (copied, so later in-place adds never alias,
     * unless the buffer is the engine's alone and laid out as a fresh tensor would be), then summed.
     */
    static void accumulate(Tensor variable, Tensor g, boolean owned) {
        AutogradMeta meta = variable.autogradMeta();
        Tensor old = meta.grad();
        if (old == null) {
            boolean steal = owned && g.isContiguous() && g.storageOffset() == 0 && g.storage().size() == g.numel()
                    && g.dtype() == variable.dtype();
            meta.setGrad(GradMode.isEnabled() ? g : steal ? g.detach() : g.detach().clone());
        } else if (GradMode.isEnabled()) {
            meta.setGrad(old.add(g)); // create_graph: keep the sum differentiable
        } else {
            old.add_(g);
        }
    }
}
