package jtorch.utils.tensorboard;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import jtorch.DType;
import jtorch.Tensor;

/**
 * PyTorch's video summary: {@code _prepare_video} (the batch tiled into each frame) and the frames as an
 * animated GIF that loops forever, which TensorBoard's image dashboard plays. PyTorch has moviepy write the GIF;
 * here the JDK's GIF writer does, with a palette of the frame's exact colours when it has at most 256 of them
 * and the writer's own colour reduction otherwise.
 */
final class Videos {
    private Videos() {
    }

    /** [T, H', W', C] 8-bit frames. */
    record Frames(int t, int h, int w, int c, int[] data) {
        int at(int frame, int y, int x, int ch) {
            return data[((frame * h + y) * w + x) * c + ch];
        }
    }

    /**
     * PyTorch's {@code _prepare_video} and the uint8 conversion of {@code summary.video}: the batch padded with
     * black videos to a power of two, laid out {@code 2^((bits(N) - 1) / 2)} rows high; uint8 values kept
     * (PyTorch's float32 {@code v / 255 * 255} gives every byte back), float values times 255 in float32, clipped
     * and truncated.
     */
    static Frames prepare(Tensor vid) {
        if (vid.dim() != 5) {
            throw new IllegalArgumentException("vid_tensor must be [N, T, C, H, W], got shape " + Arrays.toString(vid.sizes()));
        }
        int b = vid.size(0);
        int t = vid.size(1);
        int c = vid.size(2);
        int h = vid.size(3);
        int w = vid.size(4);
        if (c != 1 && c != 3 && c != 4) {
            throw new IllegalArgumentException("a video frame needs 1, 3 or 4 channels, got " + c + " in shape "
                    + Arrays.toString(vid.sizes()));
        }
        boolean uint8 = vid.dtype() == DType.UINT8;
        float[] v = vid.contiguous().toFloatArray();
        int padded = Integer.bitCount(b) == 1 ? b : Integer.highestOneBit(b) << 1;
        int rows = 1 << ((32 - Integer.numberOfLeadingZeros(b) - 1) / 2);
        int cols = padded / rows;
        int fh = rows * h;
        int fw = cols * w;
        int[] out = new int[t * fh * fw * c];
        for (int n = 0; n < b; n++) {
            int r = n / cols;
            int col = n % cols;
            for (int f = 0; f < t; f++) {
                for (int ch = 0; ch < c; ch++) {
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            float s = v[(((n * t + f) * c + ch) * h + y) * w + x];
                            float scaled = uint8 ? s : s * 255f;
                            out[((f * fh + r * h + y) * fw + col * w + x) * c + ch] =
                                    scaled >= 255 ? 255 : scaled > 0 ? (int) scaled : 0;
                        }
                    }
                }
            }
        }
        return new Frames(t, fh, fw, c, out);
    }

    /** The frames as a GIF, {@code 100 / fps} hundredths of a second each, looping forever (NETSCAPE2.0). */
    static byte[] gif(Frames f, double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            ImageWriteParam param = writer.getDefaultWriteParam();
            int delay = (int) Math.round(100 / fps);
            for (int i = 0; i < f.t(); i++) {
                BufferedImage img = frame(f, i);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
                annotate(meta, delay, i == 0);
                writer.writeToSequence(new IIOImage(img, null, meta), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the video as a GIF", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** One frame as RGB (alpha dropped: GIF has only one transparent index), indexed when it has <= 256 colours. */
    private static BufferedImage frame(Frames f, int i) {
        int[] rgb = new int[f.h() * f.w()];
        for (int y = 0; y < f.h(); y++) {
            for (int x = 0; x < f.w(); x++) {
                int r = f.at(i, y, x, 0);
                rgb[y * f.w() + x] = f.c() == 1 ? r << 16 | r << 8 | r : r << 16 | f.at(i, y, x, 1) << 8 | f.at(i, y, x, 2);
            }
        }
        Map<Integer, Integer> palette = new LinkedHashMap<>();
        for (int p : rgb) {
            if (palette.size() > 256) {
                break;
            }
            palette.putIfAbsent(p, palette.size());
        }
        BufferedImage img;
        if (palette.size() <= 256) {
            int n = Math.max(2, palette.size());
            byte[] r = new byte[n];
            byte[] g = new byte[n];
            byte[] b = new byte[n];
            palette.forEach((p, k) -> {
                r[k] = (byte) (p >> 16);
                g[k] = (byte) (p >> 8);
                b[k] = (byte) p.intValue();
            });
            int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
            img = new BufferedImage(f.w(), f.h(), BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(bits, n, r, g, b));
            for (int k = 0; k < rgb.length; k++) {
                img.getRaster().setSample(k % f.w(), k / f.w(), 0, palette.get(rgb[k]));
            }
        } else {
            img = new BufferedImage(f.w(), f.h(), BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, f.w(), f.h(), rgb, 0, f.w());
        }
        return img;
    }

    private static void annotate(IIOMetadata meta, int delay, boolean first) throws IIOInvalidTreeException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delay));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, forever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        parent.appendChild(n);
        return n;
    }
}
