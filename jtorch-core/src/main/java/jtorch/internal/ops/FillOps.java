package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.Torch;

/** The out-of-place fill: a copy of the input's shape, dtype and device holding one value. */
public final class FillOps {
    static final OpDef FILL = OpDef.of("fill", Saves.NOTHING);

    private FillOps() {
    }

    /**
     * Every element {@code value} (converted to input's dtype); the input's gradient is zero, not absent, as
     * PyTorch's FillBackward0. PyTorch: {@code torch.fill(input, value)}.
     */
    public static Tensor fill(Tensor input, double value) {
        return Dispatch.apply(FILL, new Tensor[] {input},
                () -> Torch.full(Torch.options().dtype(input.dtype()).device(input.device()), value, input.sizes()),
                (ctx, g) -> new Tensor[] {Torch.zerosLike(g[0])});
    }
}
