package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;

/**
 * {@code torch.gradient}: second-order central differences inside, first- or second-order one-sided differences at
 * the edges, along each requested dim, with unit/scalar spacing or sample coordinates. Composed of slices and
 * arithmetic as PyTorch 1.13 composes it, so gradients flow through.
 */
public final class NumericalGradientOps {
    private NumericalGradientOps() {
    }

    private static Tensor s(double v) {
        return PointwiseOps.scalarOperand(v);
    }

    // an integer literal of PyTorch's C++ formula: an int64 scalar operand
    private static Tensor si(long v) {
        return PointwiseOps.scalarOperand(v);
    }

    private static Tensor slice(Tensor x, int dim, Integer start, Integer end) {
        return ViewOps.slice(x, dim, start, end, 1);
    }

    private static Tensor sub(Tensor a, Tensor b) {
        return ArithmeticOps.sub(a, b, 1);
    }

    private static Tensor add(Tensor a, Tensor b) {
        return ArithmeticOps.add(a, b, 1);
    }

    private static Tensor mul(Tensor a, Tensor b) {
        return ArithmeticOps.mul(a, b);
    }

    private static Tensor div(Tensor a, Tensor b) {
        return ArithmeticOps.div(a, b);
    }

    /** The dims to differentiate along: all of them when {@code dims} is null. */
    private static int[] dims(Tensor self, int[] dims) {
        if (dims == null) {
            int[] all = new int[self.dim()];
            Arrays.setAll(all, i -> i);
            return all;
        }
        boolean[] seen = new boolean[self.dim()];
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], self.dim());
            if (seen[out[i]]) {
                throw new IllegalArgumentException("dim " + out[i] + " appears multiple times in the list of dims");
            }
            seen[out[i]] = true;
        }
        return out;
    }

    private static void check(Tensor self, int spacings, int[] dims, int edgeOrder) {
        if (self.dtype() == DType.UINT8) {
            throw new IllegalArgumentException("torch.gradient does not support uint8 input.");
        }
        if (spacings >= 0 && dims == null && spacings != 1 && spacings != self.dim()) {
            throw new IllegalArgumentException("torch.gradient expected spacing to be unspecified, a scalar or a list "
                    + "of length " + self.dim() + " but got a list of length " + spacings);
        }
        if (spacings >= 0 && dims != null && spacings != dims.length) {
            throw new IllegalArgumentException("torch.gradient expected spacing to be unspecified, a scalar, or it's "
                    + "spacing and dim arguments to have the same length, but got a spacing argument of length "
                    + spacings + " and a dim argument of length " + dims.length + ".");
        }
        if (edgeOrder != 1 && edgeOrder != 2) {
            throw new IllegalArgumentException("torch.gradient only supports edge_order=1 and edge_order=2.");
        }
        for (int d : dims(self, dims)) {
            if (self.size(d) < edgeOrder + 1) {
                throw new IllegalArgumentException(
                        "torch.gradient expected each dimension size to be at least edge_order+1");
            }
        }
    }

    /**
     * With constant spacings ({@code spacing} of length 1 for all dims, or one per dim). PyTorch: {@code
     * torch.gradient(input, spacing=..., dim=..., edge_order=...)} with scalar spacing.
     */
    public static List<Tensor> gradient(Tensor self, double[] spacing, int[] dim, int edgeOrder) {
        check(self, spacing.length == 1 ? -1 : spacing.length, dim, edgeOrder);  // one value: every dim
        int[] ds = dims(self, dim);
        List<Tensor> result = new ArrayList<>();
        for (int i = 0; i < ds.length; i++) {
            int d = ds[i];
            Tensor dx = s(spacing.length == 1 ? spacing[0] : spacing[i]);
            Tensor center = div(sub(slice(self, d, 2, null), slice(self, d, 0, -2)), dx);
            Tensor prepend;
            Tensor append;
            if (edgeOrder == 1) {
                prepend = div(sub(slice(self, d, 1, 2), slice(self, d, 0, 1)), dx);
                append = div(sub(slice(self, d, -1, null), slice(self, d, -2, -1)), dx);
            } else {
                prepend = div(sub(add(mul(s(-1.5), slice(self, d, 0, 1)), mul(si(2), slice(self, d, 1, 2))),
                        mul(s(0.5), slice(self, d, 2, 3))), dx);
                append = div(add(sub(mul(s(0.5), slice(self, d, -3, -2)), mul(si(2), slice(self, d, -2, -1))),
                        mul(s(1.5), slice(self, d, -1, null))), dx);
            }
            result.add(JoinOps.cat(List.of(prepend, div(center, si(2)), append), d));
        }
        return result;
    }

    /**
     * With sample coordinates, one 1-D tensor per dim. PyTorch: {@code torch.gradient(input, spacing=(t0, ...),
     * dim=..., edge_order=...)}.
     */
    public static List<Tensor> gradient(Tensor self, List<Tensor> coordinates, int[] dim, int edgeOrder) {
        check(self, coordinates.size(), dim, edgeOrder);
        int[] ds = dims(self, dim);
        List<Tensor> result = new ArrayList<>();
        for (int i = 0; i < ds.length; i++) {
            Tensor coords = coordinates.get(i);
            if (coords.dim() != 1) {
                throw new IllegalArgumentException("torch.gradient expected each element of spacing to have one "
                        + "dimension, but got an element with " + coords.dim() + " dimensions!");
            }
            int d = ds[i];
            int[] shape = new int[self.dim()];
            Arrays.fill(shape, 1);
            shape[d] = -1;
            Tensor axDx = sub(slice(coords, 0, 1, null), slice(coords, 0, 0, -1));
            Tensor dx1 = slice(axDx, 0, 0, -1);
            Tensor dx2 = slice(axDx, 0, 1, null);
            Tensor a = ViewOps.reshape(div(PointwiseOps.neg(dx2), mul(dx1, add(dx1, dx2))), shape);
            Tensor b = ViewOps.reshape(div(sub(dx2, dx1), mul(dx1, dx2)), shape);
            Tensor c = ViewOps.reshape(div(dx1, mul(dx2, add(dx1, dx2))), shape);
            Tensor center = add(add(mul(a, slice(self, d, 0, -2)), mul(b, slice(self, d, 1, -1))),
                    mul(c, slice(self, d, 2, null)));
            Tensor first = ViewOps.select(axDx, 0, 0);
            Tensor last = ViewOps.select(axDx, 0, -1);
            Tensor prepend;
            Tensor append;
            if (edgeOrder == 1) {
                prepend = div(sub(slice(self, d, 1, 2), slice(self, d, 0, 1)), first);
                append = div(sub(slice(self, d, -1, null), slice(self, d, -2, -1)), last);
            } else {
                Tensor second = ViewOps.select(axDx, 0, 1);
                Tensor beforeLast = ViewOps.select(axDx, 0, -2);
                Tensor pa = PointwiseOps.neg(div(add(mul(s(2.0), first), second), mul(first, add(first, second))));
                Tensor pb = div(add(first, second), mul(first, second));
                Tensor pc = div(PointwiseOps.neg(first), mul(second, add(first, second)));
                prepend = add(add(mul(pa, slice(self, d, 0, 1)), mul(pb, slice(self, d, 1, 2))),
                        mul(pc, slice(self, d, 2, 3)));
                Tensor qa = div(last, mul(beforeLast, add(last, beforeLast)));
                Tensor qb = PointwiseOps.neg(div(add(last, beforeLast), mul(last, beforeLast)));
                Tensor qc = div(add(mul(si(2), last), beforeLast), mul(last, add(last, beforeLast)));
                append = add(add(mul(qa, slice(self, d, -3, -2)), mul(qb, slice(self, d, -2, -1))),
                        mul(qc, slice(self, d, -1, null)));
            }
            result.add(JoinOps.cat(List.of(prepend, center, append), d));
        }
        return result;
    }
}
