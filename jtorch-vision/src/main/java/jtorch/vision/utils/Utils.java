package jtorch.vision.utils;

import java.nio.file.Path;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.io.Image;

/**
 * Image grids and saving. torchvision: {@code torchvision.utils} ({@code make_grid}, {@code save_image}).
 */
public final class Utils {
    private Utils() {
    }

    /** Keyword arguments of {@link #makeGrid(Tensor, GridOptions)} and {@link #saveImage(Tensor, Path, GridOptions)}. */
    public static final class GridOptions {
        private int nrow = 8;
        private int padding = 2;
        private boolean normalize;
        private double[] valueRange;
        private boolean scaleEach;
        private double padValue;

        private GridOptions() {
        }

        /** {@code nrow=}: images per row (default 8). */
        public GridOptions nrow(int v) {
            nrow = v;
            return this;
        }

        /** {@code padding=}: pixels between and around the images (default 2). */
        public GridOptions padding(int v) {
            padding = v;
            return this;
        }

        /** {@code normalize=}: shift and scale to [0, 1] by the value range (default the min and max). */
        public GridOptions normalize(boolean v) {
            normalize = v;
            return this;
        }

        /** {@code value_range=(low, high)}: the range mapped to [0, 1] when normalizing. */
        public GridOptions valueRange(double low, double high) {
            valueRange = new double[] {low, high};
            return this;
        }

        /**
         * torchvision's deprecated {@code range=} (the seed's name): as {@link #valueRange}, with torchvision
         * 0.14's warning.
         */
        @Deprecated
        public GridOptions range(double low, double high) {
            System.err.println("UserWarning: The parameter 'range' is deprecated since 0.12 and will be removed in 0.14. "
                    + "Please use 'value_range' instead.");
            return valueRange(low, high);
        }

        /** {@code scale_each=}: normalize each image by its own range. */
        public GridOptions scaleEach(boolean v) {
            scaleEach = v;
            return this;
        }

        /** {@code pad_value=}: the padding's value (default 0). */
        public GridOptions padValue(double v) {
            padValue = v;
            return this;
        }
    }

    /** Default options. */
    public static GridOptions gridOptions() {
        return new GridOptions();
    }

    /** torchvision: {@code make_grid(tensor)}. */
    public static Tensor makeGrid(Tensor tensor) {
        return makeGrid(tensor, gridOptions());
    }

    /** torchvision: {@code make_grid([t1, t2, ...], ...)}: the images are stacked first. */
    public static Tensor makeGrid(List<Tensor> tensors, GridOptions o) {
        return makeGrid(Torch.stack(tensors, 0), o);
    }

    /**
     * Lays out a batch {@code [B, C, H, W]} (or one image {@code [C, H, W]} / {@code [H, W]}) in a grid of
     * {@code nrow} columns, one-channel images repeated to three channels. torchvision:
     * {@code make_grid(tensor, nrow=8, padding=2, normalize=False, value_range=None, scale_each=False, pad_value=0.0)}.
     */
    public static Tensor makeGrid(Tensor tensor, GridOptions o) {
        if (tensor.dim() == 2) {
            tensor = tensor.unsqueeze(0);
        }
        if (tensor.dim() == 3) {
            if (tensor.size(0) == 1) {
                tensor = Torch.cat(List.of(tensor, tensor, tensor), 0);
            }
            tensor = tensor.unsqueeze(0);
        }
        if (tensor.dim() == 4 && tensor.size(1) == 1) {
            tensor = Torch.cat(List.of(tensor, tensor, tensor), 1);
        }
        if (o.normalize) {
            tensor = tensor.clone();
            if (o.scaleEach) {
                for (int i = 0; i < tensor.size(0); i++) {
                    normRange(tensor.select(0, i), o.valueRange);
                }
            } else {
                normRange(tensor, o.valueRange);
            }
        }
        if (tensor.size(0) == 1) {
            return tensor.squeeze(0);
        }
        int nmaps = tensor.size(0);
        int xmaps = Math.min(o.nrow, nmaps);
        int ymaps = (int) Math.ceil((double) nmaps / xmaps);
        int height = tensor.size(2) + o.padding;
        int width = tensor.size(3) + o.padding;
        int c = tensor.size(1);
        Tensor grid = Torch.full(new int[] {c, height * ymaps + o.padding, width * xmaps + o.padding}, o.padValue)
                .to(tensor.dtype());
        int k = 0;
        for (int y = 0; y < ymaps; y++) {
            for (int x = 0; x < xmaps; x++) {
                if (k >= nmaps) {
                    break;
                }
                grid.narrow(1, y * height + o.padding, height - o.padding)
                        .narrow(2, x * width + o.padding, width - o.padding).copy_(tensor.select(0, k));
                k++;
            }
        }
        return grid;
    }

    private static void normRange(Tensor t, double[] range) {
        double low = range != null ? range[0] : t.min().item();
        double high = range != null ? range[1] : t.max().item();
        t.clamp_(low, high);
        t.sub_(low).div_(Math.max(high - low, 1e-5));
    }

    /**
     * The grid as 8-bit pixels: {@code grid.mul(255).add_(0.5).clamp_(0, 255)} truncated to uint8, what
     * {@code save_image} writes.
     */
    public static Tensor toImageBytes(Tensor grid) {
        return grid.mul(255).add_(0.5).clamp_(0.0, 255.0).to(DType.UINT8);
    }

    /** torchvision: {@code save_image(tensor, fp)}. */
    public static void saveImage(Tensor tensor, Path fp) {
        saveImage(tensor, fp, gridOptions());
    }

    /**
     * Writes the grid of {@code tensor} (float values in [0, 1]) as an image file, the format from the
     * extension (png, jpg, bmp, gif). torchvision: {@code save_image(tensor, fp, **make_grid_kwargs)}.
     */
    public static void saveImage(Tensor tensor, Path fp, GridOptions o) {
        Image.fromTensor(toImageBytes(makeGrid(tensor, o))).save(fp);
    }
}
