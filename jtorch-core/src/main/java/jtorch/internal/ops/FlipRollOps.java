package jtorch.internal.ops;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Reordering along dims: flip (and fliplr/flipud), roll and rot90, each a new tensor with PyTorch's node; the
 * gradient of each is the same reordering undone (flip again, roll back, rotate back).
 */
public final class FlipRollOps {
    static final OpDef FLIP = OpDef.of("flip", Saves.NOTHING);
    static final OpDef ROLL = OpDef.of("roll", Saves.NOTHING);
    static final OpDef ROT90 = OpDef.of("rot90", Saves.NOTHING);

    private FlipRollOps() {
    }

    /** Reverses the order of elements along each of {@code dims}. PyTorch: {@code torch.flip(input, dims)}. */
    public static Tensor flip(Tensor x, int... dims) {
        int[] wrapped = new int[dims.length];
        boolean[] seen = new boolean[Math.max(x.dim(), 1)];
        for (int i = 0; i < dims.length; i++) {
            wrapped[i] = Shapes.wrapDim(dims[i], x.dim());
            if (seen[wrapped[i]]) {
                throw new IllegalArgumentException("dim " + wrapped[i] + " appears multiple times in the list of dims");
            }
            seen[wrapped[i]] = true;
        }
        return Dispatch.apply(FLIP, new Tensor[] {x}, () -> {
            Tensor r = x;
            for (int d : wrapped) {
                if (x.dim() > 0) {
                    r = r.indexSelect(d, Torch.arange(x.size(d) - 1, -1, -1));
                }
            }
            return r == x ? x.clone() : r;
        }, (ctx, g) -> new Tensor[] {flip(g[0], wrapped)});
    }

    /** Flips dim 1 (left/right). PyTorch: {@code torch.fliplr(input)}; the input must be at least 2-D. */
    public static Tensor fliplr(Tensor x) {
        if (x.dim() < 2) {
            throw new IllegalArgumentException("Input must be >= 2-d.");
        }
        return flip(x, 1);
    }

    /** Flips dim 0 (up/down). PyTorch: {@code torch.flipud(input)}; the input must be at least 1-D. */
    public static Tensor flipud(Tensor x) {
        if (x.dim() < 1) {
            throw new IllegalArgumentException("Input must be >= 1-d.");
        }
        return flip(x, 0);
    }

    /**
     * Shifts elements along each of {@code dims} by the matching shift, wrapping around; without dims the tensor
     * is rolled as if flattened (one shift). PyTorch: {@code torch.roll(input, shifts, dims)}.
     */
    public static Tensor roll(Tensor x, int[] shifts, int[] dims) {
        if (shifts.length == 0) {
            throw new IllegalArgumentException("`shifts` required");
        }
        if (dims.length == 0 && shifts.length == 1) {
            int[] shape = x.sizes();
            return Dispatch.apply(ROLL, new Tensor[] {x}, () -> rollDim(x.flatten(), shifts[0], 0).view(shape),
                    (ctx, g) -> new Tensor[] {roll(g[0], new int[] {-shifts[0]}, dims)});
        }
        if (shifts.length != dims.length) {
            throw new IllegalArgumentException("shifts and dimensions must align. shifts: " + shifts.length + ", dims:"
                    + dims.length);
        }
        int[] wrapped = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            wrapped[i] = Shapes.wrapDim(dims[i], x.dim());
        }
        int[] back = new int[shifts.length];
        for (int i = 0; i < shifts.length; i++) {
            back[i] = -shifts[i];
        }
        return Dispatch.apply(ROLL, new Tensor[] {x}, () -> {
            Tensor r = x;
            for (int i = 0; i < wrapped.length; i++) {
                r = rollDim(r, shifts[i], wrapped[i]);
            }
            return r;
        }, (ctx, g) -> new Tensor[] {roll(g[0], back, wrapped)});
    }

    // the last `shift` elements of dim d move to its front
    private static Tensor rollDim(Tensor x, int shift, int d) {
        int n = x.size(d);
        if (n == 0) {
            return x.clone();
        }
        int start = Math.floorMod(-shift, n);
        if (start == 0) {
            return x.clone();
        }
        return Torch.cat(List.of(x.narrow(d, start, n - start), x.narrow(d, 0, start)), d);
    }

    /**
     * Rotates by 90° {@code k} times in the plane of {@code dims}, from the first dim towards the second.
     * PyTorch: {@code torch.rot90(input, k=1, dims=[0, 1])}.
     */
    public static Tensor rot90(Tensor x, int k, int[] dims) {
        int total = x.dim();
        if (dims.length != 2) {
            throw new IllegalArgumentException("expected total rotation dims == 2, but got dims = " + dims.length);
        }
        if (total < 2) {
            throw new IllegalArgumentException("expected total dims >= 2, but got total dims = " + total);
        }
        if (dims[0] == dims[1] || Math.abs(dims[0] - dims[1]) == total) {
            throw new IllegalArgumentException("expected rotation dims to be different, but got dim0 = " + dims[0]
                    + " and dim1 = " + dims[1]);
        }
        if (dims[0] >= total || dims[0] < -total) {
            throw new IllegalArgumentException("Rotation dim0 out of range, dim0 = " + dims[0]);
        }
        if (dims[1] >= total || dims[1] < -total) {
            throw new IllegalArgumentException("Rotation dim1 out of range, dim1 = " + dims[1]);
        }
        int turns = Math.floorMod(k, 4);
        return Dispatch.apply(ROT90, new Tensor[] {x}, () -> switch (turns) {
            case 1 -> flip(x, dims[1]).transpose(dims[0], dims[1]);
            case 2 -> flip(x, dims);
            case 3 -> flip(x, dims[0]).transpose(dims[0], dims[1]);
            default -> x.contiguous().clone();
        }, (ctx, g) -> new Tensor[] {rot90(g[0], -k, dims)});
    }
}
