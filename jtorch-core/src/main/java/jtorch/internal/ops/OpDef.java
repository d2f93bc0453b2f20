package jtorch.internal.ops;

/**
 * The declaration of one op: its PyTorch name and module, the name of its backward node
 * ({@code grad_fn}) when it is differentiable, and what that backward reads ({@link Saves}). Family
 * classes declare these as constants next to the op's checks, forward and backward; {@link OpRegistry}
 * lists them all.
 */
public record OpDef(String name, String module, String nodeName, Saves saves) {

    /** A differentiable {@code torch} op whose node is {@code <Name>Backward0}. */
    public static OpDef of(String name, Saves saves) {
        return register(new OpDef(name, "torch", nodeNameFor(name, 0), saves));
    }

    /** A differentiable op whose node carries PyTorch's overload number, e.g. {@code SumBackward1}. */
    public static OpDef of(String name, int overload, Saves saves) {
        return register(new OpDef(name, "torch", nodeNameFor(name, overload), saves));
    }

    /** An op without a gradient (comparisons, integer results, factories). */
    public static OpDef nonDifferentiable(String name) {
        return register(new OpDef(name, "torch", null, Saves.NOTHING));
    }

    /** A non-differentiable op of another PyTorch module, e.g. {@code ("kaiming_uniform_", "torch.nn.init")}. */
    public static OpDef inModule(String name, String module) {
        return register(new OpDef(name, module, null, Saves.NOTHING));
    }

    /** A differentiable op with an explicit node name (PyTorch's naming is not always derivable). */
    public static OpDef withNode(String name, String nodeName, Saves saves) {
        return register(new OpDef(name, "torch", nodeName, saves));
    }

    /**
     * A user's {@code autograd.Function} or a module's backward hook: not registered, and it keeps nothing
     * through the dispatcher (a Function saves through its own {@code FunctionCtx}).
     */
    public static OpDef userFunction(String name, String nodeName) {
        return new OpDef(name, USER_FUNCTION_MODULE, nodeName, Saves.NOTHING);
    }

    public boolean differentiable() {
        return nodeName != null;
    }

    /** A user's {@code autograd.Function} (or module hook): its backward is user code that may keep what it returns. */
    public boolean runsUserCode() {
        return module.equals(USER_FUNCTION_MODULE);
    }

    private static final String USER_FUNCTION_MODULE = "torch.autograd.function";

    private static OpDef register(OpDef d) {
        OpRegistry.add(d);
        return d;
    }

    // "index_select" -> "IndexSelectBackward0"
    static String nodeNameFor(String name, int overload) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.append("Backward").append(overload).toString();
    }
}
