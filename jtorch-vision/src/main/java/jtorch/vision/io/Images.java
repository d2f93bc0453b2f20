package jtorch.vision.io;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import jtorch.Tensor;

/**
 * Reading and writing image files: torchvision's {@code torchvision.io} ({@code read_image},
 * {@code decode_image}, {@code write_png}, {@code write_jpeg}). Decoding and encoding use the
 * JDK's ImageIO codecs (PNG, JPEG, BMP, GIF) with TwelveMonkeys' JPEG plug-in for the files the
 * JDK rejects (CMYK/YCCK JPEG); no codec is written here. Errors name the file.
 */
public final class Images {
    private Images() {
    }

    /**
     * Reads an image into a uint8 tensor {@code [C, H, W]}. torchvision:
     * {@code torchvision.io.read_image(path, mode=ImageReadMode.UNCHANGED)}.
     *
     * @throws UncheckedIOException naming the file if it is missing, unreadable, truncated or not an image
     */
    public static Tensor readImage(Path path) {
        return readImage(path, ImageReadMode.UNCHANGED);
    }

    /** torchvision: {@code torchvision.io.read_image(path, mode)}. */
    public static Tensor readImage(Path path, ImageReadMode mode) {
        return convert(decode(path), mode).toTensor();
    }

    /** Decodes encoded bytes into a uint8 tensor {@code [C, H, W]}. torchvision: {@code decode_image(data, mode)}. */
    public static Tensor decodeImage(byte[] data, ImageReadMode mode) {
        return convert(decode(data, "<bytes>"), mode).toTensor();
    }

    private static Image convert(Image img, ImageReadMode mode) {
        return switch (mode) {
            case UNCHANGED -> img;
            case GRAY -> img.convert(ImageMode.L);
            case RGB -> img.convert(ImageMode.RGB);
            case RGB_ALPHA -> img.convert(ImageMode.RGBA);
        };
    }

    /**
     * Writes a uint8 {@code [C, H, W]} tensor (C = 1, 3 or 4) as a PNG, atomically (temporary file,
     * then rename). torchvision: {@code torchvision.io.write_png(input, filename)}.
     */
    public static void writePng(Tensor image, Path path) {
        encode(Image.fromTensor(image), path, "png", 100);
    }

    /**
     * Writes a uint8 {@code [C, H, W]} tensor (C = 1 or 3) as a baseline JPEG of the given quality
     * (1..100). torchvision: {@code torchvision.io.write_jpeg(input, filename, quality=75)}.
     */
    public static void writeJpeg(Tensor image, Path path, int quality) {
        encode(Image.fromTensor(image), path, "jpeg", quality);
    }

    /** torchvision: {@code write_jpeg(input, filename)} with quality 75. */
    public static void writeJpeg(Tensor image, Path path) {
        writeJpeg(image, path, 75);
    }

