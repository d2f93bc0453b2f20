package jtorch;

/**
 * Where a tensor's data lives. PyTorch: {@code torch.device}.
 *
 * <p>Only {@code cpu} and {@code meta} (shapes without data) exist on this build; {@code cuda}
 * is a recognised name that fails with a clear message, so a GPU backend can later be added
 * behind this seam without touching {@code nn} or {@code optim}.
 */
public enum Device {
    CPU("cpu"),
    META("meta");

    private final String type;

    Device(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    @Override
    public String toString() {
        return type;
    }

    /** Parses "cpu", "meta", "cpu:0"; "cuda..." fails as on a PyTorch build without CUDA. */
    public static Device of(String name) {
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        return switch (base) {
            case "cpu" -> CPU;
            case "meta" -> META;
            case "cuda" -> throw new IllegalStateException(
                    "Torch not compiled with CUDA enabled (jtorch runs on the CPU; device '" + name + "' is unavailable)");
            default -> throw new IllegalArgumentException(
                    "Expected one of cpu, cuda, meta device type at start of device string: " + name);
        };
    }
}
