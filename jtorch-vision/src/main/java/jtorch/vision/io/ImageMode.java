package jtorch.vision.io;

/**
 * Pixel layouts of an {@link Image}, named as PIL's modes: 8 bits per channel.
 */
public enum ImageMode {
    /** One channel of luminance (PIL's {@code "L"}). */
    L(1),
    /** Red, green, blue (PIL's {@code "RGB"}). */
    RGB(3),
    /** Red, green, blue, alpha (PIL's {@code "RGBA"}). */
    RGBA(4);

    private final int channels;

    ImageMode(int channels) {
        this.channels = channels;
    }

    /** The number of channels (bands): 1, 3 or 4. PIL: {@code len(Image.getbands())}. */
    public int channels() {
        return channels;
    }

    /** The mode with this many channels. */
    public static ImageMode ofChannels(int c) {
        return switch (c) {
            case 1 -> L;
            case 3 -> RGB;
            case 4 -> RGBA;
            default -> throw new IllegalArgumentException("an image has 1 (L), 3 (RGB) or 4 (RGBA) channels, got " + c);
        };
    }
}
