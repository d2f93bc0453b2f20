package jtorch.vision.models;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.ConvTranspose2d;
import jtorch.nn.MaxPool2d;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.nn.Upsample;
import jtorch.nn.functional.F;

/**
 * The seed notes' U-Net (Ronneberger et al., 2015; 001_6d82f735346a2cd8.txt quotes its {@link Up} block from the
 * widely used PyTorch-UNet code): {@code UNet(n_channels, n_classes, bilinear=False)} with {@code inc}
 * ({@link DoubleConv} to 64 channels), four {@link Down} and four {@link Up} stages and {@code outc} (a 1x1
 * convolution), each layer keeping PyTorch's default initialisation. Keys {@code inc.double_conv.0.weight, ...,
 * down1.maxpool_conv.1.double_conv.*, up1.up.*, up1.conv.double_conv.*, outc.conv.*}. Takes
 * {@code [N, nChannels, H, W]} with H, W multiples of 16 (other sizes are padded inside {@code Up}) and returns
 * per-pixel class scores {@code [N, nClasses, H, W]}.
 */
public class UNet extends Module {
    final DoubleConv inc;
    final Down down1;
    final Down down2;
    final Down down3;
    final Down down4;
    final Up up1;
    final Up up2;
    final Up up3;
    final Up up4;
    final OutConv outc;

    /**
     * PyTorch: {@code UNet(n_channels, n_classes, bilinear)}: bilinear upsampling (with halved channels in the
     * deepest stages) instead of transposed convolutions.
     *
     * @throws IllegalArgumentException for non-positive channel or class counts
     */
    public UNet(int nChannels, int nClasses, boolean bilinear) {
        if (nChannels <= 0 || nClasses <= 0) {
            throw new IllegalArgumentException("UNet needs positive n_channels and n_classes, got " + nChannels
                    + " and " + nClasses);
        }
        int factor = bilinear ? 2 : 1;
        inc = new DoubleConv(nChannels, 64, 64);
        down1 = new Down(64, 128);
        down2 = new Down(128, 256);
        down3 = new Down(256, 512);
        down4 = new Down(512, 1024 / factor);
        up1 = new Up(1024, 512 / factor, bilinear);
        up2 = new Up(512, 256 / factor, bilinear);
        up3 = new Up(256, 128 / factor, bilinear);
        up4 = new Up(128, 64, bilinear);
        outc = new OutConv(64, nClasses);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor x1 = inc.call(x);
        Tensor x2 = down1.call(x1);
        Tensor x3 = down2.call(x2);
        Tensor x4 = down3.call(x3);
        Tensor x5 = down4.call(x4);
        x = up1.call(x5, x4);
        x = up2.call(x, x3);
        x = up3.call(x, x2);
        x = up4.call(x, x1);
        return outc.call(x);
    }

    /** (3x3 convolution, batch norm, ReLU) twice: {@code double_conv}, a Sequential. The seed's {@code DoubleConv}. */
    public static class DoubleConv extends Module {
        final Sequential double_conv;

        /** {@code DoubleConv(in_channels, out_channels, mid_channels)}. */
        public DoubleConv(int in, int out, int mid) {
            double_conv = new Sequential(
                    new Conv2d(Conv2d.options(in, mid, 3).padding(1).bias(false)), new BatchNorm2d(mid),
                    new ReLU(true),
                    new Conv2d(Conv2d.options(mid, out, 3).padding(1).bias(false)), new BatchNorm2d(out),
                    new ReLU(true));
        }

        @Override
        public Tensor forward(Tensor x) {
            return double_conv.call(x);
        }
    }

    /** 2x2 max-pool then {@link DoubleConv}: {@code maxpool_conv}. The seed's {@code Down}. */
    public static class Down extends Module {
        final Sequential maxpool_conv;

        /** {@code Down(in_channels, out_channels)}. */
        public Down(int in, int out) {
            maxpool_conv = new Sequential(new MaxPool2d(2), new DoubleConv(in, out, out));
        }

        @Override
        public Tensor forward(Tensor x) {
            return maxpool_conv.call(x);
        }
    }

    /**
     * Upscaling (a 2x2 transposed convolution halving the channels, or bilinear upsampling with aligned corners),
     * padding to the skip connection's size, concatenation {@code [skip, upscaled]} and a {@link DoubleConv}.
     * The seed's {@code Up}; {@code call(x1, x2)} with {@code x2} the skip connection.
     */
    public static class Up extends Module {
        final Module up;
        final DoubleConv conv;

        /** {@code Up(in_channels, out_channels, bilinear)}. */
        public Up(int in, int out, boolean bilinear) {
            if (bilinear) {
                up = new Upsample(Upsample.options().scaleFactor(2).mode("bilinear").alignCorners(true));
                conv = new DoubleConv(in, out, in / 2);
            } else {
                up = new ConvTranspose2d(in, in / 2, 2, 2);
                conv = new DoubleConv(in, out, out);
            }
        }

        /** {@code forward(x1, x2)}: upscales {@code x1} and joins it to the skip connection {@code x2}. */
        @Override
        public Tensor forward(Tensor... inputs) {
            if (inputs.length != 2) {
                throw new IllegalArgumentException("Up.forward takes (x1, x2), got " + inputs.length + " inputs");
            }
            Tensor x1 = up.call(inputs[0]);
            Tensor x2 = inputs[1];
            int diffY = (int) (x2.size(2) - x1.size(2));
            int diffX = (int) (x2.size(3) - x1.size(3));
            x1 = F.pad(x1, new int[] {diffX / 2, diffX - diffX / 2, diffY / 2, diffY - diffY / 2});
            return conv.call(Torch.cat(List.of(x2, x1), 1));
        }
    }

    /** A 1x1 convolution to class scores: {@code conv}. The seed's {@code OutConv}. */
    public static class OutConv extends Module {
        final Conv2d conv;

        /** {@code OutConv(in_channels, out_channels)}. */
        public OutConv(int in, int out) {
            conv = new Conv2d(in, out, 1);
        }

        @Override
        public Tensor forward(Tensor x) {
            return conv.call(x);
        }
    }
}
