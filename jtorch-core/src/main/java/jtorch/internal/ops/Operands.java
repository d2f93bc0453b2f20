package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.internal.backend.Backend;
import jtorch.internal.backend.Strided;

/** Tensors as the backend takes them: storage plus layout, and the backend of their device. */
final class Operands {
    private Operands() {
    }

    /** {@code t}'s storage and layout. */
    static Strided of(Tensor t) {
        return new Strided(t.storage(), t.sizes(), t.stride(), t.storageOffset());
    }

    /** {@code t} broadcast to {@code shape} (stride 0 along broadcast dims). */
    static Strided broadcast(Tensor t, int[] shape) {
        return new Strided(t.storage(), shape, Shapes.broadcastStrides(t.sizes(), t.stride(), shape), t.storageOffset());
    }

    /**
     * A new tensor for an op's own use (its result, a buffer): allocated by its device's backend, not dispatched,
     * so function modes see the op and never its allocations (as PyTorch's modes see {@code cross_entropy}, not
     * the tensors it makes). Options without a dtype give the default dtype.
     */
    static Tensor empty(TensorOptions o, int... shape) {
        return CreationOps.allocate(o, shape);
    }

    /** {@link #empty}: a backend's fresh storage is zero-filled (the CPU's Java arrays are). */
    static Tensor zeros(TensorOptions o, int... shape) {
        return empty(o, shape);
    }

    /** Zeros of {@code like}'s dtype and device with the given shape. */
    static Tensor zerosLike(Tensor like, int... shape) {
        return zeros(Torch.options().dtype(like.dtype()).device(like.device()), shape);
    }

    /** The first non-null of {@code ts} (e.g. the gradients a multi-output backward received). */
    static Tensor anyOf(Tensor... ts) {
        for (Tensor t : ts) {
            if (t != null) {
                return t;
            }
        }
        throw new IllegalArgumentException("no tensor given");
    }

    /** An integer index tensor's values in row-major order (zeros on a device without data: see the backend). */
    static long[] indexValues(Tensor index) {
        return backend(index).indexValues(of(index));
    }

    /** The backend computing {@code out}, the tensor an op writes. */
    static Backend backend(Tensor out) {
        return Backend.of(out.device());
    }
}
