package jtorch.vision.transforms;

/** torchvision's {@code _setup_size} and {@code _setup_angle}. */
final class Sizes {
    private Sizes() {
    }

    static int[] setup(int[] size, String errorMsg) {
        if (size.length == 1) {
            return new int[] {size[0], size[0]};
        }
        if (size.length != 2) {
            throw new IllegalArgumentException(errorMsg);
        }
        return size.clone();
    }

    /** A single angle {@code x} becomes {@code [-x, x]}. */
    static double[] angle(double x, String name) {
        if (x < 0) {
            throw new IllegalArgumentException("If " + name + " is a single number, it must be positive.");
        }
        return new double[] {0.0 - x, x}; // Python: -0 of an int is 0
    }

    static double[] angles(double[] x, String name, int... reqSizes) {
        for (int r : reqSizes) {
            if (x.length == r) {
                return x.clone();
            }
        }
        String msg = reqSizes.length < 2 ? String.valueOf(reqSizes[0])
                : java.util.Arrays.stream(reqSizes).mapToObj(String::valueOf).reduce((a, b) -> a + " or " + b).get();
        throw new IllegalArgumentException(name + " should be a sequence of length " + msg + ".");
    }
}
