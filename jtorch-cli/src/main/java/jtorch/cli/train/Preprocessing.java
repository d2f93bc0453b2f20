package jtorch.cli.train;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * What turns raw pixels (0..255, {@code [N, C, H, W]}) into model input: the seed's
 * {@code transforms.ToTensor()} (divide by 255), {@code transforms.Normalize(mean, std)} with the training
 * set's mean and standard deviation (the seed computes them from the training images), then the model's
 * {@link Geometry}: {@code transforms.Pad(pad)} with zeros (LeNet's 28x28 → 32x32: pad 2), 1-channel images
 * repeated to 3 channels (torchvision's architectures; {@code transforms.Grayscale(3)} after normalising) and a
 * bilinear {@code transforms.Resize} (AlexNet).
 *
 * @param mean     the training pixels' mean on the 0..1 scale
 * @param std      their standard deviation on the 0..1 scale
 * @param geometry padding, channels and resizing after normalising
 */
public record Preprocessing(double mean, double std, Geometry geometry) {

    /**
     * Padding, channel replication and resizing.
     *
     * @param pad      zero padding on each side, in pixels
     * @param channels output channels: the input's, or 3 from 1 (replicated)
     * @param resize   side of the square bilinear resize after padding (0: none)
     */
    public record Geometry(int pad, int channels, int resize) {
        /** The model input shape {@code [C, H, W]} for raw images {@code h x w}. */
        public int[] outputShape(int h, int w) {
            return resize > 0 ? new int[] {channels, resize, resize} : new int[] {channels, h + 2 * pad, w + 2 * pad};
        }
    }

    /** Mean and standard deviation of {@code rawImages} (0..255) on the 0..1 scale, with {@code geometry}. */
    public static Preprocessing fit(Tensor rawImages, Geometry geometry) {
        Tensor x = rawImages.div(255.0);
        return new Preprocessing(x.mean().item(), x.std().item(), geometry);
    }

    /** Zero padding on each side, in pixels. */
    public int pad() {
        return geometry.pad();
    }

    /** Normalises, pads, replicates channels and resizes raw pixels {@code [N, C, H, W]} (0..255): float32 input. */
    public Tensor apply(Tensor rawImages) {
        Tensor x = rawImages.toFloat().div(255.0).sub(mean).div(std);
        int n = (int) x.size(0);
        int c = (int) x.size(1);
        int h = (int) x.size(2);
        int w = (int) x.size(3);
        int pad = geometry.pad();
        if (pad > 0) {
            Tensor out = Torch.zeros(n, c, h + 2 * pad, w + 2 * pad);
            out.narrow(2, pad, h).narrow(3, pad, w).copy_(x);
            x = out;
        }
        if (geometry.channels() == 3 && c == 1) {
            x = x.expand(n, 3, x.size(2), x.size(3)).contiguous();
        }
        if (geometry.resize() > 0) {
            x = F.interpolate(x, new int[] {geometry.resize(), geometry.resize()}, "bilinear");
        }
        return x;
    }
}
