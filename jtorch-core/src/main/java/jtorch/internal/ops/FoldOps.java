package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.Torch;

/**
 * Sliding blocks: unfold (PyTorch's im2col: every kernel-sized block of a padded image as a column) and fold
 * (col2im: columns summed back into an image), each the other's gradient. Both are built from strided views
 * of a padded image, one per kernel tap; fold adds the taps in PyTorch's order (row-major over the kernel),
 * so overlapping blocks sum as they do in PyTorch.
 */
public final class FoldOps {
    static final OpDef IM2COL = OpDef.withNode("im2col", "Im2ColBackward0", Saves.NOTHING);
    static final OpDef COL2IM = OpDef.withNode("col2im", "Col2ImBackward0", Saves.NOTHING);

    private FoldOps() {
    }

    /** kernel, dilation, padding and stride as (height, width) pairs. */
    public record Geometry(int[] kernel, int[] dilation, int[] padding, int[] stride) {
        int blocks(int size, int d) {
            return (size + 2 * padding[d] - (dilation[d] * (kernel[d] - 1) + 1)) / stride[d] + 1;
        }
    }

    /**
     * Extracts sliding blocks: {@code (N, C, H, W) -> (N, C kh kw, L)} or, unbatched, {@code (C, H, W) ->
     * (C kh kw, L)}, L the number of block positions. PyTorch: {@code F.unfold(input, kernel_size, dilation,
     * padding, stride)}.
     */
    public static Tensor unfold(Tensor x, Geometry geo) {
        checkGeometry(geo);
        if (x.dim() < 3) {
            Shapes.wrapDim(x.dim(), x.dim()); // PyTorch reads the size of dim ndim first and fails there
        }
        boolean batched = x.dim() == 4;
        if ((x.dim() != 3 && !batched) || hasZeroNonBatchDim(x, batched)) {
            throw new IllegalArgumentException("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and "
                    + "other non-zero dimensions for input, but got: " + Shapes.format(x.sizes()));
        }
        int h = x.size(-2);
        int w = x.size(-1);
        int oh = geo.blocks(h, 0);
        int ow = geo.blocks(w, 1);
        if (oh < 1 || ow < 1) {
            // PyTorch's message repeats the height where the width belongs
            throw new IllegalArgumentException("Given input with spatial size (" + h + ", " + h + "), kernel_size="
                    + pair(geo.kernel()) + ", dilation=" + pair(geo.dilation()) + ", padding=" + pair(geo.padding())
                    + ", calculated shape of the array of sliding blocks as (" + oh + ", " + ow + "), but its "
                    + "components must be at least one.");
        }
        checkFloating(x, "im2col_out_cpu");
        int[] imageSize = {h, w};
        return Dispatch.apply(IM2COL, new Tensor[] {x}, () -> {
            Tensor in = batched ? x : x.unsqueeze(0);
            Tensor cols = im2col(in, geo, oh, ow);
            return batched ? cols : cols.squeeze(0);
        }, (ctx, g) -> new Tensor[] {fold(g[0], imageSize, geo)});
    }

    /**
     * Sums sliding blocks into an image: {@code (N, C kh kw, L) -> (N, C, H, W)} or, unbatched,
     * {@code (C kh kw, L) -> (C, H, W)}, with {@code outputSize = (H, W)}. PyTorch: {@code F.fold(input,
     * output_size, kernel_size, dilation, padding, stride)}.
     */
    public static Tensor fold(Tensor x, int[] outputSize, Geometry geo) {
        checkGeometry(geo);
        boolean batched = x.dim() == 3;
        if ((x.dim() != 2 && !batched) || hasZeroNonBatchDim(x, batched)) {
            throw new IllegalArgumentException("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch "
                    + "size and non-zero dimensions for input, but got: " + Shapes.format(x.sizes()));
        }
        int[] k = geo.kernel();
        int cols = x.size(-2);
        if (cols % (k[0] * k[1]) != 0) {
            throw new IllegalArgumentException("Expected size of input's dimension " + (batched ? 1 : 0)
                    + " to be divisible by the product of kernel_size, but got input.size(" + (batched ? 1 : 0) + ")="
                    + cols + " and kernel_size=" + pair(k) + ".");
        }
        int oh = geo.blocks(outputSize[0], 0);
        int ow = geo.blocks(outputSize[1], 1);
        int blocks = x.size(-1);
        if (oh * ow != blocks) {
            throw new IllegalArgumentException("Given output_size=" + pair(outputSize) + ", kernel_size=" + pair(k)
                    + ", dilation=" + pair(geo.dilation()) + ", padding=" + pair(geo.padding()) + ", stride="
                    + pair(geo.stride()) + ", expected size of input's dimension " + (batched ? 2 : 1) + " to match "
                    + "the calculated number of sliding blocks " + oh + " * " + ow + " = " + oh * ow
                    + ", but got input.size(" + (batched ? 2 : 1) + ")=" + blocks + ".");
        }
        checkFloating(x, "col2im_out_cpu");
        return Dispatch.apply(COL2IM, new Tensor[] {x}, () -> {
            Tensor in = batched ? x : x.unsqueeze(0);
            Tensor image = col2im(in, outputSize, geo, oh, ow);
            return batched ? image : image.squeeze(0);
        }, (ctx, g) -> new Tensor[] {unfold(g[0], geo)});
    }

