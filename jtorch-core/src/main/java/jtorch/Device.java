package jtorch;

import java.util.Objects;

/**
 * Where a tensor's data lives: a device type and an optional index, a value ({@code equals} by both, as
 * {@code torch.device('cpu') != torch.device('cpu:0')}). PyTorch: {@code torch.device}.
 *
 * <p>This build holds tensors on {@code cpu} and {@code meta} (shapes without data). {@code cuda} devices can be
 * named (as on a PyTorch build without CUDA), but putting a tensor there fails with PyTorch's "Torch not
 * compiled with CUDA enabled", so a GPU backend can later be added behind this seam without touching
 * {@code nn} or {@code optim}.
 */
public final class Device {
    /** {@code torch.device('cpu')}. */
    public static final Device CPU = new Device("cpu", -1);
    /** {@code torch.device('meta')}. */
    public static final Device META = new Device("meta", -1);

    private final String type;
    private final int index;

    private Device(String type, int index) {
        this.type = type;
        this.index = index;
    }

    /**
     * Parses {@code "cpu"}, {@code "meta"}, {@code "cuda"}, {@code "cuda:1"}, {@code "cpu:0"}. PyTorch:
     * {@code torch.device(str)}.
     *
     * @throws IllegalArgumentException for another type or a malformed index, with PyTorch's messages
     */
    public static Device of(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return of(name, -1);
        }
        String idx = name.substring(colon + 1);
        if (idx.isEmpty() || !idx.chars().allMatch(Character::isDigit) || idx.length() > 9) {
            throw new IllegalArgumentException("Invalid device string: '" + name + "'");
        }
        return of(name.substring(0, colon), Integer.parseInt(idx));
    }

    /** {@code torch.device(type, index)}; {@code index} -1 means none. */
    public static Device of(String type, int index) {
        if (!type.equals("cpu") && !type.equals("meta") && !type.equals("cuda")) {
            throw new IllegalArgumentException("Expected one of cpu, cuda, meta device type at start of device string: "
                    + type);
        }
        if (index < -1) {
            throw new IllegalArgumentException("Device index must be -1 or non-negative, got " + index);
        }
        if (index == -1) {
            return type.equals("cpu") ? CPU : type.equals("meta") ? META : new Device(type, -1);
        }
        return new Device(type, index);
    }

    /** The device type: {@code "cpu"}, {@code "meta"} or {@code "cuda"}. PyTorch: {@code device.type}. */
    public String type() {
        return type;
    }

    /** The index, or -1 when none was given. PyTorch: {@code device.index} (None for -1). */
    public int index() {
        return index;
    }

    /**
     * The device a tensor placed here lives on in this build: {@link #CPU} or {@link #META}.
     *
     * @throws IllegalStateException for CUDA: "Torch not compiled with CUDA enabled", as PyTorch says
     */
    public Device placement() {
        return switch (type) {
            case "cpu" -> CPU;
            case "meta" -> META;
            default -> throw new IllegalStateException("Torch not compiled with CUDA enabled");
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Device d && d.type.equals(type) && d.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, index);
    }

    /** {@code "cpu"}, {@code "cuda:0"}: as PyTorch prints {@code str(device)}. */
    @Override
    public String toString() {
        return index < 0 ? type : type + ":" + index;
    }
}
