package jtorch;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A tensor's shape, as PyTorch's {@code torch.Size}: an immutable list of dimension sizes that compares by value
 * ({@code x.shape().equals(y.shape())}, also with any {@code List<Integer>} of the same sizes, as a {@code torch.Size}
 * equals a tuple), supports negative indices in {@link #get(int)} and prints as {@code torch.Size([2, 3])}.
 * {@link #toIntArray()} gives the sizes as a fresh array for the overloads that take {@code int...}.
 */
public final class Size extends AbstractList<Integer> implements RandomAccess {
    private final int[] dims;

    private Size(int[] dims) {
        this.dims = dims;
    }

    /**
     * {@code torch.Size([d0, d1, ...])}; the array is copied. Like PyTorch's, it takes any sizes, so
     * {@code x.view(Size.of(-1, 3))} infers the first as {@code view} does.
     */
    public static Size of(int... dims) {
        return new Size(dims.clone());
    }

    /** {@code size[i]}; a negative {@code i} counts from the end as in Python. */
    @Override
    public Integer get(int i) {
        return dim(i);
    }

    /** {@code size[i]} as an {@code int}; a negative {@code i} counts from the end as in Python. */
    public int dim(int i) {
        int j = i < 0 ? i + dims.length : i;
        if (j < 0 || j >= dims.length) {
            throw new IndexOutOfBoundsException("tuple index out of range: " + i + " for " + this);
        }
        return dims[j];
    }

    /** {@code len(size)}: the number of dimensions. */
    @Override
    public int size() {
        return dims.length;
    }

    /** {@code size.numel()}: the product of the sizes (1 for a 0-d shape). */
    public long numel() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** The sizes as a fresh {@code int[]}. */
    public int[] toIntArray() {
        return dims.clone();
    }

    /** {@code str(size)}: {@code torch.Size([2, 3])}, {@code torch.Size([])} for a 0-d shape. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return sb.append("])").toString();
    }
}
