package jtorch.utils.tensorboard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import jtorch.DType;
import jtorch.Tensor;

/**
 * Tensors to 8-bit images as PyTorch's image summary makes them: {@code convert_to_HWC} (one channel repeated
 * to three, a batch tiled by {@code make_grid} eight to a row), values scaled by 255 unless uint8, clipped to
 * [0, 255] and truncated; PNG via {@code javax.imageio}.
 */
final class Images {
    private Images() {
    }

    /** An [H, W, C] uint8 image (C = 3 or 4) as bytes, row-major. */
    record Hwc(int h, int w, int c, byte[] data) {
        BufferedImage toImage() {
            BufferedImage img = new BufferedImage(w, h, c == 4 ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = (y * w + x) * c;
                    int rgb = (data[i] & 255) << 16 | (data[i + 1] & 255) << 8 | (data[i + 2] & 255);
                    if (c == 4) {
                        rgb |= (data[i + 3] & 255) << 24;
                    }
                    img.setRGB(x, y, rgb);
                }
            }
            return img;
        }

        byte[] png() {
            return Images.png(toImage());
        }
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Values as floats scaled to 0..255 (x255 unless uint8), clipped and truncated, in the tensor's order. */
    static int[] toBytes(Tensor t) {
        double scale = t.dtype() == DType.UINT8 ? 1 : 255;
        float[] v = t.toFloatArray();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            float x = (float) (v[i] * scale);
            out[i] = x >= 255 ? 255 : x > 0 ? (int) x : 0;
        }
        return out;
    }

    /**
     * PyTorch's {@code convert_to_HWC(tensor, dataformats)} followed by the uint8 conversion; formats are
     * {@code HW}, {@code CHW}, {@code HWC}, {@code NCHW}, {@code NHWC}.
     */
    static Hwc toHwc(Tensor img, String dataformats) {
        String f = dataformats.toUpperCase();
        if (img.dim() != f.length()) {
            throw new IllegalArgumentException("size of input tensor and input format are different. tensor shape: "
                    + java.util.Arrays.toString(img.sizes()) + ", input_format: " + dataformats);
        }
        switch (f) {
            case "HW" -> {
                return fromHwc(img.unsqueeze(2), true);
            }
            case "CHW" -> {
                return fromHwc(img.permute(1, 2, 0), true);
            }
            case "HWC" -> {
                return fromHwc(img, true);
            }
            case "NCHW", "NHWC" -> {
                Tensor nchw = f.equals("NCHW") ? img : img.permute(0, 3, 1, 2);
                return fromHwc(grid(nchw, 8).permute(1, 2, 0), false);
            }
            default -> throw new IllegalArgumentException("unsupported dataformats " + dataformats
                    + " (HW, CHW, HWC, NCHW or NHWC)");
        }
    }

    private static Hwc fromHwc(Tensor hwc, boolean repeatGray) {
        int h = hwc.size(0);
        int w = hwc.size(1);
        int c = hwc.size(2);
        int[] v = toBytes(hwc.contiguous());
        if (c == 3 || c == 4) {
            byte[] d = new byte[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = (byte) v[i];
            }
            return new Hwc(h, w, c, d);
        }
        if (c == 1 && repeatGray) {
            byte[] d = new byte[v.length * 3];
            for (int i = 0; i < v.length; i++) {
                d[3 * i] = d[3 * i + 1] = d[3 * i + 2] = (byte) v[i];
            }
            return new Hwc(h, w, 3, d);
        }
        throw new IllegalArgumentException("an image needs 1, 3 or 4 channels, got " + c);
    }

    /**
     * PyTorch's tensorboard {@code make_grid(I, ncols)} (not torchvision's): [N, 1 or 3, H, W] tiled without
     * padding into [3, H * rows, W * cols], {@code ncols = min(N, ncols)}.
     */
    static Tensor grid(Tensor nchw, int ncols) {
        if (nchw.dim() != 4 || (nchw.size(1) != 1 && nchw.size(1) != 3)) {
            throw new IllegalArgumentException("expected [N, 1 or 3, H, W] images, got " + java.util.Arrays.toString(nchw.sizes()));
        }
        Tensor i3 = nchw.size(1) == 1 ? nchw.expand(nchw.size(0), 3, nchw.size(2), nchw.size(3)) : nchw;
        int n = i3.size(0);
        int h = i3.size(2);
        int w = i3.size(3);
        int cols = Math.min(n, ncols);
        int rows = (n + cols - 1) / cols;
        Tensor canvas = jtorch.Torch.zeros(jtorch.Torch.options().dtype(nchw.dtype()), 3, h * rows, w * cols);
        for (int i = 0; i < n; i++) {
            int y = i / cols;
            int x = i % cols;
            canvas.narrow(1, y * h, h).narrow(2, x * w, w).copy_(i3.select(0, i));
        }
        return canvas;
    }
}
