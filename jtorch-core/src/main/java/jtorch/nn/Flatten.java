package jtorch.nn;

import jtorch.Tensor;

/** Flattens dims startDim..endDim into one (default 1..-1: all but the batch dim). PyTorch: {@code nn.Flatten}. */
public class Flatten extends Module {
    /** PyTorch's {@code Flatten.start_dim} attribute. */
    public final int startDim;
    /** PyTorch's {@code Flatten.end_dim} attribute. */
    public final int endDim;

    /** PyTorch: {@code torch.nn.Flatten(start_dim=1, end_dim=-1)}. */
    public Flatten() {
        this(1, -1);
    }

    /** PyTorch: {@code torch.nn.Flatten(start_dim=1, end_dim=-1)}. */
    public Flatten(int startDim, int endDim) {
        this.startDim = startDim;
        this.endDim = endDim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.flatten(startDim, endDim);
    }

    @Override
    public String extraRepr() {
        return "start_dim=" + startDim + ", end_dim=" + endDim;
    }
}
