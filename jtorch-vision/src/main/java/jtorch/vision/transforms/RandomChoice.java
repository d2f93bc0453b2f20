package jtorch.vision.transforms;

import java.util.List;
import java.util.function.Function;

/**
 * Applies one transform picked at random (weights {@code p}, uniform when not given). torchvision:
 * {@code transforms.RandomChoice(transforms, p=None)}. torchvision picks with Python's
 * {@code random.choices}, not torch's generator; so does this class, through {@link PyRandom#global()}
 * (seed it with {@code PyRandom.global().seed(n)} as {@code random.seed(n)}).
 */
public final class RandomChoice implements Transform<Object, Object> {
    private final List<Function<?, ?>> transforms;
    private final double[] p;

    /** torchvision: {@code RandomChoice(transforms)}. */
    public RandomChoice(List<? extends Function<?, ?>> transforms) {
        this.transforms = List.copyOf(transforms);
        this.p = null;
    }

    /** torchvision: {@code RandomChoice(transforms, p)}. */
    public RandomChoice(List<? extends Function<?, ?>> transforms, double[] p) {
        this.transforms = List.copyOf(transforms);
        this.p = p.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object img) {
        int i = PyRandom.global().choice(transforms.size(), p);
        return ((Function<Object, Object>) transforms.get(i)).apply(img);
    }

    @Override
    public String toString() {
        return Repr.nested("RandomChoice", List.of(), transforms) + "(p=" + (p == null ? "None" : Repr.list(p)) + ")";
    }
}
