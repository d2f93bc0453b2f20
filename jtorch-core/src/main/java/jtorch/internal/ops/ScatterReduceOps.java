package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.ScatterReduction;

/**
 * Reducing scatters: scatter_reduce (along dim, through an index shaped like src) and index_reduce (whole slices
 * along dim, through a 1-D index), with "sum" (scatter_reduce only), "prod", "mean", "amax" and "amin", and
 * {@code include_self}. Sums go through scatter_add, the others through the backend's reducing scatter. index_reduce
 * is scatter_reduce with its index expanded over source's shape, so both share one forward and PyTorch's backward
 * formulas (products exclude zeros explicitly, ties of amax/amin share the gradient evenly).
 */
public final class ScatterReduceOps {
    static final OpDef SCATTER_REDUCE = OpDef.of("scatter_reduce", Saves.ALL_INPUTS.andOutput());
    static final OpDef INDEX_REDUCE = OpDef.of("index_reduce", Saves.ALL_INPUTS.andOutput());

    private enum Reduce { SUM, PROD, MEAN, AMAX, AMIN }

    private ScatterReduceOps() {
    }

    // ---------------------------------------------------------------- scatter_reduce

    /**
     * A copy of x with each {@code src[i][j]} combined into {@code [index[i][j]][j]} (dim 0) by {@code reduce}
     * ("sum", "prod", "mean", "amax" or "amin"); without {@code includeSelf} x's values at the scattered
     * positions are left out. PyTorch: {@code Tensor.scatter_reduce(dim, index, src, reduce, *, include_self=True)}.
     */
    public static Tensor scatterReduce(Tensor x, int dim, Tensor index, Tensor src, String reduce,
                                       boolean includeSelf) {
        int d = Shapes.wrapDim(dim, x.dim());
        GatherScatterOps.checkScatter(x, d, index, src);
        Reduce r = scatterReduction(reduce);
        int[] srcShape = src.sizes();
        return Dispatch.apply(SCATTER_REDUCE, new Tensor[] {x, index, src}, () -> reduced(x, d, index, src, r,
                includeSelf), (ctx, g) -> {
                    Tensor[] grads = backward(g[0], ctx.input(0), d, ctx.input(1), covered(ctx.input(2), ctx.input(1)),
                            ctx.output(), r, includeSelf);
                    return new Tensor[] {grads[0], null,
                        grads[1] == null ? null : GatherScatterOps.padTo(grads[1], srcShape)};
                });
    }

    /** In-place {@link #scatterReduce}. PyTorch: {@code Tensor.scatter_reduce_(dim, index, src, reduce, ...)}. */
    public static Tensor scatterReduce_(Tensor x, int dim, Tensor index, Tensor src, String reduce,
                                        boolean includeSelf) {
        int d = Shapes.wrapDim(dim, x.dim());
        GatherScatterOps.checkScatter(x, d, index, src);
        Reduce r = scatterReduction(reduce);
        return Dispatch.inPlace(SCATTER_REDUCE, x, new Tensor[] {index, src},
                old -> scatterReduce(old, d, index, src, reduce, includeSelf),
                () -> CopyOps.copyInto(x, reduced(x, d, index, src, r, includeSelf)));
    }

    private static Reduce scatterReduction(String reduce) {
        return switch (reduce) {
            case "sum" -> Reduce.SUM;
            case "prod" -> Reduce.PROD;
            case "mean" -> Reduce.MEAN;
            case "amax" -> Reduce.AMAX;
            case "amin" -> Reduce.AMIN;
            default -> throw new IllegalArgumentException("reduce argument must be either sum, prod, mean, amax or "
                    + "amin.");
        };
    }

