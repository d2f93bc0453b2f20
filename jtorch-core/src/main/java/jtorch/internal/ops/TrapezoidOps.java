package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * The trapezoidal rule along a dim, as PyTorch 1.13 composes it (so gradients come from the parts): with sample
 * points x, {@code sum((y[1:] + y[:-1]) * diff(x)) / 2}; with a constant spacing dx, {@code (sum(y) - (y[0] +
 * y[-1]) * 0.5) * dx}; cumulative forms take cumsum instead of sum.
 */
public final class TrapezoidOps {
    private TrapezoidOps() {
    }

    private static Tensor scalar(double v) {
        return PointwiseOps.scalarOperand(v);
    }

    private static Tensor zerosExcept(Tensor y, int dim) {
        int[] shape = new int[y.dim() - 1];
        for (int i = 0, j = 0; i < y.dim(); i++) {
            if (i != dim) {
                shape[j++] = y.size(i);
            }
        }
        return Operands.zeros(Torch.options().dtype(y.dtype()).device(y.device()), shape);
    }

    private static void checkNotBool(Tensor y, String name) {
        if (y.dtype() == DType.BOOL) {
            throw new IllegalArgumentException(name + ": received a bool input for `y`, but bool is not supported");
        }
    }

    /** x's differences along dim, viewed to broadcast against y's (PyTorch's x_viewed rules). */
    private static Tensor spacing(Tensor y, Tensor x, int dim, String name) {
        Tensor viewed = x;
        if (x.dim() == 1) {
            if (x.size(0) != y.size(dim)) {
                throw new IllegalArgumentException(name + ": There must be one `x` value for each sample point");
            }
            int[] shape = new int[y.dim()];
            java.util.Arrays.fill(shape, 1);
            shape[dim] = x.size(0);
            viewed = ViewOps.view(x, shape);
        } else if (x.dim() < y.dim()) {
            int[] shape = new int[y.dim()];
            java.util.Arrays.fill(shape, 1);
            System.arraycopy(x.sizes(), 0, shape, y.dim() - x.dim(), x.dim());
            viewed = ViewOps.view(x, shape);
        }
        return ArithmeticOps.sub(ViewOps.slice(viewed, dim, 1, null, 1), ViewOps.slice(viewed, dim, 0, -1, 1), 1);
    }

    private static Tensor pairSums(Tensor y, int dim) {
        return ArithmeticOps.add(ViewOps.slice(y, dim, 0, -1, 1), ViewOps.slice(y, dim, 1, null, 1), 1);
    }

    /** PyTorch: {@code torch.trapezoid(y, x, *, dim=-1)}. */
    public static Tensor trapezoid(Tensor y, Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, y.dim());
        if (y.size(d) == 0) {
            return zerosExcept(y, d);
        }
        checkNotBool(y, "trapezoid");
        Tensor dx = spacing(y, x, d, "trapezoid");
        Tensor sum = ReductionOps.sum(ArithmeticOps.mul(pairSums(y, d), dx), new int[] {d}, false, null);
        return ArithmeticOps.div(sum, scalar(2.));
    }

    /** PyTorch: {@code torch.trapezoid(y, *, dx=1, dim=-1)}. */
    public static Tensor trapezoid(Tensor y, double dx, int dim) {
        int d = Shapes.wrapDim(dim, y.dim());
        if (y.size(d) == 0) {
            return zerosExcept(y, d);
        }
        checkNotBool(y, "trapezoid");
        Tensor ends = ArithmeticOps.add(ViewOps.select(y, d, 0), ViewOps.select(y, d, -1), 1);
        Tensor inner = ArithmeticOps.sub(ReductionOps.sum(y, new int[] {d}, false, null),
                ArithmeticOps.mul(ends, scalar(0.5)), 1);
        return ArithmeticOps.mul(inner, scalar(dx));
    }

    /** PyTorch: {@code torch.cumulative_trapezoid(y, x, *, dim=-1)}. */
    public static Tensor cumulativeTrapezoid(Tensor y, Tensor x, int dim) {
        int d = Shapes.wrapDim(dim, y.dim());
        checkNotBool(y, "cumulative_trapezoid");
        Tensor dx = spacing(y, x, d, "cumulative_trapezoid");
        Tensor cum = SortOps.cumsum(ArithmeticOps.mul(pairSums(y, d), dx), d, null);
        return ArithmeticOps.div(cum, scalar(2.));
    }

    /** PyTorch: {@code torch.cumulative_trapezoid(y, *, dx=1, dim=-1)}. */
    public static Tensor cumulativeTrapezoid(Tensor y, double dx, int dim) {
        int d = Shapes.wrapDim(dim, y.dim());
        checkNotBool(y, "cumulative_trapezoid");
        return SortOps.cumsum(ArithmeticOps.mul(scalar(dx / 2.), pairSums(y, d)), d, null);
    }
}
