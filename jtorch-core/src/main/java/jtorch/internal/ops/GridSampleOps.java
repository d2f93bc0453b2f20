package jtorch.internal.ops;

import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Autograd;
import jtorch.autograd.GradMode;

/**
 * F.grid_sample: PyTorch's {@code grid_sampler_2d} / {@code grid_sampler_3d} (nodes {@code GridSampler2DBackward0},
 * {@code GridSampler3DBackward0}), sampling [N, C, H, W] (or [N, C, D, H, W]) input at the normalised [-1, 1]
 * locations of an [N, H', W', 2] (or [N, D', H', W', 3]) grid, bilinearly (trilinearly), at the nearest pixel or
 * bicubically (2-D only), with zeros, border or reflection padding.
 *
 * <p>The sampler is a composition of differentiable ops: source coordinates from the grid (unnormalise, pad by
 * clipping or reflecting), the input's values at the integer taps around them by {@code gather} (taps outside
 * the input read zero), weighted by the interpolation polynomials. The forward runs with autograd off; the
 * backward reruns that composition with autograd on and differentiates it, which gives both gradients (the
 * input's a scatter-add of the weights, the grid's the weights' derivatives) without a second hand-written
 * formula. The arithmetic follows PyTorch 1.13's CPU kernels: the vectorised 2-D kernel's unnormalisation and
 * its clipping (NaN coordinates clip to 0, so NaN in the grid means -1), the scalar 3-D kernel's formulas and
 * its treatment of non-finite coordinates (moved to -100, outside the input). As in PyTorch, the gradient
 * itself is not differentiable.
 */
public final class GridSampleOps {
    static final OpDef GRID_SAMPLER_2D = OpDef.withNode("grid_sampler_2d", "GridSampler2DBackward0",
            Saves.inputs(0, 1));
    static final OpDef GRID_SAMPLER_3D = OpDef.withNode("grid_sampler_3d", "GridSampler3DBackward0",
            Saves.inputs(0, 1));
    static final OpDef GRID_SAMPLER_2D_BACKWARD = OpDef.withNode("grid_sampler_2d_backward", "NotImplemented",
            Saves.NOTHING);
    static final OpDef GRID_SAMPLER_3D_BACKWARD = OpDef.withNode("grid_sampler_3d_backward", "NotImplemented",
            Saves.NOTHING);

    private static final int BILINEAR = 0;
    private static final int NEAREST = 1;
    private static final int BICUBIC = 2;
    private static final int ZEROS = 0;
    private static final int BORDER = 1;
    private static final int REFLECTION = 2;
    // bicubic's cubic convolution constant (PyTorch's and OpenCV's)
    private static final double A = -0.75;

    private GridSampleOps() {
    }

