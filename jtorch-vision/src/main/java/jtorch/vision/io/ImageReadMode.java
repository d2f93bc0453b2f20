package jtorch.vision.io;

/**
 * How {@link Images#readImage(java.nio.file.Path, ImageReadMode)} converts what it decodes.
 * torchvision: {@code torchvision.io.ImageReadMode}.
 */
public enum ImageReadMode {
    /** Keep the file's own channels (palette images become RGB, or RGBA with transparency). */
    UNCHANGED,
    /** One channel ({@code ImageReadMode.GRAY}, PIL's {@code convert("L")}). */
    GRAY,
    /** Three channels ({@code ImageReadMode.RGB}). */
    RGB,
    /** Four channels ({@code ImageReadMode.RGB_ALPHA}). */
    RGB_ALPHA
}
