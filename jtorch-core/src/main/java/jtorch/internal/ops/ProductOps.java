package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;

/**
 * Products built on mm and broadcasting multiplication: tensordot (contract lists of dims through one mm), inner,
 * kron (a broadcast product of interleaved views), vdot (dot's kernel under its own node), cross (linalg_cross's
 * node), vander (powers by cumprod) and cov/corrcoef (a centred, weighted mm). Except vdot and cross they are
 * PyTorch composites, so their graphs record the ops they are made of.
 */
public final class ProductOps {
    static final OpDef VDOT = OpDef.of("vdot", Saves.CROSSED);
    static final OpDef LINALG_CROSS = OpDef.of("linalg_cross", Saves.CROSSED);

    private ProductOps() {
    }

    // ---------------------------------------------------------------- tensordot / inner

    /**
     * Sums the products of a and b over the last {@code dims} dims of a and the first {@code dims} of b.
     * PyTorch: {@code torch.tensordot(a, b, dims=2)}.
     */
    public static Tensor tensordot(Tensor a, Tensor b, int dims) {
        if (dims < 0) {
            throw new IllegalArgumentException("tensordot expects dims >= 0, but got dims=" + dims);
        }
        int[] dimsA = new int[dims];
        int[] dimsB = new int[dims];
        for (int i = 0; i < dims; i++) {
            dimsA[i] = i - dims;
            dimsB[i] = i;
        }
        return tensordot(a, b, dimsA, dimsB);
    }