    // the part of src that index addresses (src may be larger in any dim)
    private static Tensor covered(Tensor src, Tensor index) {
        Tensor s = src;
        for (int k = 0; k < index.dim(); k++) {
            if (s.size(k) != index.size(k)) {
                s = s.narrow(k, 0, index.size(k));
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- index_reduce

    /**
     * A copy of x with slice i of {@code source} along dim combined into slice {@code index[i]} by {@code reduce}
     * ("prod", "mean", "amax" or "amin"). PyTorch: {@code Tensor.index_reduce(dim, index, source, reduce, *,
     * include_self=True)}.
     */
    public static Tensor indexReduce(Tensor x, int dim, Tensor index, Tensor source, String reduce,
                                     boolean includeSelf) {
        Reduce r = indexReduction(reduce);
        int d = IndexUpdateOps.checkIndexFunc("index_reduce", x, dim, index, source);
        int[] xShape = x.sizes();
        int[] sourceShape = source.sizes();
        return Dispatch.apply(INDEX_REDUCE, new Tensor[] {x, index, source}, () -> {
            Tensor self = atLeast1d(x);
            Tensor src = atLeast1d(source);
            return reduced(self, d, expanded(index, d, src), src, r, includeSelf).view(xShape);
        }, (ctx, g) -> {
            Tensor src = atLeast1d(ctx.input(2));
            Tensor[] grads = backward(atLeast1d(g[0]), atLeast1d(ctx.input(0)), d, expanded(ctx.input(1), d, src), src,
                    atLeast1d(ctx.output()), r, includeSelf);
            return new Tensor[] {grads[0] == null ? null : grads[0].view(xShape), null,
                grads[1] == null ? null : grads[1].view(sourceShape)};
        });
    }

    /** In-place {@link #indexReduce}. PyTorch: {@code Tensor.index_reduce_(dim, index, source, reduce, ...)}. */
    public static Tensor indexReduce_(Tensor x, int dim, Tensor index, Tensor source, String reduce,
                                      boolean includeSelf) {
        Reduce r = indexReduction(reduce);
        int d = IndexUpdateOps.checkIndexFunc("index_reduce", x, dim, index, source);
        return Dispatch.inPlace(INDEX_REDUCE, x, new Tensor[] {index, source},
                old -> indexReduce(old, d, index, source, reduce, includeSelf), () -> {
                    Tensor src = atLeast1d(source);
                    CopyOps.copyInto(x, reduced(atLeast1d(x), d, expanded(index, d, src), src, r, includeSelf)
                            .view(x.sizes()));
                });
    }

    private static Reduce indexReduction(String reduce) {
        return switch (reduce) {
            case "prod" -> Reduce.PROD;
            case "mean" -> Reduce.MEAN;
            case "amax" -> Reduce.AMAX;
            case "amin" -> Reduce.AMIN;
            default -> throw new IllegalArgumentException("index_reduce(): Expected reduce to be one of prod, mean, "
                    + "amax or amin but got " + reduce + ".");
        };
    }

    // a 0-d tensor is one element of size 1 along dim 0, as PyTorch's index ops treat it
    private static Tensor atLeast1d(Tensor t) {
        return t.dim() == 0 ? t.reshape(1) : t;
    }

    // index_reduce's 1-D index as scatter_reduce's: index[i] at every position of source's slice i
    private static Tensor expanded(Tensor index, int d, Tensor source) {
        int[] shape = new int[source.dim()];
        Arrays.fill(shape, 1);
        shape[d] = index.numel();
        return index.to(DType.INT64).reshape(shape).expand(source.sizes());
    }

    // ---------------------------------------------------------------- shared forward and backward

    private static Tensor reduced(Tensor x, int d, Tensor index, Tensor src, Reduce r, boolean includeSelf) {
        Tensor out = x.clone();
        if (!includeSelf) {
            GatherScatterOps.scatter_(out, d, index, identity(r, x.dtype()));
        }
        switch (r) {
            case SUM, MEAN -> GatherScatterOps.scatterAdd_(out, d, index, src);
            case PROD -> GatherScatterOps.scatterReduceInto(out, d, index, src, ScatterReduction.PROD);
            case AMAX -> GatherScatterOps.scatterReduceInto(out, d, index, src, ScatterReduction.AMAX);
            case AMIN -> GatherScatterOps.scatterReduceInto(out, d, index, src, ScatterReduction.AMIN);
        }
        if (r != Reduce.MEAN) {
            return out;
        }
        Tensor count = counts(out, d, index, src, includeSelf);
        return out.dtype().isFloatingPoint() ? out.div(count) : out.div(count, "floor");
    }

    // how many values each position of a mean averages (1 where nothing was scattered)
    private static Tensor counts(Tensor like, int d, Tensor index, Tensor src, boolean includeSelf) {
        Tensor count = includeSelf ? Torch.onesLike(like) : Torch.zerosLike(like);
        count = GatherScatterOps.scatterAdd(count, d, index, Torch.onesLike(src));
        return count.maskedFill(count.eq(0.0), 1.0);
    }

    // the value a position starts from when include_self leaves x out
    private static double identity(Reduce r, DType dtype) {
        return switch (r) {
            case SUM, MEAN -> 0;
            case PROD -> 1;
            case AMAX -> dtype.isFloatingPoint() ? Double.NEGATIVE_INFINITY : integerBound(dtype, false);
            case AMIN -> dtype.isFloatingPoint() ? Double.POSITIVE_INFINITY : integerBound(dtype, true);
        };
    }

    private static double integerBound(DType dtype, boolean max) {
        return switch (dtype) {
            case INT64 -> max ? Long.MAX_VALUE : Long.MIN_VALUE;
            case INT32 -> max ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            case INT16 -> max ? Short.MAX_VALUE : Short.MIN_VALUE;
            case INT8 -> max ? Byte.MAX_VALUE : Byte.MIN_VALUE;
            case UINT8 -> max ? 255 : 0;
            default -> max ? 1 : 0;
        };
    }

    /** PyTorch's scatter_reduce_backward: the gradients of self and of src (index's shape). */
    private static Tensor[] backward(Tensor g, Tensor self, int d, Tensor index, Tensor src, Tensor result, Reduce r,
                                     boolean includeSelf) {
        Tensor gradSelf;
        Tensor gradSrc;
        switch (r) {
            case SUM -> {
                gradSelf = g;
                gradSrc = g.gather(d, index);
            }
            case MEAN -> {
                Tensor n = counts(g, d, index, src, includeSelf);
                gradSelf = g.div(n);
                gradSrc = g.gather(d, index).div(n.gather(d, index));
            }
            case PROD -> {
                // products with the zeros left out, so a lone zero still gets the product of the others
                Tensor maskedSelf = self.maskedFill(self.eq(0.0), 1.0);
                Tensor maskedSelfResult = reducedDifferentiable(maskedSelf, d, index, src, includeSelf);
                gradSelf = g.mul(maskedSelfResult).div(maskedSelf);
                Tensor srcZero = src.eq(0.0);
                Tensor zerosAt = GatherScatterOps.scatterAdd(Torch.zerosLike(self), d, index, srcZero.to(self.dtype()))
                        .gather(d, index);
                Tensor singleZero = srcZero.logicalAnd(zerosAt.eq(1.0));
                Tensor maskedSrcResult = reducedDifferentiable(self, d, index, src.maskedFill(singleZero, 1.0),
                        includeSelf);
                gradSrc = Torch.where(singleZero, g.mul(maskedSrcResult).gather(d, index),
                        g.mul(result).gather(d, index).div(src.maskedFill(srcZero, 1.0)));
            }
            default -> {
                // ties share the gradient evenly
                Tensor value = result.gather(d, index);
                Tensor selfIsResult = self.eq(result).to(self.dtype());
                Tensor srcIsResult = src.eq(value).to(self.dtype());
                Tensor distributed = g.div(GatherScatterOps.scatterAdd(selfIsResult, d, index, srcIsResult));
                gradSelf = selfIsResult.mul(distributed);
                gradSrc = srcIsResult.mul(distributed.gather(d, index));
            }
        }
        if (!includeSelf) {
            gradSelf = GatherScatterOps.scatter(gradSelf, d, index, 0);
        }
        return new Tensor[] {gradSelf, gradSrc};
    }

    // a differentiable product scatter (the prod backward's helper results enter the gradient graph)
    private static Tensor reducedDifferentiable(Tensor self, int d, Tensor index, Tensor src, boolean includeSelf) {
        return scatterReduce(self, d, index, src, "prod", includeSelf);
    }
}
