package jtorch.vision.transforms;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Applies the transforms in order with probability p; skipped when {@code p < torch.rand(1)}. torchvision:
 * {@code transforms.RandomApply(transforms, p=0.5)}.
 */
public final class RandomApply implements Transform<Object, Object> {
    private final List<Function<?, ?>> transforms;
    private final double p;

    /** torchvision: {@code RandomApply(transforms)}. */
    public RandomApply(List<? extends Function<?, ?>> transforms) {
        this(transforms, 0.5);
    }

    /** torchvision: {@code RandomApply(transforms, p)}. */
    public RandomApply(List<? extends Function<?, ?>> transforms, double p) {
        this.transforms = List.copyOf(transforms);
        this.p = p;
    }

    /** torchvision: {@code RandomApply([t], p)}. */
    public RandomApply(Function<?, ?> transform, double p) {
        this(Arrays.asList(transform), p);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object img) {
        if (Draw.pLessThanRand(p)) {
            return img;
        }
        for (Function<?, ?> t : transforms) {
            img = ((Function<Object, Object>) t).apply(img);
        }
        return img;
    }

    @Override
    public String toString() {
        return Repr.nested("RandomApply", List.of("p=" + Repr.f(p)), transforms);
    }
}
