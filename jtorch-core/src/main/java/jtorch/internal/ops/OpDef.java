package jtorch.internal.ops;

/**
 * The declaration of one op: its PyTorch name and module, and the name of its backward node
 * ({@code grad_fn}) when it is differentiable. Family classes declare these as constants next to the
 * op's checks, forward and backward; {@link OpRegistry} lists them all.
 */
public record OpDef(String name, String module, String nodeName) {

    /** A differentiable {@code torch} op whose node is {@code <Name>Backward0}. */
    public static OpDef of(String name) {
        return register(new OpDef(name, "torch", nodeNameFor(name, 0)));
    }

    /** A differentiable op whose node carries PyTorch's overload number, e.g. {@code SumBackward1}. */
    public static OpDef of(String name, int overload) {
        return register(new OpDef(name, "torch", nodeNameFor(name, overload)));
    }

    /** An op without a gradient (comparisons, integer results, factories). */
    public static OpDef nonDifferentiable(String name) {
        return register(new OpDef(name, "torch", null));
    }

    /** An op of another PyTorch module, e.g. {@code ("kaiming_uniform_", "torch.nn.init")}. */
    public static OpDef inModule(String name, String module, String nodeName) {
        return register(new OpDef(name, module, nodeName));
    }

    /** A differentiable op with an explicit node name (PyTorch's naming is not always derivable). */
    public static OpDef withNode(String name, String nodeName) {
        return register(new OpDef(name, "torch", nodeName));
    }

    public boolean differentiable() {
        return nodeName != null;
    }

    /** A user's {@code autograd.Function} (or module hook): its backward is user code that may keep what it returns. */
    public boolean runsUserCode() {
        return module.equals("torch.autograd.function");
    }

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
