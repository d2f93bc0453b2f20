package jtorch.internal.ops;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import jtorch.DType;
import jtorch.Tensor;

/**
 * Tensor.apply_/map_/map2_: a Java function applied element by element in row-major order on the calling thread
 * (the function may keep state, as PyTorch's Python callables may), through float64, written back in place.
 */
public final class MapOps {
    private MapOps() {
    }

    private static void checkNoGrad(Tensor self, String name) {
        if (self.requiresGrad()) {
            throw new IllegalStateException("Can't call " + name + "() on Variable that requires grad. Use var.detach()."
                    + name + "() instead.");
        }
    }

    private static double[] valuesAs(Tensor t, int[] shape) {
        return (double[]) CopyOps.toArray(ViewOps.expand(t, shape), DType.FLOAT64);
    }

    private static Tensor writeBack(Tensor self, double[] v) {
        Tensor host = Operands.empty(jtorch.Torch.options().dtype(DType.FLOAT64), self.sizes());
        Operands.backend(host).generate(Operands.of(host), DType.FLOAT64, (s, off, n) -> {
            for (int i = 0; i < n; i++) {
                s.setDouble(off + i, v[i]);
            }
        });
        CopyOps.copyInto(self, host);
        self.storage().bumpVersion();
        return self;
    }

    /** {@code self[i] = f(self[i])}. PyTorch: {@code Tensor.apply_(callable)}. */
    public static Tensor apply_(Tensor self, DoubleUnaryOperator f) {
        checkNoGrad(self, "apply_");
        double[] v = (double[]) CopyOps.toArray(self, DType.FLOAT64);
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(v[i]);
        }
        return writeBack(self, v);
    }

    /** {@code self[i] = f(self[i], other[i])}, other broadcast to self. PyTorch: {@code Tensor.map_(tensor, callable)}. */
    public static Tensor map_(Tensor self, Tensor other, DoubleBinaryOperator f) {
        checkNoGrad(self, "map_");
        double[] o = valuesAs(other, self.sizes());
        double[] v = (double[]) CopyOps.toArray(self, DType.FLOAT64);
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(v[i], o[i]);
        }
        return writeBack(self, v);
    }

    /** {@code self[i] = f(self[i], x[i], y[i])}. PyTorch: {@code Tensor.map2_(x, y, callable)}. */
    public static Tensor map2_(Tensor self, Tensor x, Tensor y, Tensor.DoubleTernaryOperator f) {
        checkNoGrad(self, "map2_");
        double[] a = valuesAs(x, self.sizes());
        double[] b = valuesAs(y, self.sizes());
        double[] v = (double[]) CopyOps.toArray(self, DType.FLOAT64);
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(v[i], a[i], b[i]);
        }
        return writeBack(self, v);
    }
}
