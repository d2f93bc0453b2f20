package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.AxisMaps.Axis;

/**
 * Padding: PyTorch's {@code F.pad} with modes constant (any dtype, negative pads crop), reflect,
 * replicate and circular. {@code pad} lists (before, after) pairs starting from the last dim. The
 * non-constant modes are gathers along each padded dim ({@link AxisMaps}), so their backward adds
 * the gradient back onto the source positions.
 */
public final class PadOps {
    static final OpDef CONSTANT_PAD_ND = OpDef.of("constant_pad_nd", Saves.NOTHING);
    static final OpDef[] REFLECTION_PAD = {OpDef.withNode("reflection_pad1d", "ReflectionPad1DBackward0", Saves.NOTHING),
        OpDef.withNode("reflection_pad2d", "ReflectionPad2DBackward0", Saves.NOTHING),
        OpDef.withNode("reflection_pad3d", "ReflectionPad3DBackward0", Saves.NOTHING)};
    static final OpDef[] REFLECTION_PAD_BACKWARD = {
        OpDef.withNode("reflection_pad1d_backward", "ReflectionPad1DBackwardBackward0", Saves.NOTHING),
        OpDef.withNode("reflection_pad2d_backward", "ReflectionPad2DBackwardBackward0", Saves.NOTHING),
        OpDef.withNode("reflection_pad3d_backward", "ReflectionPad3DBackwardBackward0", Saves.NOTHING)};
    static final OpDef[] REPLICATION_PAD = {OpDef.withNode("replication_pad1d", "ReplicationPad1DBackward0", Saves.NOTHING),
        OpDef.withNode("replication_pad2d", "ReplicationPad2DBackward0", Saves.NOTHING),
        OpDef.withNode("replication_pad3d", "ReplicationPad3DBackward0", Saves.NOTHING)};
    static final OpDef[] REPLICATION_PAD_BACKWARD = {
        OpDef.withNode("replication_pad1d_backward", "ReplicationPad1DBackwardBackward0", Saves.NOTHING),
        OpDef.withNode("replication_pad2d_backward", "ReplicationPad2DBackwardBackward0", Saves.NOTHING),
        OpDef.withNode("replication_pad3d_backward", "ReplicationPad3DBackwardBackward0", Saves.NOTHING)};
    // PyTorch builds circular padding from slice copies, so its grad_fn is CopySlices
    static final OpDef PAD_CIRCULAR = OpDef.withNode("_pad_circular", "CopySlices", Saves.NOTHING);
    static final OpDef PAD_CIRCULAR_BACKWARD = OpDef.withNode("_pad_circular_backward", "CopySlicesBackward", Saves.NOTHING);

    private PadOps() {
    }

    /** Pads with {@code mode} ("constant", "reflect", "replicate", "circular"). PyTorch: {@code F.pad}. */
    public static Tensor pad(Tensor x, int[] pad, String mode, double value) {
        if (!mode.equals("constant") && !mode.equals("reflect") && !mode.equals("replicate")
                && !mode.equals("circular")) {
            throw new UnsupportedOperationException("Unrecognised padding mode " + mode);
        }
        if (pad.length % 2 != 0) {
            throw new IllegalArgumentException("Padding length must be divisible by 2");
        }
        if (pad.length > 2 * x.dim()) {
            throw new IllegalArgumentException("Padding length too large");
        }
        if (mode.equals("constant")) {
            return constantPad(x, pad, value);
        }
        if (value != 0) {
            throw new IllegalArgumentException("Padding mode \"" + mode + "\" doesn't take in value argument");
        }
        int k = pad.length / 2;
        if (k < 1 || k > 3 || (x.dim() != k + 1 && x.dim() != k + 2)) {
            throw new UnsupportedOperationException("Only 2D, 3D, 4D, 5D padding with non-constant padding are "
                    + "supported for now");
        }
        return switch (mode) {
            // 1.13's CPU autocast runs reflection_pad1d/2d and every replication pad in float32
            case "reflect" -> k == 3 ? reflectionPad(x, pad)
                    : AutocastPolicy.fp32(null, new Tensor[] {x}, t -> reflectionPad(t[0], pad));
            case "replicate" -> AutocastPolicy.fp32(null, new Tensor[] {x}, t -> replicationPad(t[0], pad));
            default -> circularPad(x, pad);
        };
    }

