package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.internal.backend.Backend;
import jtorch.internal.backend.Strided;

/** Tensors as the backend takes them: storage plus layout, and the backend of their device. */
final class Operands {
    private Operands() {
    }

    /** {@code t}'s storage and layout. */
    static Strided of(Tensor t) {
        return new Strided(t.storage(), t.shape(), t.stride(), t.storageOffset());
    }

    /** {@code t} broadcast to {@code shape} (stride 0 along broadcast dims). */
    static Strided broadcast(Tensor t, int[] shape) {
        return new Strided(t.storage(), shape, Shapes.broadcastStrides(t.shape(), t.stride(), shape), t.storageOffset());
    }

    /** The backend computing {@code out}, the tensor an op writes. */
    static Backend backend(Tensor out) {
        return Backend.of(out.device());
    }
}