    /**
     * Samples {@code input} at {@code grid}'s locations. PyTorch:
     * {@code F.grid_sample(input, grid, mode='bilinear', padding_mode='zeros', align_corners=None)}.
     */
    public static Tensor gridSample(Tensor input, Tensor grid, String mode, String paddingMode,
                                    boolean alignCorners) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, grid},
                    t -> gridSample(t[0], t[1], mode, paddingMode, alignCorners));
        }
        int interp = switch (mode) {
            case "bilinear" -> BILINEAR;
            case "nearest" -> NEAREST;
            case "bicubic" -> BICUBIC;
            default -> throw new IllegalArgumentException("nn.functional.grid_sample(): expected mode to be "
                    + "'bilinear', 'nearest' or 'bicubic', but got: '" + mode + "'");
        };
        int pad = switch (paddingMode) {
            case "zeros" -> ZEROS;
            case "border" -> BORDER;
            case "reflection" -> REFLECTION;
            default -> throw new IllegalArgumentException("nn.functional.grid_sample(): expected padding_mode to be "
                    + "'zeros', 'border', or 'reflection', but got: '" + paddingMode + "'");
        };
        boolean twoD = input.dim() == 4;
        check(input, grid, interp, twoD);
        OpDef op = twoD ? GRID_SAMPLER_2D : GRID_SAMPLER_3D;
        OpDef backwardOp = twoD ? GRID_SAMPLER_2D_BACKWARD : GRID_SAMPLER_3D_BACKWARD;
        return Dispatch.apply(op, new Tensor[] {input, grid}, () -> sample(input, grid, interp, pad, alignCorners),
                (ctx, g) -> {
                    Tensor in = ctx.input(0);
                    Tensor gr = ctx.input(1);
                    boolean wantInput = ctx.needsInputGrad(0);
                    boolean wantGrid = ctx.needsInputGrad(1);
                    Tensor[] grads = Dispatch.applyMulti(backwardOp, new Tensor[] {g[0], in, gr},
                            () -> differentiate(g[0], in, gr, wantInput, wantGrid, interp, pad, alignCorners),
                            (ctx2, gg) -> {
                                throw new UnsupportedOperationException("derivative for aten::" + backwardOp.name()
                                        + " is not implemented");
                            }, 2);
                    return new Tensor[] {wantInput ? grads[0] : null, wantGrid ? grads[1] : null};
                });
    }

    // grid_sampler's checks, in PyTorch's order and words
    private static void check(Tensor input, Tensor grid, int interp, boolean twoD) {
        String sizes = "input with sizes " + Shapes.format(input.sizes()) + " and grid with sizes "
                + Shapes.format(grid.sizes());
        if (input.dim() == 0 || grid.dim() == 0 || input.size(0) != grid.size(0)) {
            throw new IllegalArgumentException("grid_sampler(): expected grid and input to have same batch size, but "
                    + "got " + sizes);
        }
        if (grid.size(-1) != input.dim() - 2) {
            throw new IllegalArgumentException("grid_sampler(): expected grid to have size " + (input.dim() - 2)
                    + " in last dimension, but got grid with sizes " + Shapes.format(grid.sizes()));
        }
        for (int i = 2; i < input.dim(); i++) {
            if (input.size(i) == 0) {
                throw new IllegalArgumentException("grid_sampler(): expected input to have non-empty spatial "
                        + "dimensions, but input has sizes " + Shapes.format(input.sizes()) + " with dimension " + i
                        + " being empty");
            }
        }
        int dims = twoD ? 4 : 5;
        if (input.dim() != dims || grid.dim() != dims) {
            throw new IllegalArgumentException("grid_sampler(): expected " + dims + "D input and grid with same number "
                    + "of dimensions, but got " + sizes);
        }
        if (!twoD && interp == BICUBIC) {
            throw new IllegalArgumentException("grid_sampler(): bicubic interpolation only supports 4D input");
        }
        if (input.dtype() != DType.FLOAT32 && input.dtype() != DType.FLOAT64) {
            throw new UnsupportedOperationException((twoD ? "grid_sampler_2d_cpu" : "\"grid_sampler3d_cpu\"")
                    + " not implemented for " + (twoD ? "" : "'") + TypePromotion.scalarTypeName(input.dtype())
                    + (twoD ? "" : "'"));
        }
        if (grid.dtype() != input.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(input.dtype())
                    + " but found " + TypePromotion.scalarTypeName(grid.dtype()));
        }
    }

    // the sampler's gradients by differentiating its composition on detached copies of the inputs
    private static Tensor[] differentiate(Tensor gradOut, Tensor input, Tensor grid, boolean wantInput,
                                          boolean wantGrid, int interp, int pad, boolean align) {
        Tensor in = input.detach().requiresGrad_(wantInput);
        Tensor gr = grid.detach().requiresGrad_(wantGrid);
        Tensor out;
        try (var on = GradMode.enable()) {
            out = sample(in, gr, interp, pad, align);
        }
        Tensor gradIn = Torch.zerosLike(input);
        Tensor gradGrid = Torch.zerosLike(grid);
        if (out.requiresGrad()) {
            List<Tensor> leaves = wantInput && wantGrid ? List.of(in, gr) : List.of(wantInput ? in : gr);
            List<Tensor> grads = Autograd.INSTANCE.grad(List.of(out), leaves, List.of(gradOut.detach()), false,
                    false, true);
            int k = 0;
            if (wantInput) {
                gradIn = orZeros(grads.get(k++), input);
            }
            if (wantGrid) {
                gradGrid = orZeros(grads.get(k), grid);
            }
        }
        return new Tensor[] {gradIn, gradGrid};
    }

    private static Tensor orZeros(Tensor g, Tensor like) {
        return g == null ? Torch.zerosLike(like) : g;
    }

    // [N, C, *out] samples of input at grid
    private static Tensor sample(Tensor input, Tensor grid, int interp, int pad, boolean align) {
        int spatial = input.dim() - 2;
        boolean twoD = spatial == 2;
        int n = input.size(0);
        int c = input.size(1);
        int[] inSpatial = Arrays.copyOfRange(input.sizes(), 2, input.dim());
        int[] outSpatial = Arrays.copyOfRange(grid.sizes(), 1, grid.dim() - 1);
        int points = Shapes.numel(outSpatial);
        Tensor flat = input.reshape(n, c, Shapes.numel(inSpatial));
        // coordinate a (x, y, z) runs along the input's dim (last - a)
        Tensor[] coord = new Tensor[spatial];
        int[] size = new int[spatial];
        for (int a = 0; a < spatial; a++) {
            size[a] = inSpatial[spatial - 1 - a];
            Tensor source = unnormalize(grid.select(-1, a).reshape(n, points), size[a], align, twoD);
            coord[a] = interp == BICUBIC ? source : pad(source, size[a], pad, align, twoD);
        }
        Tensor out = switch (interp) {
            case NEAREST -> {
                Tensor[] at = new Tensor[spatial];
                for (int a = 0; a < spatial; a++) {
                    at[a] = coord[a].round();
                }
                yield tap(flat, at, size);
            }
            case BICUBIC -> bicubic(flat, coord, size, pad, align);
            default -> linear(flat, coord, size, twoD);
        };
        int[] shape = new int[spatial + 2];
        shape[0] = n;
        shape[1] = c;
        System.arraycopy(outSpatial, 0, shape, 2, spatial);
        return out.reshape(shape);
    }

    // grid value in [-1, 1] -> pixel coordinate: the 2-D kernel scales (g + 1) by a precomputed factor, the 3-D
    // kernel evaluates the textbook formula
    private static Tensor unnormalize(Tensor g, int size, boolean align, boolean twoD) {
        if (twoD) {
            return align ? g.add(1).mul((size - 1) / 2.0) : g.add(1).mul(size / 2.0).sub(0.5);
        }
        return align ? g.add(1).div(2).mul(size - 1) : g.add(1).mul(size).sub(1).div(2);
    }

    // PyTorch's compute_coordinates: border clips, reflection reflects then clips; the 3-D kernel then moves
    // non-finite coordinates outside the input
    private static Tensor pad(Tensor x, int size, int pad, boolean align, boolean twoD) {
        Tensor r = x;
        if (pad == BORDER) {
            r = clip(x, size, twoD);
        } else if (pad == REFLECTION) {
            Tensor reflected = align ? (size <= 1 ? Torch.zerosLike(x) : reflect(x, 2.0 * (size - 1), 0))
                    : reflect(x, 2.0 * size, 0.5);
            r = clip(reflected, size, twoD);
        }
        return twoD ? r : Torch.where(r.isfinite(), r, -100.0);
    }

    // [0, size - 1]; the gradient passes strictly inside only. NaN clips to 0 in the vectorised 2-D kernel and to
    // size - 1 in the 3-D kernel's std::min(size - 1, std::max(x, 0))
    private static Tensor clip(Tensor x, int size, boolean twoD) {
        double max = size - 1;
        Tensor clipped = Torch.where(x.gt(0), Torch.where(x.lt(max), x, max), 0.0);
        return twoD ? clipped : Torch.where(x.isnan(), Torch.fullLike(x, max), clipped);
    }

    // reflection about -shift and twiceSpan / 2 - shift: |x + shift| folded into [0, twiceSpan / 2]
    private static Tensor reflect(Tensor x, double twiceSpan, double shift) {
        Tensor in = shift == 0 ? x : x.add(shift);
        // |in| with gradient +1 at 0, as PyTorch's reflect_coordinates_set_grad
        Tensor abs = Torch.where(in.lt(0), in.neg(), in);
        Tensor extra = abs.sub(abs.div(twiceSpan).trunc().mul(twiceSpan));
        Tensor back = extra.rsub(twiceSpan);
        Tensor folded = Torch.where(back.lt(extra), back, extra);
        return shift == 0 ? folded : folded.sub(shift);
    }

    // [N, C, P]: the input at integral coordinates `at` ([N, P] each, x first), zero outside
    private static Tensor tap(Tensor flat, Tensor[] at, int[] size) {
        Tensor inside = null;
        for (int a = 0; a < at.length; a++) {
            Tensor ok = at[a].gt(-1).logicalAnd(at[a].lt(size[a]));
            inside = inside == null ? ok : inside.logicalAnd(ok);
        }
        Tensor index = null;
        long stride = 1;
        for (int a = 0; a < at.length; a++) {
            Tensor term = Torch.where(inside, at[a], 0.0).to(DType.INT64).mul(stride);
            index = index == null ? term : index.add(term);
            stride *= size[a];
        }
        int n = flat.size(0);
        int c = flat.size(1);
        int p = index.size(1);
        Tensor values = flat.gather(2, index.unsqueeze(1).expand(n, c, p));
        return Torch.where(inside.unsqueeze(1), values, 0.0);
    }

    // bilinear (trilinear): the 2^spatial taps around each point, weighted by the fractional distances; terms
    // summed in PyTorch's order (x varies fastest), each weight a product in the kernel's order
    private static Tensor linear(Tensor flat, Tensor[] coord, int[] size, boolean twoD) {
        int spatial = coord.length;
        Tensor[] lo = new Tensor[spatial];
        Tensor[] wLo = new Tensor[spatial];
        Tensor[] wHi = new Tensor[spatial];
        for (int a = 0; a < spatial; a++) {
            lo[a] = coord[a].floor();
            if (twoD) {
                wHi[a] = coord[a].sub(lo[a]);
                wLo[a] = wHi[a].rsub(1);
            } else {
                wLo[a] = lo[a].add(1).sub(coord[a]);
                wHi[a] = coord[a].sub(lo[a]);
            }
        }
        Tensor out = null;
        for (int corner = 0; corner < 1 << spatial; corner++) {
            Tensor[] at = new Tensor[spatial];
            Tensor weight = null;
            for (int k = 0; k < spatial; k++) {
                // the 2-D kernel multiplies y's weight by x's, the 3-D kernel x's by y's by z's
                int a = twoD ? spatial - 1 - k : k;
                boolean hi = (corner >> a & 1) != 0;
                Tensor w = hi ? wHi[a] : wLo[a];
                weight = weight == null ? w : weight.mul(w);
            }
            for (int a = 0; a < spatial; a++) {
                at[a] = (corner >> a & 1) != 0 ? lo[a].add(1) : lo[a];
            }
            Tensor term = tap(flat, at, size).mul(weight.unsqueeze(1));
            out = out == null ? term : out.add(term);
        }
        return out;
    }

    // bicubic (2-D): 4 x 4 taps around each point, each padded as a coordinate of its own; rows interpolated
    // along x first, then the four row results along y
    private static Tensor bicubic(Tensor flat, Tensor[] coord, int[] size, int pad, boolean align) {
        Tensor x0 = coord[0].floor();
        Tensor y0 = coord[1].floor();
        Tensor[] cx = cubicCoefficients(coord[0].sub(x0));
        Tensor[] cy = cubicCoefficients(coord[1].sub(y0));
        Tensor out = null;
        for (int j = 0; j < 4; j++) {
            Tensor y = pad(y0.add(j - 1), size[1], pad, align, true);
            Tensor row = null;
            for (int i = 0; i < 4; i++) {
                Tensor x = pad(x0.add(i - 1), size[0], pad, align, true);
                Tensor term = tap(flat, new Tensor[] {x.trunc(), y.trunc()}, size).mul(cx[i].unsqueeze(1));
                row = row == null ? term : row.add(term);
            }
            Tensor term = row.mul(cy[j].unsqueeze(1));
            out = out == null ? term : out.add(term);
        }
        return out;
    }

    // the cubic convolution weights of the taps at -1, 0, 1, 2 from a point t in [0, 1) past tap 0
    private static Tensor[] cubicCoefficients(Tensor t) {
        return new Tensor[] {outer(t.add(1)), inner(t), inner(t.rsub(1)), outer(t.rsub(2))};
    }

    // ((A + 2) t - (A + 3)) t t + 1, for |t| <= 1
    private static Tensor inner(Tensor t) {
        return t.mul(A + 2).sub(A + 3).mul(t).mul(t).add(1);
    }

    // ((A t - 5 A) t + 8 A) t - 4 A, for 1 < |t| < 2
    private static Tensor outer(Tensor t) {
        return t.mul(A).sub(5 * A).mul(t).add(8 * A).mul(t).sub(4 * A);
    }
}