    // ---------------------------------------------------------------- constant

    /** Pads with a constant; negative pads remove elements. PyTorch: {@code torch.constant_pad_nd}. */
    public static Tensor constantPad(Tensor x, int[] pad, double value) {
        int k = pad.length / 2;
        int[] inShape = x.sizes();
        int[] outShape = x.sizes();
        for (int i = 0; i < k; i++) {
            int d = x.dim() - 1 - i;
            int size = inShape[d];
            int left = pad[2 * i];
            int right = pad[2 * i + 1];
            int afterLeft = left < 0 ? size + left : size;
            if (left < 0 && afterLeft < 0) {
                throw new IllegalArgumentException("start (" + -left + ") + length (" + afterLeft
                        + ") exceeds dimension size (" + size + ").");
            }
            if (right < 0 && afterLeft + right < 0) {
                throw new IllegalArgumentException("start (0) + length (" + (afterLeft + right)
                        + ") exceeds dimension size (" + afterLeft + ").");
            }
            outShape[d] = size + left + right;
        }
        boolean grows = false;
        for (int p : pad) {
            grows |= p > 0;
        }
        for (int i = k - 1; i >= 0 && grows; i--) {
            int d = x.dim() - 1 - i;
            if (outShape[d] <= 0) {
                throw new IllegalArgumentException("The input size " + inShape[d] + ", plus negative padding "
                        + pad[2 * i] + " and " + pad[2 * i + 1] + " resulted in a negative output size, which is "
                        + "invalid. Check dimension " + d + " of your input.");
            }
        }
        int[] negated = new int[pad.length];
        for (int i = 0; i < pad.length; i++) {
            negated[i] = -pad[i];
        }
        return Dispatch.apply(CONSTANT_PAD_ND, new Tensor[] {x}, () -> {
            Tensor out = Torch.full(Torch.options().dtype(x.dtype()).device(x.device()), value, outShape);
            // the overlap of input and output, as views of each
            Tensor src = x;
            Tensor dst = out;
            for (int i = 0; i < k; i++) {
                int d = x.dim() - 1 - i;
                int left = pad[2 * i];
                int right = pad[2 * i + 1];
                int kept = inShape[d] - Math.max(-left, 0) - Math.max(-right, 0);
                src = rawNarrow(src, d, Math.max(-left, 0), kept);
                dst = rawNarrow(dst, d, Math.max(left, 0), kept);
            }
            CopyOps.copyInto(dst, src);
            return out;
        }, (ctx, g) -> new Tensor[] {constantPad(g[0], negated, 0)});
    }

    private static Tensor rawNarrow(Tensor t, int dim, int start, int length) {
        int[] shape = t.sizes();
        shape[dim] = length;
        return Tensor.viewOf(t, shape, t.stride(), t.storageOffset() + start * t.stride(dim));
    }

    // ---------------------------------------------------------------- reflect / replicate / circular

    private static Tensor reflectionPad(Tensor x, int[] pad) {
        int k = pad.length / 2;
        checkInput(x, k, "reflection_pad" + k + "d", false);
        for (int i = 0; i < k; i++) {
            int d = x.dim() - 1 - i;
            int left = pad[2 * i];
            int right = pad[2 * i + 1];
            if (left >= x.size(d) || right >= x.size(d)) {
                // PyTorch 1.13's 2-d kernel names the input's rank, its 1-d and 3-d kernels its sizes
                throw new IllegalArgumentException("Argument #" + (4 + 2 * i) + ": Padding size should be less than the "
                        + "corresponding input dimension, but got: padding (" + left + ", " + right + ") at dimension "
                        + d + " of input " + (k == 2 ? String.valueOf(x.dim()) : Shapes.format(x.sizes())));
            }
        }
        return gathered(REFLECTION_PAD[k - 1], REFLECTION_PAD_BACKWARD[k - 1], x, pad, (i, size) -> {
            int r = Math.abs(i);
            return r >= size ? 2 * (size - 1) - r : r;
        });
    }

