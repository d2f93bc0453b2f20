package jtorch.internal.ops;

import jtorch.Tensor;

/**
 * Channel-rearranging layers: pixel_shuffle (depth to space), pixel_unshuffle (space to depth) and
 * channel_shuffle, each a view of the input with permuted dims copied into a new contiguous tensor. The two
 * pixel ops are each other's gradient; channel_shuffle has none in PyTorch 1.13, and says so when asked.
 */
public final class ShuffleOps {
    static final OpDef PIXEL_SHUFFLE = OpDef.of("pixel_shuffle", Saves.NOTHING);
    static final OpDef PIXEL_UNSHUFFLE = OpDef.of("pixel_unshuffle", Saves.NOTHING);
    static final OpDef CHANNEL_SHUFFLE = OpDef.withNode("channel_shuffle", "NotImplemented", Saves.NOTHING);

    private ShuffleOps() {
    }

    /**
     * {@code (*, C r², H, W) -> (*, C, H r, W r)}: each group of r² channels becomes an r x r block. PyTorch:
     * {@code F.pixel_shuffle(input, upscale_factor)}.
     */
    public static Tensor pixelShuffle(Tensor x, int r) {
        if (x.dim() < 3) {
            throw new IllegalArgumentException("pixel_shuffle expects input to have at least 3 dimensions, but got "
                    + "input with " + x.dim() + " dimension(s)");
        }
        if (r <= 0) {
            throw new IllegalArgumentException("pixel_shuffle expects a positive upscale_factor, but got " + r);
        }
        int c = x.size(-3);
        if (c % (r * r) != 0) {
            throw new IllegalArgumentException("pixel_shuffle expects its input's 'channel' dimension to be divisible "
                    + "by the square of upscale_factor, but input.size(-3)=" + c + " is not divisible by " + r * r);
        }
        return Dispatch.apply(PIXEL_SHUFFLE, new Tensor[] {x}, () -> shuffle(x, r),
                (ctx, g) -> new Tensor[] {pixelUnshuffle(g[0], r)});
    }

    // (*, oc, r, r, h, w) -> (*, oc, h, r, w, r)
    private static Tensor shuffle(Tensor x, int r) {
        int b = x.dim() - 3;
        int[] shape = x.sizes();
        int oc = shape[b] / (r * r);
        int h = shape[b + 1];
        int w = shape[b + 2];
        Tensor v = x.reshape(batchShape(shape, b, oc, r, r, h, w));
        Tensor p = v.permute(batchPerm(b, 0, 3, 1, 4, 2));
        return p.contiguous().view(batchShape(shape, b, oc, h * r, w * r));
    }

    /**
     * {@code (*, C, H r, W r) -> (*, C r², H, W)}, the inverse of {@link #pixelShuffle}. PyTorch:
     * {@code F.pixel_unshuffle(input, downscale_factor)}.
     */
    public static Tensor pixelUnshuffle(Tensor x, int r) {
        if (x.dim() < 3) {
            throw new IllegalArgumentException("pixel_unshuffle expects input to have at least 3 dimensions, but got "
                    + "input with " + x.dim() + " dimension(s)");
        }
        if (r <= 0) {
            throw new IllegalArgumentException("pixel_unshuffle expects a positive downscale_factor, but got " + r);
        }
        int h = x.size(-2);
        int w = x.size(-1);
        if (h % r != 0) {
            throw new IllegalArgumentException("pixel_unshuffle expects height to be divisible by downscale_factor, but "
                    + "input.size(-2)=" + h + " is not divisible by " + r);
        }
        if (w % r != 0) {
            throw new IllegalArgumentException("pixel_unshuffle expects width to be divisible by downscale_factor, but "
                    + "input.size(-1)=" + w + " is not divisible by " + r);
        }
        return Dispatch.apply(PIXEL_UNSHUFFLE, new Tensor[] {x}, () -> unshuffle(x, r),
                (ctx, g) -> new Tensor[] {pixelShuffle(g[0], r)});
    }

    // (*, c, oh, r, ow, r) -> (*, c, r, r, oh, ow)
    private static Tensor unshuffle(Tensor x, int r) {
        int b = x.dim() - 3;
        int[] shape = x.sizes();
        int c = shape[b];
        int oh = shape[b + 1] / r;
        int ow = shape[b + 2] / r;
        Tensor v = x.reshape(batchShape(shape, b, c, oh, r, ow, r));
        Tensor p = v.permute(batchPerm(b, 0, 2, 4, 1, 3));
        return p.contiguous().view(batchShape(shape, b, c * r * r, oh, ow));
    }

    /**
     * Splits the channels (dim 1) into {@code groups} groups and interleaves them: channel {@code g * (C/groups) + i}
     * moves to {@code i * groups + g}. PyTorch: {@code F.channel_shuffle(input, groups)}; 1.13 has no derivative
     * for it, so backward fails with PyTorch's message.
     */
    public static Tensor channelShuffle(Tensor x, int groups) {
        if (x.dim() <= 2) {
            throw new IllegalArgumentException("channel_shuffle expects input with > 2 dims, but got input with sizes "
                    + Shapes.format(x.sizes()));
        }
        if (groups <= 0) {
            throw new IllegalArgumentException("Number of groups to divide channels in must be positive. Value of "
                    + "groups:" + groups);
        }
        int c = x.size(1);
        if (c % groups != 0) {
            throw new IllegalArgumentException("Number of channels must be divisible by groups. Got " + c
                    + " channels and " + groups + " groups.");
        }
        return Dispatch.apply(CHANNEL_SHUFFLE, new Tensor[] {x}, () -> {
            int[] shape = x.sizes();
            int[] split = new int[shape.length + 1];
            split[0] = shape[0];
            split[1] = groups;
            split[2] = c / groups;
            System.arraycopy(shape, 2, split, 3, shape.length - 2);
            return x.reshape(split).transpose(1, 2).contiguous().view(shape);
        }, (ctx, g) -> {
            throw new UnsupportedOperationException("derivative for channel_shuffle is not implemented");
        });
    }

    // the leading dims of shape (b of them) followed by tail
    private static int[] batchShape(int[] shape, int b, int... tail) {
        int[] out = new int[b + tail.length];
        System.arraycopy(shape, 0, out, 0, b);
        System.arraycopy(tail, 0, out, b, tail.length);
        return out;
    }

    // identity over the b leading dims, then the tail's dims shifted by b
    private static int[] batchPerm(int b, int... tail) {
        int[] out = new int[b + tail.length];
        for (int i = 0; i < b; i++) {
            out[i] = i;
        }
        for (int i = 0; i < tail.length; i++) {
            out[b + i] = b + tail[i];
        }
        return out;
    }
}
