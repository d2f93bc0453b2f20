package jtorch.vision.transforms;

import jtorch.Tensor;
import jtorch.vision.transforms.functional.F;

/**
 * Gaussian blur with sigma drawn uniformly from {@code sigma} ({@code torch.empty(1).uniform_(lo, hi).item()}).
 * torchvision: {@code transforms.GaussianBlur(kernel_size, sigma=(0.1, 2.0))}.
 */
public final class GaussianBlur extends ImageTransform {
    private final int[] kernelSize;
    private final double[] sigma;
    private final boolean sigmaScalar;

    /** torchvision: {@code GaussianBlur(kernel_size)}. */
    public GaussianBlur(int kernelSize) {
        this(new int[] {kernelSize, kernelSize}, 0.1, 2.0);
    }

    /** torchvision: {@code GaussianBlur(kernel_size, sigma)} with a fixed sigma. */
    public GaussianBlur(int kernelSize, double sigma) {
        this(new int[] {kernelSize, kernelSize}, sigma);
    }

    /** torchvision: {@code GaussianBlur(kernel_size, (sigma_min, sigma_max))}. */
    public GaussianBlur(int kernelSize, double sigmaMin, double sigmaMax) {
        this(new int[] {kernelSize, kernelSize}, sigmaMin, sigmaMax);
    }

    /** torchvision: {@code GaussianBlur((kx, ky), (sigma_min, sigma_max))}. */
    public GaussianBlur(int[] kernelSize, double sigmaMin, double sigmaMax) {
        this.kernelSize = checkKernel(kernelSize);
        if (!(0.0 < sigmaMin && sigmaMin <= sigmaMax)) {
            throw new IllegalArgumentException("sigma values should be positive and of the form (min, max).");
        }
        this.sigma = new double[] {sigmaMin, sigmaMax};
        this.sigmaScalar = false;
    }

    /** torchvision: {@code GaussianBlur((kx, ky), sigma)} with a fixed sigma. */
    public GaussianBlur(int[] kernelSize, double sigma) {
        this.kernelSize = checkKernel(kernelSize);
        if (sigma <= 0) {
            throw new IllegalArgumentException("If sigma is a single number, it must be positive.");
        }
        this.sigma = new double[] {sigma, sigma};
        this.sigmaScalar = true;
    }

    private static int[] checkKernel(int[] k) {
        int[] r = Sizes.setup(k, "Kernel size should be a tuple/list of two integers");
        for (int ks : r) {
            if (ks <= 0 || ks % 2 == 0) {
                throw new IllegalArgumentException("Kernel size value should be an odd and positive number.");
            }
        }
        return r;
    }

    /** The sigma. torchvision: {@code GaussianBlur.get_params(sigma_min, sigma_max)}. */
    public static double getParams(double sigmaMin, double sigmaMax) {
        return Draw.uniform(sigmaMin, sigmaMax);
    }

    @Override
    public Tensor apply(Tensor img) {
        double s = getParams(sigma[0], sigma[1]);
        return F.gaussianBlur(img, kernelSize, new double[] {s, s});
    }

    @Override
    public String toString() {
        return "GaussianBlur(kernel_size=" + Repr.tuple(kernelSize) + ", sigma=" + Repr.tuple(sigma) + ")";
    }
}
