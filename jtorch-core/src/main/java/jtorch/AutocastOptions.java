package jtorch;

/**
 * The keyword arguments of {@code torch.autocast(device_type, dtype=None, enabled=True, cache_enabled=None)} and
 * {@code torch.cpu.amp.autocast(enabled=True, dtype=torch.bfloat16, cache_enabled=True)}, each settable by name:
 * {@code torch.autocast("cpu", cache_enabled=False)} is
 * {@code Torch.autocast("cpu", Torch.autocastOptions().cacheEnabled(false))}.
 */
public final class AutocastOptions {
    DType dtype;
    boolean enabled = true;
    Boolean cacheEnabled;

    AutocastOptions() {
    }

    /** PyTorch: {@code dtype=} (unset: the device's autocast dtype, {@code torch.get_autocast_cpu_dtype()}). */
    public AutocastOptions dtype(DType dtype) {
        this.dtype = dtype;
        return this;
    }

    /** PyTorch: {@code enabled=} (false: the region turns autocast off). */
    public AutocastOptions enabled(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    /** PyTorch: {@code cache_enabled=} (unset: the current {@code torch.is_autocast_cache_enabled()}). */
    public AutocastOptions cacheEnabled(boolean cacheEnabled) {
        this.cacheEnabled = cacheEnabled;
        return this;
    }
}
