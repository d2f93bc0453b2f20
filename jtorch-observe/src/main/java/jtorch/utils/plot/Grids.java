package jtorch.utils.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * The seed's weight and feature-map pictures (003, 卷积核可视化 / 特征图可视化): convolution kernels and feature maps
 * laid out by torchvision's {@code make_grid(..., normalize=True, scale_each=True)}, each kernel or map stretched
 * to [0, 1] by its own minimum and maximum. The grids go to {@code SummaryWriter.addImage} as the seed does, or to
 * a PNG file. jtorch-observe does not depend on jtorch-vision, so the grid is laid out here (the same layout as
 * {@code jtorch.vision.utils.Utils.makeGrid}, without its {@code value_range}).
 */
public final class Grids {
    private Grids() {
    }

    /**
     * A batch {@code [B, C, H, W]} (or one image {@code [C, H, W]} / {@code [H, W]}) tiled {@code nrow} to a row with
     * {@code padding} pixels of {@code padValue} between and around the images; one-channel images become three
     * channels. With {@code normalize} the values are stretched to [0, 1] by the batch's minimum and maximum, or
     * with {@code scaleEach} by each image's own. torchvision: {@code make_grid(tensor, nrow=8, padding=2,
     * normalize=False, scale_each=False, pad_value=0)}.
     */
    public static Tensor makeGrid(Tensor tensor, int nrow, int padding, boolean normalize, boolean scaleEach,
                                  double padValue) {
        if (tensor.dim() < 2 || tensor.dim() > 4) {
            throw new IllegalArgumentException("make_grid takes [B, C, H, W], [C, H, W] or [H, W] images, got shape "
                    + Arrays.toString(tensor.sizes()));
        }
        if (tensor.dim() == 2) {
            tensor = tensor.unsqueeze(0);
        }
        if (tensor.dim() == 3) {
            if (tensor.size(0) == 1) {
                tensor = Torch.cat(List.of(tensor, tensor, tensor), 0);
            }
            tensor = tensor.unsqueeze(0);
        }
        if (tensor.size(1) == 1) {
            tensor = Torch.cat(List.of(tensor, tensor, tensor), 1);
        }
        if (normalize) {
            tensor = tensor.clone();
            if (scaleEach) {
                for (int i = 0; i < tensor.size(0); i++) {
                    stretch(tensor.select(0, i));
                }
            } else {
                stretch(tensor);
            }
        }
        if (tensor.size(0) == 1) {
            return tensor.squeeze(0);
        }
        int n = tensor.size(0);
        int cols = Math.min(nrow, n);
        int rows = (n + cols - 1) / cols;
        int h = tensor.size(2) + padding;
        int w = tensor.size(3) + padding;
        Tensor grid = Torch.full(new int[] {tensor.size(1), h * rows + padding, w * cols + padding}, padValue)
                .to(tensor.dtype());
        for (int k = 0; k < n; k++) {
            grid.narrow(1, k / cols * h + padding, h - padding).narrow(2, k % cols * w + padding, w - padding)
                    .copy_(tensor.select(0, k));
        }
        return grid;
    }

    /** torchvision's {@code norm_ip}: clamp to [min, max], then {@code (x - min) / max(max - min, 1e-5)} in place. */
    private static void stretch(Tensor t) {
        double low = t.min().item();
        double high = t.max().item();
        t.clamp_(low, high);
        t.sub_(low).div_(Math.max(high - low, 1e-5));
    }

    /**
     * The kernels that make output channel {@code outChannel} of a convolution weight {@code [Cout, Cin, KH, KW]},
     * one per input channel in a row, each stretched by its own range — the seed's {@code <name>_split_in_channel}
     * image: {@code make_grid(w[j].unsqueeze(1), normalize=True, scale_each=True, nrow=Cin)}.
     */
    public static Tensor kernels(Tensor weight, int outChannel) {
        checkWeight(weight);
        if (outChannel < 0 || outChannel >= weight.size(0)) {
            throw new IndexOutOfBoundsException("output channel " + outChannel + " of a weight with " + weight.size(0));
        }
        return makeGrid(weight.select(0, outChannel).unsqueeze(1), weight.size(1), 2, true, true, 0);
    }

    /**
     * Every kernel of a convolution weight {@code [Cout, Cin, KH, KW]}, a row per output channel — the seed's
     * {@code <name>_all} image: {@code make_grid(w.view(-1, 1, KH, KW), normalize=True, scale_each=True, nrow=Cin)}.
     */
    public static Tensor kernels(Tensor weight) {
        checkWeight(weight);
        return makeGrid(weight.reshape(-1, 1, weight.size(2), weight.size(3)), weight.size(1), 2, true, true, 0);
    }

    private static void checkWeight(Tensor weight) {
        if (weight.dim() != 4) {
            throw new IllegalArgumentException("expected a convolution weight [Cout, Cin, KH, KW], got shape "
                    + Arrays.toString(weight.sizes()));
        }
    }

    /**
     * The channels of one image's feature maps {@code [1, C, H, W]}, {@code nrow} to a row, each stretched by its
     * own range — the seed's {@code <layer>_feature_maps} image:
     * {@code make_grid(x.transpose(0, 1), normalize=True, scale_each=True, nrow=nrow)}.
     */
    public static Tensor featureMaps(Tensor maps, int nrow) {
        if (maps.dim() != 4 || maps.size(0) != 1) {
            throw new IllegalArgumentException("expected the feature maps of one image [1, C, H, W], got shape "
                    + Arrays.toString(maps.sizes()));
        }
        return makeGrid(maps.transpose(0, 1), nrow, 2, true, true, 0);
    }

    /**
     * Writes a grid {@code [3, H, W]} (values in [0, 1]) as an RGB PNG, pixels {@code x * 255 + 0.5} clamped to
     * [0, 255] and truncated as torchvision's {@code save_image(tensor, fp)} makes them; returns the path.
     */
    public static Path save(Tensor grid, Path png) {
        if (grid.dim() != 3 || grid.size(0) != 3) {
            throw new IllegalArgumentException("expected a grid [3, H, W], got shape " + Arrays.toString(grid.sizes()));
        }
        int h = grid.size(1);
        int w = grid.size(2);
        float[] v = grid.contiguous().toFloatArray();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    float s = v[(c * h + y) * w + x] * 255f + 0.5f;
                    rgb = rgb << 8 | (s >= 255 ? 255 : s > 0 ? (int) s : 0);
                }
                img.setRGB(x, y, rgb);
            }
        }
        try {
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            ImageIO.write(img, "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }
}
