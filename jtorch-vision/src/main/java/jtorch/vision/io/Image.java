package jtorch.vision.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;


/**
 * A decoded 8-bit image: what PIL's {@code Image.Image} is in torchvision pipelines (the value a
 * dataset hands to its transform). Pixels are stored row-major and interleaved
 * ({@code height x width x channels}), as PIL and NumPy's {@code np.asarray(img)} see them.
 * Immutable: operations return new images.
 */
public final class Image {
    private final int width;
    private final int height;
    private final ImageMode mode;
    private final byte[] pixels;

    /**
     * An image over interleaved pixels (copied). PIL: {@code Image.frombytes(mode, (width, height), data)}.
     *
     * @throws IllegalArgumentException if the data length is not {@code width * height * channels}
     */
    public Image(ImageMode mode, int width, int height, byte[] pixels) {
        this(mode, width, height, pixels.clone(), true);
    }

    private Image(ImageMode mode, int width, int height, byte[] pixels, boolean owned) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if ((long) width * height * mode.channels() != pixels.length) {
            throw new IllegalArgumentException("not enough image data: " + mode + " " + width + "x" + height + " needs "
                    + (long) width * height * mode.channels() + " bytes, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** Wraps an array this class will own (no copy). */
    static Image wrap(ImageMode mode, int width, int height, byte[] pixels) {
        return new Image(mode, width, height, pixels, true);
    }

    /** Reads and decodes an image file (PNG, JPEG, BMP, GIF). PIL: {@code Image.open(path)} (decoded eagerly). */
    public static Image open(Path path) {
        return Images.decode(path);
    }

    /** Width in pixels. PIL: {@code Image.width}. */
    public int width() {
        return width;
    }

    /** Height in pixels. PIL: {@code Image.height}. */
    public int height() {
        return height;
    }

    /** {@code {width, height}}. PIL: {@code Image.size} (width first). */
    public int[] size() {
        return new int[] {width, height};
    }

    /** The pixel layout. PIL: {@code Image.mode}. */
    public ImageMode mode() {
        return mode;
    }

    /** A copy of the interleaved pixel bytes. PIL: {@code Image.tobytes()}. */
    public byte[] toBytes() {
        return pixels.clone();
    }

    /** Channel {@code c} of pixel (x, y) in [0, 255]. PIL: {@code Image.getpixel((x, y))[c]}. */
    public int getPixel(int x, int y, int c) {
        Objects.checkIndex(x, width);
        Objects.checkIndex(y, height);
        Objects.checkIndex(c, mode.channels());
        return pixels[(y * width + x) * mode.channels() + c] & 0xFF;
    }

    /**
     * Converts between modes as PIL's {@code Image.convert(mode)}: RGB to L by ITU-R 601-2 luma
     * {@code L = R * 299/1000 + G * 587/1000 + B * 114/1000} (PIL's fixed-point rounding), L to RGB by
     * repeating the channel, RGBA to RGB by dropping alpha, to RGBA with alpha 255.
     */
    public Image convert(ImageMode to) {
        if (to == mode) {
            return this;
        }
        int n = width * height;
        int ci = mode.channels();
        int co = to.channels();
        byte[] out = new byte[n * co];
        for (int p = 0; p < n; p++) {
            int r = pixels[p * ci] & 0xFF;
            int g = ci >= 3 ? pixels[p * ci + 1] & 0xFF : r;
            int b = ci >= 3 ? pixels[p * ci + 2] & 0xFF : r;
            int a = ci == 4 ? pixels[p * ci + 3] & 0xFF : 255;
            if (co == 1) {
                out[p] = (byte) (ci == 1 ? r : luma(r, g, b));
            } else {
                out[p * co] = (byte) r;
                out[p * co + 1] = (byte) g;
                out[p * co + 2] = (byte) b;
                if (co == 4) {
                    out[p * co + 3] = (byte) a;
                }
            }
        }
        return new Image(to, width, height, out, true);
    }

    /** PIL's L24 luma: (R*19595 + G*38470 + B*7471 + 0x8000) >> 16. */
    static int luma(int r, int g, int b) {
        return (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16;
    }

    /**
     * The pixels as a uint8 tensor of shape {@code [C, H, W]}. torchvision:
     * {@code transforms.functional.pil_to_tensor(img)} (what {@code read_image} returns).
     */
    public Tensor toTensor() {
        int c = mode.channels();
        int hw = width * height;
        byte[] chw = new byte[pixels.length];
        if (c == 1) {
            System.arraycopy(pixels, 0, chw, 0, hw);
        } else {
            interleavedToPlanar(pixels, chw, hw, c);
        }
        return new Tensor(Storage.wrap(DType.UINT8, chw), new int[] {c, height, width}, new int[] {hw, width, 1}, 0);
    }

    /** HWC to CHW, one plane at a time (sequential writes; the JIT keeps the strided reads cheap). */
    private static void interleavedToPlanar(byte[] hwc, byte[] chw, int hw, int c) {
        for (int k = 0; k < c; k++) {
            int o = k * hw;
            for (int p = 0, i = k; p < hw; p++, i += c) {
                chw[o + p] = hwc[i];
            }
        }
    }

    /**
     * An image from a uint8 tensor {@code [C, H, W]} (C = 1, 3 or 4) or {@code [H, W]}. torchvision:
     * {@code transforms.functional.to_pil_image(tensor)} for uint8 input.
     *
     * @throws IllegalArgumentException for another dtype or shape
     */
    public static Image fromTensor(Tensor t) {
        if (t.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("Image.fromTensor expects a uint8 tensor, got " + t.dtype()
                    + " (scale a float image with mul(255) and convert with to(DType.UINT8) first)");
        }
        int[] s = t.sizes();
        if (s.length == 2) {
            s = new int[] {1, s[0], s[1]};
        }
        if (s.length != 3) {
            throw new IllegalArgumentException("Image.fromTensor expects a [C, H, W] or [H, W] tensor, got shape "
                    + Arrays.toString(t.sizes()));
        }
        ImageMode mode = ImageMode.ofChannels(s[0]);
        int c = s[0];
        int h = s[1];
        int w = s[2];
        int hw = h * w;
        Tensor src = t.contiguous();
        if (src.isMeta()) {
            throw new IllegalArgumentException("Image.fromTensor: a meta tensor has no pixels");
        }
        byte[] chw = (byte[]) src.storage().data();
        int off = src.storageOffset();
        byte[] hwc = new byte[c * hw];
        for (int k = 0; k < c; k++) {
            for (int p = 0, i = k, o = off + k * hw; p < hw; p++, i += c) {
                hwc[i] = chw[o + p];
            }
        }
        return new Image(mode, w, h, hwc, true);
    }

    /** Writes the image; the format comes from the extension (png, jpg/jpeg, bmp, gif). PIL: {@code Image.save(path)}. */
    public void save(Path path) {
        Images.encode(this, path, Images.formatOf(path), 75);
    }

    @Override
    public String toString() {
        return "<Image mode=" + mode + " size=" + width + "x" + height + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.mode == mode && i.width == width && i.height == height
                && Arrays.equals(i.pixels, pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, width, height, Arrays.hashCode(pixels));
    }

    byte[] pixelsNoCopy() {
        return pixels;
    }

}
