package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.functional.F;

/**
 * Random elastic displacement: uniform noise in [-1, 1] per axis ({@code torch.rand([1, 1, H, W]) * 2 - 1},
 * x first), Gaussian-blurred with sigma and scaled by {@code alpha / size}. torchvision:
 * {@code transforms.ElasticTransform(alpha=50.0, sigma=5.0, interpolation=BILINEAR, fill=0)}.
 */
public final class ElasticTransform extends ImageTransform {
    private final double[] alpha;
    private final double[] sigma;
    private final InterpolationMode interpolation;
    private final double fill;

    /** torchvision: {@code ElasticTransform()}. */
    public ElasticTransform() {
        this(50.0, 5.0);
    }

    /** torchvision: {@code ElasticTransform(alpha, sigma)}. */
    public ElasticTransform(double alpha, double sigma) {
        this(new double[] {alpha, alpha}, new double[] {sigma, sigma}, InterpolationMode.BILINEAR, 0);
    }

    /** torchvision: {@code ElasticTransform((ax, ay), (sx, sy), interpolation, fill)}. */
    public ElasticTransform(double[] alpha, double[] sigma, InterpolationMode interpolation, double fill) {
        if (alpha.length != 2) {
            throw new IllegalArgumentException("If alpha is a sequence its length should be 2. Got " + alpha.length);
        }
        if (sigma.length != 2) {
            throw new IllegalArgumentException("If sigma is a sequence its length should be 2. Got " + sigma.length);
        }
        this.alpha = alpha.clone();
        this.sigma = sigma.clone();
        this.interpolation = interpolation;
        this.fill = fill;
    }

    /** The displacement {@code [1, H, W, 2]}. torchvision: {@code ElasticTransform.get_params(alpha, sigma, size)}. */
    public static Tensor getParams(double[] alpha, double[] sigma, int height, int width) {
        Tensor dx = Torch.rand(1, 1, height, width).mul(2).sub(1);
        if (sigma[0] > 0.0) {
            int kx = (int) (8 * sigma[0] + 1);
            kx += kx % 2 == 0 ? 1 : 0;
            dx = F.gaussianBlur(dx, new int[] {kx, kx}, sigma);
        }
        dx = dx.mul(alpha[0]).div(height);
        Tensor dy = Torch.rand(1, 1, height, width).mul(2).sub(1);
        if (sigma[1] > 0.0) {
            int ky = (int) (8 * sigma[1] + 1);
            ky += ky % 2 == 0 ? 1 : 0;
            dy = F.gaussianBlur(dy, new int[] {ky, ky}, sigma);
        }
        dy = dy.mul(alpha[1]).div(width);
        return Torch.cat(java.util.List.of(dx, dy), 1).permute(0, 2, 3, 1);
    }

    @Override
    public Tensor apply(Tensor img) {
        int[] d = F.getDimensions(img);
        Tensor disp = getParams(alpha, sigma, d[1], d[2]);
        return F.elasticTransform(img, disp, interpolation, new double[] {fill});
    }

    @Override
    public String toString() {
        return "ElasticTransform(alpha=" + Repr.list(alpha) + "), (sigma=" + Repr.list(sigma)
                + "), interpolation={self.interpolation}, fill={self.fill})";
    }
}
