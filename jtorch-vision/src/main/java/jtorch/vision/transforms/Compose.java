package jtorch.vision.transforms;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Applies transforms one after another. torchvision: {@code transforms.Compose(transforms)}.
 * The element types are checked at run time (each transform gets what the previous returned), so a pipeline
 * from an image to a tensor is typed by its ends: {@code Compose<Image, Tensor> t = new Compose<>(...)}.
 *
 * @param <I> the pipeline's input type
 * @param <O> the pipeline's output type
 */
public final class Compose<I, O> implements Transform<I, O> {
    private final List<Function<?, ?>> transforms;

    /** torchvision: {@code Compose([t1, t2, ...])}. */
    public Compose(List<? extends Function<?, ?>> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    /** torchvision: {@code Compose([t1, t2, ...])}. */
    public Compose(Function<?, ?>... transforms) {
        this(Arrays.asList(transforms));
    }

    /** The transforms, in order. torchvision: {@code Compose.transforms}. */
    public List<Function<?, ?>> transforms() {
        return transforms;
    }

    @Override
    @SuppressWarnings("unchecked")
    public O apply(I img) {
        Object x = img;
        for (Function<?, ?> t : transforms) {
            x = ((Function<Object, Object>) t).apply(x);
        }
        return (O) x;
    }

    /** As torchvision's repr: one transform per indented line. */
    @Override
    public String toString() {
        return Repr.nested("Compose", List.of(), transforms);
    }
}
