package jtorch.autograd;

/** Removes a registered hook. PyTorch: {@code torch.utils.hooks.RemovableHandle}. */
@FunctionalInterface
public interface RemovableHandle extends AutoCloseable {
    /** Unregisters the hook (PyTorch: {@code handle.remove()}). */
    void remove();

    @Override
    default void close() {
        remove();
    }
}
