package jtorch.overrides;

import java.util.List;
import java.util.function.Function;
import jtorch.TensorOptions;
import jtorch.internal.ops.OpDef;

/**
 * One intercepted op call as a {@link TorchFunctionMode} sees it: the op (name and PyTorch module),
 * its tensor/value arguments, and for factories the options (dtype, device, requires_grad), which a
 * mode may replace before proceeding — e.g. redirecting every factory to the meta device.
 */
public final class OpCall {
    private final OpDef op;
    private final List<Object> args;
    private final TensorOptions options;
    private final Function<TensorOptions, Object> body;

    public OpCall(OpDef op, List<Object> args, TensorOptions options, Function<TensorOptions, Object> body) {
        this.op = op;
        this.args = args;
        this.options = options;
        this.body = body;
    }

    public OpDef op() {
        return op;
    }

    /** Op name as PyTorch spells it, e.g. "add", "zeros", "kaiming_uniform_". */
    public String name() {
        return op.name();
    }

    /** PyTorch module of the op: "torch", "torch.nn.init", "torch.nn.functional". */
    public String module() {
        return op.module();
    }

    public List<Object> args() {
        return args;
    }

    /** Factory options; null for ops that are not factories. */
    public TensorOptions options() {
        return options;
    }

    public boolean isFactory() {
        return options != null;
    }

    /** Runs the op unchanged (inner modes, if any, still see it). */
    public Object proceed() {
        return proceed(options);
    }

    /** Runs a factory with changed options. */
    public Object proceed(TensorOptions newOptions) {
        return body.apply(newOptions);
    }
}
