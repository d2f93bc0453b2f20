package jtorch.internal.ops;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;

/**
 * Ops that change which storage a tensor views, or that storage's size: set_ (to another tensor's storage and
 * geometry, to a storage, or to an empty one), resize_/resize_as_ (growing the storage in place as PyTorch does),
 * the deprecated out-of-place resize_as, as_strided_scatter, and from_file (a storage read from a file's bytes).
 * The in-place view ops (transpose_, squeeze_, as_strided_, ...) live with their out-of-place forms in
 * {@link ViewOps}.
 */
public final class StorageOps {
    // PyTorch 1.13 records set_ in the graph but has no derivative for it: its node fails when reached
    static final OpDef SET_ = OpDef.withNode("set_", "NotImplemented", Saves.NOTHING);
    static final OpDef RESIZE_ = OpDef.nonDifferentiable("resize_");
    static final OpDef RESIZE_AS_ = OpDef.nonDifferentiable("resize_as_");
    // Tensor.resize_as is the Python autograd Function torch.autograd._functions.Resize
    static final OpDef RESIZE_AS = OpDef.withNode("resize_as", "ResizeBackward", Saves.NOTHING);
    static final OpDef FROM_FILE = OpDef.nonDifferentiable("from_file");

    private StorageOps() {
    }

    // ---------------------------------------------------------------- set_

    /** PyTorch: {@code Tensor.set_(source)}: this tensor views {@code source}'s storage with its geometry. */
    public static Tensor set_(Tensor self, Tensor source) {
        if (source.dtype() != self.dtype()) {
            throw new IllegalArgumentException("set_: expected source of dtype " + self.dtype() + " (self's), but got "
                    + source.dtype());
        }
        return set(self, new Tensor[] {source}, source.storage(), source.sizes(), source.stride(),
                source.storageOffset());
    }

    /**
     * PyTorch: {@code Tensor.set_(source, storage_offset, size, stride)} with a storage: the storage grows when
     * the geometry reaches past its end.
     */
    public static Tensor set_(Tensor self, Storage source, int storageOffset, int[] size, int[] stride) {
        if (source.dtype() != self.dtype()) {
            throw new IllegalArgumentException("Expected a Storage of type " + self.dtype() + ", but got type "
                    + source.dtype() + " for argument 'source'");
        }
        if (storageOffset < 0) {
            throw new IllegalArgumentException("Tensor: invalid storage offset " + storageOffset);
        }
        if (size.length != stride.length) {
            throw new IllegalArgumentException("unequal size length (" + size.length + ") and stride length ("
                    + stride.length + ")");
        }
        checkSizes(size);
        for (int s : stride) {
            if (s < 0) {
                throw new IllegalArgumentException("Storage size calculation overflowed with sizes="
                        + Shapes.format(size) + " and strides=" + Shapes.format(stride));
            }
        }
        return set(self, new Tensor[0], source, size.clone(), stride.clone(), storageOffset);
    }

    /** PyTorch: {@code Tensor.set_(source, storage_offset, size)}: contiguous strides. */
    public static Tensor set_(Tensor self, Storage source, int storageOffset, int[] size) {
        checkSizes(size);
        return set_(self, source, storageOffset, size, Shapes.contiguousStrides(size));
    }

    /** PyTorch: {@code Tensor.set_(source)} with a storage: the whole storage as a 1-d tensor. */
    public static Tensor set_(Tensor self, Storage source) {
        return set_(self, source, 0, new int[] {source.size()}, new int[] {1});
    }

    /** PyTorch: {@code Tensor.set_()}: an empty tensor over a new storage of no elements. */
    public static Tensor set_(Tensor self) {
        Storage empty = self.isMeta() ? Storage.meta(self.dtype(), 0) : Storage.allocate(self.dtype(), 0);
        return set(self, new Tensor[0], empty, new int[] {0}, new int[] {1}, 0);
    }

    private static Tensor set(Tensor self, Tensor[] sources, Storage storage, int[] size, int[] stride, int offset) {
        return Dispatch.inPlaceView(SET_, self, sources, () -> {
            long needed = ViewOps.requiredStorageSize(size, stride, offset);
            if (needed > storage.size()) {
                storage.resize_(Math.toIntExact(needed));
            }
            return new Tensor(storage, size, stride, offset);
        }, (ctx, g) -> {
            throw new UnsupportedOperationException("derivative for set_ is not implemented");
        });
    }

    // ---------------------------------------------------------------- resize_

    /**
     * PyTorch: {@code Tensor.resize_(*sizes)}: new sizes with contiguous strides (unchanged sizes keep their
     * strides), the storage offset kept and the storage grown in place when it is too small; elements past the
     * old storage are zero here (uninitialised in PyTorch). Tensors that require grad cannot be resized.
     */
    public static Tensor resize_(Tensor self, int... sizes) {
        return resize(RESIZE_, self, sizes);
    }

    /** PyTorch: {@code Tensor.resize_as_(the_template)}: {@link #resize_} to the template's sizes. */
    public static Tensor resizeAs_(Tensor self, Tensor template) {
        return resize(RESIZE_AS_, self, template.sizes());
    }

    private static Tensor resize(OpDef op, Tensor self, int[] sizes) {
        if (self.requiresGrad()) {
            throw new IllegalStateException("cannot resize variables that require grad");
        }
        checkSizes(sizes);
        // no version bump: PyTorch's resize_ leaves _version alone (it changes no element)
        return Dispatch.apply(op, new Tensor[] {self}, () -> {
            if (!Arrays.equals(sizes, self.sizes())) {
                int[] stride = Shapes.contiguousStrides(sizes);
                long needed = ViewOps.requiredStorageSize(sizes, stride, self.storageOffset());
                if (needed > self.storage().size()) {
                    self.storage().resize_(Math.toIntExact(needed));
                }
                TensorGeometry.set(self, self.storage(), sizes, stride, self.storageOffset());
            }
            return self;
        }, null);
    }

