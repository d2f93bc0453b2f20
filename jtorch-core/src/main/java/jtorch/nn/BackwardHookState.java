package jtorch.nn;

import java.util.List;
import jtorch.Tensor;
import jtorch.autograd.GradMode;
import jtorch.internal.ops.Dispatch;
import jtorch.internal.ops.OpDef;

/**
 * One module call's full backward hooks, as PyTorch's {@code torch.utils.hooks.BackwardHook} does
 * them: the call's inputs and output pass through an identity node ({@code BackwardHookFunctionBackward}).
 * When backward reaches the output's node it records grad_output; when it then reaches the inputs'
 * node, whose gradients are grad_input, the user hooks run and may replace grad_input.
 */
final class BackwardHookState {
    // an identity, like a user autograd.Function, so it is not part of jtorch's registered op set
    private static final OpDef IDENTITY = OpDef.userFunction("BackwardHookFunction",
            "BackwardHookFunctionBackward");

    private final Module module;
    private final List<Module.BackwardHook> hooks;
    private int numInputs;
    private int[] inputIndex;   // positions of the wrapped inputs; null when no input required grad
    private Tensor[] gradOutputs;

    BackwardHookState(Module module, List<Module.BackwardHook> hooks) {
        this.module = module;
        this.hooks = hooks;
    }

    /** Wraps the inputs that require grad; the others pass through and get a null grad_input. */
    Tensor[] setupInputs(Tensor[] inputs) {
        numInputs = inputs.length;
        int[] index = wrappedPositions(inputs);
        if (index == null) {
            return inputs;
        }
        inputIndex = index;
        Tensor[] wrapped = identity(inputs, index, grads -> {
            if (gradOutputs == null) {
                return grads; // the gradient reached the inputs without passing the output (e.g. double backward)
            }
            Tensor[] res = new Tensor[numInputs];
            for (int i = 0; i < index.length; i++) {
                res[index[i]] = grads[i];
            }
            for (Module.BackwardHook h : hooks) {
                Tensor[] out = h.apply(module, res.clone(), gradOutputs.clone());
                if (out == null) {
                    continue;
                }
                if (out.length != res.length) {
                    throw new IllegalStateException("Backward hook returned an invalid number of grad_input, got "
                            + out.length + ", but expected " + res.length);
                }
                res = out;
            }
            gradOutputs = null;
            Tensor[] back = new Tensor[index.length];
            for (int i = 0; i < index.length; i++) {
                back[i] = res[index[i]];
            }
            return back;
        });
        Tensor[] out = inputs.clone();
        for (int i = 0; i < index.length; i++) {
            out[index[i]] = wrapped[i];
        }
        return out;
    }

    /** Wraps the output; its node records grad_output (and runs the hooks when no input was wrapped). */
    Tensor setupOutput(Tensor output) {
        Tensor[] outs = {output};
        int[] index = wrappedPositions(outs);
        if (index == null) {
            return output;
        }
        return identity(outs, index, grads -> {
            gradOutputs = grads.clone();
            if (inputIndex == null) {
                Tensor[] none = new Tensor[numInputs];
                for (Module.BackwardHook h : hooks) {
                    Tensor[] res = h.apply(module, none.clone(), gradOutputs.clone());
                    if (res != null && !allNull(res)) {
                        throw new IllegalStateException("Backward hook for Modules where no input requires gradient "
                                + "should always return None or None for all gradients.");
                    }
                }
                gradOutputs = null;
            }
            return grads;
        })[0];
    }

    private static int[] wrappedPositions(Tensor[] ts) {
        if (!GradMode.isEnabled()) {
            return null;
        }
        int n = 0;
        for (Tensor t : ts) {
            if (t != null && t.requiresGrad()) {
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        int[] index = new int[n];
        for (int i = 0, k = 0; i < ts.length; i++) {
            if (ts[i] != null && ts[i].requiresGrad()) {
                index[k++] = i;
            }
        }
        return index;
    }

    private static Tensor[] identity(Tensor[] ts, int[] index, java.util.function.UnaryOperator<Tensor[]> onBackward) {
        Tensor[] in = new Tensor[index.length];
        for (int i = 0; i < index.length; i++) {
            in[i] = ts[index[i]];
        }
        return Dispatch.applyMulti(IDENTITY, in, in::clone, (ctx, g) -> onBackward.apply(g), in.length);
    }

    private static boolean allNull(Tensor[] ts) {
        for (Tensor t : ts) {
            if (t != null) {
                return false;
            }
        }
        return true;
    }
}
