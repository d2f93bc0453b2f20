package jtorch.cli.train;

import jtorch.Tensor;
import jtorch.Torch;

/**
 * What turns raw pixels (0..255, {@code [N, C, H, W]}) into model input: the seed's
 * {@code transforms.ToTensor()} (divide by 255), {@code transforms.Normalize(mean, std)} with the training
 * set's mean and standard deviation (the seed computes them from the training images), and
 * {@code transforms.Pad(pad)} with zeros after normalising (LeNet's 28x28 → 32x32: pad 2).
 *
 * @param mean the training pixels' mean on the 0..1 scale
 * @param std  their standard deviation on the 0..1 scale
 * @param pad  zero padding on each side, in pixels
 */
public record Preprocessing(double mean, double std, int pad) {

    /** Mean and standard deviation of {@code rawImages} (0..255) on the 0..1 scale, with padding {@code pad}. */
    public static Preprocessing fit(Tensor rawImages, int pad) {
        Tensor x = rawImages.div(255.0);
        return new Preprocessing(x.mean().item(), x.std().item(), pad);
    }

    /** Normalises and pads raw pixels {@code [N, C, H, W]} (0..255) into float32 model input. */
    public Tensor apply(Tensor rawImages) {
        Tensor x = rawImages.toFloat().div(255.0).sub(mean).div(std);
        if (pad == 0) {
            return x;
        }
        int n = (int) x.size(0);
        int c = (int) x.size(1);
        int h = (int) x.size(2);
        int w = (int) x.size(3);
        Tensor out = Torch.zeros(n, c, h + 2 * pad, w + 2 * pad);
        out.narrow(2, pad, h).narrow(3, pad, w).copy_(x);
        return out;
    }
}
