package jtorch.vision.transforms;

/**
 * Interpolation methods of the resizing and resampling transforms. torchvision:
 * {@code torchvision.transforms.InterpolationMode}. On tensors (and on {@link jtorch.vision.io.Image}s, which
 * take the tensor path) torchvision 0.14 supports NEAREST, BILINEAR and BICUBIC for resizing and NEAREST and
 * BILINEAR for rotations, affine and perspective warps. {@link #NEAREST_EXACT} is torch's
 * {@code F.interpolate(mode="nearest-exact")}, which torchvision 0.14 has no enum value for (0.15 adds it).
 */
public enum InterpolationMode {
    /** {@code InterpolationMode.NEAREST}: "nearest". */
    NEAREST("nearest"),
    /** torch's "nearest-exact" (pixel centres at half-integers, as PIL's nearest). */
    NEAREST_EXACT("nearest-exact"),
    /** {@code InterpolationMode.BILINEAR}: "bilinear". */
    BILINEAR("bilinear"),
    /** {@code InterpolationMode.BICUBIC}: "bicubic". */
    BICUBIC("bicubic");

    private final String value;

    InterpolationMode(String value) {
        this.value = value;
    }

    /** The mode's name as torchvision's {@code InterpolationMode.value} ("bilinear", ...). */
    public String value() {
        return value;
    }

    /**
     * The mode of PIL's integer constant, as torchvision's deprecated int interpolation arguments (0 nearest,
     * 2 bilinear, 3 bicubic); torchvision 0.14: {@code _interpolation_modes_from_int}.
     */
    public static InterpolationMode fromInt(int i) {
        return switch (i) {
            case 0 -> NEAREST;
            case 2 -> BILINEAR;
            case 3 -> BICUBIC;
            default -> throw new IllegalArgumentException("interpolation " + i
                    + " (PIL's BOX, HAMMING or LANCZOS) is not supported for tensor images");
        };
    }
}
