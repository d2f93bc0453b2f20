package jtorch.internal.ops;

import jtorch.Storage;
import jtorch.Tensor;

/**
 * The one way op families change a tensor's storage and geometry in place (set_, resize_, transpose_,
 * as_strided_, ...). {@link Tensor} keeps these fields private and hands its setter over here when its class
 * is loaded, so the setter is reachable only from this package, which the module does not export (the pattern
 * of the JDK's SharedSecrets).
 */
public final class TensorGeometry {
    /** Tensor's private setter of storage, sizes, strides and storage offset. */
    @FunctionalInterface
    public interface Setter {
        /** Makes {@code t} view {@code storage} with this geometry (the arrays are owned by {@code t} afterwards). */
        void set(Tensor t, Storage storage, int[] shape, int[] stride, int offset);
    }

    private static volatile Setter setter;

    private TensorGeometry() {
    }

    /** Called once, by Tensor's static initialiser; a second call fails. */
    public static void install(Setter s) {
        if (setter != null) {
            throw new IllegalStateException("the tensor geometry setter is already installed");
        }
        setter = s;
    }

    /** Makes {@code t} view {@code storage} with the given sizes, strides and offset. */
    static void set(Tensor t, Storage storage, int[] shape, int[] stride, int offset) {
        setter.set(t, storage, shape.clone(), stride.clone(), offset);
    }

    /** Makes {@code t} take {@code source}'s storage and geometry. */
    static void setTo(Tensor t, Tensor source) {
        set(t, source.storage(), source.sizes(), source.stride(), source.storageOffset());
    }
}
