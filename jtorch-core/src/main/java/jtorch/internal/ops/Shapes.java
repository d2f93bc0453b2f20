package jtorch.internal.ops;

import java.util.Arrays;

/** Shape arithmetic shared by every op: dim wrapping, broadcasting, contiguous strides, numel. */
public final class Shapes {
    private Shapes() {
    }

    /** PyTorch's {@code maybe_wrap_dim}: negative dims count from the end; 0-d tensors accept 0 and -1. */
    public static int wrapDim(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of ["
                    + (-r) + ", " + (r - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** Wraps and de-duplicates a list of dims; an empty list means "all dims" only where the caller says so. */
    public static int[] wrapDims(int[] dims, int rank) {
        int[] out = new int[dims.length];
        boolean[] seen = new boolean[Math.max(rank, 1)];
        for (int i = 0; i < dims.length; i++) {
            out[i] = wrapDim(dims[i], rank);
            if (seen[out[i]]) {
                throw new IllegalArgumentException("dim " + out[i] + " appears multiple times in the list of dims");
            }
            seen[out[i]] = true;
        }
        return out;
    }

    public static int numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("tensor of shape " + format(shape)
                        + " has more than 2^31-1 elements, which jtorch does not support");
            }
        }
        return (int) n;
    }

    public static int[] contiguousStrides(int[] shape) {
        int[] stride = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            stride[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return stride;
    }

    public static boolean isContiguous(int[] shape, int[] stride) {
        int expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 1) {
                continue;
            }
            if (shape[i] == 0) {
                return true;
            }
            if (stride[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** PyTorch's broadcasting rule: align from the right; sizes must match or one must be 1. */
    public static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1;
            int db = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("The size of tensor a (" + da + ") must match the size of tensor b ("
                        + db + ") at non-singleton dimension " + i);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    public static int[] broadcast(int[]... shapes) {
        int[] out = new int[0];
        for (int[] s : shapes) {
            out = broadcast(out, s);
        }
        return out;
    }

    /**
     * Strides that read a tensor of {@code shape}/{@code stride} as if broadcast to {@code target}:
     * missing leading dims and size-1 dims get stride 0.
     */
    public static int[] broadcastStrides(int[] shape, int[] stride, int[] target) {
        int[] out = new int[target.length];
        int lead = target.length - shape.length;
        for (int i = 0; i < target.length; i++) {
            int j = i - lead;
            if (j < 0) {
                out[i] = 0;
            } else if (shape[j] == target[i]) {
                out[i] = shape[j] == 1 ? 0 : stride[j];
            } else if (shape[j] == 1) {
                out[i] = 0;
            } else {
                throw new IllegalArgumentException("The expanded size of the tensor (" + target[i]
                        + ") must match the existing size (" + shape[j] + ") at non-singleton dimension " + i
                        + ".  Target sizes: " + format(target) + ".  Tensor sizes: " + format(shape));
            }
        }
        return out;
    }

    /** Resolves a single -1 in a requested view/reshape shape, checking the element count. */
    public static int[] inferSize(int[] requested, int numel) {
        int[] out = requested.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("only one dimension can be inferred");
                }
                infer = i;
            } else if (out[i] < 0) {
                throw new IllegalArgumentException("invalid shape dimension " + out[i]);
            } else {
                known *= out[i];
            }
        }
        if (infer >= 0) {
            if (known == 0 && numel == 0) {
                throw new IllegalArgumentException("cannot reshape tensor of 0 elements into shape " + format(requested)
                        + " because the unspecified dimension size -1 can be any value and is ambiguous");
            }
            if (known == 0 || numel % known != 0) {
                throw new IllegalArgumentException("shape '" + format(requested) + "' is invalid for input of size " + numel);
            }
            out[infer] = (int) (numel / known);
        } else if (known != numel) {
            throw new IllegalArgumentException("shape '" + format(requested) + "' is invalid for input of size " + numel);
        }
        return out;
    }

    /** Formats like Python lists: {@code [2, 3]}. */
    public static String format(int[] shape) {
        return Arrays.toString(shape);
    }

    /** Formats like {@code 64x1000} as used in matmul messages. */
    public static String formatX(int[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? "x" : "").append(shape[i]);
        }
        return sb.toString();
    }

    /** Removes dims {@code dims} (already wrapped) from a shape, or sets them to 1 when keepdim. */
    public static int[] reduceShape(int[] shape, int[] dims, boolean keepdim) {
        boolean[] reduced = new boolean[shape.length];
        for (int d : dims) {
            reduced[d] = true;
        }
        int[] out = new int[keepdim ? shape.length : shape.length - dims.length];
        int j = 0;
        for (int i = 0; i < shape.length; i++) {
            if (!reduced[i]) {
                out[j++] = shape[i];
            } else if (keepdim) {
                out[j++] = 1;
            }
        }
        return out;
    }

    public static int[] allDims(int rank) {
        int[] d = new int[rank];
        for (int i = 0; i < rank; i++) {
            d[i] = i;
        }
        return d;
    }
}
