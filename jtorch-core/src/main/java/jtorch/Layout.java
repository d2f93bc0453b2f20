package jtorch;

/**
 * A tensor's memory layout ({@code torch.layout}). jtorch tensors are all strided (dense, with sizes and strides);
 * PyTorch's sparse layouts are out of its scope.
 */
public enum Layout {
    /** Dense elements addressed by sizes and strides. PyTorch: {@code torch.strided}. */
    STRIDED;

    /** PyTorch's repr, {@code torch.strided}. */
    @Override
    public String toString() {
        return "torch.strided";
    }
}