    private static Tensor replicationPad(Tensor x, int[] pad) {
        int k = pad.length / 2;
        checkInput(x, k, "replication_pad" + k + "d_cpu", true);
        return gathered(REPLICATION_PAD[k - 1], REPLICATION_PAD_BACKWARD[k - 1], x, pad,
                (i, size) -> Math.min(Math.max(i, 0), size - 1));
    }

    private static Tensor circularPad(Tensor x, int[] pad) {
        int k = pad.length / 2;
        if (x.dim() != k + 2) {
            throw new IllegalArgumentException("Invalid padding size, expected " + 2 * (x.dim() - 2) + " but got "
                    + pad.length);
        }
        for (int i = 0; i < k; i++) {
            int size = x.size(x.dim() - 1 - i);
            if (pad[2 * i] > size || pad[2 * i + 1] > size) {
                throw new IllegalArgumentException("Padding value causes wrapping around more than once.");
            }
            if (size + pad[2 * i] + pad[2 * i + 1] < 0) {
                throw new IllegalArgumentException("Negative padding value is resulting in an empty dimension");
            }
        }
        // as PyTorch: negative pads crop first, and the wrap-around repeats the cropped part
        int[] dims = new int[k];
        Axis[] axes = new Axis[k];
        for (int i = 0; i < k; i++) {
            int d = x.dim() - 1 - i;
            int size = x.size(d);
            int left = pad[2 * i];
            int right = pad[2 * i + 1];
            int skip = Math.max(-left, 0);
            int period = size - skip - Math.max(-right, 0);
            int[] from = new int[size + left + right];
            for (int o = 0; o < from.length; o++) {
                from[o] = skip + Math.floorMod(o - Math.max(left, 0), period);
            }
            dims[i] = d;
            axes[i] = Axis.gather(size, from);
        }
        return AxisMaps.map(PAD_CIRCULAR, PAD_CIRCULAR_BACKWARD, x, dims, axes, null, false);
    }

    // PyTorch's check_valid_input for the reflect/replicate kernels, and their dtype dispatch (floats only)
    private static void checkInput(Tensor x, int k, String kernel, boolean replicate) {
        boolean valid = true;
        for (int d = x.dim() == k + 2 ? 1 : 0; d < x.dim(); d++) {
            valid &= x.size(d) != 0;
        }
        if (!valid) {
            if (replicate) {
                throw new IllegalArgumentException("Expected " + (k + 1) + "D or " + (k + 2) + "D (batch mode) tensor "
                        + "with possibly 0 batch size and other non-zero dimensions for input, but got: "
                        + Shapes.format(x.sizes()));
            }
            throw new IllegalArgumentException((k + 1) + "D or " + (k + 2) + "D (batch mode) tensor expected for input, "
                    + "but got: [ " + x.dtype().tensorTypeName() + "{" + Shapes.formatX(x.sizes()).replace('x', ',')
                    + "} ]");
        }
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(x.dtype()) + "'");
        }
    }

    /** Where output position {@code i - left} reads from, for an axis of {@code size}. */
    private interface Source {
        int of(int shifted, int size);
    }

    private static Tensor gathered(OpDef op, OpDef adjoint, Tensor x, int[] pad, Source source) {
        int k = pad.length / 2;
        int[] dims = new int[k];
        Axis[] axes = new Axis[k];
        for (int i = 0; i < k; i++) {
            int d = x.dim() - 1 - i;
            int size = x.size(d);
            int out = size + pad[2 * i] + pad[2 * i + 1];
            int[] from = new int[Math.max(out, 0)];
            for (int o = 0; o < from.length; o++) {
                from[o] = source.of(o - pad[2 * i], size);
            }
            dims[i] = d;
            axes[i] = Axis.gather(size, from);
        }
        return AxisMaps.map(op, adjoint, x, dims, axes, null, false);
    }
}
