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
    private final boolean inPlace;

    /** Dispatches an op to the active modes; its {@code body} runs it for given (factory) options. */
    public static Object dispatch(OpDef op, List<Object> args, TensorOptions options,
                                  Function<TensorOptions, Object> body) {
        return TorchFunctionMode.dispatch(new OpCall(op, args, options, body, false));
    }

    /** Dispatches the in-place form of {@code op} on {@code args.get(0)} (e.g. {@code x.relu_()}). */
    public static Object dispatchInPlace(OpDef op, List<Object> args, Function<TensorOptions, Object> body) {
        return TorchFunctionMode.dispatch(new OpCall(op, args, null, body, true));
    }

    private OpCall(OpDef op, List<Object> args, TensorOptions options, Function<TensorOptions, Object> body,
                   boolean inPlace) {
        this.op = op;
        this.args = args;
        this.options = options;
        this.body = body;
        this.inPlace = inPlace;
    }

    /** Op name as PyTorch spells it, e.g. "add", "zeros", "kaiming_uniform_". */
    public String name() {
        return op.name();
    }

    /** PyTorch module of the op: "torch", "torch.nn.init", "torch.nn.functional". */
    public String module() {
        return op.module();
    }

    /** The op's arguments as the user passed them. */
    public List<Object> args() {
        return args;
    }

    /** Factory options; null for ops that are not factories. */
    public TensorOptions options() {
        return options;
    }

    /** Whether the op creates a tensor from no tensor input (zeros, arange, ...). */
    public boolean isFactory() {
        return options != null;
    }

    /**
     * True when the op writes into its first argument and returns it. The in-place form of an op with an
     * out-of-place twin is dispatched under the twin's name ({@code x.relu_()} as {@code relu}, {@code a.add_(b)}
     * as {@code add}); ops that only exist in place keep PyTorch's name ({@code uniform_}, {@code copy_}).
     */
    public boolean isInPlace() {
        return inPlace;
    }

    /** The called function's PyTorch name: {@link #name()}, with the underscore of an in-place call ({@code relu_}). */
    public String pytorchName() {
        return inPlace && !op.name().endsWith("_") ? op.name() + "_" : op.name();
    }

    /**
     * Passes the call on unchanged: to the next mode down the stack, or, below the last mode, runs the op.
     * PyTorch: calling {@code func(*args, **kwargs)} inside {@code __torch_function__}.
     */
    public Object proceed() {
        return proceed(options);
    }

    /** Passes a factory call on with changed options (e.g. another device); the modes below see them. */
    public Object proceed(TensorOptions newOptions) {
        return TorchFunctionMode.dispatch(new OpCall(op, args, newOptions, body, inPlace));
    }

    // below the last mode: the op itself, with its inner calls hidden from every mode
    Object run() {
        return TorchFunctionMode.suspended(() -> body.apply(options));
    }
}