    // (N, C, H, W) -> (N, C kh kw, oh ow): a strided view (N, C, kh, kw, oh, ow) of the padded image, copied
    private static Tensor im2col(Tensor x, Geometry geo, int oh, int ow) {
        Tensor padded = padded(x, geo);
        int n = padded.size(0);
        int c = padded.size(1);
        int hp = padded.size(2);
        int wp = padded.size(3);
        int[] k = geo.kernel();
        int[] d = geo.dilation();
        int[] s = geo.stride();
        Tensor blocks = padded.asStrided(new int[] {n, c, k[0], k[1], oh, ow},
                new int[] {c * hp * wp, hp * wp, d[0] * wp, d[1], s[0] * wp, s[1]}, padded.storageOffset());
        return blocks.contiguous().view(n, c * k[0] * k[1], oh * ow);
    }

    // (N, C kh kw, oh ow) -> (N, C, H, W): each tap's (N, C, oh, ow) plane added onto its strided view of a
    // zero padded image, taps in row-major kernel order, then the padding cut off
    private static Tensor col2im(Tensor x, int[] outputSize, Geometry geo, int oh, int ow) {
        int[] k = geo.kernel();
        int[] d = geo.dilation();
        int[] s = geo.stride();
        int[] p = geo.padding();
        int n = x.size(0);
        int c = x.size(1) / (k[0] * k[1]);
        int hp = outputSize[0] + 2 * p[0];
        int wp = outputSize[1] + 2 * p[1];
        Tensor image = Operands.zeros(Torch.options().dtype(x.dtype()).device(x.device()), n, c, hp, wp);
        Tensor taps = x.reshape(n, c, k[0], k[1], oh, ow);
        int[] tapShape = {n, c, oh, ow};
        int[] tapStride = {c * hp * wp, hp * wp, s[0] * wp, s[1]};
        for (int i = 0; i < k[0]; i++) {
            for (int j = 0; j < k[1]; j++) {
                image.asStrided(tapShape, tapStride, i * d[0] * wp + j * d[1]).add_(taps.select(2, i).select(2, j));
            }
        }
        return image.narrow(2, p[0], outputSize[0]).narrow(3, p[1], outputSize[1]).contiguous();
    }

    private static Tensor padded(Tensor x, Geometry geo) {
        int[] p = geo.padding();
        Tensor padded = p[0] == 0 && p[1] == 0 ? x : PadOps.constantPad(x, new int[] {p[1], p[1], p[0], p[0]}, 0);
        return padded.contiguous();
    }

    private static void checkGeometry(Geometry geo) {
        int[] k = geo.kernel();
        int[] s = geo.stride();
        int[] d = geo.dilation();
        int[] p = geo.padding();
        if (k[0] <= 0 || k[1] <= 0) {
            throw new IllegalArgumentException("kernel size should be greater than zero, but got kernel_height: " + k[0]
                    + " kernel_width: " + k[1]);
        }
        if (s[0] <= 0 || s[1] <= 0) {
            throw new IllegalArgumentException("stride should be greater than zero, but got stride_height: " + s[0]
                    + " stride_width: " + s[1]);
        }
        if (d[0] <= 0 || d[1] <= 0) {
            throw new IllegalArgumentException("dilation should be greater than zero, but got dilation_height: " + d[0]
                    + " dilation_width: " + d[1]);
        }
        if (p[0] < 0 || p[1] < 0) {
            throw new IllegalArgumentException("padding should be non-negative, but got pad_height: " + p[0]
                    + " pad_width: " + p[1]);
        }
    }

    private static boolean hasZeroNonBatchDim(Tensor x, boolean batched) {
        for (int i = batched ? 1 : 0; i < x.dim(); i++) {
            if (x.size(i) == 0) {
                return true;
            }
        }
        return false;
    }

    // im2col and col2im have CPU kernels for the floating dtypes only
    private static void checkFloating(Tensor x, String kernel) {
        if (!x.dtype().isFloatingPoint()) {
            throw PointwiseOps.notImplemented(kernel, x.dtype());
        }
    }

    private static String pair(int[] v) {
        return "(" + v[0] + ", " + v[1] + ")";
    }
}
