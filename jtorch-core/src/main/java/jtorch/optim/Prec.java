package jtorch.optim;

import jtorch.DType;
import jtorch.Tensor;

/**
 * The rounding of one parameter's dtype: float32 parameters round every intermediate result to
 * float, as PyTorch's kernels compute each op in the tensor's dtype with Python scalars cast to it.
 * Basic ops computed in double and rounded to float are correctly rounded float ops (53 >= 2*24+2 bits);
 * {@link #fma} mirrors PyTorch's fused multiply-add in {@code add(alpha=)} and {@code addcmul}.
 */
final class Prec {
    static final Prec SINGLE = new Prec(true);
    static final Prec DOUBLE = new Prec(false);
    final boolean single;

    private Prec(boolean single) {
        this.single = single;
    }

    static Prec of(Tensor t) {
        return t.dtype() == DType.FLOAT64 ? DOUBLE : SINGLE;
    }

    /** Rounds to the dtype (a Python scalar cast to the tensor's dtype, or an op's result). */
    double r(double x) {
        return single ? (double) (float) x : x;
    }

    /** {@code a * b + c} with one rounding (PyTorch's {@code add_(b, alpha=a)} is {@code fma(a, b, self)}). */
    double fma(double a, double b, double c) {
        return single ? (double) Math.fma((float) a, (float) b, (float) c) : Math.fma(a, b, c);
    }

    /** {@code self.add_(other, alpha)}: fma(alpha, other, self). */
    double addAlpha(double self, double other, double alpha) {
        return fma(r(alpha), other, self);
    }

    /** {@code self.addcmul_(t1, t2, value)}: fma(value * t1, t2, self). */
    double addcmul(double self, double t1, double t2, double value) {
        return fma(r(r(value) * t1), t2, self);
    }

    /** {@code self.addcdiv_(t1, t2, value)}: self + (value * t1) / t2, each rounded. */
    double addcdiv(double self, double t1, double t2, double value) {
        return r(self + r(r(r(value) * t1) / t2));
    }

    /** {@code self.mul_(s)}. */
    double mul(double self, double s) {
        return r(self * r(s));
    }

    double sqrt(double x) {
        return r(Math.sqrt(x));
    }
}