    static String formatOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "png" -> "png";
            case "jpg", "jpeg" -> "jpeg";
            case "bmp" -> "bmp";
            case "gif" -> "gif";
            default -> throw new IllegalArgumentException("unknown file extension: cannot tell the image format of " + path);
        };
    }

    static void encode(Image img, Path path, String format, int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("Image quality should be a positive number between 1 and 100, got " + quality);
        }
        if (format.equals("jpeg") && img.mode() == ImageMode.RGBA) {
            throw new IllegalArgumentException("cannot write mode RGBA as JPEG: " + path);
        }
        BufferedImage bi = toBuffered(img);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
                writer.setOutput(ios);
                ImageWriteParam p = writer.getDefaultWriteParam();
                if (format.equals("jpeg")) {
                    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    p.setCompressionQuality(quality / 100f);
                }
                writer.write(null, new IIOImage(bi, null, null), p);
            } finally {
                writer.dispose();
            }
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write image " + path + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static BufferedImage toBuffered(Image img) {
        int type = switch (img.mode()) {
            case L -> BufferedImage.TYPE_BYTE_GRAY;
            case RGB -> BufferedImage.TYPE_3BYTE_BGR;
            case RGBA -> BufferedImage.TYPE_4BYTE_ABGR;
        };
        BufferedImage bi = new BufferedImage(img.width(), img.height(), type);
        int c = img.mode().channels();
        byte[] px = img.pixelsNoCopy();
        var raster = bi.getRaster();
        int[] row = new int[img.width() * c];
        for (int y = 0; y < img.height(); y++) {
            for (int i = 0; i < row.length; i++) {
                row[i] = px[y * row.length + i] & 0xFF;
            }
            raster.setPixels(0, y, img.width(), 1, row); // bands in R, G, B, A order for these types
        }
        return bi;
    }

    static Image decode(Path path) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("image file not found: " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image file " + path + ": " + e.getMessage(), e);
        }
        return decode(data, path.toString());
    }

    static Image decode(byte[] data, String name) {
        List<ImageReader> readers = new ArrayList<>();
        try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageIO.getImageReaders(iis).forEachRemaining(readers::add);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read image file " + name + ": " + e.getMessage(), e));
        }
        if (readers.isEmpty()) {
            throw new UncheckedIOException(new IOException("cannot identify image file " + name
                    + " (not a PNG, JPEG, BMP or GIF image)"));
        }
        // the JDK's own reader first (TwelveMonkeys' JPEG reader registers ahead of it but wraps it, at about 1.6x
        // the time); TwelveMonkeys then decodes what the JDK rejects (CMYK/YCCK, broken ICC profiles)
        readers.sort(Comparator.comparing(r -> !r.getClass().getName().startsWith("com.sun.imageio.")));
        Exception failure = null;
        for (ImageReader reader : readers) {
            try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
                reader.setInput(iis, true, true);
                List<String> truncated = new ArrayList<>();
                // the JPEG readers decode a truncated file with a warning (grey below the cut); PIL raises
                reader.addIIOReadWarningListener((src, warning) -> {
                    if (warning.contains("Truncated") || warning.contains("premature end")) {
                        truncated.add(warning);
                    }
                });
                BufferedImage bi = reader.read(0);
                if (!truncated.isEmpty()) {
                    throw new IOException(String.join("; ", truncated));
                }
                return fromBuffered(bi, name);
            } catch (IOException | RuntimeException e) {
                failure = failure == null ? e : failure;
            } finally {
                reader.dispose();
            }
        }
        throw new UncheckedIOException(new IOException("image file " + name + " is truncated or corrupt: "
                + failure.getMessage(), failure));
    }

    /**
     * The common case of JPEG and PNG decoding: 8-bit samples interleaved in one byte array (BGR for the JDK's
     * JPEG reader), copied by their band offsets without the raster's per-pixel calls.
     */
    private static Image copyInterleaved(byte[] data, int offset, java.awt.image.ComponentSampleModel sm, Raster r,
            int w, int h, int bands) {
        ImageMode mode = bands == 1 ? ImageMode.L : bands == 3 ? ImageMode.RGB : ImageMode.RGBA;
        int[] bandOffsets = sm.getBandOffsets();
        int scan = sm.getScanlineStride();
        // the raster may be a child of a larger one
        int origin = offset - r.getSampleModelTranslateY() * scan - r.getSampleModelTranslateX() * bands;
        byte[] out = new byte[w * h * bands];
        for (int k = 0; k < bands; k++) {
            int bo = bandOffsets[k];
            for (int y = 0; y < h; y++) {
                int src = origin + y * scan + bo;
                int dst = y * w * bands + k;
                for (int x = 0; x < w; x++, src += bands, dst += bands) {
                    out[dst] = data[src];
                }
            }
        }
        return Image.wrap(mode, w, h, out);
    }

    /** Pixels of a decoded image, read from the raster (no colour management, as PIL). */
    static Image fromBuffered(BufferedImage bi, String name) {
        int w = bi.getWidth();
        int h = bi.getHeight();
        ColorModel cm = bi.getColorModel();
        Raster r = bi.getRaster();
        int bands = r.getNumBands();
        int bits = r.getSampleModel().getSampleSize(0);
        boolean directSamples = !(cm instanceof IndexColorModel)
                && cm.getColorSpace().getType() == (bands <= 2 ? java.awt.color.ColorSpace.TYPE_GRAY : java.awt.color.ColorSpace.TYPE_RGB)
                && (bits == 8 || bits == 16) && r.getTransferType() != DataBuffer.TYPE_FLOAT;
        if (directSamples && bits == 8 && bands != 2 && r.getDataBuffer() instanceof java.awt.image.DataBufferByte db
                && r.getSampleModel() instanceof java.awt.image.ComponentSampleModel sm && sm.getPixelStride() == bands
                && db.getNumBanks() == 1) {
            return copyInterleaved(db.getData(), db.getOffset(), sm, r, w, h, bands);
        }
        if (directSamples) {
            ImageMode mode = bands == 1 ? ImageMode.L : bands == 2 ? ImageMode.RGBA : bands == 3 ? ImageMode.RGB : ImageMode.RGBA;
            int c = mode.channels();
            byte[] out = new byte[w * h * c];
            int[] row = new int[w * bands];
            int shift = bits == 16 ? 8 : 0;
            for (int y = 0; y < h; y++) {
                r.getPixels(0, y, w, 1, row);
                for (int x = 0; x < w; x++) {
                    if (bands == 2) { // gray + alpha: PIL's LA, taken to RGBA
                        int g = row[x * 2] >> shift;
                        int a = row[x * 2 + 1] >> shift;
                        int o = (y * w + x) * 4;
                        out[o] = (byte) g;
                        out[o + 1] = (byte) g;
                        out[o + 2] = (byte) g;
                        out[o + 3] = (byte) a;
                    } else {
                        for (int k = 0; k < c; k++) {
                            out[(y * w + x) * c + k] = (byte) (row[x * bands + k] >> shift);
                        }
                    }
                }
            }
            return Image.wrap(mode, w, h, out);
        }
        // palettes (GIF, indexed PNG/BMP) and other colour spaces: ARGB from the colour model
        boolean alpha = cm.hasAlpha();
        ImageMode mode = alpha ? ImageMode.RGBA : ImageMode.RGB;
        int c = mode.channels();
        byte[] out = new byte[w * h * c];
        int[] argb = bi.getRGB(0, 0, w, h, null, 0, w);
        for (int p = 0; p < w * h; p++) {
            int v = argb[p];
            out[p * c] = (byte) (v >> 16);
            out[p * c + 1] = (byte) (v >> 8);
            out[p * c + 2] = (byte) v;
            if (alpha) {
                out[p * c + 3] = (byte) (v >>> 24);
            }
        }
        return Image.wrap(mode, w, h, out);
    }
}
