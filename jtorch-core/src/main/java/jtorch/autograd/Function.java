package jtorch.autograd;

import java.util.List;
import jtorch.Tensor;
import jtorch.internal.ops.Dispatch;
import jtorch.internal.ops.OpDef;

/**
 * A user-defined differentiable operation: PyTorch's {@code torch.autograd.Function}. Subclass it,
 * implement {@link #forward} and {@link #backward}, and call {@link #apply}:
 *
 * <pre>{@code
 * class Exp extends Function {
 *     protected Tensor forward(FunctionCtx ctx, Tensor... in) {
 *         Tensor r = in[0].exp();
 *         ctx.saveForBackward(r);
 *         return r;
 *     }
 *     protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
 *         return new Tensor[] {grad.mul(ctx.savedTensors()[0])};
 *     }
 * }
 * Tensor y = new Exp().apply(x);   // y.gradFn().name() is "ExpBackward"
 * }</pre>
 *
 * The forward runs with gradient recording off; the backward runs with recording on only under
 * {@code createGraph}, so a backward written with tensor ops supports higher-order gradients.
 */
public abstract class Function {
    /** For subclasses, which implement forward and backward. */
    protected Function() {
    }

    /** Computes the output; save what backward needs with {@link FunctionCtx#saveForBackward}. */
    protected abstract Tensor forward(FunctionCtx ctx, Tensor... inputs);

    /** Gradients for each input (null where none) given the output's gradient. */
    protected abstract Tensor[] backward(FunctionCtx ctx, Tensor grad);

    /** Runs the function, recording it in the graph when an input requires grad. */
    public final Tensor apply(Tensor... inputs) {
        String node = getClass().getSimpleName() + "Backward";
        FunctionCtx ctx = new FunctionCtx(node);
        boolean[] needs = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            needs[i] = inputs[i] != null && inputs[i].requiresGrad();
        }
        ctx.setNeedsInputGrad(needs);
        // not registered in OpRegistry: user functions are not part of jtorch's op set
        OpDef def = OpDef.userFunction(getClass().getSimpleName(), node);
        int arity = inputs.length;
        return Dispatch.apply(def, inputs, () -> forward(ctx, inputs), (saved, g) -> {
            Tensor[] grads = backward(ctx, g[0]);
            if (grads.length != arity) {
                throw new IllegalStateException("function " + node + " returned an incorrect number of gradients "
                        + "(expected " + arity + ", got " + grads.length + ")");
            }
            return grads;
        });
    }

    /** Convenience for a list of inputs. */
    public final Tensor apply(List<Tensor> inputs) {
        return apply(inputs.toArray(new Tensor[0]));
    }
}
