package jtorch.nn;

import java.util.Arrays;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * Resizing by a scale factor or to a size. PyTorch: {@code nn.Upsample(size=None, scale_factor=None,
 * mode='nearest', align_corners=None, recompute_scale_factor=None)}, e.g. the U-Net's
 * {@code new Upsample(Upsample.options().scaleFactor(2).mode("bilinear").alignCorners(true))}.
 */
public class Upsample extends Module {
    /** Null when a scale factor is given. */
    public final int[] size;
    /** Null when a size is given. */
    public final double[] scaleFactor;
    /** PyTorch's {@code Upsample.mode} attribute. */
    public final String mode;
    /** PyTorch's {@code Upsample.align_corners} attribute. */
    public final Boolean alignCorners;
    /** PyTorch's {@code Upsample.recompute_scale_factor} attribute. */
    public final Boolean recomputeScaleFactor;

    /** Keyword arguments of {@code nn.Upsample}. */
    public static final class Options {
        int[] size;
        double[] scaleFactor;
        String mode = "nearest";
        Boolean alignCorners;
        Boolean recomputeScaleFactor;

        private Options() {
        }

        /** The {@code size} keyword (PyTorch's default: {@code None}). */
        public Options size(int... size) {
            this.size = size;
            return this;
        }

        /** The {@code scale_factor} keyword (PyTorch's default: {@code None}). */
        public Options scaleFactor(double... scaleFactor) {
            this.scaleFactor = scaleFactor;
            return this;
        }

        /** The {@code mode} keyword (PyTorch's default: {@code 'nearest'}). */
        public Options mode(String mode) {
            this.mode = mode;
            return this;
        }

        /** The {@code align_corners} keyword (PyTorch's default: {@code None}). */
        public Options alignCorners(Boolean alignCorners) {
            this.alignCorners = alignCorners;
            return this;
        }

        /** The {@code recompute_scale_factor} keyword (PyTorch's default: {@code None}). */
        public Options recomputeScaleFactor(Boolean recomputeScaleFactor) {
            this.recomputeScaleFactor = recomputeScaleFactor;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None)}. */
    public static Options options() {
        return new Options();
    }

    /** Nearest-neighbour up-sampling by {@code scaleFactor}. */
    public Upsample(double scaleFactor) {
        this(options().scaleFactor(scaleFactor));
    }

    /** PyTorch: {@code torch.nn.Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None)}. */
    public Upsample(double scaleFactor, String mode) {
        this(options().scaleFactor(scaleFactor).mode(mode));
    }

    /** PyTorch: {@code torch.nn.Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None)}. */
    public Upsample(Options o) {
        size = o.size == null ? null : o.size.clone();
        // PyTorch keeps a zero scale factor as None
        scaleFactor = o.scaleFactor == null || Arrays.stream(o.scaleFactor).allMatch(s -> s == 0) ? null
                : o.scaleFactor.clone();
        mode = o.mode;
        alignCorners = o.alignCorners;
        recomputeScaleFactor = o.recomputeScaleFactor;
    }

    @Override
    public Tensor forward(Tensor input) {
        var o = F.interpolateOptions().mode(mode);
        if (size != null) {
            o.size(size);
        }
        if (scaleFactor != null) {
            o.scaleFactor(scaleFactor);
        }
        if (alignCorners != null) {
            o.alignCorners(alignCorners);
        }
        if (recomputeScaleFactor != null) {
            o.recomputeScaleFactor(recomputeScaleFactor);
        }
        return F.interpolate(input, o);
    }

    @Override
    public String extraRepr() {
        String info;
        if (scaleFactor != null) {
            info = "scale_factor=" + (scaleFactor.length == 1 ? Repr.floating(scaleFactor[0]) : floats(scaleFactor));
        } else {
            info = "size=" + (size == null ? "None" : size.length == 1 ? Integer.toString(size[0]) : Repr.tuple(size));
        }
        return info + ", mode=" + mode;
    }

    private static String floats(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.floating(v[i]));
        }
        return sb.append(")").toString();
    }
}