    /**
     * Sums the products of a and b over the paired dims {@code dimsA[i]} of a and {@code dimsB[i]} of b; a pair
     * where one side has size 1 broadcasts. The result has a's remaining dims, then b's.
     * PyTorch: {@code torch.tensordot(a, b, dims=(dims_a, dims_b))}.
     */
    public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
        if (dimsA.length != dimsB.length) {
            throw new IllegalArgumentException("both dimension lists should have same length");
        }
        Tensor t1 = a;
        Tensor t2 = b;
        int csize = 1;
        for (int i = 0; i < dimsA.length; i++) {
            int s1 = a.size(dimsA[i]);
            int s2 = b.size(dimsB[i]);
            // a contracted dim of size 1 on one side broadcasts: sum the other side's dim right away
            if (s2 == 1) {
                t1 = t1.sum(dimsA[i], true);
            } else if (s1 == 1) {
                t2 = t2.sum(dimsB[i], true);
            } else if (s1 != s2) {
                throw new IllegalArgumentException("contracted dimensions need to match, but first has size " + s1
                        + " in dim " + dimsA[i] + " and second has size " + s2 + " in dim " + dimsB[i]);
            } else {
                csize *= s1;
            }
        }
        boolean[] contractedA = dimSet(dimsA, a.dim());
        boolean[] contractedB = dimSet(dimsB, b.dim());
        int[] p1 = new int[a.dim()];
        int[] p2 = new int[b.dim()];
        List<Integer> outShape = new ArrayList<>();
        int size1 = 1;
        int size2 = 1;
        int k = 0;
        for (int i = 0; i < a.dim(); i++) {
            if (!contractedA[i]) {
                p1[k++] = i;
                outShape.add(t1.size(i));
                size1 *= t1.size(i);
            }
        }
        for (int d : dimsA) {
            p1[k++] = Shapes.wrapDim(d, a.dim());
        }
        k = 0;
        for (int d : dimsB) {
            p2[k++] = Shapes.wrapDim(d, b.dim());
        }
        for (int i = 0; i < b.dim(); i++) {
            if (!contractedB[i]) {
                p2[k++] = i;
                outShape.add(t2.size(i));
                size2 *= t2.size(i);
            }
        }
        Tensor m1 = t1.permute(p1).reshape(size1, csize);
        Tensor m2 = t2.permute(p2).reshape(csize, size2);
        return LinalgOps.mm(m1, m2).reshape(outShape.stream().mapToInt(Integer::intValue).toArray());
    }

    // PyTorch's dim_list_to_bitset
    private static boolean[] dimSet(int[] dims, int rank) {
        boolean[] seen = new boolean[rank];
        for (int d : dims) {
            int w = Shapes.wrapDim(d, rank);
            if (seen[w]) {
                throw new IllegalArgumentException("dim " + w + " appears multiple times in the list of dims");
            }
            seen[w] = true;
        }
        return seen;
    }

    /**
     * Sums of products over the last dim of a and b (a 0-D operand multiplies). PyTorch: {@code torch.inner}.
     */
    public static Tensor inner(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            return a.mul(b);
        }
        if (a.size(-1) != b.size(-1)) {
            throw new IllegalArgumentException("inner() the last dimension must match on both input tensors but got "
                    + "shapes " + Shapes.format(a.sizes()) + " and " + Shapes.format(b.sizes()));
        }
        return tensordot(a, b, new int[] {-1}, new int[] {-1});
    }

    // ---------------------------------------------------------------- vdot

    /** The dot product of two 1-D tensors (for real dtypes the same as dot). PyTorch: {@code torch.vdot}. */
    public static Tensor vdot(Tensor a, Tensor b) {
        return Dispatch.apply(VDOT, new Tensor[] {a, b}, () -> LinalgOps.dot(a, b), (ctx, g) -> new Tensor[] {
            ctx.needsInputGrad(0) ? g[0].mul(ctx.input(1)) : null,
            ctx.needsInputGrad(1) ? g[0].mul(ctx.input(0)) : null});
    }

    // ---------------------------------------------------------------- kron

    /**
     * The Kronecker product: block (i, j, ...) of the result is {@code a[i, j, ...] * b}; the operands' ranks are
     * aligned with leading 1s. PyTorch: {@code torch.kron(input, other)} (which views its inputs and so fails on
     * ones that are not viewable; jtorch reshapes, so any layout works).
     */
    public static Tensor kron(Tensor a, Tensor b) {
        int rank = Math.max(a.dim(), b.dim());
        int padA = rank - a.dim();
        int padB = rank - b.dim();
        int[] aShape = new int[2 * rank];
        int[] bShape = new int[2 * rank];
        int[] outShape = new int[rank];
        for (int i = 0; i < rank; i++) {
            int sa = i < padA ? 1 : a.size(i - padA);
            int sb = i < padB ? 1 : b.size(i - padB);
            aShape[2 * i] = sa;
            aShape[2 * i + 1] = 1;
            bShape[2 * i] = 1;
            bShape[2 * i + 1] = sb;
            outShape[i] = sa * sb;
        }
        Tensor product = a.reshape(aShape).mul(b.reshape(bShape));
        return ViewOps.unsafeView(product, outShape);
    }

    // ---------------------------------------------------------------- cross

    /**
     * The cross product along {@code dim} (null: the first dim of size 3, PyTorch's deprecated default), with the
     * other dims broadcast. PyTorch: {@code torch.cross(input, other, dim=None)} / {@code torch.linalg.cross}.
     */
    public static Tensor cross(Tensor a, Tensor b, Integer dim) {
        int d;
        if (dim == null) {
            d = -1;
            for (int i = 0; i < a.dim() && d < 0; i++) {
                if (a.size(i) == 3) {
                    d = i;
                }
            }
            if (d < 0) {
                throw new IllegalArgumentException("no dimension of size 3 in input");
            }
        } else {
            d = dim;
        }
        if (a.dim() != b.dim()) {
            throw new IllegalArgumentException("linalg.cross: inputs must have the same number of dimensions.");
        }
        int axis = Shapes.wrapDim(d, a.dim());
        if (a.size(axis) != 3 || b.size(axis) != 3) {
            throw new IllegalArgumentException("linalg.cross: inputs dimension " + axis + " must have length 3. Got "
                    + a.size(axis) + " and " + b.size(axis));
        }
        int[] shape = Shapes.broadcast(a.sizes(), b.sizes());
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("expected scalar type " + TypePromotion.scalarTypeName(a.dtype())
                    + " but found " + TypePromotion.scalarTypeName(b.dtype()));
        }
        int[] aShape = a.sizes();
        int[] bShape = b.sizes();
        return Dispatch.apply(LINALG_CROSS, new Tensor[] {a, b}, () -> {
            Tensor x = ViewOps.expand(a, shape);
            Tensor y = ViewOps.expand(b, shape);
            // component i is x[i+1] * y[i+2] - x[i+2] * y[i+1] (indices mod 3)
            List<Tensor> parts = new ArrayList<>(3);
            for (int i = 0; i < 3; i++) {
                int j = (i + 1) % 3;
                int k = (i + 2) % 3;
                parts.add(x.select(axis, j).mul(y.select(axis, k)).sub(x.select(axis, k).mul(y.select(axis, j))));
            }
            return JoinOps.stack(parts, axis);
        }, (ctx, g) -> new Tensor[] {
            ctx.needsInputGrad(0) ? ViewOps.sumTo(cross(ViewOps.expand(ctx.input(1), shape), g[0], axis), aShape)
                    : null,
            ctx.needsInputGrad(1) ? ViewOps.sumTo(cross(g[0], ViewOps.expand(ctx.input(0), shape), axis), bShape)
                    : null});
    }

    // ---------------------------------------------------------------- cov / corrcoef

    /**
     * The covariance matrix of the rows of a 2-D input (variables x observations; a 1-D input is one variable),
     * with Bessel-style {@code correction}, integer frequency weights and float observation weights (null: none).
     * PyTorch: {@code torch.cov(input, *, correction=1, fweights=None, aweights=None)}.
     */
    public static Tensor cov(Tensor x, int correction, Tensor fweights, Tensor aweights) {
        if (x.dim() > 2) {
            throw new IllegalArgumentException("cov(): expected input to have two or fewer dimensions but got an "
                    + "input with " + x.dim() + " dimensions");
        }
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("cov(): bool dtype is not supported for input");
        }
        Tensor in = x.dim() < 2 ? x.view(1, -1) : x;
        int observations = in.size(1);
        Tensor w = null;
        if (fweights != null) {
            checkWeights("fweights", fweights, observations);
            if (fweights.dtype().isFloatingPoint() || fweights.dtype() == DType.BOOL) {
                throw new IllegalArgumentException("cov(): expected fweights to have integral dtype but got fweights "
                        + "with " + TypePromotion.scalarTypeName(fweights.dtype()) + " dtype");
            }
            checkNonNegative("fweights", fweights, observations);
            w = fweights;
        }
        if (aweights != null) {
            checkWeights("aweights", aweights, observations);
            if (!aweights.dtype().isFloatingPoint()) {
                throw new IllegalArgumentException("cov(): expected aweights to have floating point dtype but got "
                        + "aweights with " + TypePromotion.scalarTypeName(aweights.dtype()) + " dtype");
            }
            checkNonNegative("aweights", aweights, observations);
            w = w == null ? aweights : w.mul(aweights);
        }
        Tensor wSum = w == null ? Torch.scalarTensor(observations, DType.INT64) : w.sum();
        if (w != null && wSum.toDoubleArray()[0] == 0) {
            throw new IllegalArgumentException("cov(): weights sum to zero, can't be normalized");
        }
        Tensor avg = (w == null ? in : in.mul(w)).sum(1).div(wSum);
        Tensor normFactor = w != null && aweights != null && correction != 0
                ? wSum.sub(w.mul(aweights).sum().mul((long) correction).div(wSum))
                : wSum.sub(Torch.scalarTensor(correction, DType.INT64));
        if (normFactor.toDoubleArray()[0] <= 0) {
            Warnings.warn("cov(): degrees of freedom is <= 0");
            normFactor = normFactor.mul(0L);
        }
        Tensor centred = in.sub(avg.unsqueeze(1));
        Tensor c = LinalgOps.mm(centred, (w == null ? centred : centred.mul(w)).t());
        return c.div(normFactor).squeeze();
    }

    private static void checkWeights(String name, Tensor w, int observations) {
        if (w.dim() > 1) {
            throw new IllegalArgumentException("cov(): expected " + name + " to have one or fewer dimensions but got "
                    + name + " with " + w.dim() + " dimensions");
        }
        if (w.numel() != observations) {
            throw new IllegalArgumentException("cov(): expected " + name + " to have the same numel as there are "
                    + "observations in the input but got " + w.numel() + " != " + observations);
        }
    }

    private static void checkNonNegative(String name, Tensor w, int observations) {
        if (observations > 0 && w.lt(0L).any().toDoubleArray()[0] != 0) {
            throw new IllegalArgumentException("cov(): " + name + " cannot be negative");
        }
    }

    /**
     * Pearson correlation coefficients of the rows (a 1-D input: c / c of its variance, so 1 or NaN), clipped
     * to [-1, 1]. PyTorch: {@code torch.corrcoef(input)}.
     */
    public static Tensor corrcoef(Tensor x) {
        if (x.dim() > 2) {
            throw new IllegalArgumentException("corrcoef(): expected input to have two or fewer dimensions but got an "
                    + "input with " + x.dim() + " dimensions");
        }
        Tensor c = cov(x, 1, null, null);
        if (c.dim() == 0) {
            return c.div(c);
        }
        Tensor stddev = c.diag().sqrt();
        c = c.div(stddev.view(-1, 1));
        c = c.div(stddev.view(1, -1));
        return c.clip(-1, 1);
    }

    // ---------------------------------------------------------------- vander

    /**
     * The Vandermonde matrix of a 1-D x with {@code n} columns (null: x's length): powers x^(n-1) ... x^0, or
     * x^0 ... x^(n-1) when {@code increasing}. Integer and bool inputs give int64, as cumprod promotes them.
     * PyTorch: {@code torch.vander(x, N=None, increasing=False)}.
     */
    public static Tensor vander(Tensor x, Integer n, boolean increasing) {
        if (x.dim() != 1) {
            throw new IllegalArgumentException("x must be a one-dimensional tensor.");
        }
        int cols = n == null ? x.size(0) : n;
        if (cols < 0) {
            throw new IllegalArgumentException("N must be non-negative.");
        }
        DType dtype = DType.promote(x.dtype(), DType.INT64);
        Tensor result = Torch.ones(Torch.options().dtype(dtype).device(x.device()), x.size(0), cols);
        if (cols > 1) {
            // column j (j >= 1) is the running product of j copies of x, written through a view as PyTorch does
            Tensor powers = x.unsqueeze(1).expand(x.size(0), cols - 1).cumprod(1, dtype);
            result.slice(1, 1, null, 1).copy_(powers);
        }
        return increasing ? result : FlipRollOps.flip(result, 1);
    }
}
