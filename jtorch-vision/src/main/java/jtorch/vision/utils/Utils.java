package jtorch.vision.utils;

import java.nio.file.Path;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.io.Image;

/**
 * Image grids, saving and drawing. torchvision: {@code torchvision.utils} ({@code make_grid}, {@code save_image},
 * {@code draw_bounding_boxes}, {@code draw_segmentation_masks}).
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

    /** Keyword arguments of {@link #drawBoundingBoxes(Tensor, Tensor, BoxOptions)}. */
    public static final class BoxOptions {
        private List<String> labels;
        private List<Color> colors;
        private Color color;
        private boolean fill;
        private int width = 1;
        private Path font;
        private Integer fontSize;

        private BoxOptions() {
        }

        /** {@code labels=}: one text per box, drawn at its top-left corner inside the outline. */
        public BoxOptions labels(List<String> v) {
            labels = List.copyOf(v);
            return this;
        }

        /** {@code colors=[...]}: one colour per box (at least as many as boxes). */
        public BoxOptions colors(List<Color> v) {
            colors = List.copyOf(v);
            color = null;
            return this;
        }

        /** {@code colors=["red", "#FF00FF", ...]}: Pillow colour strings, one per box. */
        public BoxOptions colors(String... v) {
            return colors(java.util.Arrays.stream(v).map(Color::of).toList());
        }

        /** {@code colors=(r, g, b)} or {@code colors="red"}: one colour for every box. */
        public BoxOptions color(Color v) {
            color = v;
            colors = null;
            return this;
        }

        /** {@code fill=}: also fill each box with its colour at alpha 100/255. */
        public BoxOptions fill(boolean v) {
            fill = v;
            return this;
        }

        /** {@code width=}: the outline's width in pixels (default 1), drawn inwards. */
        public BoxOptions width(int v) {
            width = v;
            return this;
        }

        /** {@code font=}: a TrueType font file for the labels. */
        public BoxOptions font(Path v) {
            font = v;
            return this;
        }

        /** {@code font_size=}: the labels' size in pixels with {@link #font} (default 10). */
        public BoxOptions fontSize(int v) {
            fontSize = v;
            return this;
        }
    }

    /** Default options: 1-pixel outlines in torchvision's palette, no fill, no labels. */
    public static BoxOptions boxOptions() {
        return new BoxOptions();
    }

    /** torchvision: {@code draw_bounding_boxes(image, boxes)}. */
    public static Tensor drawBoundingBoxes(Tensor image, Tensor boxes) {
        return drawBoundingBoxes(image, boxes, boxOptions());
    }

    /**
     * Draws boxes {@code [N, 4]} ({@code (xmin, ymin, xmax, ymax)} in pixels, truncated to integers) on a uint8
     * image {@code [1 or 3, H, W]} and returns the RGB result {@code [3, H, W]} (a one-channel image is repeated).
     * Outlines, fills and their clipping are Pillow 9's {@code ImageDraw.rectangle} pixel for pixel (a fill blends
     * the colour at alpha 100 with Pillow's integer arithmetic). Labels are approximated: Java2D draws them (a
     * 10-pixel monospaced font unless {@code font} is given) where Pillow's default bitmap font would, so the
     * text's pixels differ from torchvision's. torchvision: {@code draw_bounding_boxes(image, boxes, labels=None,
     * colors=None, fill=False, width=1, font=None, font_size=None)}.
     *
     * @throws IllegalArgumentException with torchvision's messages for a non-uint8 image, a batch, other channel
     *         counts, boxes not in xyxy order, and too few labels or colours
     */
    public static Tensor drawBoundingBoxes(Tensor image, Tensor boxes, BoxOptions o) {
        if (image.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("Tensor uint8 expected, got torch." + image.dtype().name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        if (image.dim() != 3) {
            throw new IllegalArgumentException("Pass individual images, not batches");
        }
        if (image.size(0) != 1 && image.size(0) != 3) {
            throw new IllegalArgumentException("Only grayscale and RGB images are supported");
        }
        double[] b = boxes.to(DType.FLOAT64).contiguous().toDoubleArray();
        int n = boxes.size(0);
        for (int i = 0; i < n; i++) {
            if (b[4 * i] > b[4 * i + 2] || b[4 * i + 1] > b[4 * i + 3]) {
                throw new IllegalArgumentException("Boxes need to be in (xmin, ymin, xmax, ymax) format. Use "
                        + "torchvision.ops.box_convert to convert them");
            }
        }
        if (n == 0) {
            System.err.println("UserWarning: boxes doesn't contain any box. No box was drawn");
            return image;
        }
        if (o.labels != null && o.labels.size() != n) {
            throw new IllegalArgumentException("Number of boxes (" + n + ") and labels (" + o.labels.size()
                    + ") mismatch. Please specify labels for each box.");
        }
        if (o.colors != null && o.colors.size() < n) {
            throw new IllegalArgumentException("Number of colors (" + o.colors.size() + ") is less than number of boxes ("
                    + n + "). ");
        }
        Tensor rgb = image.size(0) == 1 ? image.expand(3, image.size(1), image.size(2)) : image;
        Drawing d = new Drawing(rgb.to(DType.INT32).contiguous().toIntArray(), image.size(1), image.size(2));
        long[] ib = boxes.to(DType.INT64).contiguous().toLongArray();
        for (int i = 0; i < n; i++) {
            Color c = o.colors != null ? o.colors.get(i) : o.color != null ? o.color : Color.palette(i);
            int x0 = (int) ib[4 * i];
            int y0 = (int) ib[4 * i + 1];
            int x1 = (int) ib[4 * i + 2];
            int y1 = (int) ib[4 * i + 3];
            if (o.fill) {
                d.fillRectangle(x0, y0, x1, y1, c, 100);
            }
            if (o.width != 0) {
                d.outlineRectangle(x0, y0, x1, y1, c, o.width);
            }
            if (o.labels != null) {
                int margin = o.width + 1;
                d.text(x0 + margin, y0 + margin, o.labels.get(i), c, o.font, o.fontSize);
            }
        }
        return Torch.fromArray(d.px, 3, d.height, d.width).to(DType.UINT8);
    }

    /** Alpha 0.8, torchvision's palette. torchvision: {@code draw_segmentation_masks(image, masks)}. */
    public static Tensor drawSegmentationMasks(Tensor image, Tensor masks) {
        return drawSegmentationMasks(image, masks, 0.8, (List<Color>) null);
    }

    /**
     * With one colour: as torchvision 0.14, which pairs the masks with {@code [colors]}, only the first mask is
     * painted. torchvision: {@code draw_segmentation_masks(image, masks, alpha, colors=(r, g, b))} (or a colour
     * string).
     */
    public static Tensor drawSegmentationMasks(Tensor image, Tensor masks, double alpha, Color color) {
        Tensor m = masks.dim() == 2 ? masks.unsqueeze(0) : masks;
        return drawSegmentationMasks(image, m.dim() == 3 && m.size(0) > 1 ? m.narrow(0, 0, 1) : masks, alpha,
                List.of(color));
    }

    /**
     * Overlays boolean masks {@code [N, H, W]} (or one {@code [H, W]}) on a uint8 RGB image {@code [3, H, W]}:
     * each mask's pixels take its colour (later masks over earlier ones), and the result is
     * {@code image * (1 - alpha) + painted * alpha} in float32, truncated to uint8. {@code colors} may be null
     * (torchvision's palette) or hold at least one colour per mask. torchvision:
     * {@code draw_segmentation_masks(image, masks, alpha=0.8, colors=None)} with a list of colours.
     *
     * @throws IllegalArgumentException with torchvision's messages for a bad image, mask rank, dtype or size, or
     *         fewer colours than masks
     */
    public static Tensor drawSegmentationMasks(Tensor image, Tensor masks, double alpha, List<Color> colors) {
        if (image.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("The image dtype must be uint8, got torch." + image.dtype().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        if (image.dim() != 3) {
            throw new IllegalArgumentException("Pass individual images, not batches");
        }
        if (image.size(0) != 3) {
            throw new IllegalArgumentException("Pass an RGB image. Other Image formats are not supported");
        }
        Tensor m = masks.dim() == 2 ? masks.unsqueeze(0) : masks;
        if (m.dim() != 3) {
            throw new IllegalArgumentException("masks must be of shape (H, W) or (batch_size, H, W)");
        }
        if (m.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("The masks must be of dtype bool. Got torch." + m.dtype().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        if (m.size(1) != image.size(1) || m.size(2) != image.size(2)) {
            throw new IllegalArgumentException("The image and the masks must have the same height and width");
        }
        int n = m.size(0);
        if (colors != null && n > colors.size()) {
            throw new IllegalArgumentException("There are more masks (" + n + ") than colors (" + colors.size() + ")");
        }
        if (n == 0) {
            System.err.println("UserWarning: masks doesn't contain any mask. No mask was drawn");
            return image;
        }
        Tensor painted = image.clone();
        for (int i = 0; i < n; i++) {
            Color c = colors == null ? Color.palette(i) : colors.get(i);
            Tensor color = Torch.fromArray(new long[] {c.r(), c.g(), c.b()}, 3, 1, 1).to(DType.UINT8);
            Tensor mask = m.select(0, i).unsqueeze(0).expand(image.sizes());
            painted = Torch.where(mask, color.expand(image.sizes()), painted);
        }
        return image.mul(1 - alpha).add(painted.mul(alpha)).to(DType.UINT8);
    }
}
