package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.Torch;

/**
 * Spatial sampling grids: PyTorch's {@code affine_grid_generator} (node {@code AffineGridGeneratorBackward0}),
 * the grid of normalised [-1, 1] coordinates of every output pixel (or voxel) mapped through a batch of affine
 * matrices. The grid is the product of a constant base grid (x, y[, z], 1 per position) with θᵀ, so θ's gradient
 * is the base grid's transpose times the grid's gradient, itself differentiable.
 */
public final class SamplingOps {
    static final OpDef AFFINE_GRID_GENERATOR = OpDef.withNode("affine_grid_generator", "AffineGridGeneratorBackward0",
            Saves.NOTHING);

    private SamplingOps() {
    }

    /**
     * The [N, H, W, 2] (or [N, D, H, W, 3]) sampling grid of the affine matrices {@code theta} ([N, 2, 3] or
     * [N, 3, 4]) for an output of {@code size} ([N, C, H, W] or [N, C, D, H, W]), with F.affine_grid's checks and
     * messages. PyTorch: {@code F.affine_grid(theta, size, align_corners)}.
     */
    public static Tensor affineGrid(Tensor theta, int[] size, boolean alignCorners) {
        if (!theta.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("Expected theta to have floating point type, but got "
                    + theta.dtype());
        }
        int spatial = size.length - 2;
        if (spatial == 2 || spatial == 3) {
            if (theta.dim() != 3 || theta.size(-2) != spatial || theta.size(-1) != spatial + 1) {
                throw new IllegalArgumentException("Expected a batch of " + spatial + "D affine matrices of shape Nx"
                        + spatial + "x" + (spatial + 1) + " for size " + Shapes.format(size) + ". Got torch.Size("
                        + Shapes.format(theta.sizes()) + ").");
            }
        } else {
            throw new UnsupportedOperationException("affine_grid only supports 4D and 5D sizes, for 2D and 3D affine "
                    + "transforms, respectively. Got size " + Shapes.format(size) + ".");
        }
        for (int s : size) {
            if (s <= 0) {
                throw new IllegalArgumentException("Expected non-zero, positive output size. Got "
                        + Shapes.format(size));
            }
        }
        if (theta.size(0) != size[0]) {
            // bmm's check in PyTorch's generator
            throw new IllegalArgumentException("Expected size for first two dimensions of batch2 tensor to be: ["
                    + size[0] + ", " + (spatial + 1) + "] but got: [" + theta.size(0) + ", " + (spatial + 1) + "].");
        }
        int n = size[0];
        int positions = Shapes.numel(java.util.Arrays.copyOfRange(size, 2, size.length));
        int[] gridShape = new int[spatial + 2];
        gridShape[0] = n;
        System.arraycopy(size, 2, gridShape, 1, spatial);
        gridShape[spatial + 1] = spatial;
        return Dispatch.apply(AFFINE_GRID_GENERATOR, new Tensor[] {theta}, () -> baseGrid(theta, size, alignCorners)
                .view(n, positions, spatial + 1).bmm(theta.transpose(1, 2)).view(gridShape),
                (ctx, g) -> new Tensor[] {baseGrid(g[0], size, alignCorners).view(n, positions, spatial + 1)
                        .transpose(1, 2).bmm(g[0].reshape(n, positions, spatial)).transpose(1, 2)});
    }

    // PyTorch's make_base_grid_4D/5D: [N, (D,) H, W, spatial + 1] of (x, y[, z], 1) in like's dtype
    private static Tensor baseGrid(Tensor like, int[] size, boolean alignCorners) {
        int spatial = size.length - 2;
        int[] shape = new int[spatial + 2];
        shape[0] = size[0];
        System.arraycopy(size, 2, shape, 1, spatial);
        shape[spatial + 1] = spatial + 1;
        Tensor base = Torch.empty(Torch.options().dtype(like.dtype()).device(like.device()), shape);
        for (int axis = 0; axis < spatial; axis++) {
            // coordinate `axis` (x, y, z) runs along size dim (last - axis)
            Tensor range = linspaceFromNegOne(like, size[size.length - 1 - axis], alignCorners);
            for (int k = 0; k < axis; k++) {
                range = range.unsqueeze(-1);
            }
            base.select(-1, axis).copy_(range);
        }
        base.select(-1, spatial).fill_(1);
        return base;
    }

    // PyTorch's linspace_from_neg_one: -1..1 (a single 0 for one step), shrunk by (n-1)/n without align_corners
    private static Tensor linspaceFromNegOne(Tensor like, int steps, boolean alignCorners) {
        if (steps <= 1) {
            return Torch.zeros(Torch.options().dtype(like.dtype()).device(like.device()));
        }
        Tensor range = Torch.linspace(Torch.options().dtype(like.dtype()).device(like.device()), -1, 1, steps);
        return alignCorners ? range : range.mul(steps - 1).div(steps);
    }
}
