package jtorch.vision.transforms;

import java.util.function.Function;

/**
 * A transform: a callable from one sample to the next, usable in {@link Compose} and as a dataset's
 * {@code transform} (it is a {@link Function}). torchvision: any callable in {@code transforms.Compose([...])}
 * (the classes of {@code torchvision.transforms}, which are {@code nn.Module}s or plain callables).
 *
 * @param <I> the input type
 * @param <O> the output type
 */
public interface Transform<I, O> extends Function<I, O> {
    /** Applies the transform. torchvision: {@code transform(img)}. */
    @Override
    O apply(I input);
}
