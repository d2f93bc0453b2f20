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

    public Tensor variable() {
        return variable;
    }

    @Override
    public String name() {
        return "AccumulateGrad";
    }

    @Override
    protected Tensor[] apply(Tensor[] gradOutputs) {
        Tensor g = gradOutputs[0];
        if (g == null) {
            return new Tensor[0];
        }
        for (UnaryOperator<Tensor> hook : variable.autogradMeta().hooks()) {
            Tensor r = hook.apply(g);
            if (r != null) {
                g = r;
            }
        }
        accumulate(variable, g);
        return new Tensor[0];
    }

    /** PyTorch's accumulation: first gradient is stored (copied, so later in-place adds never alias), then summed. */
    static void accumulate(Tensor variable, Tensor g) {
        AutogradMeta meta = variable.autogradMeta();
        Tensor old = meta.grad();
        if (old == null) {
            meta.setGrad(GradMode.isEnabled() ? g : g.detach().clone());
        } else if (GradMode.isEnabled()) {
            meta.setGrad(old.add(g)); // create_graph: keep the sum differentiable
        } else {
            old.add_(g);
        }
    }
}
