package jtorch.vision.transforms;

import java.util.Objects;
import java.util.function.Function;

/** A user function as a transform. torchvision: {@code transforms.Lambda(lambd)}. */
public final class Lambda<I, O> implements Transform<I, O> {
    private final Function<? super I, ? extends O> lambd;

    /** torchvision: {@code Lambda(lambd)}. */
    public Lambda(Function<? super I, ? extends O> lambd) {
        this.lambd = Objects.requireNonNull(lambd, "Argument lambd should be callable, got null");
    }

    @Override
    public O apply(I img) {
        return lambd.apply(img);
    }

    @Override
    public String toString() {
        return "Lambda()";
    }
}
