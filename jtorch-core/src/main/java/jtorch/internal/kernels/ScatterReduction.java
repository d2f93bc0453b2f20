package jtorch.internal.kernels;

/**
 * How a reducing scatter combines a value with what the destination holds (scatter_reduce and index_reduce's
 * "prod", "amax" and "amin"; sums go through the accumulating scatter). A NaN value wins max and min, as in
 * PyTorch's CPU kernels.
 */
public enum ScatterReduction {
    PROD, AMAX, AMIN;

    double combine(double held, double value) {
        return switch (this) {
            case PROD -> held * value;
            case AMAX -> Double.isNaN(value) ? value : held < value ? value : held;
            case AMIN -> Double.isNaN(value) ? value : held > value ? value : held;
        };
    }

    long combine(long held, long value) {
        return switch (this) {
            case PROD -> held * value;
            case AMAX -> Math.max(held, value);
            case AMIN -> Math.min(held, value);
        };
    }
}
