package jtorch.vision.transforms;

/** A transform's {@code fill}: one number or one per channel, expanded for tensors as torchvision does. */
final class Fill {
    private Fill() {
    }

    /** {@code [float(fill)] * channels} for a number, the values themselves for a sequence. */
    static double[] forChannels(double[] fill, boolean scalar, int channels) {
        if (scalar) {
            double[] r = new double[channels];
            java.util.Arrays.fill(r, fill[0]);
            return r;
        }
        return fill.clone();
    }

    static String repr(double[] fill, boolean scalar) {
        if (scalar) {
            return Repr.n(fill[0], fill[0] == Math.rint(fill[0]));
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < fill.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.n(fill[i], fill[i] == Math.rint(fill[i])));
        }
        return sb.append(fill.length == 1 ? ",)" : ")").toString();
    }
}
