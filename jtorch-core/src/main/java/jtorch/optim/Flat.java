package jtorch.optim;

import jtorch.DType;
import jtorch.Tensor;

/**
 * A tensor's elements as a flat contiguous float32 or float64 array, for the fused per-element
 * update loops of the optimizers. Other layouts and dtypes work on a contiguous copy that
 * {@link #commit()} writes back. Every write through a Flat bumps the version counter, as an
 * in-place op would.
 */
final class Flat {
    final Tensor target;
    final Tensor work;
    final float[] f;
    final double[] d;
    final int off;
    final int n;

    private Flat(Tensor target, Tensor work) {
        this.target = target;
        this.work = work;
        this.n = work.numel();
        this.off = work.storageOffset();
        if (work.dtype() == DType.FLOAT32) {
            f = (float[]) work.storage().data();
            d = null;
        } else {
            f = null;
            d = (double[]) work.storage().data();
        }
    }

    static Flat of(Tensor t) {
        if ((t.dtype() == DType.FLOAT32 || t.dtype() == DType.FLOAT64) && t.isContiguous()) {
            return new Flat(t, t);
        }
        Tensor w = t.dtype() == DType.FLOAT64 ? t.contiguous() : t.to(DType.FLOAT32).contiguous();
        if (w == t) {
            w = t.clone();
        }
        return new Flat(t, w);
    }

    double get(int i) {
        return f != null ? f[off + i] : d[off + i];
    }

    void set(int i, double v) {
        if (f != null) {
            f[off + i] = (float) v;
        } else {
            d[off + i] = v;
        }
    }

    /** Publishes the writes: copies back when working on a copy, else bumps the version counter. */
    void commit() {
        if (work != target) {
            target.copy_(work);
        } else {
            target.storage().bumpVersion();
        }
    }
}
