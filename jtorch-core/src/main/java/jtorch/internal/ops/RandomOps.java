package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.backend.Backend;

/**
 * In-place random fills, drawing from a {@link Generator} (the default one when null) exactly as
 * PyTorch's CPU kernels do for contiguous float32/float64 tensors, so the same seed gives the same
 * numbers. Other dtypes are drawn in float64 and cast; non-contiguous targets are drawn contiguously
 * and copied in.
 */
public final class RandomOps {
    static final OpDef UNIFORM_ = OpDef.nonDifferentiable("uniform_");
    static final OpDef NORMAL_ = OpDef.nonDifferentiable("normal_");
    static final OpDef BERNOULLI_ = OpDef.nonDifferentiable("bernoulli_");
    static final OpDef RANDOM_ = OpDef.nonDifferentiable("random_");
    static final OpDef EXPONENTIAL_ = OpDef.nonDifferentiable("exponential_");

    private RandomOps() {
    }

    private static Generator gen(Generator g) {
        return g != null ? g : Generator.defaultGenerator();
    }

    private static Tensor fill(OpDef op, Tensor self, DType drawType, Backend.HostValues draws) {
        return Dispatch.inPlace(op, self, new Tensor[0], s -> {
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
        }, () -> Operands.backend(self).generate(Operands.of(self), drawType, draws));
    }

    private static DType floatDrawType(Tensor t) {
        if (!t.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"check_uniform_bounds\" not implemented for '"
                    + TypePromotion.scalarTypeName(t.dtype()) + "'");
        }
        return t.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    public static Tensor uniform_(Tensor self, double from, double to, Generator g) {
        if (from > to) {
            throw new IllegalArgumentException("uniform_ expects to return a [from, to) range, but found from=" + from
                    + " > to=" + to);
        }
        return fill(UNIFORM_, self, floatDrawType(self), (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).uniform((float[]) t.data(), off, n, from, to);
            } else {
                gen(g).uniform((double[]) t.data(), off, n, from, to);
            }
        });
    }

    public static Tensor normal_(Tensor self, double mean, double std, Generator g) {
        if (std < 0) {
            throw new IllegalArgumentException("normal expects std >= 0.0, but found std " + std);
        }
        return fill(NORMAL_, self, floatDrawType(self), (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).normal((float[]) t.data(), off, n, mean, std);
            } else {
                gen(g).normal((double[]) t.data(), off, n, mean, std);
            }
        });
    }

    public static Tensor bernoulli_(Tensor self, double p, Generator g) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + p);
        }
        DType draw = self.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        return fill(BERNOULLI_, self, draw, (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).bernoulli((float[]) t.data(), off, n, p);
            } else {
                gen(g).bernoulli((double[]) t.data(), off, n, p);
            }
        });
    }

    /** Exponential variates with rate {@code lambd}. PyTorch: {@code Tensor.exponential_(lambd=1)}. */
    public static Tensor exponential_(Tensor self, double lambd, Generator g) {
        if (!(lambd >= 0)) {
            // C++ prints a whole double without a fraction
            throw new IllegalArgumentException("exponential_ expects lambda >= 0.0, but found lambda="
                    + (lambd == Math.rint(lambd) ? Long.toString((long) lambd) : Double.toString(lambd)));
        }
        if (!self.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"exponential_cpu\" not implemented for '"
                    + TypePromotion.scalarTypeName(self.dtype()) + "'");
        }
        return fill(EXPONENTIAL_, self, floatDrawType(self), (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).exponential((float[]) t.data(), off, n, lambd);
            } else {
                gen(g).exponential((double[]) t.data(), off, n, lambd);
            }
        });
    }

    /** Integers uniformly from [from, to). PyTorch: {@code Tensor.random_(from, to)}. */
    public static Tensor random_(Tensor self, long from, long to, Generator g) {
        if (from >= to) {
            throw new IllegalArgumentException("random_ expects 'from' to be less than 'to', but got from=" + from
                    + " >= to=" + to);
        }
        return fill(RANDOM_, self, DType.INT64, (t, off, n) ->
                gen(g).randomFromTo((long[]) t.data(), off, n, from, to));
    }

    /** A random permutation of 0..n-1 (int64 unless another dtype is asked for). */
    public static Tensor randperm(int n, Generator g) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got" + n);
        }
        Tensor out = Operands.empty(Torch.options().dtype(DType.INT64), n);
        Operands.backend(out).generate(Operands.of(out), DType.INT64, (t, off, count) ->
                gen(g).randperm((long[]) t.data(), off, count));
        return out;
    }
}
