package jtorch.vision.datasets;

import java.util.function.Function;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.utils.data.Dataset;

/**
 * Per-channel statistics for {@code Normalize}: the seed's normMean/normStd script, which scales
 * pixels to [0, 1] and takes each channel's mean and (population, NumPy's {@code np.std}) standard
 * deviation over all pixels of all images.
 */
public final class DatasetStats {
    private DatasetStats() {
    }

    /** Per-channel mean and standard deviation. */
    public record MeanStd(double[] mean, double[] std) {
    }

    /**
     * Mean and standard deviation per channel over every sample's image tensor {@code [C, H, W]}
     * ({@code image} extracts it; uint8 tensors are divided by 255, floating ones used as they are).
     * Accumulates in double.
     */
    public static <T> MeanStd meanStd(Dataset<T> dataset, Function<? super T, Tensor> image) {
        double[] sum = null;
        double[] sq = null;
        long perChannel = 0;
        for (int i = 0; i < dataset.size(); i++) {
            Tensor t = image.apply(dataset.get(i));
            if (t.dim() != 3) {
                throw new IllegalArgumentException("meanStd expects [C, H, W] images, sample " + i + " has "
                        + t.dim() + " dimensions");
            }
            int c = t.size(0);
            if (sum == null) {
                sum = new double[c];
                sq = new double[c];
            } else if (c != sum.length) {
                throw new IllegalArgumentException("sample " + i + " has " + c + " channels, the first had " + sum.length);
            }
            boolean bytes = t.dtype() == DType.UINT8;
            float[] v = t.contiguous().toFloat().toFloatArray();
            int hw = v.length / c;
            for (int k = 0; k < c; k++) {
                double s = 0;
                double s2 = 0;
                for (int p = k * hw; p < (k + 1) * hw; p++) {
                    double x = bytes ? v[p] / 255.0 : v[p];
                    s += x;
                    s2 += x * x;
                }
                sum[k] += s;
                sq[k] += s2;
            }
            perChannel += hw;
        }
        if (sum == null) {
            throw new IllegalArgumentException("meanStd of an empty dataset");
        }
        double[] mean = new double[sum.length];
        double[] std = new double[sum.length];
        for (int k = 0; k < sum.length; k++) {
            mean[k] = sum[k] / perChannel;
            std[k] = Math.sqrt(Math.max(0, sq[k] / perChannel - mean[k] * mean[k]));
        }
        return new MeanStd(mean, std);
    }
}
