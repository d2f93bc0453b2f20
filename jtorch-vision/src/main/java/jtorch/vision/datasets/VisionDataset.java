package jtorch.vision.datasets;

import java.util.Objects;
import java.util.function.Function;
import jtorch.utils.data.Dataset;
import jtorch.utils.data.Example;

/**
 * Base of the vision datasets: a raw sample of type {@code S} (an {@link jtorch.vision.io.Image}
 * for the built-in datasets) and an integer class label, passed through {@code transform} and
 * {@code targetTransform}. torchvision: {@code torchvision.datasets.VisionDataset(root, transform,
 * target_transform)}; {@code dataset[i]} returns {@code (transform(img), target_transform(target))},
 * here an {@link Example}.
 *
 * @param <S> the raw sample type
 * @param <X> the sample type after {@code transform}
 * @param <Y> the target type after {@code targetTransform}
 */
public abstract class VisionDataset<S, X, Y> implements Dataset<Example<X, Y>> {
    private final Function<? super S, ? extends X> transform;
    private final Function<? super Integer, ? extends Y> targetTransform;

    /** torchvision: {@code VisionDataset(root, transform=..., target_transform=...)}. */
    protected VisionDataset(Function<? super S, ? extends X> transform, Function<? super Integer, ? extends Y> targetTransform) {
        this.transform = Objects.requireNonNull(transform, "transform");
        this.targetTransform = Objects.requireNonNull(targetTransform, "targetTransform");
    }

    /** The identity, as a transform that keeps the raw type (a missing {@code transform=}). */
    @SuppressWarnings("unchecked")
    static <A, B> Function<A, B> identity() {
        return a -> (B) a;
    }

    /** The raw sample at {@code index}, before {@code transform}. */
    protected abstract S rawSample(int index);

    /** The class label at {@code index}, before {@code targetTransform}. */
    public abstract int target(int index);

    /** torchvision: {@code dataset[index]} = {@code (transform(img), target_transform(target))}. */
    @Override
    public Example<X, Y> get(int index) {
        Dataset.checkIndex(index, size());
        return new Example<>(transform.apply(rawSample(index)), targetTransform.apply(target(index)));
    }
}
