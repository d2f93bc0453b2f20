package jtorch.vision.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Applies the transforms in a random order. torchvision: {@code transforms.RandomOrder(transforms)}, which
 * shuffles with Python's {@code random.shuffle}; so does this class, through {@link PyRandom#global()}.
 */
public final class RandomOrder implements Transform<Object, Object> {
    private final List<Function<?, ?>> transforms;

    /** torchvision: {@code RandomOrder(transforms)}. */
    public RandomOrder(List<? extends Function<?, ?>> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object img) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < transforms.size(); i++) {
            order.add(i);
        }
        PyRandom.global().shuffle(order);
        for (int i : order) {
            img = ((Function<Object, Object>) transforms.get(i)).apply(img);
        }
        return img;
    }

    @Override
    public String toString() {
        return Repr.nested("RandomOrder", List.of(), transforms);
    }
}
