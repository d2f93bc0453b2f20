package jtorch.vision.transforms;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.functional.F;

/**
 * With probability p ({@code torch.rand(1) < p}) erases a random box of a tensor image. torchvision:
 * {@code transforms.RandomErasing(p=0.5, scale=(0.02, 0.33), ratio=(0.3, 3.3), value=0, inplace=False)}.
 * The box is drawn as torchvision's {@code get_params}: up to 10 attempts of an area fraction and a log-uniform
 * aspect ratio; for {@code value="random"} the noise {@code torch.empty([C, h, w]).normal_()} is drawn before
 * the box's two {@code torch.randint}s. Tensors only, as torchvision.
 */
public final class RandomErasing implements Transform<Tensor, Tensor> {
    private final double p;
    private final double[] scale;
    private final double[] ratio;
    private final double[] value;
    private final boolean valueScalar;
    private final boolean inplace;

    /** Keyword arguments of {@link RandomErasing}. */
    public static final class Options {
        private double p = 0.5;
        private double[] scale = {0.02, 0.33};
        private double[] ratio = {0.3, 3.3};
        private double[] value = {0};
        private boolean valueScalar = true;
        private boolean inplace;

        private Options() {
        }

        /** {@code p=}. */
        public Options p(double v) {
            p = v;
            return this;
        }

        /** {@code scale=(lo, hi)}: the erased area fraction. */
        public Options scale(double lo, double hi) {
            scale = new double[] {lo, hi};
            return this;
        }

        /** {@code ratio=(lo, hi)}: the aspect ratio range. */
        public Options ratio(double lo, double hi) {
            ratio = new double[] {lo, hi};
            return this;
        }

        /** {@code value=v}: one value for every channel. */
        public Options value(double v) {
            value = new double[] {v};
            valueScalar = true;
            return this;
        }

        /** {@code value=(v1, ..., vC)}: one value per channel. */
        public Options value(double... v) {
            value = v.clone();
            valueScalar = false;
            return this;
        }

        /** {@code value="random"}: standard normal noise. */
        public Options randomValue() {
            value = null;
            return this;
        }

        /** {@code inplace=}. */
        public Options inplace(boolean v) {
            inplace = v;
            return this;
        }
    }

    /** Default options. */
    public static Options options() {
        return new Options();
    }

    /** torchvision: {@code RandomErasing()}. */
    public RandomErasing() {
        this(options());
    }

    /** torchvision: {@code RandomErasing(p)}. */
    public RandomErasing(double p) {
        this(options().p(p));
    }

    /** torchvision: {@code RandomErasing(p, scale, ratio, value, inplace)} with keywords. */
    public RandomErasing(Options o) {
        if (o.scale[0] > o.scale[1] || o.ratio[0] > o.ratio[1]) {
            System.err.println("UserWarning: Scale and ratio should be of kind (min, max)");
        }
        if (o.scale[0] < 0 || o.scale[1] > 1) {
            throw new IllegalArgumentException("Scale should be between 0 and 1");
        }
        if (o.p < 0 || o.p > 1) {
            throw new IllegalArgumentException("Random erasing probability should be between 0 and 1");
        }
        p = o.p;
        scale = o.scale;
        ratio = o.ratio;
        value = o.value;
        valueScalar = o.valueScalar;
        inplace = o.inplace;
    }

    /** The box {@code (i, j, h, w)} and its values (the whole image when no attempt fits). */
    public record Params(int i, int j, int h, int w, Tensor v) {
    }

    /**
     * torchvision: {@code RandomErasing.get_params(img, scale, ratio, value)}; {@code value} null means random
     * noise.
     */
    public static Params getParams(Tensor img, double[] scale, double[] ratio, double[] value) {
        int n = img.dim();
        int c = img.size(n - 3);
        int ih = img.size(n - 2);
        int iw = img.size(n - 1);
        double area = (double) ih * iw;
        double[] logRatio = Draw.logRatio(ratio);
        for (int attempt = 0; attempt < 10; attempt++) {
            double eraseArea = area * Draw.uniform(scale[0], scale[1]);
            double aspect = Draw.expUniform(logRatio[0], logRatio[1]);
            int h = Draw.pyRound(Math.sqrt(eraseArea * aspect));
            int w = Draw.pyRound(Math.sqrt(eraseArea / aspect));
            if (!(h < ih && w < iw)) {
                continue;
            }
            Tensor v;
            if (value == null) {
                v = Torch.empty(c, h, w).normal_();
            } else {
                v = Torch.fromArray(value, value.length, 1, 1).to(DType.FLOAT32);
            }
            int i = Draw.randint(0, ih - h + 1);
            int j = Draw.randint(0, iw - w + 1);
            return new Params(i, j, h, w, v);
        }
        return new Params(0, 0, ih, iw, img);
    }

    @Override
    public Tensor apply(Tensor img) {
        if (Draw.randTensorLess(p)) {
            int c = img.size(img.dim() - 3);
            if (value != null && value.length != 1 && value.length != c) {
                throw new IllegalArgumentException("If value is a sequence, it should have either a single value or "
                        + c + " (number of input channels)");
            }
            Params q = getParams(img, scale, ratio, value);
            return F.erase(img, q.i(), q.j(), q.h(), q.w(), q.v(), inplace);
        }
        return img;
    }

    @Override
    public String toString() {
        String v = value == null ? "random" : valueScalar ? Repr.n(value[0], value[0] == Math.rint(value[0]))
                : Fill.repr(value, false);
        return "RandomErasing(p=" + Repr.f(p) + ", scale=" + Repr.tuple(scale) + ", ratio=" + Repr.tuple(ratio)
                + ", value=" + v + ", inplace=" + (inplace ? "True" : "False") + ")";
    }
}