    // resize_ and set_ reject negative sizes with the message of PyTorch's size computation
    private static void checkSizes(int[] sizes) {
        long n = 1;
        for (int s : sizes) {
            n *= s;
            if (s < 0 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("numel: integer multiplication overflow");
            }
        }
    }

    /**
     * PyTorch: {@code Tensor.resize_as(tensor)} (deprecated; warns): the elements, in row-major order, with the
     * template's sizes; the element counts must agree. Not a view: like PyTorch's result it shares storage with a
     * contiguous input without being marked as its view.
     */
    public static Tensor resizeAs(Tensor self, Tensor template) {
        jtorch.Warnings.warn("non-inplace resize_as is deprecated");
        int[] sizes = template.sizes();
        int[] inShape = self.sizes();
        if (Shapes.numel(sizes) != self.numel()) {
            throw new IllegalArgumentException("requested resize to " + join(sizes) + " (" + Shapes.numel(sizes)
                    + " elements in total), but the given tensor has a size of " + join(inShape) + " (" + self.numel()
                    + " elements). autograd's resize can only change the shape of a given tensor, while preserving "
                    + "the number of elements. ");
        }
        return Dispatch.apply(RESIZE_AS, new Tensor[] {self}, () -> {
            Tensor c = CopyOps.contiguous(self);
            return new Tensor(c.storage(), sizes, Shapes.contiguousStrides(sizes), c.storageOffset());
        }, (ctx, g) -> new Tensor[] {g[0].contiguous().view(inShape)});
    }

    // Python's 'x'.join(map(str, sizes))
    private static String join(int[] sizes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : "x").append(sizes[i]);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- as_strided_scatter

    /**
     * PyTorch: {@code torch.as_strided_scatter(input, src, size, stride, storage_offset=None)}: a copy of
     * {@code input} (keeping its strides when it is dense, as {@code clone()} does) with {@code src} written
     * through the geometry (size, stride, storage offset) over the copy's storage.
     */
    public static Tensor asStridedScatter(Tensor input, Tensor src, int[] size, int[] stride, int storageOffset) {
        int[] order = ViewOps.memoryOrder(input);
        if (order == null) {
            return ViewOps.asStridedScatterInto(input, src, size, stride, storageOffset);
        }
        // the copy keeps input's strides: work on input permuted into memory order, which is contiguous there
        return ViewOps.asStridedScatterInto(input.permute(order), src, size, stride, storageOffset)
                .permute(ViewOps.inversePermutation(order));
    }

    // ---------------------------------------------------------------- from_file

    /**
     * PyTorch: {@code torch.from_file(filename, shared=False, size=0, *, dtype=None, device=None,
     * requires_grad=False)}: a 1-d tensor of {@code size} elements read from the file's first bytes
     * (little-endian, the layout PyTorch's x86 build maps). {@code shared=True} (a mapping whose writes reach the
     * file) is not supported.
     */
    public static Tensor fromFile(TensorOptions options, String filename, boolean shared, int size) {
        if (shared) {
            throw new UnsupportedOperationException("from_file(shared=True) maps the file into memory shared with "
                    + "the file; jtorch's storages are Java arrays, so only shared=False (a private copy) is supported");
        }
        if (size < 0) {
            throw new IllegalArgumentException("Storage size must be non-negative, got " + size);
        }
        return Dispatch.factory(FROM_FILE, options, o -> {
            DType dtype = o.dtype() != null ? o.dtype() : Torch.getDefaultDtype();
            long bytes = (long) size * dtype.itemSize();
            byte[] content = readPrefix(filename, bytes);
            Tensor t = new Tensor(Storage.wrap(dtype, decode(dtype, ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN),
                    size)), new int[] {size}, new int[] {1}, 0);
            return o.device() == null || o.device().equals(t.device()) ? t : CopyOps.to(t, o.device());
        });
    }

    private static byte[] readPrefix(String filename, long bytes) {
        Path path = Path.of(filename);
        try {
            long fileSize = Files.size(path);
            if (fileSize < bytes) {
                throw new IllegalArgumentException("file <" + filename + "> size is smaller than the required mapping "
                        + "size <" + bytes + ">");
            }
            try (var in = Files.newInputStream(path)) {
                return in.readNBytes(Math.toIntExact(bytes));
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("unable to open file <" + filename + "> in read-only mode: No such "
                    + "file or directory (2)", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("unable to read file <" + filename + ">", e);
        }
    }

    // the Java array behind a storage of n elements of dtype, decoded from little-endian bytes
    private static Object decode(DType dtype, ByteBuffer b, int n) {
        return switch (dtype) {
            case FLOAT32 -> {
                float[] a = new float[n];
                b.asFloatBuffer().get(a);
                yield a;
            }
            case FLOAT64 -> {
                double[] a = new double[n];
                b.asDoubleBuffer().get(a);
                yield a;
            }
            case INT64 -> {
                long[] a = new long[n];
                b.asLongBuffer().get(a);
                yield a;
            }
            case INT32 -> {
                int[] a = new int[n];
                b.asIntBuffer().get(a);
                yield a;
            }
            case INT16, FLOAT16, BFLOAT16 -> {
                short[] a = new short[n];
                b.asShortBuffer().get(a);
                yield a;
            }
            case INT8, UINT8, BOOL -> {
                byte[] a = new byte[n];
                b.get(a);
                yield a;
            }
        };
    }
}
