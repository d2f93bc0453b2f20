package jtorch.autograd;

/** Removes a registered hook. PyTorch: {@code torch.utils.hooks.RemovableHandle}. */
@FunctionalInterface
public interface RemovableHandle extends AutoCloseable {
    void remove();

    @Override
    default void close() {
        remove();
    }
}
