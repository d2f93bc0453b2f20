package jtorch;

import java.util.List;
import java.util.function.UnaryOperator;
import jtorch.autograd.AutogradMeta;
import jtorch.autograd.Node;
import jtorch.internal.ops.ArithmeticOps;
import jtorch.internal.ops.ArrangeOps;
import jtorch.internal.ops.BinaryMathOps;
import jtorch.internal.ops.ComparisonOps;
import jtorch.internal.ops.CopyOps;
import jtorch.internal.ops.CumulativeOps;
import jtorch.internal.ops.DiagonalOps;
import jtorch.internal.ops.DistRenormOps;
import jtorch.internal.ops.FlipRollOps;
import jtorch.internal.ops.GatherScatterOps;
import jtorch.internal.ops.HistogramOps;
import jtorch.internal.ops.HouseholderOps;
import jtorch.internal.ops.IndexLookupOps;
import jtorch.internal.ops.IndexUpdateOps;
import jtorch.internal.ops.IndexingOps;
import jtorch.internal.ops.IntegerOps;
import jtorch.internal.ops.JoinOps;
import jtorch.internal.ops.LinalgOps;
import jtorch.internal.ops.LuOps;
import jtorch.internal.ops.MapOps;
import jtorch.internal.ops.OrderStatisticsOps;
import jtorch.internal.ops.NumericOps;
import jtorch.internal.ops.PiecewiseActivationOps;
import jtorch.internal.ops.PointwiseOps;
import jtorch.internal.ops.ProductOps;
import jtorch.internal.ops.RandomOps;
import jtorch.internal.ops.ReductionOps;
import jtorch.internal.ops.ScatterReduceOps;
import jtorch.internal.ops.Shapes;
import jtorch.internal.ops.SortOps;
import jtorch.internal.ops.StackSplitOps;
import jtorch.internal.ops.StorageOps;
import jtorch.internal.ops.TensorGeometry;
import jtorch.internal.ops.SpecialOps;
import jtorch.internal.ops.TrigOps;
import jtorch.internal.ops.TypePromotion;
import jtorch.internal.ops.UnaryMathOps;
import jtorch.internal.ops.ViewOps;

/**
 * A multi-dimensional array with autograd: a strided view (shape, strides, offset) over a
 * {@link Storage}. PyTorch: {@code torch.Tensor}.
 *
 * <p>This class is a facade: every op delegates to its family in {@code jtorch.internal.ops}, where the op's
 * checks, forward and backward sit side by side.
 *
 * <h2>PyTorch names Java cannot take</h2>
 * <table>
 * <caption>PyTorch spellings and their jtorch forms</caption>
 * <tr><th>PyTorch</th><th>jtorch</th></tr>
 * <tr><td>{@code x.float()}, {@code .double()}, {@code .long()}, {@code .int()}, {@code .bool()},
 *     {@code .half()}, {@code .byte()}, {@code .short()}</td>
 *     <td>{@code toFloat()}, {@code toDouble()}, {@code toLong()}, {@code toInt()}, {@code toBool()},
 *     {@code toHalf()}, {@code toByte()}, {@code toShort()}, or {@code to(DType.X)}</td></tr>
 * <tr><td>{@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}, {@code a @ b}, {@code -a},
 *     {@code a ** b}, {@code a % b}</td>
 *     <td>{@code add}, {@code sub}, {@code mul}, {@code div}, {@code matmul}, {@code neg}, {@code pow},
 *     {@code remainder}</td></tr>
 * <tr><td>{@code a == b}, {@code a < b}, ...</td><td>{@code eq}, {@code lt}, {@code le}, {@code gt},
 *     {@code ge}, {@code ne}</td></tr>
 * <tr><td>{@code x[0, 1:3]}, {@code x[mask] = v}</td><td>{@code x.get("0, 1:3")} or
 *     {@code x.index(0, slice(1, 3))}; {@code x.set("...", v)}, {@code x.indexPut_(...)}</td></tr>
 * <tr><td>{@code x.shape}, {@code x.grad}, {@code x.requires_grad}, {@code x.T}</td>
 *     <td>{@code shape()}, {@code grad()}, {@code requiresGrad()}, {@code t()}/{@code permute}</td></tr>
 * <tr><td>{@code x.grad = None}</td><td>{@code x.setGrad(null)}</td></tr>
 * </table>
 * In-place ops keep PyTorch's trailing underscore: {@code add_}, {@code zero_}, {@code clampMin_}.
 */
public class Tensor {
    static {
        TensorGeometry.install(Tensor::setGeometry);
    }

    // not final: the in-place geometry ops (set_, resize_, transpose_, as_strided_, ...) change them, and only
    // they, through the setter this class hands to their families (TensorGeometry)
    private Storage storage;
    private int[] shape;
    private int[] stride;
    private int offset;
    private final Tensor base;          // the tensor this is a view of (root base), or null
    private AutogradMeta autograd;
    private boolean wrappedNumber;      // a Java scalar operand: ranks below tensors in type promotion

    /**
     * A strided view over {@code storage}. PyTorch: {@code torch.as_strided} / {@code Tensor.set_}.
     * Ops create tensors this way; user code normally uses {@link Torch} factories.
     */
    public Tensor(Storage storage, int[] shape, int[] stride, int offset) {
        this(storage, shape, stride, offset, null);
    }

    Tensor(Storage storage, int[] shape, int[] stride, int offset, Tensor base) {
        this.storage = storage;
        this.shape = shape;
        this.stride = stride;
        this.offset = offset;
        this.base = base;
    }

    private static void setGeometry(Tensor t, Storage storage, int[] shape, int[] stride, int offset) {
        t.storage = storage;
        t.shape = shape;
        t.stride = stride;
        t.offset = offset;
    }

    /** A view of {@code source}'s storage with a new geometry; the view shares its version counter. */
    public static Tensor viewOf(Tensor source, int[] shape, int[] stride, int offset) {
        Tensor root = source.base != null ? source.base : source;
        return new Tensor(source.storage, shape, stride, offset, root);
    }

    /** Copies Parameter-style subclasses' identity: a fresh tensor object over the same data and geometry. */
    protected Tensor(Tensor data) {
        this(data.storage, data.shape, data.stride, data.offset, data.base);
    }

    // ---------------------------------------------------------------- properties

    /** PyTorch: {@code Tensor.storage() -> torch.Storage}. */
    public Storage storage() {
        return storage;
    }

    /**
     * The shape as a {@link Size} value (PyTorch's {@code x.shape}): compares by value and prints as
     * {@code torch.Size([2, 3])}.
     */
    public Size shape() {
        return Size.of(shape);
    }

    /** Same as {@link #shape()} (PyTorch's {@code x.size()}). */
    public Size size() {
        return Size.of(shape);
    }

    /** The shape as a fresh {@code int[]} (PyTorch C++'s {@code x.sizes()}), for code that indexes or passes arrays. */
    public int[] sizes() {
        return shape.clone();
    }

    /** Size of dim {@code d}; negative d counts from the end. */
    public int size(int d) {
        return shape[Shapes.wrapDim(d, shape.length)];
    }

    /** PyTorch: {@code Tensor.dim() -> int}. */
    public int dim() {
        return shape.length;
    }

    /** PyTorch: {@code Tensor.ndim (attribute)}. */
    public int ndim() {
        return shape.length;
    }

    /** PyTorch: {@code Tensor.numel() -> int}. */
    public int numel() {
        return Shapes.numel(shape);
    }

    /** PyTorch: {@code Tensor.stride(dim) -> tuple or int}. */
    public int[] stride() {
        return stride.clone();
    }

    /** PyTorch: {@code Tensor.stride(dim) -> tuple or int}. */
    public int stride(int d) {
        return stride[Shapes.wrapDim(d, shape.length)];
    }

    /** PyTorch: {@code Tensor.storage_offset() -> int}. */
    public int storageOffset() {
        return offset;
    }

    /** PyTorch: {@code Tensor.dtype (attribute)}. */
    public DType dtype() {
        return storage.dtype();
    }

    /** PyTorch: {@code Tensor.device (attribute)}. */
    public Device device() {
        return storage.device();
    }

    /** PyTorch: {@code Tensor.is_meta (attribute)}. */
    public boolean isMeta() {
        return storage.device() == Device.META;
    }

    /** PyTorch: {@code Tensor.is_contiguous(memory_format=torch.contiguous_format) -> bool}. */
    public boolean isContiguous() {
        return Shapes.isContiguous(shape, stride);
    }

    /** PyTorch: {@code Tensor.is_floating_point() -> bool}. */
    public boolean isFloatingPoint() {
        return dtype().isFloatingPoint();
    }

    /** The tensor this is a view of, or null. PyTorch: {@code Tensor._base}. */
    public Tensor base() {
        return base;
    }

    /** PyTorch's legacy type string, e.g. {@code torch.FloatTensor}. */
    public String type() {
        return dtype().tensorTypeName();
    }

    /** Version counter shared with views; bumped by every in-place write. PyTorch: {@code Tensor._version}. */
    public int version() {
        return storage.version();
    }

    /** Whether this 0-d tensor wraps a Java number passed as an operand (PyTorch's wrapped numbers: they do not promote the result's dtype category). */
    public boolean isWrappedNumber() {
        return wrappedNumber;
    }

    /** Marks a 0-d tensor made from a Java number (lower priority in type promotion). */
    public Tensor markWrappedNumber() {
        this.wrappedNumber = true;
        return this;
    }

    // ---------------------------------------------------------------- element access

    /** The value of a one-element tensor. PyTorch: {@code Tensor.item()}. */
    public double item() {
        checkOneElement();
        return storage.getDouble(offset);
    }

    /** {@link #item()} for integer tensors, without going through double. */
    public long itemLong() {
        checkOneElement();
        return storage.getLong(offset);
    }

    /** The single element as a {@code boolean}. PyTorch: {@code Tensor.item()} of a bool tensor. */
    public boolean itemBool() {
        checkOneElement();
        return storage.getDouble(offset) != 0;
    }

    private void checkOneElement() {
        CopyOps.checkHasData(this);
        if (numel() != 1) {
            throw new IllegalArgumentException("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        }
    }

    /** The elements, cast to float32, in row-major order as a fresh {@code float[]} (PyTorch: {@code x.float().numpy()}). */
    public float[] toFloatArray() {
        return (float[]) CopyOps.toArray(this, DType.FLOAT32);
    }

    /** The elements, cast to float64, in row-major order as a fresh {@code double[]} (PyTorch: {@code x.double().numpy()}). */
    public double[] toDoubleArray() {
        return (double[]) CopyOps.toArray(this, DType.FLOAT64);
    }

    /** The elements, cast to int64, in row-major order as a fresh {@code long[]} (PyTorch: {@code x.long().numpy()}). */
    public long[] toLongArray() {
        return (long[]) CopyOps.toArray(this, DType.INT64);
    }

    /** The elements, cast to int32, in row-major order as a fresh {@code int[]} (PyTorch: {@code x.int().numpy()}). */
    public int[] toIntArray() {
        return (int[]) CopyOps.toArray(this, DType.INT32);
    }

    /** The elements, cast to bool, in row-major order as a fresh {@code boolean[]} (PyTorch: {@code x.bool().numpy()}). */
    public boolean[] toBoolArray() {
        byte[] b = (byte[]) CopyOps.toArray(this, DType.BOOL);
        boolean[] out = new boolean[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] != 0;
        }
        return out;
    }

    /** Nested lists of Double/Long/Boolean (a bare number for 0-d). PyTorch: {@code Tensor.tolist()}. */
    public Object tolist() {
        return CopyOps.tolist(this);
    }

    // ---------------------------------------------------------------- autograd

    /** The autograd bookkeeping (created on first use). */
    public AutogradMeta autogradMeta() {
        if (autograd == null) {
            autograd = new AutogradMeta();
        }
        return autograd;
    }

    /** PyTorch: {@code Tensor.requires_grad (attribute)}. */
    public boolean requiresGrad() {
        return autograd != null && autograd.requiresGrad();
    }

    /** Sets requires_grad on a leaf. PyTorch: {@code Tensor.requires_grad_()}. */
    public Tensor requiresGrad_(boolean value) {
        if (!isLeaf() && !value) {
            throw new IllegalStateException("you can only change requires_grad flags of leaf variables. If you want to "
                    + "use a computed variable in a subgraph that doesn't require differentiation use "
                    + "var_no_grad = var.detach().");
        }
        if (value && !dtype().isFloatingPoint()) {
            throw new IllegalStateException("only Tensors of floating point dtype can require gradients");
        }
        autogradMeta().setRequiresGrad(value);
        return this;
    }

    /** PyTorch: {@code Tensor.requires_grad_(requires_grad=True) -> Tensor}. */
    public Tensor requiresGrad_() {
        return requiresGrad_(true);
    }

    /**
     * The gradient accumulated by {@code backward()}, or null. PyTorch: {@code x.grad}; as there, reading it
     * on a non-leaf tensor that does not retain its gradient warns (it is never populated).
     */
    public Tensor grad() {
        Tensor g = autograd == null ? null : autograd.grad();
        if (g == null && autograd != null && autograd.gradFn() != null && !autograd.retainsGrad()) {
            Warnings.warn("The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
                    + "attribute won't be populated during autograd.backward(). If you indeed want the .grad field to "
                    + "be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access "
                    + "the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
                    + "github.com/pytorch/pytorch/pull/30531 for more informations.");
        }
        return g;
    }

    /**
     * Assigns {@code .grad}; null clears it. The gradient must have this tensor's dtype, device and size.
     * PyTorch: {@code x.grad = g}.
     */
    public void setGrad(Tensor g) {
        if (g != null) {
            if (g == this) {
                throw new IllegalArgumentException("can't assign Variable as its own grad");
            }
            if (g.dtype() != dtype() || !g.device().equals(device())) {
                throw new IllegalArgumentException("assigned grad has data of a different type");
            }
            if (!java.util.Arrays.equals(g.sizes(), sizes())) {
                throw new IllegalArgumentException("assigned grad has data of a different size");
            }
        }
        autogradMeta().setGrad(g);
    }

    /** PyTorch: {@code Tensor.grad_fn (attribute)}. */
    public Node gradFn() {
        return autograd == null ? null : autograd.gradFn();
    }

    /** PyTorch: {@code Tensor.is_leaf (attribute)}. */
    public boolean isLeaf() {
        return autograd == null || autograd.gradFn() == null;
    }

    /** Keeps {@code .grad} for a non-leaf tensor. PyTorch: {@code Tensor.retain_grad()}. */
    public void retainGrad() {
        jtorch.autograd.Autograd.retainGrad(this);
    }

    /** Backward from a scalar. PyTorch: {@code Tensor.backward()}. */
    public void backward() {
        jtorch.autograd.Autograd.backward(this, null, false, false);
    }

    /** Backward with an explicit output gradient (required for non-scalars). */
    public void backward(Tensor gradient) {
        jtorch.autograd.Autograd.backward(this, gradient, false, false);
    }

    /** PyTorch: {@code Tensor.backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None)}. */
    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        jtorch.autograd.Autograd.backward(this, gradient, retainGraph, createGraph);
    }

    /** Registers a hook on this tensor's gradient. PyTorch: {@code Tensor.register_hook}. */
    public jtorch.autograd.RemovableHandle registerHook(UnaryOperator<Tensor> hook) {
        return jtorch.autograd.Autograd.registerHook(this, hook);
    }

    /** A tensor sharing data but cut from the graph. PyTorch: {@code Tensor.detach()}. */
    public Tensor detach() {
        // not a view, as in PyTorch (its _base is None): views of it are views of it, not of this tensor's base
        return new Tensor(storage, shape, stride, offset, null);
    }

    /**
     * The tensor's data without its autograd history. PyTorch: {@code x.data}. jtorch returns
     * {@link #detach()}, which shares the version counter: an in-place change through it of a tensor that
     * backward still needs fails with PyTorch's in-place error instead of silently changing the gradient.
     */
    public Tensor data() {
        return detach();
    }

    /** This tensor on the CPU (itself when it is already there). PyTorch: {@code x.cpu()}. */
    public Tensor cpu() {
        return to(Device.CPU);
    }

    /** Fails as PyTorch does without CUDA. PyTorch: {@code x.cuda()}. */
    public Tensor cuda() {
        throw new IllegalStateException("Torch not compiled with CUDA enabled");
    }

    /**
     * The dimensions reversed: the transpose of a matrix. PyTorch: {@code x.T}; as there, using it on a
     * tensor that is neither 0-d nor 2-d is deprecated and warns once.
     */
    public Tensor T() {
        int n = dim();
        if (n != 0 && n != 2) {
            Warnings.warnOnce("The use of `x.T` on tensors of dimension other than 2 to reverse their shape is "
                    + "deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches "
                    + "of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a "
                    + "tensor.");
        }
        int[] dims = new int[n];
        for (int i = 0; i < n; i++) {
            dims[i] = n - 1 - i;
        }
        return permute(dims);
    }

    /** The last two dimensions transposed (a batch of matrices). PyTorch: {@code x.mT}. */
    public Tensor mT() {
        if (dim() < 2) {
            throw new IllegalArgumentException("tensor.mT is only supported on matrices or batches of matrices. Got "
                    + dim() + "-D tensor.");
        }
        return transpose(-2, -1);
    }

    /** Softmax along {@code dim}. PyTorch: {@code x.softmax(dim)}. */
    public Tensor softmax(int dim) {
        return jtorch.internal.ops.SoftmaxOps.softmax(this, dim, null);
    }

    /** Softmax along {@code dim}, computed in {@code dtype}. PyTorch: {@code x.softmax(dim, dtype=dtype)}. */
    public Tensor softmax(int dim, DType dtype) {
        return jtorch.internal.ops.SoftmaxOps.softmax(this, dim, dtype);
    }

    /** Cuts this tensor from the graph in place. PyTorch: {@code Tensor.detach_()}. */
    public Tensor detach_() {
        if (autograd != null) {
            autograd.setGradFn(null, 0);
            autograd.setRequiresGrad(false);
        }
        return this;
    }

    /** A new tensor object over the same data and geometry (PyTorch's {@code alias}). */
    public Tensor alias() {
        return new Tensor(storage, shape, stride, offset, base != null ? base : this);
    }

    // ---------------------------------------------------------------- conversion and copies

    /** PyTorch: {@code Tensor.to(*args, **kwargs) -> Tensor}. */
    public Tensor to(DType dtype) {
        return CopyOps.to(this, dtype);
    }

    /** PyTorch: {@code Tensor.to(*args, **kwargs) -> Tensor}. */
    public Tensor to(Device device) {
        return CopyOps.to(this, device);
    }

    /** PyTorch: {@code Tensor.to(*args, **kwargs) -> Tensor}. */
    public Tensor to(String device) {
        return to(Device.of(device));
    }

    /** PyTorch: {@code Tensor.float(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toFloat() {
        return to(DType.FLOAT32);
    }

    /** PyTorch: {@code Tensor.double(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toDouble() {
        return to(DType.FLOAT64);
    }

    /** PyTorch: {@code Tensor.half(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toHalf() {
        return to(DType.FLOAT16);
    }

    /** PyTorch: {@code Tensor.bfloat16(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toBFloat16() {
        return to(DType.BFLOAT16);
    }

    /** PyTorch: {@code Tensor.long(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toLong() {
        return to(DType.INT64);
    }

    /** PyTorch: {@code Tensor.int(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toInt() {
        return to(DType.INT32);
    }

    /** PyTorch: {@code Tensor.short(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toShort() {
        return to(DType.INT16);
    }

    /** PyTorch: {@code Tensor.byte(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toByte() {
        return to(DType.UINT8);
    }

    /** PyTorch: {@code Tensor.char(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toChar() {
        return to(DType.INT8);
    }

    /** PyTorch: {@code Tensor.bool(memory_format=torch.preserve_format) -> Tensor}. */
    public Tensor toBool() {
        return to(DType.BOOL);
    }

    /** PyTorch's {@code x.type(torch.DoubleTensor)} form. */
    public Tensor type(DType dtype) {
        return to(dtype);
    }

    /** PyTorch: {@code Tensor.clone(*, memory_format=torch.preserve_format) -> Tensor}: a copy that stays in the graph. */
    public Tensor clone() {
        return CopyOps.clone(this);
    }

    /** PyTorch: {@code Tensor.contiguous(memory_format=torch.contiguous_format) -> Tensor}. */
    public Tensor contiguous() {
        return CopyOps.contiguous(this);
    }

    /** Copies {@code src} (broadcast, cast) into this tensor. PyTorch: {@code Tensor.copy_}. */
    public Tensor copy_(Tensor src) {
        return CopyOps.copy_(this, src);
    }

    /** PyTorch: {@code Tensor.fill_(value) -> Tensor}. */
    public Tensor fill_(double value) {
        return CopyOps.fill_(this, value);
    }

    /** PyTorch: {@code Tensor.zero_() -> Tensor}. */
    public Tensor zero_() {
        return fill_(0);
    }

    // ---------------------------------------------------------------- views

    /** A view with explicit sizes, strides and storage offset. PyTorch: {@code Tensor.as_strided}. */
    public Tensor asStrided(int[] size, int[] stride, int storageOffset) {
        return ViewOps.asStrided(this, size, stride, storageOffset);
    }

    /** PyTorch: {@code Tensor.view(*shape) -> Tensor}. */
    public Tensor view(int... shape) {
        return ViewOps.view(this, shape);
    }

    /** {@code Tensor.view(size)} with a {@link Size}, e.g. {@code y.view(x.size())}. */
    public Tensor view(Size size) {
        return view(size.toIntArray());
    }

    /** PyTorch: {@code Tensor.view_as(other) -> Tensor}. */
    public Tensor viewAs(Tensor other) {
        return view(other.shape);
    }

    /** PyTorch: {@code Tensor.reshape(*shape) -> Tensor}. */
    public Tensor reshape(int... shape) {
        return ViewOps.reshape(this, shape);
    }

    /** {@code Tensor.reshape(size)} with a {@link Size}, e.g. {@code y.reshape(x.size())}. */
    public Tensor reshape(Size size) {
        return reshape(size.toIntArray());
    }

    /** PyTorch: {@code Tensor.reshape_as(other) -> Tensor}. */
    public Tensor reshapeAs(Tensor other) {
        return reshape(other.shape);
    }

    /** PyTorch: {@code Tensor.squeeze(dim=None) -> Tensor}. */
    public Tensor squeeze() {
        return ViewOps.squeeze(this);
    }

    /** PyTorch: {@code Tensor.squeeze(dim=None) -> Tensor}. */
    public Tensor squeeze(int dim) {
        return ViewOps.squeeze(this, dim);
    }

    /** PyTorch: {@code Tensor.unsqueeze(dim) -> Tensor}. */
    public Tensor unsqueeze(int dim) {
        return ViewOps.unsqueeze(this, dim);
    }

    /** PyTorch: {@code Tensor.expand(*sizes) -> Tensor}. */
    public Tensor expand(int... sizes) {
        return ViewOps.expand(this, sizes);
    }

    /** {@code Tensor.expand(size)} with a {@link Size}, e.g. {@code y.expand(x.size())}. */
    public Tensor expand(Size size) {
        return expand(size.toIntArray());
    }

    /** PyTorch: {@code Tensor.expand_as(other) -> Tensor}. */
    public Tensor expandAs(Tensor other) {
        return expand(other.shape);
    }

    /** PyTorch: {@code Tensor.t() -> Tensor}. */
    public Tensor t() {
        return ViewOps.t(this);
    }

    /** PyTorch: {@code Tensor.transpose(dim0, dim1) -> Tensor}. */
    public Tensor transpose(int dim0, int dim1) {
        return ViewOps.transpose(this, dim0, dim1);
    }

    /** PyTorch: {@code Tensor.permute(*dims) -> Tensor}. */
    public Tensor permute(int... dims) {
        return ViewOps.permute(this, dims);
    }

    /** PyTorch: {@code Tensor.flatten(start_dim=0, end_dim=-1) -> Tensor}. */
    public Tensor flatten() {
        return ViewOps.flatten(this, 0, -1);
    }

    /** PyTorch: {@code Tensor.flatten(start_dim=0, end_dim=-1) -> Tensor}. */
    public Tensor flatten(int startDim) {
        return ViewOps.flatten(this, startDim, -1);
    }

    /** PyTorch: {@code Tensor.flatten(start_dim=0, end_dim=-1) -> Tensor}. */
    public Tensor flatten(int startDim, int endDim) {
        return ViewOps.flatten(this, startDim, endDim);
    }

    /** PyTorch: {@code Tensor.unflatten(dim, sizes) -> Tensor}. */
    public Tensor unflatten(int dim, int... sizes) {
        return ViewOps.unflatten(this, dim, sizes);
    }

    /** PyTorch: {@code Tensor.narrow(dimension, start, length) -> Tensor}. */
    public Tensor narrow(int dim, int start, int length) {
        return ViewOps.narrow(this, dim, start, length);
    }

    /** PyTorch: {@code Tensor.select(dim, index) -> Tensor}. */
    public Tensor select(int dim, int index) {
        return ViewOps.select(this, dim, index);
    }

    /** {@code x[start:end:step]} along one dim (null bounds mean "from the start" / "to the end"). */
    public Tensor slice(int dim, Integer start, Integer end, int step) {
        return ViewOps.slice(this, dim, start, end, step);
    }

    /** PyTorch: {@code Tensor.unbind(dim=0) -> seq}. */
    public List<Tensor> unbind(int dim) {
        return ViewOps.unbind(this, dim);
    }

    /** PyTorch: {@code Tensor.unbind(dim=0) -> seq}. */
    public List<Tensor> unbind() {
        return unbind(0);
    }

    /** PyTorch: {@code Tensor.movedim(source, destination) -> Tensor}. */
    public Tensor movedim(int source, int destination) {
        return ViewOps.movedim(this, new int[] {source}, new int[] {destination});
    }

    /** PyTorch: {@code Tensor.movedim(source, destination) -> Tensor}. */
    public Tensor movedim(int[] source, int[] destination) {
        return ViewOps.movedim(this, source, destination);
    }

    /** PyTorch: {@code Tensor.repeat(*sizes) -> Tensor}. */
    public Tensor repeat(int... repeats) {
        return JoinOps.repeat(this, repeats);
    }

    /** PyTorch: {@code Tensor.split(self, split_size, dim=0)}. */
    public List<Tensor> split(int splitSize, int dim) {
        return JoinOps.split(this, splitSize, dim);
    }

    /** PyTorch: {@code Tensor.split(self, split_size, dim=0)}. */
    public List<Tensor> split(int splitSize) {
        return split(splitSize, 0);
    }

    /** PyTorch: {@code Tensor.split(self, split_size, dim=0)}. */
    public List<Tensor> split(int[] sections, int dim) {
        return JoinOps.split(this, sections, dim);
    }

    /** PyTorch: {@code Tensor.chunk(chunks, dim=0) -> List of Tensors}. */
    public List<Tensor> chunk(int chunks, int dim) {
        return JoinOps.chunk(this, chunks, dim);
    }

    /** PyTorch: {@code Tensor.chunk(chunks, dim=0) -> List of Tensors}. */
    public List<Tensor> chunk(int chunks) {
        return chunk(chunks, 0);
    }

    // ---------------------------------------------------------------- indexing

    /**
     * NumPy-style indexing with Java objects: integers, {@link Indexing#slice}, {@link Indexing#ELLIPSIS},
     * {@link Indexing#NEW_AXIS} (None), long/bool tensors. PyTorch: {@code x[...]}.
     */
    public Tensor index(Object... indices) {
        return IndexingOps.index(this, indices);
    }

    /** Indexing with PyTorch's syntax in a string: {@code x.get(":2, ..., ::2")}. */
    public Tensor get(String indices) {
        return IndexingOps.index(this, Indexing.parse(indices));
    }

    /** {@code x[indices] = value} (broadcast). */
    public Tensor set(String indices, Tensor value) {
        return IndexingOps.set(this, Indexing.parse(indices), value);
    }

    /** {@code x["0, :2"] = value}: Python's subscript written as a string. PyTorch: {@code Tensor.__setitem__}. */
    public Tensor set(String indices, double value) {
        return IndexingOps.set(this, Indexing.parse(indices), Torch.scalarTensor(value, dtype()));
    }

    /** {@code x[indices] = value} with Java index objects. */
    public Tensor setIndex(Object[] indices, Tensor value) {
        return IndexingOps.set(this, indices, value);
    }

    /** {@code x[indices] = value} with index objects as {@link #index(Object...)} takes them. PyTorch: {@code Tensor.__setitem__}. */
    public Tensor setIndex(Object[] indices, double value) {
        return IndexingOps.set(this, indices, Torch.scalarTensor(value, dtype()));
    }

    /** A copy with values written at the indices. PyTorch: {@code Tensor.index_put(indices, values, accumulate)}. */
    public Tensor indexPut(Tensor[] indices, Tensor values, boolean accumulate) {
        return IndexingOps.indexPut(this, indices, values, accumulate);
    }

    /** PyTorch: {@code Tensor.index_put(indices, values, accumulate=False) -> Tensor}. */
    public Tensor indexPut(Tensor[] indices, Tensor values) {
        return indexPut(indices, values, false);
    }

    /** PyTorch: {@code Tensor.index_put_(indices, values, accumulate)}. */
    public Tensor indexPut_(Tensor[] indices, Tensor values, boolean accumulate) {
        return IndexingOps.indexPut_(this, indices, values, accumulate);
    }

    /** PyTorch: {@code Tensor.index_put_(indices, values, accumulate=False) -> Tensor}. */
    public Tensor indexPut_(Tensor[] indices, Tensor values) {
        return indexPut_(indices, values, false);
    }

    /** PyTorch: {@code Tensor.index_select(dim, index) -> Tensor}. */
    public Tensor indexSelect(int dim, Tensor index) {
        return GatherScatterOps.indexSelect(this, dim, index);
    }

    /** PyTorch: {@code Tensor.masked_select(mask) -> Tensor}. */
    public Tensor maskedSelect(Tensor mask) {
        return IndexingOps.maskedSelect(this, mask);
    }

    /** PyTorch: {@code Tensor.masked_fill(mask, value) -> Tensor}. */
    public Tensor maskedFill(Tensor mask, double value) {
        return IndexingOps.maskedFill(this, mask, Torch.wrap(value, dtype()));
    }

    /** PyTorch: {@code Tensor.masked_fill(mask, value) -> Tensor}. */
    public Tensor maskedFill(Tensor mask, Tensor value) {
        return IndexingOps.maskedFill(this, mask, value);
    }

    /** PyTorch: {@code Tensor.masked_fill_(mask, value)}. */
    public Tensor maskedFill_(Tensor mask, double value) {
        return IndexingOps.maskedFill_(this, mask, Torch.wrap(value, dtype()));
    }

    /** PyTorch: {@code Tensor.masked_fill_(mask, value)}. */
    public Tensor maskedFill_(Tensor mask, Tensor value) {
        return IndexingOps.maskedFill_(this, mask, value);
    }

    /** PyTorch: {@code Tensor.take(indices) -> Tensor}. */
    public Tensor take(Tensor index) {
        return GatherScatterOps.take(this, index);
    }

    /** PyTorch: {@code Tensor.gather(dim, index) -> Tensor}. */
    public Tensor gather(int dim, Tensor index) {
        return GatherScatterOps.gather(this, dim, index);
    }

    /** PyTorch: {@code Tensor.scatter(dim, index, src) -> Tensor}. */
    public Tensor scatter(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatter(this, dim, index, src);
    }

    /** PyTorch: {@code Tensor.scatter(dim, index, src) -> Tensor}. */
    public Tensor scatter(int dim, Tensor index, double value) {
        return GatherScatterOps.scatter(this, dim, index, value);
    }

    /** PyTorch: {@code Tensor.scatter_(dim, index, src, reduce=None) -> Tensor}. */
    public Tensor scatter_(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatter_(this, dim, index, src);
    }

    /** PyTorch: {@code Tensor.scatter_(dim, index, src, reduce=None) -> Tensor}. */
    public Tensor scatter_(int dim, Tensor index, double value) {
        return GatherScatterOps.scatter_(this, dim, index, value);
    }

    /** PyTorch: {@code Tensor.scatter_add(dim, index, src) -> Tensor}. */
    public Tensor scatterAdd(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatterAdd(this, dim, index, src);
    }

    /** PyTorch: {@code Tensor.scatter_add_(dim, index, src) -> Tensor}. */
    public Tensor scatterAdd_(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatterAdd_(this, dim, index, src);
    }

    // ---------------------------------------------------------------- pointwise math
    // Java number operands mirror Python literals: a long (x.add(2)) ranks like a Python int, so an
    // integer tensor stays integral; a double (x.add(2.5)) like a Python float, giving the default
    // float dtype for integer tensors. Neither changes a floating tensor's dtype.

    /** {@code this + other}, broadcasting. PyTorch: {@code Tensor.add}. */
    public Tensor add(Tensor other) {
        return ArithmeticOps.add(this, other, 1);
    }

    /** {@code this + alpha * other}; a double alpha is a Python float (refused for integer tensors). */
    public Tensor add(Tensor other, double alpha) {
        return ArithmeticOps.add(this, other, alpha);
    }

    /** {@code this + alpha * other} with an integral alpha. */
    public Tensor add(Tensor other, long alpha) {
        return ArithmeticOps.add(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.add(other, *, alpha=1) -> Tensor}. */
    public Tensor add(double other) {
        return ArithmeticOps.add(this, Torch.wrap(other), 1);
    }

    /** PyTorch: {@code Tensor.add(other, *, alpha=1) -> Tensor}. */
    public Tensor add(long other) {
        return ArithmeticOps.add(this, Torch.wrap(other), 1);
    }

    /** In-place {@link #add(Tensor)}; the result must keep this tensor's shape and dtype. */
    public Tensor add_(Tensor other) {
        return ArithmeticOps.add_(this, other, 1);
    }

    /** PyTorch: {@code Tensor.add_(other, *, alpha=1) -> Tensor}. */
    public Tensor add_(Tensor other, double alpha) {
        return ArithmeticOps.add_(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.add_(other, *, alpha=1) -> Tensor}. */
    public Tensor add_(Tensor other, long alpha) {
        return ArithmeticOps.add_(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.add_(other, *, alpha=1) -> Tensor}. */
    public Tensor add_(double other) {
        return ArithmeticOps.add_(this, Torch.wrap(other), 1);
    }

    /** PyTorch: {@code Tensor.add_(other, *, alpha=1) -> Tensor}. */
    public Tensor add_(long other) {
        return ArithmeticOps.add_(this, Torch.wrap(other), 1);
    }

    /** {@code this - other}. PyTorch: {@code Tensor.sub}. */
    public Tensor sub(Tensor other) {
        return ArithmeticOps.sub(this, other, 1);
    }

    /** PyTorch: {@code Tensor.sub(other, *, alpha=1) -> Tensor}. */
    public Tensor sub(Tensor other, double alpha) {
        return ArithmeticOps.sub(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.sub(other, *, alpha=1) -> Tensor}. */
    public Tensor sub(Tensor other, long alpha) {
        return ArithmeticOps.sub(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.sub(other, *, alpha=1) -> Tensor}. */
    public Tensor sub(double other) {
        return ArithmeticOps.sub(this, Torch.wrap(other), 1);
    }

    /** PyTorch: {@code Tensor.sub(other, *, alpha=1) -> Tensor}. */
    public Tensor sub(long other) {
        return ArithmeticOps.sub(this, Torch.wrap(other), 1);
    }

    /** PyTorch: {@code Tensor.sub_(other, *, alpha=1) -> Tensor}. */
    public Tensor sub_(Tensor other) {
        return ArithmeticOps.sub_(this, other, 1);
    }

    /** PyTorch: {@code Tensor.sub_(other, *, alpha=1) -> Tensor}. */
    public Tensor sub_(Tensor other, double alpha) {
        return ArithmeticOps.sub_(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.sub_(other, *, alpha=1) -> Tensor}. */
    public Tensor sub_(Tensor other, long alpha) {
        return ArithmeticOps.sub_(this, other, alpha);
    }

    /** PyTorch: {@code Tensor.sub_(other, *, alpha=1) -> Tensor}. */
    public Tensor sub_(double other) {
        return ArithmeticOps.sub_(this, Torch.wrap(other), 1);
    }

    /** PyTorch: {@code Tensor.sub_(other, *, alpha=1) -> Tensor}. */
    public Tensor sub_(long other) {
        return ArithmeticOps.sub_(this, Torch.wrap(other), 1);
    }

    /** {@code other - this} (Python's {@code 2.5 - x}). PyTorch: {@code torch.rsub}. */
    public Tensor rsub(double other) {
        return ArithmeticOps.rsub(this, Torch.wrap(other));
    }

    /** {@code other - self} for an integer scalar (Python's {@code 3 - x}). PyTorch: {@code torch.rsub(input, other, *, alpha=1)}. */
    public Tensor rsub(long other) {
        return ArithmeticOps.rsub(this, Torch.wrap(other));
    }

    /** {@code this * other}. PyTorch: {@code Tensor.mul}. */
    public Tensor mul(Tensor other) {
        return ArithmeticOps.mul(this, other);
    }

    /** PyTorch: {@code Tensor.mul(value) -> Tensor}. */
    public Tensor mul(double other) {
        return ArithmeticOps.mul(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.mul(value) -> Tensor}. */
    public Tensor mul(long other) {
        return ArithmeticOps.mul(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.mul_(value) -> Tensor}. */
    public Tensor mul_(Tensor other) {
        return ArithmeticOps.mul_(this, other);
    }

    /** PyTorch: {@code Tensor.mul_(value) -> Tensor}. */
    public Tensor mul_(double other) {
        return ArithmeticOps.mul_(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.mul_(value) -> Tensor}. */
    public Tensor mul_(long other) {
        return ArithmeticOps.mul_(this, Torch.wrap(other));
    }

    /** True division (integer tensors give the default float). PyTorch: {@code Tensor.div}. */
    public Tensor div(Tensor other) {
        return ArithmeticOps.div(this, other);
    }

    /** PyTorch: {@code Tensor.div(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div(double other) {
        return ArithmeticOps.div(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.div(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div(long other) {
        return ArithmeticOps.div(this, Torch.wrap(other));
    }

    /** Division with {@code rounding_mode} "trunc" or "floor" (null for true division). */
    public Tensor div(Tensor other, String roundingMode) {
        return ArithmeticOps.div(this, other, roundingMode);
    }

    /** PyTorch: {@code Tensor.div(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div(double other, String roundingMode) {
        return ArithmeticOps.div(this, Torch.wrap(other), roundingMode);
    }

    /** PyTorch: {@code Tensor.div(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div(long other, String roundingMode) {
        return ArithmeticOps.div(this, Torch.wrap(other), roundingMode);
    }

    /** PyTorch: {@code Tensor.div_(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div_(Tensor other) {
        return ArithmeticOps.div_(this, other);
    }

    /** PyTorch: {@code Tensor.div_(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div_(double other) {
        return ArithmeticOps.div_(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.div_(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div_(long other) {
        return ArithmeticOps.div_(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.div_(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div_(Tensor other, String roundingMode) {
        return ArithmeticOps.div_(this, other, roundingMode);
    }

    /** PyTorch: {@code Tensor.div_(value, *, rounding_mode=None) -> Tensor}. */
    public Tensor div_(long other, String roundingMode) {
        return ArithmeticOps.div_(this, Torch.wrap(other), roundingMode);
    }

    /** {@code div(other, "floor")}. PyTorch: {@code Tensor.floor_divide} (Python's {@code //}). */
    public Tensor floorDivide(Tensor other) {
        return ArithmeticOps.div(this, other, "floor");
    }

    /** PyTorch: {@code Tensor.floor_divide(value) -> Tensor}. */
    public Tensor floorDivide(double other) {
        return ArithmeticOps.div(this, Torch.wrap(other), "floor");
    }

    /** PyTorch: {@code Tensor.floor_divide(value) -> Tensor}. */
    public Tensor floorDivide(long other) {
        return ArithmeticOps.div(this, Torch.wrap(other), "floor");
    }

    /** Elementwise power. PyTorch: {@code Tensor.pow} ({@code x ** y}). */
    public Tensor pow(Tensor exponent) {
        return ArithmeticOps.pow(this, exponent);
    }

    /** PyTorch: {@code Tensor.pow(exponent) -> Tensor}. */
    public Tensor pow(double exponent) {
        return ArithmeticOps.pow(this, Torch.wrap(exponent));
    }

    /** Power with an integral exponent: integer tensors stay integral (negative exponents are refused). */
    public Tensor pow(long exponent) {
        return ArithmeticOps.pow(this, Torch.wrap(exponent));
    }

    /** PyTorch: {@code Tensor.pow_(exponent) -> Tensor}. */
    public Tensor pow_(Tensor exponent) {
        return ArithmeticOps.pow_(this, exponent);
    }

    /** PyTorch: {@code Tensor.pow_(exponent) -> Tensor}. */
    public Tensor pow_(double exponent) {
        return ArithmeticOps.pow_(this, Torch.wrap(exponent));
    }

    /** PyTorch: {@code Tensor.pow_(exponent) -> Tensor}. */
    public Tensor pow_(long exponent) {
        return ArithmeticOps.pow_(this, Torch.wrap(exponent));
    }

    /** Python-style modulus (the divisor's sign). PyTorch: {@code Tensor.remainder} ({@code x % y}). */
    public Tensor remainder(Tensor other) {
        return ArithmeticOps.remainder(this, other);
    }

    /** PyTorch: {@code Tensor.remainder(divisor) -> Tensor}. */
    public Tensor remainder(double other) {
        return ArithmeticOps.remainder(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.remainder(divisor) -> Tensor}. */
    public Tensor remainder(long other) {
        return ArithmeticOps.remainder(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.remainder_(divisor) -> Tensor}. */
    public Tensor remainder_(Tensor other) {
        return ArithmeticOps.remainder_(this, other);
    }

    /** PyTorch: {@code Tensor.remainder_(divisor) -> Tensor}. */
    public Tensor remainder_(double other) {
        return ArithmeticOps.remainder_(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.remainder_(divisor) -> Tensor}. */
    public Tensor remainder_(long other) {
        return ArithmeticOps.remainder_(this, Torch.wrap(other));
    }

    /** C-style modulus (the dividend's sign). PyTorch: {@code Tensor.fmod}. */
    public Tensor fmod(Tensor other) {
        return ArithmeticOps.fmod(this, other);
    }

    /** PyTorch: {@code Tensor.fmod(divisor) -> Tensor}. */
    public Tensor fmod(double other) {
        return ArithmeticOps.fmod(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.fmod(divisor) -> Tensor}. */
    public Tensor fmod(long other) {
        return ArithmeticOps.fmod(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.fmod_(divisor) -> Tensor}. */
    public Tensor fmod_(Tensor other) {
        return ArithmeticOps.fmod_(this, other);
    }

    /** PyTorch: {@code Tensor.fmod_(divisor) -> Tensor}. */
    public Tensor fmod_(double other) {
        return ArithmeticOps.fmod_(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.fmod_(divisor) -> Tensor}. */
    public Tensor fmod_(long other) {
        return ArithmeticOps.fmod_(this, Torch.wrap(other));
    }

    /** Elementwise maximum (NaN propagates). PyTorch: {@code Tensor.maximum}. */
    public Tensor maximum(Tensor other) {
        return ArithmeticOps.maximum(this, other);
    }

    /** Elementwise minimum (NaN propagates). PyTorch: {@code Tensor.minimum}. */
    public Tensor minimum(Tensor other) {
        return ArithmeticOps.minimum(this, other);
    }

    /** Angle of (other, this) in radians. PyTorch: {@code Tensor.atan2}. */
    public Tensor atan2(Tensor other) {
        return ArithmeticOps.atan2(this, other);
    }

    /** Clamps to [min, max]; either bound may be null; Long/Integer bounds are Python ints, Double ones floats. PyTorch: {@code Tensor.clamp}. */
    public Tensor clamp(Number min, Number max) {
        return PointwiseOps.clamp(this, min, max);
    }

    /** PyTorch: {@code Tensor.clamp(min=None, max=None) -> Tensor}. */
    public Tensor clamp(double min, double max) {
        return PointwiseOps.clamp(this, min, max);
    }

    /** PyTorch: {@code Tensor.clamp(min=None, max=None) -> Tensor}. */
    public Tensor clamp(long min, long max) {
        return PointwiseOps.clamp(this, min, max);
    }

    /** Clamps from below. PyTorch: {@code Tensor.clamp_min} / {@code clamp(min=...)}. */
    public Tensor clampMin(double min) {
        return PointwiseOps.clampMin(this, min);
    }

    /** PyTorch: {@code Tensor.clamp_min}. */
    public Tensor clampMin(long min) {
        return PointwiseOps.clampMin(this, min);
    }

    /** Clamps from above. PyTorch: {@code Tensor.clamp_max}. */
    public Tensor clampMax(double max) {
        return PointwiseOps.clampMax(this, max);
    }

    /** PyTorch: {@code Tensor.clamp_max}. */
    public Tensor clampMax(long max) {
        return PointwiseOps.clampMax(this, max);
    }

    /** In-place {@link #clamp(Number, Number)}; the result type must be this tensor's dtype. */
    public Tensor clamp_(Number min, Number max) {
        return PointwiseOps.clamp_(this, min, max);
    }

    /** PyTorch: {@code Tensor.clamp_min_}. */
    public Tensor clampMin_(double min) {
        return PointwiseOps.clampMin_(this, min);
    }

    /** PyTorch: {@code Tensor.clamp_min_}. */
    public Tensor clampMin_(long min) {
        return PointwiseOps.clampMin_(this, min);
    }

    /** PyTorch: {@code Tensor.clamp_max_}. */
    public Tensor clampMax_(double max) {
        return PointwiseOps.clampMax_(this, max);
    }

    /** PyTorch: {@code Tensor.clamp_max_}. */
    public Tensor clampMax_(long max) {
        return PointwiseOps.clampMax_(this, max);
    }

    /** Negation, {@code -x}. PyTorch: {@code Tensor.neg}. */
    public Tensor neg() {
        return PointwiseOps.neg(this);
    }

    /** PyTorch: {@code Tensor.neg_() -> Tensor}. */
    public Tensor neg_() {
        return PointwiseOps.neg_(this);
    }

    /** Absolute value. PyTorch: {@code Tensor.abs}. */
    public Tensor abs() {
        return PointwiseOps.abs(this);
    }

    /** PyTorch: {@code Tensor.abs_() -> Tensor}. */
    public Tensor abs_() {
        return PointwiseOps.abs_(this);
    }

    /** Square root (NaN below zero). PyTorch: {@code Tensor.sqrt}. */
    public Tensor sqrt() {
        return PointwiseOps.sqrt(this);
    }

    /** PyTorch: {@code Tensor.sqrt_() -> Tensor}. */
    public Tensor sqrt_() {
        return PointwiseOps.sqrt_(this);
    }

    /** Reciprocal square root, {@code 1 / sqrt(x)}. PyTorch: {@code Tensor.rsqrt}. */
    public Tensor rsqrt() {
        return PointwiseOps.rsqrt(this);
    }

    /** PyTorch: {@code Tensor.rsqrt_() -> Tensor}. */
    public Tensor rsqrt_() {
        return PointwiseOps.rsqrt_(this);
    }

    /** e to the power x. PyTorch: {@code Tensor.exp}. */
    public Tensor exp() {
        return PointwiseOps.exp(this);
    }

    /** PyTorch: {@code Tensor.exp_() -> Tensor}. */
    public Tensor exp_() {
        return PointwiseOps.exp_(this);
    }

    /** {@code exp(x) - 1}, accurate near zero. PyTorch: {@code Tensor.expm1}. */
    public Tensor expm1() {
        return PointwiseOps.expm1(this);
    }

    /** PyTorch: {@code Tensor.expm1_() -> Tensor}. */
    public Tensor expm1_() {
        return PointwiseOps.expm1_(this);
    }

    /** Natural logarithm. PyTorch: {@code Tensor.log}. */
    public Tensor log() {
        return PointwiseOps.log(this);
    }

    /** PyTorch: {@code Tensor.log_() -> Tensor}. */
    public Tensor log_() {
        return PointwiseOps.log_(this);
    }

    /** {@code log(1 + x)}, accurate near zero. PyTorch: {@code Tensor.log1p}. */
    public Tensor log1p() {
        return PointwiseOps.log1p(this);
    }

    /** PyTorch: {@code Tensor.log1p_() -> Tensor}. */
    public Tensor log1p_() {
        return PointwiseOps.log1p_(this);
    }

    /** Base-2 logarithm. PyTorch: {@code Tensor.log2}. */
    public Tensor log2() {
        return PointwiseOps.log2(this);
    }

    /** PyTorch: {@code Tensor.log2_() -> Tensor}. */
    public Tensor log2_() {
        return PointwiseOps.log2_(this);
    }

    /** Base-10 logarithm. PyTorch: {@code Tensor.log10}. */
    public Tensor log10() {
        return PointwiseOps.log10(this);
    }

    /** PyTorch: {@code Tensor.log10_() -> Tensor}. */
    public Tensor log10_() {
        return PointwiseOps.log10_(this);
    }

    /** Sine. PyTorch: {@code Tensor.sin}. */
    public Tensor sin() {
        return PointwiseOps.sin(this);
    }

    /** PyTorch: {@code Tensor.sin_() -> Tensor}. */
    public Tensor sin_() {
        return PointwiseOps.sin_(this);
    }

    /** Cosine. PyTorch: {@code Tensor.cos}. */
    public Tensor cos() {
        return PointwiseOps.cos(this);
    }

    /** PyTorch: {@code Tensor.cos_() -> Tensor}. */
    public Tensor cos_() {
        return PointwiseOps.cos_(this);
    }

    /** Tangent. PyTorch: {@code Tensor.tan}. */
    public Tensor tan() {
        return PointwiseOps.tan(this);
    }

    /** PyTorch: {@code Tensor.tan_() -> Tensor}. */
    public Tensor tan_() {
        return PointwiseOps.tan_(this);
    }

    /** Hyperbolic tangent. PyTorch: {@code Tensor.tanh}. */
    public Tensor tanh() {
        return PointwiseOps.tanh(this);
    }

    /** PyTorch: {@code Tensor.tanh_() -> Tensor}. */
    public Tensor tanh_() {
        return PointwiseOps.tanh_(this);
    }

    /** Logistic sigmoid {@code 1 / (1 + exp(-x))}. PyTorch: {@code Tensor.sigmoid}. */
    public Tensor sigmoid() {
        return PointwiseOps.sigmoid(this);
    }

    /** PyTorch: {@code Tensor.sigmoid_() -> Tensor}. */
    public Tensor sigmoid_() {
        return PointwiseOps.sigmoid_(this);
    }

    /** {@code max(x, 0)}. PyTorch: {@code Tensor.relu}. */
    public Tensor relu() {
        return PointwiseOps.relu(this);
    }

    /** PyTorch: {@code Tensor.relu_}. */
    public Tensor relu_() {
        return PointwiseOps.relu_(this);
    }

    /** -1, 0 or 1 by the sign of x (0 for NaN). PyTorch: {@code Tensor.sign}. */
    public Tensor sign() {
        return PointwiseOps.sign(this);
    }

    /** PyTorch: {@code Tensor.sign_() -> Tensor}. */
    public Tensor sign_() {
        return PointwiseOps.sign_(this);
    }

    /** Rounds down. PyTorch: {@code Tensor.floor}. */
    public Tensor floor() {
        return PointwiseOps.floor(this);
    }

    /** PyTorch: {@code Tensor.floor_() -> Tensor}. */
    public Tensor floor_() {
        return PointwiseOps.floor_(this);
    }

    /** Rounds up. PyTorch: {@code Tensor.ceil}. */
    public Tensor ceil() {
        return PointwiseOps.ceil(this);
    }

    /** PyTorch: {@code Tensor.ceil_() -> Tensor}. */
    public Tensor ceil_() {
        return PointwiseOps.ceil_(this);
    }

    /** Rounds toward zero. PyTorch: {@code Tensor.trunc}. */
    public Tensor trunc() {
        return PointwiseOps.trunc(this);
    }

    /** PyTorch: {@code Tensor.trunc_() -> Tensor}. */
    public Tensor trunc_() {
        return PointwiseOps.trunc_(this);
    }

    /** Fractional part {@code x - trunc(x)}. PyTorch: {@code Tensor.frac}. */
    public Tensor frac() {
        return PointwiseOps.frac(this);
    }

    /** PyTorch: {@code Tensor.frac_() -> Tensor}. */
    public Tensor frac_() {
        return PointwiseOps.frac_(this);
    }

    /** Rounds to the nearest integer, halves to even. PyTorch: {@code Tensor.round}. */
    public Tensor round() {
        return PointwiseOps.round(this);
    }

    /** PyTorch: {@code Tensor.round_(decimals=0) -> Tensor}. */
    public Tensor round_() {
        return PointwiseOps.round_(this);
    }

    /** {@code 1 / x}. PyTorch: {@code Tensor.reciprocal}. */
    public Tensor reciprocal() {
        return PointwiseOps.reciprocal(this);
    }

    /** PyTorch: {@code Tensor.reciprocal_() -> Tensor}. */
    public Tensor reciprocal_() {
        return PointwiseOps.reciprocal_(this);
    }

    /** {@code x * x} (bool gives int64). PyTorch: {@code Tensor.square}. */
    public Tensor square() {
        return PointwiseOps.square(this);
    }

    /** PyTorch: {@code Tensor.square_() -> Tensor}. */
    public Tensor square_() {
        return PointwiseOps.square_(this);
    }

    /** Error function. PyTorch: {@code Tensor.erf}. */
    public Tensor erf() {
        return PointwiseOps.erf(this);
    }

    /** PyTorch: {@code Tensor.erf_() -> Tensor}. */
    public Tensor erf_() {
        return PointwiseOps.erf_(this);
    }

    /** Inverse error function. PyTorch: {@code Tensor.erfinv}. */
    public Tensor erfinv() {
        return PointwiseOps.erfinv(this);
    }

    /** PyTorch: {@code Tensor.erfinv_() -> Tensor}. */
    public Tensor erfinv_() {
        return PointwiseOps.erfinv_(this);
    }

    /** PyTorch: {@code Tensor.masked_fill(mask, value) -> Tensor}. */
    public Tensor maskedFill(Tensor mask, long value) {
        return IndexingOps.maskedFill(this, mask, Torch.wrapLong(value, dtype()).markWrappedNumber());
    }

    // ---------------------------------------------------------------- comparison and logic

    /** Elementwise {@code this == other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.eq}. */
    public Tensor eq(Tensor other) {
        return ComparisonOps.eq(this, other);
    }

    /** PyTorch: {@code Tensor.eq(other) -> Tensor}. */
    public Tensor eq(double other) {
        return ComparisonOps.eq(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.eq(other) -> Tensor}. */
    public Tensor eq(long other) {
        return ComparisonOps.eq(this, Torch.wrap(other));
    }

    /** Elementwise {@code this != other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.ne}. */
    public Tensor ne(Tensor other) {
        return ComparisonOps.ne(this, other);
    }

    /** PyTorch: {@code Tensor.ne(other) -> Tensor}. */
    public Tensor ne(double other) {
        return ComparisonOps.ne(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.ne(other) -> Tensor}. */
    public Tensor ne(long other) {
        return ComparisonOps.ne(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &lt; other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.lt}. */
    public Tensor lt(Tensor other) {
        return ComparisonOps.lt(this, other);
    }

    /** PyTorch: {@code Tensor.lt(other) -> Tensor}. */
    public Tensor lt(double other) {
        return ComparisonOps.lt(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.lt(other) -> Tensor}. */
    public Tensor lt(long other) {
        return ComparisonOps.lt(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &lt;= other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.le}. */
    public Tensor le(Tensor other) {
        return ComparisonOps.le(this, other);
    }

    /** PyTorch: {@code Tensor.le(other) -> Tensor}. */
    public Tensor le(double other) {
        return ComparisonOps.le(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.le(other) -> Tensor}. */
    public Tensor le(long other) {
        return ComparisonOps.le(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &gt; other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.gt}. */
    public Tensor gt(Tensor other) {
        return ComparisonOps.gt(this, other);
    }

    /** PyTorch: {@code Tensor.gt(other) -> Tensor}. */
    public Tensor gt(double other) {
        return ComparisonOps.gt(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.gt(other) -> Tensor}. */
    public Tensor gt(long other) {
        return ComparisonOps.gt(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &gt;= other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.ge}. */
    public Tensor ge(Tensor other) {
        return ComparisonOps.ge(this, other);
    }

    /** PyTorch: {@code Tensor.ge(other) -> Tensor}. */
    public Tensor ge(double other) {
        return ComparisonOps.ge(this, Torch.wrap(other));
    }

    /** PyTorch: {@code Tensor.ge(other) -> Tensor}. */
    public Tensor ge(long other) {
        return ComparisonOps.ge(this, Torch.wrap(other));
    }

    /** True when shapes and all elements are equal. PyTorch: {@code torch.equal}. */
    public boolean equal(Tensor other) {
        return ComparisonOps.equal(this, other);
    }

    /** PyTorch: {@code Tensor.allclose(other, rtol=1e-05, atol=1e-08, equal_nan=False) -> Tensor}. */
    public boolean allclose(Tensor other) {
        return allclose(other, 1e-5, 1e-8, false);
    }

    /** True when every element is close. PyTorch: {@code Tensor.allclose}. */
    public boolean allclose(Tensor other, double rtol, double atol, boolean equalNan) {
        return ComparisonOps.allclose(this, other, rtol, atol, equalNan);
    }

    /** PyTorch: {@code Tensor.isclose(other, rtol=1e-05, atol=1e-08, equal_nan=False) -> Tensor}. */
    public Tensor isclose(Tensor other) {
        return isclose(other, 1e-5, 1e-8, false);
    }

    /** Elementwise {@code |this - other| &lt;= atol + rtol * |other|}. PyTorch: {@code Tensor.isclose}. */
    public Tensor isclose(Tensor other, double rtol, double atol, boolean equalNan) {
        return ComparisonOps.isclose(this, other, rtol, atol, equalNan);
    }

    /** True where NaN. PyTorch: {@code Tensor.isnan}. */
    public Tensor isnan() {
        return ComparisonOps.isnan(this);
    }

    /** True where infinite. PyTorch: {@code Tensor.isinf}. */
    public Tensor isinf() {
        return ComparisonOps.isinf(this);
    }

    /** True where neither NaN nor infinite. PyTorch: {@code Tensor.isfinite}. */
    public Tensor isfinite() {
        return ComparisonOps.isfinite(this);
    }

    /** True where both are non-zero. PyTorch: {@code Tensor.logical_and}. */
    public Tensor logicalAnd(Tensor other) {
        return ComparisonOps.logicalAnd(this, other);
    }

    /** True where either is non-zero. PyTorch: {@code Tensor.logical_or}. */
    public Tensor logicalOr(Tensor other) {
        return ComparisonOps.logicalOr(this, other);
    }

    /** True where exactly one is non-zero. PyTorch: {@code Tensor.logical_xor}. */
    public Tensor logicalXor(Tensor other) {
        return ComparisonOps.logicalXor(this, other);
    }

    /** True where zero. PyTorch: {@code Tensor.logical_not}. */
    public Tensor logicalNot() {
        return ComparisonOps.logicalNot(this);
    }

    /** PyTorch: {@code Tensor.any(dim=None, keepdim=False) -> Tensor}. */
    public Tensor any() {
        return ReductionOps.any(this);
    }

    /** PyTorch: {@code Tensor.any(dim=None, keepdim=False) -> Tensor}. */
    public Tensor any(int dim, boolean keepdim) {
        return ReductionOps.any(this, dim, keepdim);
    }

    /** PyTorch: {@code Tensor.all(dim=None, keepdim=False) -> Tensor}. */
    public Tensor all() {
        return ReductionOps.all(this);
    }

    /** PyTorch: {@code Tensor.all(dim=None, keepdim=False) -> Tensor}. */
    public Tensor all(int dim, boolean keepdim) {
        return ReductionOps.all(this, dim, keepdim);
    }

    // ---------------------------------------------------------------- reductions

    /** PyTorch: {@code Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor sum() {
        return ReductionOps.sum(this, null, false, null);
    }

    /** PyTorch: {@code Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor sum(int dim) {
        return ReductionOps.sum(this, new int[] {dim}, false, null);
    }

    /** PyTorch: {@code Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor sum(int dim, boolean keepdim) {
        return ReductionOps.sum(this, new int[] {dim}, keepdim, null);
    }

    /** PyTorch: {@code Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor sum(int[] dims, boolean keepdim) {
        return ReductionOps.sum(this, dims, keepdim, null);
    }

    /** PyTorch: {@code Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor sum(DType dtype) {
        return ReductionOps.sum(this, null, false, dtype);
    }

    /** Sum over {@code dims} computed in (and returning) {@code dtype}. PyTorch: {@code x.sum(dims, keepdim, dtype=)}. */
    public Tensor sum(int[] dims, boolean keepdim, DType dtype) {
        return ReductionOps.sum(this, dims, keepdim, dtype);
    }

    /** PyTorch: {@code Tensor.mean(dim=None, keepdim=False, *, dtype=None) -> Tensor}. */
    public Tensor mean() {
        return ReductionOps.mean(this, null, false);
    }

    /** PyTorch: {@code Tensor.mean(dim=None, keepdim=False, *, dtype=None) -> Tensor}. */
    public Tensor mean(int dim) {
        return ReductionOps.mean(this, new int[] {dim}, false);
    }

    /** PyTorch: {@code Tensor.mean(dim=None, keepdim=False, *, dtype=None) -> Tensor}. */
    public Tensor mean(int dim, boolean keepdim) {
        return ReductionOps.mean(this, new int[] {dim}, keepdim);
    }

    /** PyTorch: {@code Tensor.mean(dim=None, keepdim=False, *, dtype=None) -> Tensor}. */
    public Tensor mean(int[] dims, boolean keepdim) {
        return ReductionOps.mean(this, dims, keepdim);
    }

    /** PyTorch: {@code Tensor.prod(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor prod() {
        return ReductionOps.prod(this);
    }

    /** PyTorch: {@code Tensor.prod(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor prod(int dim) {
        return ReductionOps.prod(this, dim, false);
    }

    /** PyTorch: {@code Tensor.prod(dim=None, keepdim=False, dtype=None) -> Tensor}. */
    public Tensor prod(int dim, boolean keepdim) {
        return ReductionOps.prod(this, dim, keepdim);
    }

    /** Largest element. PyTorch: {@code Tensor.max()}. */
    public Tensor max() {
        return ReductionOps.max(this);
    }

    /** Largest values along dim and their indices. PyTorch: {@code Tensor.max(dim)}. */
    public ReturnTypes.Max max(int dim) {
        return ReductionOps.max(this, dim, false);
    }

    /** PyTorch: {@code Tensor.max(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)}. */
    public ReturnTypes.Max max(int dim, boolean keepdim) {
        return ReductionOps.max(this, dim, keepdim);
    }

    /** Elementwise maximum (PyTorch's {@code max(other)} overload). */
    public Tensor max(Tensor other) {
        return maximum(other);
    }

    /** PyTorch: {@code Tensor.min(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)}. */
    public Tensor min() {
        return ReductionOps.min(this);
    }

    /** PyTorch: {@code Tensor.min(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)}. */
    public ReturnTypes.Min min(int dim) {
        return ReductionOps.min(this, dim, false);
    }

    /** PyTorch: {@code Tensor.min(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)}. */
    public ReturnTypes.Min min(int dim, boolean keepdim) {
        return ReductionOps.min(this, dim, keepdim);
    }

    /** PyTorch: {@code Tensor.min(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)}. */
    public Tensor min(Tensor other) {
        return minimum(other);
    }

    /** PyTorch: {@code Tensor.argmax(dim=None, keepdim=False) -> LongTensor}. */
    public Tensor argmax() {
        return ReductionOps.argmax(this, null, false);
    }

    /** PyTorch: {@code Tensor.argmax(dim=None, keepdim=False) -> LongTensor}. */
    public Tensor argmax(int dim) {
        return ReductionOps.argmax(this, dim, false);
    }

    /** PyTorch: {@code Tensor.argmax(dim=None, keepdim=False) -> LongTensor}. */
    public Tensor argmax(int dim, boolean keepdim) {
        return ReductionOps.argmax(this, dim, keepdim);
    }

    /** PyTorch: {@code Tensor.argmin(dim=None, keepdim=False) -> LongTensor}. */
    public Tensor argmin() {
        return ReductionOps.argmin(this, null, false);
    }

    /** PyTorch: {@code Tensor.argmin(dim=None, keepdim=False) -> LongTensor}. */
    public Tensor argmin(int dim) {
        return ReductionOps.argmin(this, dim, false);
    }

    /** PyTorch: {@code Tensor.argmin(dim=None, keepdim=False) -> LongTensor}. */
    public Tensor argmin(int dim, boolean keepdim) {
        return ReductionOps.argmin(this, dim, keepdim);
    }

    /** Standard deviation with Bessel's correction (correction = 1). */
    public Tensor std() {
        return ReductionOps.std(this, null, 1, false);
    }

    /** PyTorch: {@code Tensor.std(dim, unbiased=True, keepdim=False) -> Tensor}. */
    public Tensor std(int dim) {
        return ReductionOps.std(this, new int[] {dim}, 1, false);
    }

    /** PyTorch: {@code Tensor.std(dim, unbiased=True, keepdim=False) -> Tensor}. */
    public Tensor std(int[] dims, double correction, boolean keepdim) {
        return ReductionOps.std(this, dims, correction, keepdim);
    }

    /** PyTorch: {@code Tensor.var(dim, unbiased=True, keepdim=False) -> Tensor}. */
    public Tensor var() {
        return ReductionOps.var(this, null, 1, false);
    }

    /** PyTorch: {@code Tensor.var(dim, unbiased=True, keepdim=False) -> Tensor}. */
    public Tensor var(int dim) {
        return ReductionOps.var(this, new int[] {dim}, 1, false);
    }

    /** PyTorch: {@code Tensor.var(dim, unbiased=True, keepdim=False) -> Tensor}. */
    public Tensor var(int[] dims, double correction, boolean keepdim) {
        return ReductionOps.var(this, dims, correction, keepdim);
    }

    /** 2-norm of all elements. */
    public Tensor norm() {
        return ReductionOps.norm(this, 2, null, false);
    }

    /** p-norm of all elements (p may be infinite). */
    public Tensor norm(double p) {
        return ReductionOps.norm(this, p, null, false);
    }

    /** PyTorch: {@code Tensor.norm(self, p='fro', dim=None, keepdim=False, dtype=None)}. */
    public Tensor norm(double p, int dim) {
        return ReductionOps.norm(this, p, new int[] {dim}, false);
    }

    /** PyTorch: {@code Tensor.norm(self, p='fro', dim=None, keepdim=False, dtype=None)}. */
    public Tensor norm(double p, int dim, boolean keepdim) {
        return ReductionOps.norm(this, p, new int[] {dim}, keepdim);
    }

    /** PyTorch: {@code Tensor.norm(self, p='fro', dim=None, keepdim=False, dtype=None)}. */
    public Tensor norm(double p, int[] dims, boolean keepdim) {
        return ReductionOps.norm(this, p, dims, keepdim);
    }

    /** {@code norm("fro")} / {@code norm("nuc")}-style string forms; "fro" is the 2-norm over the dims. */
    public Tensor norm(String p, int[] dims, boolean keepdim) {
        return ReductionOps.norm(this, p, dims, keepdim);
    }

    /** PyTorch: {@code Tensor.logsumexp(dim, keepdim=False) -> Tensor}. */
    public Tensor logsumexp(int dim) {
        return ReductionOps.logsumexp(this, new int[] {dim}, false);
    }

    /** PyTorch: {@code Tensor.logsumexp(dim, keepdim=False) -> Tensor}. */
    public Tensor logsumexp(int dim, boolean keepdim) {
        return ReductionOps.logsumexp(this, new int[] {dim}, keepdim);
    }

    /** PyTorch: {@code Tensor.logsumexp(dim, keepdim=False) -> Tensor}. */
    public Tensor logsumexp(int[] dims, boolean keepdim) {
        return ReductionOps.logsumexp(this, dims, keepdim);
    }

    /** PyTorch: {@code Tensor.count_nonzero(dim=None) -> Tensor}. */
    public Tensor countNonzero() {
        return ReductionOps.countNonzero(this, null);
    }

    /** PyTorch: {@code Tensor.count_nonzero(dim=None) -> Tensor}. */
    public Tensor countNonzero(int dim) {
        return ReductionOps.countNonzero(this, new int[] {dim});
    }

    /** PyTorch: {@code Tensor.count_nonzero(dim=None) -> Tensor}. */
    public Tensor countNonzero(int[] dims) {
        return ReductionOps.countNonzero(this, dims);
    }

    /** PyTorch: {@code Tensor.cumsum(dim, dtype=None) -> Tensor}. */
    public Tensor cumsum(int dim) {
        return SortOps.cumsum(this, dim, null);
    }

    /** Running sum computed in {@code dtype}. PyTorch: {@code x.cumsum(dim, dtype=)}. */
    public Tensor cumsum(int dim, DType dtype) {
        return SortOps.cumsum(this, dim, dtype);
    }

    /** PyTorch: {@code Tensor.cumprod(dim, dtype=None) -> Tensor}. */
    public Tensor cumprod(int dim) {
        return SortOps.cumprod(this, dim, null);
    }

    /** PyTorch: {@code Tensor.cumprod(dim, dtype=None) -> Tensor}. */
    public Tensor cumprod(int dim, DType dtype) {
        return SortOps.cumprod(this, dim, dtype);
    }

    /** PyTorch: {@code Tensor.topk(k, dim=None, largest=True, sorted=True) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Topk topk(int k) {
        return SortOps.topk(this, k, -1, true, true);
    }

    /** PyTorch: {@code Tensor.topk(k, dim=None, largest=True, sorted=True) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Topk topk(int k, int dim) {
        return SortOps.topk(this, k, dim, true, true);
    }

    /** PyTorch: {@code Tensor.topk(k, dim=None, largest=True, sorted=True) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Topk topk(int k, int dim, boolean largest) {
        return SortOps.topk(this, k, dim, largest, true);
    }

    /** PyTorch: {@code Tensor.topk(k, dim=None, largest=True, sorted=True) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Topk topk(int k, int dim, boolean largest, boolean sorted) {
        return SortOps.topk(this, k, dim, largest, sorted);
    }

    /** k-th smallest (1-based k) along dim. PyTorch: {@code Tensor.kthvalue}. */
    public ReturnTypes.Kthvalue kthvalue(int k) {
        return SortOps.kthvalue(this, k, -1, false);
    }

    /** PyTorch: {@code Tensor.kthvalue(k, dim=None, keepdim=False) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Kthvalue kthvalue(int k, int dim) {
        return SortOps.kthvalue(this, k, dim, false);
    }

    /** PyTorch: {@code Tensor.kthvalue(k, dim=None, keepdim=False) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Kthvalue kthvalue(int k, int dim, boolean keepdim) {
        return SortOps.kthvalue(this, k, dim, keepdim);
    }

    /** PyTorch: {@code Tensor.sort(dim=-1, descending=False) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Sort sort() {
        return SortOps.sort(this, -1, false);
    }

    /** PyTorch: {@code Tensor.sort(dim=-1, descending=False) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Sort sort(int dim) {
        return SortOps.sort(this, dim, false);
    }

    /** PyTorch: {@code Tensor.sort(dim=-1, descending=False) -> (Tensor, LongTensor)}. */
    public ReturnTypes.Sort sort(int dim, boolean descending) {
        return SortOps.sort(this, dim, descending);
    }

    /** Sort where equal values keep their order when {@code stable}. PyTorch: {@code x.sort(dim, descending, stable=)}. */
    public ReturnTypes.Sort sort(int dim, boolean descending, boolean stable) {
        return SortOps.sort(this, dim, descending, stable);
    }

    /** PyTorch: {@code Tensor.argsort(dim=-1, descending=False) -> LongTensor}. */
    public Tensor argsort() {
        return SortOps.argsort(this, -1, false, false);
    }

    /** PyTorch: {@code Tensor.argsort(dim=-1, descending=False) -> LongTensor}. */
    public Tensor argsort(int dim) {
        return SortOps.argsort(this, dim, false, false);
    }

    /** PyTorch: {@code Tensor.argsort(dim=-1, descending=False) -> LongTensor}. */
    public Tensor argsort(int dim, boolean descending) {
        return SortOps.argsort(this, dim, descending, false);
    }

    /** PyTorch: {@code Tensor.argsort(dim=-1, descending=False) -> LongTensor}. */
    public Tensor argsort(int dim, boolean descending, boolean stable) {
        return SortOps.argsort(this, dim, descending, stable);
    }

    // ---------------------------------------------------------------- linear algebra

    /** PyTorch: {@code Tensor.mm(mat2) -> Tensor}. */
    public Tensor mm(Tensor other) {
        return LinalgOps.mm(this, other);
    }

    /** PyTorch: {@code Tensor.bmm(batch2) -> Tensor}. */
    public Tensor bmm(Tensor other) {
        return LinalgOps.bmm(this, other);
    }

    /** PyTorch: {@code Tensor.mv(vec) -> Tensor}. */
    public Tensor mv(Tensor vec) {
        return LinalgOps.mv(this, vec);
    }

    /** PyTorch: {@code Tensor.matmul(tensor2) -> Tensor}. */
    public Tensor matmul(Tensor other) {
        return LinalgOps.matmul(this, other);
    }

    /** PyTorch: {@code Tensor.dot(other) -> Tensor}. */
    public Tensor dot(Tensor other) {
        return LinalgOps.dot(this, other);
    }

    /** PyTorch: {@code Tensor.outer(vec2) -> Tensor}. */
    public Tensor outer(Tensor other) {
        return LinalgOps.outer(this, other);
    }

    // ---------------------------------------------------------------- random fills

    /** PyTorch: {@code Tensor.uniform_(from=0, to=1) -> Tensor}. */
    public Tensor uniform_(double from, double to) {
        return RandomOps.uniform_(this, from, to, null);
    }

    /** PyTorch: {@code Tensor.uniform_(from=0, to=1) -> Tensor}. */
    public Tensor uniform_() {
        return uniform_(0, 1);
    }

    /** PyTorch: {@code Tensor.normal_(mean=0, std=1, *, generator=None) -> Tensor}. */
    public Tensor normal_(double mean, double std) {
        return RandomOps.normal_(this, mean, std, null);
    }

    /** PyTorch: {@code Tensor.normal_(mean=0, std=1, *, generator=None) -> Tensor}. */
    public Tensor normal_() {
        return normal_(0, 1);
    }

    /** PyTorch: {@code Tensor.bernoulli_(p=0.5, *, generator=None) -> Tensor}. */
    public Tensor bernoulli_(double p) {
        return RandomOps.bernoulli_(this, p, null);
    }

    /** PyTorch: {@code Tensor.random_(from=0, to=None, *, generator=None) -> Tensor}. */
    public Tensor random_(long from, long to) {
        return RandomOps.random_(this, from, to, null);
    }

    // ---------------------------------------------------------------- issue 21 facade: random sampling and small names

    /** Fills with Exp(lambd) samples. PyTorch: {@code Tensor.exponential_(lambd=1)}. */
    public Tensor exponential_() {
        return exponential_(1);
    }

    /** PyTorch: {@code Tensor.exponential_(lambd)}. */
    public Tensor exponential_(double lambd) {
        return RandomOps.exponential_(this, lambd, null);
    }

    /** PyTorch: {@code Tensor.exponential_(lambd, generator=g)}. */
    public Tensor exponential_(double lambd, Generator g) {
        return RandomOps.exponential_(this, lambd, g);
    }

    /** Fills with the trial counts to a first success of probability p. PyTorch: {@code Tensor.geometric_(p)}. */
    public Tensor geometric_(double p) {
        return RandomOps.geometric_(this, p, null);
    }

    /** PyTorch: {@code Tensor.geometric_(p, generator=g)}. */
    public Tensor geometric_(double p, Generator g) {
        return RandomOps.geometric_(this, p, g);
    }

    /** Fills with exp(N(1, 2)) samples. PyTorch: {@code Tensor.log_normal_(mean=1, std=2)}. */
    public Tensor logNormal_() {
        return logNormal_(1, 2);
    }

    /** PyTorch: {@code Tensor.log_normal_(mean, std)}. */
    public Tensor logNormal_(double mean, double std) {
        return RandomOps.logNormal_(this, mean, std, null);
    }

    /** PyTorch: {@code Tensor.log_normal_(mean, std, generator=g)}. */
    public Tensor logNormal_(double mean, double std, Generator g) {
        return RandomOps.logNormal_(this, mean, std, g);
    }

    /** Fills with Cauchy(0, 1) samples. PyTorch: {@code Tensor.cauchy_(median=0, sigma=1)}. */
    public Tensor cauchy_() {
        return cauchy_(0, 1);
    }

    /** PyTorch: {@code Tensor.cauchy_(median, sigma)}. */
    public Tensor cauchy_(double median, double sigma) {
        return RandomOps.cauchy_(this, median, sigma, null);
    }

    /** PyTorch: {@code Tensor.cauchy_(median, sigma, generator=g)}. */
    public Tensor cauchy_(double median, double sigma, Generator g) {
        return RandomOps.cauchy_(this, median, sigma, g);
    }

    /** PyTorch: {@code Tensor.bernoulli_(p, generator=g)} with a float p. */
    public Tensor bernoulli_(double p, Generator g) {
        return RandomOps.bernoulli_(this, p, g);
    }

    /** Ones with the probabilities in {@code p} (broadcast to this shape). PyTorch: {@code Tensor.bernoulli_(p)}. */
    public Tensor bernoulli_(Tensor p) {
        return RandomOps.bernoulli_(this, p, null);
    }

    /** PyTorch: {@code Tensor.bernoulli_(p, generator=g)} with a tensor p. */
    public Tensor bernoulli_(Tensor p, Generator g) {
        return RandomOps.bernoulli_(this, p, g);
    }

    /** Ones with this tensor's values as probabilities. PyTorch: {@code Tensor.bernoulli()}. */
    public Tensor bernoulli() {
        return RandomOps.bernoulli(this, null);
    }

    /** PyTorch: {@code Tensor.bernoulli(generator=g)}. */
    public Tensor bernoulli(Generator g) {
        return RandomOps.bernoulli(this, g);
    }

    /** Ones with probability p in this shape and dtype. PyTorch: {@code Tensor.bernoulli(p)}. */
    public Tensor bernoulli(double p) {
        return RandomOps.bernoulli(this, p, null);
    }

    /** PyTorch: {@code Tensor.bernoulli(p, generator=g)}. */
    public Tensor bernoulli(double p, Generator g) {
        return RandomOps.bernoulli(this, p, g);
    }

    /** Category indices drawn without replacement. PyTorch: {@code Tensor.multinomial(num_samples)}. */
    public Tensor multinomial(int numSamples) {
        return multinomial(numSamples, false);
    }

    /** PyTorch: {@code Tensor.multinomial(num_samples, replacement)}. */
    public Tensor multinomial(int numSamples, boolean replacement) {
        return RandomOps.multinomial(this, numSamples, replacement, null);
    }

    /** PyTorch: {@code Tensor.multinomial(num_samples, replacement, generator=g)}. */
    public Tensor multinomial(int numSamples, boolean replacement, Generator g) {
        return RandomOps.multinomial(this, numSamples, replacement, g);
    }

    /** PyTorch: {@code Tensor.uniform_(from, to, generator=g)}. */
    public Tensor uniform_(double from, double to, Generator g) {
        return RandomOps.uniform_(this, from, to, g);
    }

    /** PyTorch: {@code Tensor.normal_(mean, std, generator=g)}. */
    public Tensor normal_(double mean, double std, Generator g) {
        return RandomOps.normal_(this, mean, std, g);
    }

    /** Always false: jtorch has no complex dtypes. PyTorch: {@code Tensor.is_complex()}. */
    public boolean isComplex() {
        return false;
    }

    /** Whether the dtype is signed (all but uint8 and bool). PyTorch: {@code Tensor.is_signed()}. */
    public boolean isSigned() {
        return dtype() != DType.UINT8 && dtype() != DType.BOOL;
    }

    /** The truth of a one-element tensor. PyTorch: {@code Tensor.is_nonzero()}. */
    public boolean isNonzero() {
        if (numel() == 0) {
            throw new IllegalArgumentException("Boolean value of Tensor with no values is ambiguous");
        }
        if (numel() > 1) {
            throw new IllegalArgumentException("Boolean value of Tensor with more than one value is ambiguous");
        }
        return item() != 0;
    }

    /** Whether both have the same shape. PyTorch: {@code Tensor.is_same_size(other)}. */
    public boolean isSameSize(Tensor other) {
        return java.util.Arrays.equals(shape, other.shape);
    }

    /**
     * False: jtorch has no inference mode, so no tensor is an inference tensor. PyTorch: {@code
     * Tensor.is_inference()}.
     */
    public boolean isInference() {
        return false;
    }

    /** -1 for CPU tensors (a CUDA tensor's device index otherwise). PyTorch: {@code Tensor.get_device()}. */
    public int getDevice() {
        return -1;
    }

    /** Bytes per element. PyTorch: {@code Tensor.element_size()}. */
    public int elementSize() {
        return dtype().itemSize();
    }

    /** PyTorch: {@code Tensor.is_cpu}. */
    public boolean isCpu() {
        return device().equals(Device.CPU);
    }

    /** Always false: jtorch has no CUDA device. PyTorch: {@code Tensor.is_cuda}. */
    public boolean isCuda() {
        return false;
    }

    /** This tensor in other's dtype (itself when they match). PyTorch: {@code Tensor.type_as(other)}. */
    public Tensor typeAs(Tensor other) {
        return to(other.dtype());
    }

    /** Whether {@code retainGrad()} was called on this non-leaf. PyTorch: {@code Tensor.retains_grad}. */
    public boolean retainsGrad() {
        return autograd != null && autograd.retainsGrad();
    }

    /** Always {@link Layout#STRIDED}. PyTorch: {@code Tensor.layout}. */
    public Layout layout() {
        return Layout.STRIDED;
    }

    /**
     * Whether both view the same storage with the same offset, sizes and strides. PyTorch: {@code
     * Tensor.is_set_to(tensor)}.
     */
    public boolean isSetTo(Tensor other) {
        return storage == other.storage && offset == other.offset && java.util.Arrays.equals(shape, other.shape)
                && java.util.Arrays.equals(stride, other.stride);
    }

    /**
     * Replaces each element by {@code f} of it, in row-major order on this thread (through float64). PyTorch:
     * {@code Tensor.apply_(callable)}.
     */
    public Tensor apply_(java.util.function.DoubleUnaryOperator f) {
        return MapOps.apply_(this, f);
    }

    /** {@code self = f(self, other)} element-wise, other broadcast. PyTorch: {@code Tensor.map_(tensor, callable)}. */
    public Tensor map_(Tensor other, java.util.function.DoubleBinaryOperator f) {
        return MapOps.map_(this, other, f);
    }

    /** {@code self = f(self, x, y)} element-wise. PyTorch: {@code Tensor.map2_(x, y, callable)}. */
    public Tensor map2_(Tensor x, Tensor y, DoubleTernaryOperator f) {
        return MapOps.map2_(this, x, y, f);
    }

    /** A function of three doubles, the callable of {@link #map2_}. */
    @FunctionalInterface
    public interface DoubleTernaryOperator {
        /** The result for the elements of self, x and y at one position. */
        double applyAsDouble(double a, double b, double c);
    }

    private TensorOptions sameKind(TensorOptions o) {
        return Torch.options().dtype(o.dtypeOr(dtype())).device(o.device()).requiresGrad(o.requiresGrad());
    }

    /** An uninitialised (here zero) tensor of this dtype and device. PyTorch: {@code Tensor.new_empty(size)}. */
    public Tensor newEmpty(int... size) {
        return Torch.empty(Torch.options().dtype(dtype()).device(device()), size);
    }

    /** PyTorch: {@code Tensor.new_empty(size, dtype=..., requires_grad=...)}; an unset dtype is this one's. */
    public Tensor newEmpty(TensorOptions o, int... size) {
        return Torch.empty(sameKind(o), size);
    }

    /** PyTorch: {@code Tensor.new_empty_strided(size, stride)}. */
    public Tensor newEmptyStrided(int[] size, int[] stride) {
        return Torch.emptyStrided(Torch.options().dtype(dtype()).device(device()), size, stride);
    }

    /** PyTorch: {@code Tensor.new_full(size, fill_value)}. */
    public Tensor newFull(int[] size, double fillValue) {
        return Torch.full(Torch.options().dtype(dtype()).device(device()), fillValue, size);
    }

    /** PyTorch: {@code Tensor.new_full(size, fill_value, dtype=..., requires_grad=...)}. */
    public Tensor newFull(TensorOptions o, int[] size, double fillValue) {
        return Torch.full(sameKind(o), fillValue, size);
    }

    /** PyTorch: {@code Tensor.new_ones(size)}. */
    public Tensor newOnes(int... size) {
        return Torch.ones(Torch.options().dtype(dtype()).device(device()), size);
    }

    /** PyTorch: {@code Tensor.new_ones(size, dtype=..., requires_grad=...)}. */
    public Tensor newOnes(TensorOptions o, int... size) {
        return Torch.ones(sameKind(o), size);
    }

    /** PyTorch: {@code Tensor.new_zeros(size)}. */
    public Tensor newZeros(int... size) {
        return Torch.zeros(Torch.options().dtype(dtype()).device(device()), size);
    }

    /** PyTorch: {@code Tensor.new_zeros(size, dtype=..., requires_grad=...)}. */
    public Tensor newZeros(TensorOptions o, int... size) {
        return Torch.zeros(sameKind(o), size);
    }

    /**
     * A new tensor of this dtype and device from Java data (a tensor is copied, detached). PyTorch: {@code
     * Tensor.new_tensor(data)}.
     */
    public Tensor newTensor(Object data) {
        if (data instanceof Tensor t) {
            return t.detach().to(dtype()).clone();
        }
        return Torch.tensor(data, Torch.options().dtype(dtype()).device(device()));
    }

    /** PyTorch: {@code Tensor.new_tensor(data, dtype=..., requires_grad=...)}. */
    public Tensor newTensor(Object data, TensorOptions o) {
        TensorOptions k = sameKind(o);
        Tensor t = data instanceof Tensor d ? d.detach().to(k.dtype()).clone()
                : Torch.tensor(data, k.requiresGrad(false));
        return k.requiresGrad() ? t.requiresGrad_(true) : t;
    }

    /** PyTorch: {@code Tensor.log_softmax(dim)}. */
    public Tensor logSoftmax(int dim) {
        return Torch.logSoftmax(this, dim);
    }

    /** PyTorch: {@code Tensor.log_softmax(dim, dtype)}. */
    public Tensor logSoftmax(int dim, DType dtype) {
        return Torch.logSoftmax(this, dim, dtype);
    }

    /** PyTorch: {@code Tensor.prelu(weight)}. */
    public Tensor prelu(Tensor weight) {
        return Torch.prelu(this, weight);
    }

    // ---------------------------------------------------------------- printing

    /** PyTorch's repr, e.g. {@code tensor([[0.6320, 0.4332]], requires_grad=True)}. */
    @Override
    public String toString() {
        return CopyOps.repr(this);
    }

    // ---------------------------------------------------------------- inverse trigonometric and hyperbolic (TrigOps)

    /** Arcsine, elementwise; integers give the default float dtype. PyTorch: {@code Tensor.asin()}. */
    public Tensor asin() {
        return TrigOps.asin(this);
    }

    /** In place. PyTorch: {@code Tensor.asin_()}. */
    public Tensor asin_() {
        return TrigOps.asin_(this);
    }

    /** Alias of {@link #asin()}. PyTorch: {@code Tensor.arcsin()}. */
    public Tensor arcsin() {
        return asin();
    }

    /** Alias of {@link #asin_()}. PyTorch: {@code Tensor.arcsin_()}. */
    public Tensor arcsin_() {
        return asin_();
    }

    /** Arccosine, elementwise; integers give the default float dtype. PyTorch: {@code Tensor.acos()}. */
    public Tensor acos() {
        return TrigOps.acos(this);
    }

    /** In place. PyTorch: {@code Tensor.acos_()}. */
    public Tensor acos_() {
        return TrigOps.acos_(this);
    }

    /** Alias of {@link #acos()}. PyTorch: {@code Tensor.arccos()}. */
    public Tensor arccos() {
        return acos();
    }

    /** Alias of {@link #acos_()}. PyTorch: {@code Tensor.arccos_()}. */
    public Tensor arccos_() {
        return acos_();
    }

    /** Arctangent, elementwise; integers give the default float dtype. PyTorch: {@code Tensor.atan()}. */
    public Tensor atan() {
        return TrigOps.atan(this);
    }

    /** In place. PyTorch: {@code Tensor.atan_()}. */
    public Tensor atan_() {
        return TrigOps.atan_(this);
    }

    /** Alias of {@link #atan()}. PyTorch: {@code Tensor.arctan()}. */
    public Tensor arctan() {
        return atan();
    }

    /** Alias of {@link #atan_()}. PyTorch: {@code Tensor.arctan_()}. */
    public Tensor arctan_() {
        return atan_();
    }

    /** Hyperbolic sine, elementwise; integers give the default float dtype. PyTorch: {@code Tensor.sinh()}. */
    public Tensor sinh() {
        return TrigOps.sinh(this);
    }

    /** In place. PyTorch: {@code Tensor.sinh_()}. */
    public Tensor sinh_() {
        return TrigOps.sinh_(this);
    }

    /** Hyperbolic cosine, elementwise; integers give the default float dtype. PyTorch: {@code Tensor.cosh()}. */
    public Tensor cosh() {
        return TrigOps.cosh(this);
    }

    /** In place. PyTorch: {@code Tensor.cosh_()}. */
    public Tensor cosh_() {
        return TrigOps.cosh_(this);
    }

    /** Inverse hyperbolic sine, elementwise; integers give the default float dtype. PyTorch: {@code Tensor.asinh()}. */
    public Tensor asinh() {
        return TrigOps.asinh(this);
    }

    /** In place. PyTorch: {@code Tensor.asinh_()}. */
    public Tensor asinh_() {
        return TrigOps.asinh_(this);
    }

    /** Alias of {@link #asinh()}. PyTorch: {@code Tensor.arcsinh()}. */
    public Tensor arcsinh() {
        return asinh();
    }

    /** Alias of {@link #asinh_()}. PyTorch: {@code Tensor.arcsinh_()}. */
    public Tensor arcsinh_() {
        return asinh_();
    }

    /** Inverse hyperbolic cosine (NaN below 1), elementwise; integers give the default float dtype. PyTorch: {@code Tensor.acosh()}. */
    public Tensor acosh() {
        return TrigOps.acosh(this);
    }

    /** In place. PyTorch: {@code Tensor.acosh_()}. */
    public Tensor acosh_() {
        return TrigOps.acosh_(this);
    }

    /** Alias of {@link #acosh()}. PyTorch: {@code Tensor.arccosh()}. */
    public Tensor arccosh() {
        return acosh();
    }

    /** Alias of {@link #acosh_()}. PyTorch: {@code Tensor.arccosh_()}. */
    public Tensor arccosh_() {
        return acosh_();
    }

    /** Inverse hyperbolic tangent (NaN beyond ±1), elementwise; integers give the default float dtype. PyTorch: {@code Tensor.atanh()}. */
    public Tensor atanh() {
        return TrigOps.atanh(this);
    }

    /** In place. PyTorch: {@code Tensor.atanh_()}. */
    public Tensor atanh_() {
        return TrigOps.atanh_(this);
    }

    /** Alias of {@link #atanh()}. PyTorch: {@code Tensor.arctanh()}. */
    public Tensor arctanh() {
        return atanh();
    }

    /** Alias of {@link #atanh_()}. PyTorch: {@code Tensor.arctanh_()}. */
    public Tensor arctanh_() {
        return atanh_();
    }

    /** Alias of {@link #atan2(Tensor)}. PyTorch: {@code Tensor.arctan2(other)}. */
    public Tensor arctan2(Tensor other) {
        return atan2(other);
    }

    // ---------------------------------------------------------------- flips, rolls, diagonals, triangles
    // (FlipRollOps, DiagonalOps)

    /** Reverses the order of elements along each of {@code dims}. PyTorch: {@code Tensor.flip(dims)}. */
    public Tensor flip(int... dims) {
        return FlipRollOps.flip(this, dims);
    }

    /** Flips dim 1 (left/right) of an at least 2-D tensor. PyTorch: {@code Tensor.fliplr()}. */
    public Tensor fliplr() {
        return FlipRollOps.fliplr(this);
    }

    /** Flips dim 0 (up/down) of an at least 1-D tensor. PyTorch: {@code Tensor.flipud()}. */
    public Tensor flipud() {
        return FlipRollOps.flipud(this);
    }

    /** Rolls the flattened tensor by {@code shifts}, wrapping around, keeping the shape. PyTorch: {@code Tensor.roll(shifts)}. */
    public Tensor roll(int shifts) {
        return FlipRollOps.roll(this, new int[] {shifts}, new int[0]);
    }

    /** Rolls along {@code dim}. PyTorch: {@code Tensor.roll(shifts, dims)}. */
    public Tensor roll(int shifts, int dim) {
        return FlipRollOps.roll(this, new int[] {shifts}, new int[] {dim});
    }

    /** Rolls along each of {@code dims} by the matching shift. PyTorch: {@code Tensor.roll(shifts, dims)}. */
    public Tensor roll(int[] shifts, int[] dims) {
        return FlipRollOps.roll(this, shifts, dims);
    }

    /** Rotates by 90° in the plane of dims 0 and 1. PyTorch: {@code Tensor.rot90()}. */
    public Tensor rot90() {
        return FlipRollOps.rot90(this, 1, new int[] {0, 1});
    }

    /** Rotates by 90° {@code k} times (negative: the other way) in the plane of dims 0 and 1. PyTorch: {@code Tensor.rot90(k)}. */
    public Tensor rot90(int k) {
        return FlipRollOps.rot90(this, k, new int[] {0, 1});
    }

    /** Rotates by 90° {@code k} times from {@code dims[0]} towards {@code dims[1]}. PyTorch: {@code Tensor.rot90(k, dims)}. */
    public Tensor rot90(int k, int[] dims) {
        return FlipRollOps.rot90(this, k, dims);
    }

    /** The lower triangle of the last two dims, zeros above. PyTorch: {@code Tensor.tril()}. */
    public Tensor tril() {
        return DiagonalOps.tril(this, 0);
    }

    /** The triangle on and below the {@code diagonal}-th diagonal. PyTorch: {@code Tensor.tril(diagonal)}. */
    public Tensor tril(int diagonal) {
        return DiagonalOps.tril(this, diagonal);
    }

    /** In place. PyTorch: {@code Tensor.tril_(diagonal=0)}. */
    public Tensor tril_(int diagonal) {
        return DiagonalOps.tril_(this, diagonal);
    }

    /** The upper triangle of the last two dims, zeros below. PyTorch: {@code Tensor.triu()}. */
    public Tensor triu() {
        return DiagonalOps.triu(this, 0);
    }

    /** The triangle on and above the {@code diagonal}-th diagonal. PyTorch: {@code Tensor.triu(diagonal)}. */
    public Tensor triu(int diagonal) {
        return DiagonalOps.triu(this, diagonal);
    }

    /** In place. PyTorch: {@code Tensor.triu_(diagonal=0)}. */
    public Tensor triu_(int diagonal) {
        return DiagonalOps.triu_(this, diagonal);
    }

    /** A 1-D tensor as a diagonal matrix, or a 2-D tensor's main diagonal. PyTorch: {@code Tensor.diag()}. */
    public Tensor diag() {
        return DiagonalOps.diag(this, 0);
    }

    /** As {@link #diag()}, on the {@code diagonal}-th diagonal. PyTorch: {@code Tensor.diag(diagonal)}. */
    public Tensor diag(int diagonal) {
        return DiagonalOps.diag(this, diagonal);
    }

    /** The main diagonal of dims 0 and 1, as a view. PyTorch: {@code Tensor.diagonal()}. */
    public Tensor diagonal() {
        return DiagonalOps.diagonal(this, 0, 0, 1);
    }

    /** The {@code offset}-th diagonal of dims 0 and 1, as a view. PyTorch: {@code Tensor.diagonal(offset)}. */
    public Tensor diagonal(int offset) {
        return DiagonalOps.diagonal(this, offset, 0, 1);
    }

    /** The {@code offset}-th diagonal of the (dim1, dim2) planes, as a view appended as the last dim. PyTorch: {@code Tensor.diagonal(offset, dim1, dim2)}. */
    public Tensor diagonal(int offset, int dim1, int dim2) {
        return DiagonalOps.diagonal(this, offset, dim1, dim2);
    }

    /** The last dim put on the diagonal of new trailing square matrices. PyTorch: {@code Tensor.diag_embed()}. */
    public Tensor diagEmbed() {
        return DiagonalOps.diagEmbed(this, 0, -2, -1);
    }

    /** PyTorch: {@code Tensor.diag_embed(offset, dim1, dim2)}. */
    public Tensor diagEmbed(int offset, int dim1, int dim2) {
        return DiagonalOps.diagEmbed(this, offset, dim1, dim2);
    }

    /** The sum of a matrix's main diagonal. PyTorch: {@code Tensor.trace()}. */
    public Tensor trace() {
        return DiagonalOps.trace(this);
    }

    // ---------------------------------------------------------------- more elementwise math (BinaryMathOps,
    // UnaryMathOps)

    /** {@code this + weight (end - this)}. PyTorch: {@code Tensor.lerp(end, weight)}. */
    public Tensor lerp(Tensor end, double weight) {
        return BinaryMathOps.lerp(this, end, weight);
    }

    /** lerp with a weight per element. PyTorch: {@code Tensor.lerp(end, weight)}. */
    public Tensor lerp(Tensor end, Tensor weight) {
        return BinaryMathOps.lerp(this, end, weight);
    }

    /** {@code this + t1 · t2}. PyTorch: {@code Tensor.addcmul(tensor1, tensor2)}. */
    public Tensor addcmul(Tensor tensor1, Tensor tensor2) {
        return BinaryMathOps.addcmul(this, tensor1, tensor2, 1);
    }

    /** {@code this + value · t1 · t2}. PyTorch: {@code Tensor.addcmul(tensor1, tensor2, value=value)}. */
    public Tensor addcmul(Tensor tensor1, Tensor tensor2, double value) {
        return BinaryMathOps.addcmul(this, tensor1, tensor2, value);
    }

    /** In place. PyTorch: {@code Tensor.addcmul_(tensor1, tensor2, value=value)}. */
    public Tensor addcmul_(Tensor tensor1, Tensor tensor2, double value) {
        return BinaryMathOps.addcmul_(this, tensor1, tensor2, value);
    }

    /** {@code this + t1 / t2}. PyTorch: {@code Tensor.addcdiv(tensor1, tensor2)}. */
    public Tensor addcdiv(Tensor tensor1, Tensor tensor2) {
        return BinaryMathOps.addcdiv(this, tensor1, tensor2, 1);
    }

    /** {@code this + value · t1 / t2}. PyTorch: {@code Tensor.addcdiv(tensor1, tensor2, value=value)}. */
    public Tensor addcdiv(Tensor tensor1, Tensor tensor2, double value) {
        return BinaryMathOps.addcdiv(this, tensor1, tensor2, value);
    }

    /** In place. PyTorch: {@code Tensor.addcdiv_(tensor1, tensor2, value=value)}. */
    public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, double value) {
        return BinaryMathOps.addcdiv_(this, tensor1, tensor2, value);
    }

    /** {@code sqrt(this² + other²)}. PyTorch: {@code Tensor.hypot(other)}. */
    public Tensor hypot(Tensor other) {
        return BinaryMathOps.hypot(this, other);
    }

    /** In place. PyTorch: {@code Tensor.hypot_(other)}. */
    public Tensor hypot_(Tensor other) {
        return BinaryMathOps.hypot_(this, other);
    }

    /** {@code log(exp(this) + exp(other))}. PyTorch: {@code Tensor.logaddexp(other)}. */
    public Tensor logaddexp(Tensor other) {
        return BinaryMathOps.logaddexp(this, other);
    }

    /** {@code log2(2^this + 2^other)}. PyTorch: {@code Tensor.logaddexp2(other)}. */
    public Tensor logaddexp2(Tensor other) {
        return BinaryMathOps.logaddexp2(this, other);
    }

    /** {@code this · log(other)}, 0 where this is 0. PyTorch: {@code Tensor.xlogy(other)}. */
    public Tensor xlogy(Tensor other) {
        return BinaryMathOps.xlogy(this, other);
    }

    /** xlogy with a number. PyTorch: {@code Tensor.xlogy(other)}. */
    public Tensor xlogy(double other) {
        return BinaryMathOps.xlogy(this, other);
    }

    /** In place. PyTorch: {@code Tensor.xlogy_(other)}. */
    public Tensor xlogy_(Tensor other) {
        return BinaryMathOps.xlogy_(this, other);
    }

    /** |this| with the sign of other. PyTorch: {@code Tensor.copysign(other)}. */
    public Tensor copysign(Tensor other) {
        return BinaryMathOps.copysign(this, other);
    }

    /** |this| with the sign of a number. PyTorch: {@code Tensor.copysign(other)}. */
    public Tensor copysign(double other) {
        return BinaryMathOps.copysign(this, other);
    }

    /** In place. PyTorch: {@code Tensor.copysign_(other)}. */
    public Tensor copysign_(Tensor other) {
        return BinaryMathOps.copysign_(this, other);
    }

    /** {@code log(x / (1 - x))}. PyTorch: {@code Tensor.logit()}. */
    public Tensor logit() {
        return UnaryMathOps.logit(this, null);
    }

    /** logit of x clamped to [eps, 1 - eps]. PyTorch: {@code Tensor.logit(eps)}. */
    public Tensor logit(double eps) {
        return UnaryMathOps.logit(this, eps);
    }

    /** In place; eps may be null. PyTorch: {@code Tensor.logit_(eps=None)}. */
    public Tensor logit_(Double eps) {
        return UnaryMathOps.logit_(this, eps);
    }

    /** NaN to 0, ±inf to the dtype's largest/lowest finite values. PyTorch: {@code Tensor.nan_to_num()}. */
    public Tensor nanToNum() {
        return UnaryMathOps.nanToNum(this, 0, null, null);
    }

    /** posinf and neginf may be null (the dtype's extremes). PyTorch: {@code Tensor.nan_to_num(nan, posinf, neginf)}. */
    public Tensor nanToNum(double nan, Double posinf, Double neginf) {
        return UnaryMathOps.nanToNum(this, nan, posinf, neginf);
    }

    /** In place. PyTorch: {@code Tensor.nan_to_num_(nan, posinf, neginf)}. */
    public Tensor nanToNum_(double nan, Double posinf, Double neginf) {
        return UnaryMathOps.nanToNum_(this, nan, posinf, neginf);
    }

    /** Rounds half to even at {@code decimals} decimal places. PyTorch: {@code Tensor.round(decimals=decimals)}. */
    public Tensor round(int decimals) {
        return UnaryMathOps.round(this, decimals);
    }

    /** In place. PyTorch: {@code Tensor.round_(decimals=decimals)}. */
    public Tensor round_(int decimals) {
        return UnaryMathOps.round_(this, decimals);
    }

    /** The complementary error function {@code 1 - erf(x)}, precise in its tail. PyTorch: {@code Tensor.erfc()}. */
    public Tensor erfc() {
        return UnaryMathOps.erfc(this);
    }

    /** In place. PyTorch: {@code Tensor.erfc_()}. */
    public Tensor erfc_() {
        return UnaryMathOps.erfc_(this);
    }

    // ---------------------------------------------------------------- PyTorch's aliases of existing ops

    /** Alias of {@code abs}. PyTorch: {@code Tensor.absolute}. */
    public Tensor absolute() {
        return abs();
    }

    /** Alias of {@code abs_}. PyTorch: {@code Tensor.absolute_}. */
    public Tensor absolute_() {
        return abs_();
    }

    /** Alias of {@code neg}. PyTorch: {@code Tensor.negative}. */
    public Tensor negative() {
        return neg();
    }

    /** Alias of {@code neg_}. PyTorch: {@code Tensor.negative_}. */
    public Tensor negative_() {
        return neg_();
    }

    /** Alias of {@code trunc}. PyTorch: {@code Tensor.fix}. */
    public Tensor fix() {
        return trunc();
    }

    /** Alias of {@code trunc_}. PyTorch: {@code Tensor.fix_}. */
    public Tensor fix_() {
        return trunc_();
    }

    /** Alias of {@code clamp}. PyTorch: {@code Tensor.clip}. */
    public Tensor clip(Number min, Number max) {
        return clamp(min, max);
    }

    /** Alias of {@code clamp}. PyTorch: {@code Tensor.clip}. */
    public Tensor clip(double min, double max) {
        return clamp(min, max);
    }

    /** Alias of {@code clamp}. PyTorch: {@code Tensor.clip}. */
    public Tensor clip(long min, long max) {
        return clamp(min, max);
    }

    /** Alias of {@code clamp_}. PyTorch: {@code Tensor.clip_}. */
    public Tensor clip_(Number min, Number max) {
        return clamp_(min, max);
    }

    /** Alias of {@code mul}. PyTorch: {@code Tensor.multiply}. */
    public Tensor multiply(Tensor other) {
        return mul(other);
    }

    /** Alias of {@code mul}. PyTorch: {@code Tensor.multiply}. */
    public Tensor multiply(double other) {
        return mul(other);
    }

    /** Alias of {@code mul}. PyTorch: {@code Tensor.multiply}. */
    public Tensor multiply(long other) {
        return mul(other);
    }

    /** Alias of {@code div}. PyTorch: {@code Tensor.divide}. */
    public Tensor divide(Tensor other) {
        return div(other);
    }

    /** Alias of {@code div}. PyTorch: {@code Tensor.divide}. */
    public Tensor divide(double other) {
        return div(other);
    }

    /** Alias of {@code div}. PyTorch: {@code Tensor.divide}. */
    public Tensor divide(long other) {
        return div(other);
    }

    /** Alias of {@code div}. PyTorch: {@code Tensor.divide}. */
    public Tensor divide(Tensor other, String roundingMode) {
        return div(other, roundingMode);
    }

    /** Alias of {@code div}. PyTorch: {@code Tensor.true_divide}. */
    public Tensor trueDivide(Tensor other) {
        return div(other);
    }

    /** Alias of {@code div}. PyTorch: {@code Tensor.true_divide}. */
    public Tensor trueDivide(double other) {
        return div(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code Tensor.subtract}. */
    public Tensor subtract(Tensor other) {
        return sub(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code Tensor.subtract}. */
    public Tensor subtract(double other) {
        return sub(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code Tensor.subtract}. */
    public Tensor subtract(long other) {
        return sub(other);
    }

    /** Alias of {@code sub}. PyTorch: {@code Tensor.subtract}. */
    public Tensor subtract(Tensor other, double alpha) {
        return sub(other, alpha);
    }

    /** Alias of {@code gt}. PyTorch: {@code Tensor.greater}. */
    public Tensor greater(Tensor other) {
        return gt(other);
    }

    /** Alias of {@code gt}. PyTorch: {@code Tensor.greater}. */
    public Tensor greater(double other) {
        return gt(other);
    }

    /** Alias of {@code gt}. PyTorch: {@code Tensor.greater}. */
    public Tensor greater(long other) {
        return gt(other);
    }

    /** Alias of {@code ge}. PyTorch: {@code Tensor.greater_equal}. */
    public Tensor greaterEqual(Tensor other) {
        return ge(other);
    }

    /** Alias of {@code ge}. PyTorch: {@code Tensor.greater_equal}. */
    public Tensor greaterEqual(double other) {
        return ge(other);
    }

    /** Alias of {@code ge}. PyTorch: {@code Tensor.greater_equal}. */
    public Tensor greaterEqual(long other) {
        return ge(other);
    }

    /** Alias of {@code lt}. PyTorch: {@code Tensor.less}. */
    public Tensor less(Tensor other) {
        return lt(other);
    }

    /** Alias of {@code lt}. PyTorch: {@code Tensor.less}. */
    public Tensor less(double other) {
        return lt(other);
    }

    /** Alias of {@code lt}. PyTorch: {@code Tensor.less}. */
    public Tensor less(long other) {
        return lt(other);
    }

    /** Alias of {@code le}. PyTorch: {@code Tensor.less_equal}. */
    public Tensor lessEqual(Tensor other) {
        return le(other);
    }

    /** Alias of {@code le}. PyTorch: {@code Tensor.less_equal}. */
    public Tensor lessEqual(double other) {
        return le(other);
    }

    /** Alias of {@code le}. PyTorch: {@code Tensor.less_equal}. */
    public Tensor lessEqual(long other) {
        return le(other);
    }

    /** Alias of {@code ne}. PyTorch: {@code Tensor.not_equal}. */
    public Tensor notEqual(Tensor other) {
        return ne(other);
    }

    /** Alias of {@code ne}. PyTorch: {@code Tensor.not_equal}. */
    public Tensor notEqual(double other) {
        return ne(other);
    }

    /** Alias of {@code ne}. PyTorch: {@code Tensor.not_equal}. */
    public Tensor notEqual(long other) {
        return ne(other);
    }

    /** Alias of {@code transpose}. PyTorch: {@code Tensor.swapaxes}. */
    public Tensor swapaxes(int axis0, int axis1) {
        return transpose(axis0, axis1);
    }

    /** Alias of {@code transpose}. PyTorch: {@code Tensor.swapdims}. */
    public Tensor swapdims(int dim0, int dim1) {
        return transpose(dim0, dim1);
    }

    /** Alias of {@code dim}. PyTorch: {@code Tensor.ndimension}. */
    public int ndimension() {
        return dim();
    }

    /** Alias of {@code numel}. PyTorch: {@code Tensor.nelement}. */
    public int nelement() {
        return numel();
    }

    /** Zero on [-lambd, lambd], x elsewhere. PyTorch: {@code Tensor.hardshrink(lambd=0.5)}. */
    public Tensor hardshrink(double lambd) {
        return PiecewiseActivationOps.hardshrink(this, lambd);
    }

    // ---------------------------------------------------------------- reductions and order statistics
    // (OrderStatisticsOps, CumulativeOps, ReductionOps: amax ... sum_to_size)

    /** Largest values over {@code dims} (none: all dims). PyTorch: {@code Tensor.amax(dim=(), keepdim=False)}. */
    public Tensor amax(int... dims) {
        return OrderStatisticsOps.amax(this, dims, false);
    }

    /** PyTorch: {@code Tensor.amax(dim, keepdim)}. */
    public Tensor amax(int dim, boolean keepdim) {
        return OrderStatisticsOps.amax(this, new int[] {dim}, keepdim);
    }

    /** PyTorch: {@code Tensor.amax(dim, keepdim)} with several dims. */
    public Tensor amax(int[] dims, boolean keepdim) {
        return OrderStatisticsOps.amax(this, dims, keepdim);
    }

    /** Smallest values over {@code dims} (none: all dims). PyTorch: {@code Tensor.amin(dim=(), keepdim=False)}. */
    public Tensor amin(int... dims) {
        return OrderStatisticsOps.amin(this, dims, false);
    }

    /** PyTorch: {@code Tensor.amin(dim, keepdim)}. */
    public Tensor amin(int dim, boolean keepdim) {
        return OrderStatisticsOps.amin(this, new int[] {dim}, keepdim);
    }

    /** PyTorch: {@code Tensor.amin(dim, keepdim)} with several dims. */
    public Tensor amin(int[] dims, boolean keepdim) {
        return OrderStatisticsOps.amin(this, dims, keepdim);
    }

    /** Smallest and largest element. PyTorch: {@code Tensor.aminmax()}. */
    public ReturnTypes.Aminmax aminmax() {
        return OrderStatisticsOps.aminmax(this, null, false);
    }

    /** Smallest and largest values along {@code dim}. PyTorch: {@code Tensor.aminmax(dim=dim)}. */
    public ReturnTypes.Aminmax aminmax(int dim) {
        return OrderStatisticsOps.aminmax(this, dim, false);
    }

    /** PyTorch: {@code Tensor.aminmax(dim=dim, keepdim=keepdim)}. */
    public ReturnTypes.Aminmax aminmax(int dim, boolean keepdim) {
        return OrderStatisticsOps.aminmax(this, dim, keepdim);
    }

    /** Lower median of all elements (NaN if any). PyTorch: {@code Tensor.median()}. */
    public Tensor median() {
        return OrderStatisticsOps.median(this);
    }

    /** Lower median along {@code dim} and its index. PyTorch: {@code Tensor.median(dim)}. */
    public ReturnTypes.Median median(int dim) {
        return OrderStatisticsOps.median(this, dim, false);
    }

    /** PyTorch: {@code Tensor.median(dim, keepdim)}. */
    public ReturnTypes.Median median(int dim, boolean keepdim) {
        return OrderStatisticsOps.median(this, dim, keepdim);
    }

    /** Lower median of the non-NaN elements. PyTorch: {@code Tensor.nanmedian()}. */
    public Tensor nanmedian() {
        return OrderStatisticsOps.nanmedian(this);
    }

    /** Lower median of the non-NaN elements along {@code dim} and its index. PyTorch: {@code Tensor.nanmedian(dim)}. */
    public ReturnTypes.Nanmedian nanmedian(int dim) {
        return OrderStatisticsOps.nanmedian(this, dim, false);
    }

    /** PyTorch: {@code Tensor.nanmedian(dim, keepdim)}. */
    public ReturnTypes.Nanmedian nanmedian(int dim, boolean keepdim) {
        return OrderStatisticsOps.nanmedian(this, dim, keepdim);
    }

    /** Most frequent value along the last dim and its index. PyTorch: {@code Tensor.mode()}. */
    public ReturnTypes.Mode mode() {
        return OrderStatisticsOps.mode(this, -1, false);
    }

    /** Most frequent value along {@code dim} and its index. PyTorch: {@code Tensor.mode(dim)}. */
    public ReturnTypes.Mode mode(int dim) {
        return OrderStatisticsOps.mode(this, dim, false);
    }

    /** PyTorch: {@code Tensor.mode(dim, keepdim)}. */
    public ReturnTypes.Mode mode(int dim, boolean keepdim) {
        return OrderStatisticsOps.mode(this, dim, keepdim);
    }

    /** The q-th quantile of all elements (linear interpolation). PyTorch: {@code Tensor.quantile(q)}. */
    public Tensor quantile(double q) {
        return OrderStatisticsOps.quantile(this, q, null, false, "linear", false);
    }

    /** The q-th quantile along {@code dim}. PyTorch: {@code Tensor.quantile(q, dim)}. */
    public Tensor quantile(double q, int dim) {
        return OrderStatisticsOps.quantile(this, q, dim, false, "linear", false);
    }

    /** PyTorch: {@code Tensor.quantile(q, dim, keepdim)}. */
    public Tensor quantile(double q, int dim, boolean keepdim) {
        return OrderStatisticsOps.quantile(this, q, dim, keepdim, "linear", false);
    }

    /** PyTorch: {@code Tensor.quantile(q, dim=, keepdim=, interpolation=)}, the keywords in {@code options}. */
    public Tensor quantile(double q, QuantileOptions options) {
        return OrderStatisticsOps.quantile(this, q, options.dim, options.keepdim, options.interpolation, false);
    }

    /** The quantiles q (0-d or 1-d, this tensor's dtype) of all elements. PyTorch: {@code Tensor.quantile(q)}. */
    public Tensor quantile(Tensor q) {
        return OrderStatisticsOps.quantile(this, q, null, false, "linear", false);
    }

    /** The quantiles q along {@code dim}. PyTorch: {@code Tensor.quantile(q, dim)}. */
    public Tensor quantile(Tensor q, int dim) {
        return OrderStatisticsOps.quantile(this, q, dim, false, "linear", false);
    }

    /** PyTorch: {@code Tensor.quantile(q, dim, keepdim)}. */
    public Tensor quantile(Tensor q, int dim, boolean keepdim) {
        return OrderStatisticsOps.quantile(this, q, dim, keepdim, "linear", false);
    }

    /** PyTorch: {@code Tensor.quantile(q, dim=, keepdim=, interpolation=)}, the keywords in {@code options}. */
    public Tensor quantile(Tensor q, QuantileOptions options) {
        return OrderStatisticsOps.quantile(this, q, options.dim, options.keepdim, options.interpolation, false);
    }

    /** The q-th quantile of all elements (linear interpolation). PyTorch: {@code Tensor.nanquantile(q)}. */
    public Tensor nanquantile(double q) {
        return OrderStatisticsOps.quantile(this, q, null, false, "linear", true);
    }

    /** The q-th quantile along {@code dim}. PyTorch: {@code Tensor.nanquantile(q, dim)}. */
    public Tensor nanquantile(double q, int dim) {
        return OrderStatisticsOps.quantile(this, q, dim, false, "linear", true);
    }

    /** PyTorch: {@code Tensor.nanquantile(q, dim, keepdim)}. */
    public Tensor nanquantile(double q, int dim, boolean keepdim) {
        return OrderStatisticsOps.quantile(this, q, dim, keepdim, "linear", true);
    }

    /** PyTorch: {@code Tensor.nanquantile(q, dim=, keepdim=, interpolation=)}, the keywords in {@code options}. */
    public Tensor nanquantile(double q, QuantileOptions options) {
        return OrderStatisticsOps.quantile(this, q, options.dim, options.keepdim, options.interpolation, true);
    }

    /** The quantiles q (0-d or 1-d, this tensor's dtype) of all elements. PyTorch: {@code Tensor.nanquantile(q)}. */
    public Tensor nanquantile(Tensor q) {
        return OrderStatisticsOps.quantile(this, q, null, false, "linear", true);
    }

    /** The quantiles q along {@code dim}. PyTorch: {@code Tensor.nanquantile(q, dim)}. */
    public Tensor nanquantile(Tensor q, int dim) {
        return OrderStatisticsOps.quantile(this, q, dim, false, "linear", true);
    }

    /** PyTorch: {@code Tensor.nanquantile(q, dim, keepdim)}. */
    public Tensor nanquantile(Tensor q, int dim, boolean keepdim) {
        return OrderStatisticsOps.quantile(this, q, dim, keepdim, "linear", true);
    }

    /** PyTorch: {@code Tensor.nanquantile(q, dim=, keepdim=, interpolation=)}, the keywords in {@code options}. */
    public Tensor nanquantile(Tensor q, QuantileOptions options) {
        return OrderStatisticsOps.quantile(this, q, options.dim, options.keepdim, options.interpolation, true);
    }

    /** PyTorch: {@code Tensor.nansum()} over all elements. */
    public Tensor nansum() {
        return ReductionOps.nansum(this, null, false, null);
    }

    /** PyTorch: {@code Tensor.nansum(dim)}. */
    public Tensor nansum(int dim) {
        return ReductionOps.nansum(this, new int[] {dim}, false, null);
    }

    /** PyTorch: {@code Tensor.nansum(dim, keepdim)}. */
    public Tensor nansum(int dim, boolean keepdim) {
        return ReductionOps.nansum(this, new int[] {dim}, keepdim, null);
    }

    /** PyTorch: {@code Tensor.nansum(dims, keepdim)}. */
    public Tensor nansum(int[] dims, boolean keepdim) {
        return ReductionOps.nansum(this, dims, keepdim, null);
    }

    /** PyTorch: {@code Tensor.nansum(dims, keepdim, dtype=dtype)} (null dims: all). */
    public Tensor nansum(int[] dims, boolean keepdim, DType dtype) {
        return ReductionOps.nansum(this, dims, keepdim, dtype);
    }

    /** PyTorch: {@code Tensor.nanmean()} over all elements. */
    public Tensor nanmean() {
        return ReductionOps.nanmean(this, null, false, null);
    }

    /** PyTorch: {@code Tensor.nanmean(dim)}. */
    public Tensor nanmean(int dim) {
        return ReductionOps.nanmean(this, new int[] {dim}, false, null);
    }

    /** PyTorch: {@code Tensor.nanmean(dim, keepdim)}. */
    public Tensor nanmean(int dim, boolean keepdim) {
        return ReductionOps.nanmean(this, new int[] {dim}, keepdim, null);
    }

    /** PyTorch: {@code Tensor.nanmean(dims, keepdim)}. */
    public Tensor nanmean(int[] dims, boolean keepdim) {
        return ReductionOps.nanmean(this, dims, keepdim, null);
    }

    /** PyTorch: {@code Tensor.nanmean(dims, keepdim, dtype=dtype)} (null dims: all). */
    public Tensor nanmean(int[] dims, boolean keepdim, DType dtype) {
        return ReductionOps.nanmean(this, dims, keepdim, dtype);
    }

    /** Running maximum along {@code dim} and its indices. PyTorch: {@code Tensor.cummax(dim)}. */
    public ReturnTypes.Cummax cummax(int dim) {
        return CumulativeOps.cummax(this, dim);
    }

    /** Running minimum along {@code dim} and its indices. PyTorch: {@code Tensor.cummin(dim)}. */
    public ReturnTypes.Cummin cummin(int dim) {
        return CumulativeOps.cummin(this, dim);
    }

    /** Running log(sum(exp)) along {@code dim}. PyTorch: {@code Tensor.logcumsumexp(dim)}. */
    public Tensor logcumsumexp(int dim) {
        return CumulativeOps.logcumsumexp(this, dim);
    }

    /** First difference along the last dim. PyTorch: {@code Tensor.diff()}. */
    public Tensor diff() {
        return CumulativeOps.diff(this, 1, -1, null, null);
    }

    /** The n-th difference along the last dim. PyTorch: {@code Tensor.diff(n)}. */
    public Tensor diff(int n) {
        return CumulativeOps.diff(this, n, -1, null, null);
    }

    /** The n-th difference along {@code dim}. PyTorch: {@code Tensor.diff(n, dim)}. */
    public Tensor diff(int n, int dim) {
        return CumulativeOps.diff(this, n, dim, null, null);
    }

    /** PyTorch: {@code Tensor.diff(n=, dim=, prepend=, append=)}, the arguments in {@code options}. */
    public Tensor diff(DiffOptions options) {
        return CumulativeOps.diff(this, options.n, options.dim, options.prepend, options.append);
    }

    /** Sorted along the first dim. PyTorch: {@code Tensor.msort()}. */
    public Tensor msort() {
        return OrderStatisticsOps.msort(this);
    }

    /** Summed down to {@code size}, which this tensor must broadcast from. PyTorch: {@code Tensor.sum_to_size(*size)}. */
    public Tensor sumToSize(int... size) {
        return ReductionOps.sumToSize(this, size);
    }

    // ---------------------------------------------------------------- counting and searching (HistogramOps)

    /** Counts of each value of this 1-d non-negative integer tensor. PyTorch: {@code Tensor.bincount()}. */
    public Tensor bincount() {
        return HistogramOps.bincount(this, null, 0);
    }

    /** Sums of {@code weights} per value. PyTorch: {@code Tensor.bincount(weights)}. */
    public Tensor bincount(Tensor weights) {
        return HistogramOps.bincount(this, weights, 0);
    }

    /** PyTorch: {@code Tensor.bincount(weights, minlength)}. */
    public Tensor bincount(Tensor weights, int minlength) {
        return HistogramOps.bincount(this, weights, minlength);
    }

    /** Counts with at least {@code minlength} bins. PyTorch: {@code Tensor.bincount(minlength=minlength)}. */
    public Tensor bincount(int minlength) {
        return HistogramOps.bincount(this, null, minlength);
    }

    /** Histogram in 100 bins over the data's range. PyTorch: {@code Tensor.histc()}. */
    public Tensor histc() {
        return HistogramOps.histc(this, 100, 0, 0);
    }

    /** PyTorch: {@code Tensor.histc(bins)}. */
    public Tensor histc(int bins) {
        return HistogramOps.histc(this, bins, 0, 0);
    }

    /** Histogram in {@code bins} bins over [min, max]. PyTorch: {@code Tensor.histc(bins, min, max)}. */
    public Tensor histc(int bins, double min, double max) {
        return HistogramOps.histc(this, bins, min, max);
    }

    /** Histogram in {@code bins} equal bins over the data's range, with the edges. PyTorch: {@code Tensor.histogram(bins)}. */
    public ReturnTypes.Histogram histogram(int bins) {
        return HistogramOps.histogram(this, bins, null, null, false);
    }

    /** PyTorch: {@code Tensor.histogram(bins, range=, weight=, density=)}, the keywords in {@code options}. */
    public ReturnTypes.Histogram histogram(int bins, HistogramOptions options) {
        return HistogramOps.histogram(this, bins, options.range, options.weight, options.density);
    }

    /** Histogram over the given bin edges. PyTorch: {@code Tensor.histogram(bins: Tensor)}. */
    public ReturnTypes.Histogram histogram(Tensor bins) {
        return HistogramOps.histogram(this, bins, null, false);
    }

    /** PyTorch: {@code Tensor.histogram(bins: Tensor, weight=, density=)} ({@code range} must be unset). */
    public ReturnTypes.Histogram histogram(Tensor bins, HistogramOptions options) {
        if (options.range != null) {
            throw new IllegalArgumentException("histogram(): range cannot be given with a tensor of bin edges");
        }
        return HistogramOps.histogram(this, bins, options.weight, options.density);
    }

    /** Distinct elements, sorted. PyTorch: {@code Tensor.unique()}. */
    public Tensor unique() {
        return HistogramOps.unique(this, true, false, false, null).get(0);
    }

    /**
     * PyTorch: {@code Tensor.unique(sorted=, return_inverse=, return_counts=, dim=)}; returns [output, inverse if
     * asked, counts if asked].
     */
    public List<Tensor> unique(UniqueOptions options) {
        return HistogramOps.unique(this, options.sorted, options.returnInverse, options.returnCounts, options.dim);
    }

    /** Runs of equal consecutive elements collapsed. PyTorch: {@code Tensor.unique_consecutive()}. */
    public Tensor uniqueConsecutive() {
        return HistogramOps.uniqueConsecutive(this, false, false, null).get(0);
    }

    /**
     * PyTorch: {@code Tensor.unique_consecutive(return_inverse=, return_counts=, dim=)}; returns [output, inverse if
     * asked, counts if asked].
     */
    public List<Tensor> uniqueConsecutive(UniqueConsecutiveOptions options) {
        return HistogramOps.uniqueConsecutive(this, options.returnInverse, options.returnCounts, options.dim);
    }

    // ---------------------------------------------------------------- shape and indexing ops (issue 21: StackSplitOps,
    // IndexUpdateOps, IndexLookupOps, ProductOps)

    /** The coordinates of the non-zero elements, one row each, as int64 (n, dim()). PyTorch: {@code Tensor.nonzero()}. */
    public Tensor nonzero() {
        return IndexLookupOps.nonzero(this);
    }

    /**
     * The coordinates of the non-zero elements as one 1-D int64 tensor per dim.
     * PyTorch: {@code Tensor.nonzero(as_tuple=True)}.
     */
    public List<Tensor> nonzeroAsTuple() {
        return IndexLookupOps.nonzeroAsTuple(this);
    }

    /** Same as {@link #nonzero()}. PyTorch: {@code Tensor.argwhere()}. */
    public Tensor argwhere() {
        return IndexLookupOps.nonzero(this);
    }

    /** This tensor where {@code condition} holds, {@code other} elsewhere. PyTorch: {@code Tensor.where(condition, y)}. */
    public Tensor where(Tensor condition, Tensor other) {
        return Torch.where(condition, this, other);
    }

    /** A copy with {@code source} added at {@code index} along dim. PyTorch: {@code Tensor.index_add(dim, index, source)}. */
    public Tensor indexAdd(int dim, Tensor index, Tensor source) {
        return IndexUpdateOps.indexAdd(this, dim, index, source, 1);
    }

    /**
     * A copy with {@code alpha * source} added at {@code index} along dim.
     * PyTorch: {@code Tensor.index_add(dim, index, source, *, alpha)}.
     */
    public Tensor indexAdd(int dim, Tensor index, Tensor source, double alpha) {
        return IndexUpdateOps.indexAdd(this, dim, index, source, alpha);
    }

    /** In-place {@link #indexAdd(int, Tensor, Tensor)}. PyTorch: {@code Tensor.index_add_(dim, index, source)}. */
    public Tensor indexAdd_(int dim, Tensor index, Tensor source) {
        return IndexUpdateOps.indexAdd_(this, dim, index, source, 1);
    }

    /** In-place {@link #indexAdd(int, Tensor, Tensor, double)}. PyTorch: {@code Tensor.index_add_(..., alpha)}. */
    public Tensor indexAdd_(int dim, Tensor index, Tensor source, double alpha) {
        return IndexUpdateOps.indexAdd_(this, dim, index, source, alpha);
    }

    /** A copy with source's slices at {@code index} along dim. PyTorch: {@code Tensor.index_copy(dim, index, source)}. */
    public Tensor indexCopy(int dim, Tensor index, Tensor source) {
        return IndexUpdateOps.indexCopy(this, dim, index, source);
    }

    /** In-place {@link #indexCopy}. PyTorch: {@code Tensor.index_copy_(dim, index, source)}. */
    public Tensor indexCopy_(int dim, Tensor index, Tensor source) {
        return IndexUpdateOps.indexCopy_(this, dim, index, source);
    }

    /** A copy with {@code value} at {@code index} along dim. PyTorch: {@code Tensor.index_fill(dim, index, value)}. */
    public Tensor indexFill(int dim, Tensor index, double value) {
        return IndexUpdateOps.indexFill(this, dim, index, value);
    }

    /** A copy with a 0-D tensor's value at {@code index} along dim. PyTorch: {@code Tensor.index_fill(dim, index, value)}. */
    public Tensor indexFill(int dim, Tensor index, Tensor value) {
        return IndexUpdateOps.indexFill(this, dim, index, value);
    }

    /** In-place {@link #indexFill(int, Tensor, double)}. PyTorch: {@code Tensor.index_fill_(dim, index, value)}. */
    public Tensor indexFill_(int dim, Tensor index, double value) {
        return IndexUpdateOps.indexFill_(this, dim, index, value);
    }

    /** In-place {@link #indexFill(int, Tensor, Tensor)}. PyTorch: {@code Tensor.index_fill_(dim, index, value)}. */
    public Tensor indexFill_(int dim, Tensor index, Tensor value) {
        return IndexUpdateOps.indexFill_(this, dim, index, value);
    }

    /** A copy with {@code src} in {@code select(dim, index)}. PyTorch: {@code Tensor.select_scatter(src, dim, index)}. */
    public Tensor selectScatter(Tensor src, int dim, int index) {
        return IndexUpdateOps.selectScatter(this, src, dim, index);
    }

    /** A copy with {@code src} as its whole dim 0 range. PyTorch: {@code Tensor.slice_scatter(src)}. */
    public Tensor sliceScatter(Tensor src) {
        return IndexUpdateOps.sliceScatter(this, src, 0, null, null, 1);
    }

    /** A copy with {@code src} as the whole of {@code dim}. PyTorch: {@code Tensor.slice_scatter(src, dim)}. */
    public Tensor sliceScatter(Tensor src, int dim) {
        return IndexUpdateOps.sliceScatter(this, src, dim, null, null, 1);
    }

    /** A copy with {@code src} in {@code [start:]} along dim. PyTorch: {@code Tensor.slice_scatter(src, dim, start)}. */
    public Tensor sliceScatter(Tensor src, int dim, int start) {
        return IndexUpdateOps.sliceScatter(this, src, dim, start, null, 1);
    }

    /**
     * A copy with {@code src} in {@code [start:end:step]} along dim (bounds clamp as Python's slices do, so
     * {@code Integer.MAX_VALUE} is "to the end"). PyTorch: {@code Tensor.slice_scatter(src, dim, start, end, step)}.
     */
    public Tensor sliceScatter(Tensor src, int dim, int start, int end, int step) {
        return IndexUpdateOps.sliceScatter(this, src, dim, start, end, step);
    }

    /** A copy with {@code src} on the main diagonal. PyTorch: {@code Tensor.diagonal_scatter(src)}. */
    public Tensor diagonalScatter(Tensor src) {
        return IndexUpdateOps.diagonalScatter(this, src, 0, 0, 1);
    }

    /**
     * A copy with {@code src} on {@code diagonal(offset, dim1, dim2)}.
     * PyTorch: {@code Tensor.diagonal_scatter(src, offset=0, dim1=0, dim2=1)}.
     */
    public Tensor diagonalScatter(Tensor src, int offset, int dim1, int dim2) {
        return IndexUpdateOps.diagonalScatter(this, src, offset, dim1, dim2);
    }

    /** The flattened tensor's values at the flattened indices. PyTorch: {@code Tensor.take_along_dim(indices)}. */
    public Tensor takeAlongDim(Tensor indices) {
        return IndexLookupOps.takeAlongDim(this, indices);
    }

    /** gather along dim after broadcasting. PyTorch: {@code Tensor.take_along_dim(indices, dim)}. */
    public Tensor takeAlongDim(Tensor indices, int dim) {
        return IndexLookupOps.takeAlongDim(this, indices, dim);
    }

    /** Repeated {@code dims[i]} times along each dim (leading 1s pad short dims). PyTorch: {@code Tensor.tile(dims)}. */
    public Tensor tile(int... dims) {
        return StackSplitOps.tile(this, dims);
    }

    /** The elements as a 1-D tensor, a view when contiguous. PyTorch: {@code Tensor.ravel()}. */
    public Tensor ravel() {
        return StackSplitOps.ravel(this);
    }

    /** Expanded to {@code shape}. PyTorch: {@code Tensor.broadcast_to(shape)}. */
    public Tensor broadcastTo(int... shape) {
        return StackSplitOps.broadcastTo(this, shape);
    }

    /** Alias of {@link #movedim(int, int)}. PyTorch: {@code Tensor.moveaxis(source, destination)}. */
    public Tensor moveaxis(int source, int destination) {
        return movedim(source, destination);
    }

    /** Alias of {@link #movedim(int[], int[])}. PyTorch: {@code Tensor.moveaxis(source, destination)}. */
    public Tensor moveaxis(int[] source, int[] destination) {
        return movedim(source, destination);
    }

    /** {@code sections} views along dim 0, the first ones longer by one. PyTorch: {@code Tensor.tensor_split(sections)}. */
    public List<Tensor> tensorSplit(int sections) {
        return StackSplitOps.tensorSplit(this, sections, 0);
    }

    /** {@code sections} views along dim. PyTorch: {@code Tensor.tensor_split(sections, dim)}. */
    public List<Tensor> tensorSplit(int sections, int dim) {
        return StackSplitOps.tensorSplit(this, sections, dim);
    }

    /** Views between the indices along dim 0. PyTorch: {@code Tensor.tensor_split(indices)}. */
    public List<Tensor> tensorSplit(int[] indices) {
        return StackSplitOps.tensorSplit(this, indices, 0);
    }

    /** Views between the indices along dim. PyTorch: {@code Tensor.tensor_split(indices, dim)}. */
    public List<Tensor> tensorSplit(int[] indices, int dim) {
        return StackSplitOps.tensorSplit(this, indices, dim);
    }

    /** A 0-D (sections) or 1-D (indices) int64 tensor's split along dim 0. PyTorch: {@code Tensor.tensor_split(tensor)}. */
    public List<Tensor> tensorSplit(Tensor indicesOrSections) {
        return StackSplitOps.tensorSplit(this, indicesOrSections, 0);
    }

    /** A 0-D (sections) or 1-D (indices) int64 tensor's split along dim. PyTorch: {@code Tensor.tensor_split(tensor, dim)}. */
    public List<Tensor> tensorSplit(Tensor indicesOrSections, int dim) {
        return StackSplitOps.tensorSplit(this, indicesOrSections, dim);
    }

    /** Equal pieces along dim 1 (dim 0 when 1-D). PyTorch: {@code Tensor.hsplit(sections)}. */
    public List<Tensor> hsplit(int sections) {
        return StackSplitOps.hsplit(this, sections);
    }

    /** Pieces between indices along dim 1 (dim 0 when 1-D). PyTorch: {@code Tensor.hsplit(indices)}. */
    public List<Tensor> hsplit(int[] indices) {
        return StackSplitOps.hsplit(this, indices);
    }

    /** Equal pieces along dim 0. PyTorch: {@code Tensor.vsplit(sections)}. */
    public List<Tensor> vsplit(int sections) {
        return StackSplitOps.vsplit(this, sections);
    }

    /** Pieces between indices along dim 0. PyTorch: {@code Tensor.vsplit(indices)}. */
    public List<Tensor> vsplit(int[] indices) {
        return StackSplitOps.vsplit(this, indices);
    }

    /** Equal pieces along dim 2. PyTorch: {@code Tensor.dsplit(sections)}. */
    public List<Tensor> dsplit(int sections) {
        return StackSplitOps.dsplit(this, sections);
    }

    /** Pieces between indices along dim 2. PyTorch: {@code Tensor.dsplit(indices)}. */
    public List<Tensor> dsplit(int[] indices) {
        return StackSplitOps.dsplit(this, indices);
    }

    /** Views of the given sizes along dim 0. PyTorch: {@code Tensor.split_with_sizes(split_sizes)}. */
    public List<Tensor> splitWithSizes(int[] splitSizes) {
        return split(splitSizes, 0);
    }

    /** Views of the given sizes along dim. PyTorch: {@code Tensor.split_with_sizes(split_sizes, dim)}. */
    public List<Tensor> splitWithSizes(int[] splitSizes, int dim) {
        return split(splitSizes, dim);
    }

    /** The Kronecker product. PyTorch: {@code Tensor.kron(other)}. */
    public Tensor kron(Tensor other) {
        return ProductOps.kron(this, other);
    }

    /** Sums of products over the last dims. PyTorch: {@code Tensor.inner(other)}. */
    public Tensor inner(Tensor other) {
        return ProductOps.inner(this, other);
    }

    /** The dot product of two 1-D tensors. PyTorch: {@code Tensor.vdot(other)}. */
    public Tensor vdot(Tensor other) {
        return ProductOps.vdot(this, other);
    }

    // ---------------------------------------------------------------- linalg (torch.* and Tensor forms of
    // torch.linalg; the factorizations are in jtorch.internal.ops.DecompositionOps)

    /** The determinant of each square matrix. PyTorch: {@code Tensor.det()} ({@code torch.linalg.det}). */
    public Tensor det() {
        return jtorch.internal.ops.DecompositionOps.det(this);
    }

    /** log det, NaN where the determinant is negative. PyTorch: {@code Tensor.logdet()}. */
    public Tensor logdet() {
        return jtorch.internal.ops.MatrixFunctionOps.logdet(this);
    }

    /** The sign and log |det|. PyTorch: {@code Tensor.slogdet()}. */
    public ReturnTypes.Slogdet slogdet() {
        Tensor[] r = jtorch.internal.ops.DecompositionOps.slogdet(this);
        return new ReturnTypes.Slogdet(r[0], r[1]);
    }

    /** The inverse ({@code torch.linalg.inv}). PyTorch: {@code Tensor.inverse()}. */
    public Tensor inverse() {
        return jtorch.internal.ops.DecompositionOps.invEx(this, true)[0];
    }

    /** The pseudo-inverse, rcond=1e-15. PyTorch: {@code Tensor.pinverse()}. */
    public Tensor pinverse() {
        return pinverse(1e-15);
    }

    /** The pseudo-inverse, singular values below rcond * largest dropped. PyTorch: {@code Tensor.pinverse(rcond)}. */
    public Tensor pinverse(double rcond) {
        return jtorch.internal.ops.MatrixFunctionOps.pinverse(this, rcond);
    }

    /** The lower Cholesky factor (deprecated in PyTorch). PyTorch: {@code Tensor.cholesky()}. */
    public Tensor cholesky() {
        return cholesky(false);
    }

    /** The lower (or upper) Cholesky factor (deprecated in PyTorch). PyTorch: {@code Tensor.cholesky(upper=False)}. */
    public Tensor cholesky(boolean upper) {
        return jtorch.internal.ops.DecompositionOps.choleskyDeprecated(this, upper);
    }

    /** The reduced QR decomposition (deprecated in PyTorch). PyTorch: {@code Tensor.qr()}. */
    public ReturnTypes.Qr qr() {
        return qr(true);
    }

    /** QR, reduced when {@code some}, else complete (deprecated in PyTorch). PyTorch: {@code Tensor.qr(some=True)}. */
    public ReturnTypes.Qr qr(boolean some) {
        Tensor[] r = jtorch.internal.ops.MatrixFunctionOps.qrDeprecated(this, some);
        return new ReturnTypes.Qr(r[0], r[1]);
    }

    /** The reduced SVD as U, S, V. PyTorch: {@code Tensor.svd()}. */
    public ReturnTypes.Svd svd() {
        return svd(true, true);
    }

    /** The SVD as U, S, V, reduced when {@code some}. PyTorch: {@code Tensor.svd(some=True)}. */
    public ReturnTypes.Svd svd(boolean some) {
        return svd(some, true);
    }

    /**
     * The SVD as U, S, V; without {@code computeUv} U and V are zeros. PyTorch:
     * {@code Tensor.svd(some=True, compute_uv=True)}.
     */
    public ReturnTypes.Svd svd(boolean some, boolean computeUv) {
        Tensor[] r = jtorch.internal.ops.MatrixFunctionOps.svdV(this, some, computeUv);
        return new ReturnTypes.Svd(r[0], r[1], r[2]);
    }

    /** A^n (n &lt; 0: of the inverse). PyTorch: {@code Tensor.matrix_power(n)}. */
    public Tensor matrixPower(int n) {
        return jtorch.internal.ops.MatrixFunctionOps.matrixPower(this, n);
    }

    /** The cross product along the first dim of size 3. PyTorch: {@code Tensor.cross(other)}. */
    public Tensor cross(Tensor other) {
        return ProductOps.cross(this, other, null);
    }

    /** The cross product along {@code dim} (of size 3). PyTorch: {@code Tensor.cross(other, dim)}. */
    public Tensor cross(Tensor other, int dim) {
        return ProductOps.cross(this, other, dim);
    }

    /** The covariance matrix of the rows (variables x observations). PyTorch: {@code Tensor.cov()}. */
    public Tensor cov() {
        return ProductOps.cov(this, 1, null, null);
    }

    /**
     * The covariance matrix with keyword arguments ({@link Torch#covOptions()}).
     * PyTorch: {@code Tensor.cov(*, correction=1, fweights=None, aweights=None)}.
     */
    public Tensor cov(CovOptions options) {
        return ProductOps.cov(this, options.correction, options.fweights, options.aweights);
    }

    /** Pearson correlation coefficients of the rows. PyTorch: {@code Tensor.corrcoef()}. */
    public Tensor corrcoef() {
        return ProductOps.corrcoef(this);
    }

    /** The flattened tensor on the main diagonal of a square matrix. PyTorch: {@code Tensor.diagflat()}. */
    public Tensor diagflat() {
        return ArrangeOps.diagflat(this, 0);
    }

    /** The flattened tensor on diagonal {@code offset}. PyTorch: {@code Tensor.diagflat(offset)}. */
    public Tensor diagflat(int offset) {
        return ArrangeOps.diagflat(this, offset);
    }

    /** A copy of {@code narrow(dim, start, length)}. PyTorch: {@code Tensor.narrow_copy(dim, start, length)}. */
    public Tensor narrowCopy(int dim, int start, int length) {
        return ArrangeOps.narrowCopy(this, dim, start, length);
    }

    /** Each element of the flattened tensor repeated. PyTorch: {@code Tensor.repeat_interleave(repeats)}. */
    public Tensor repeatInterleave(int repeats) {
        return ArrangeOps.repeatInterleave(this, repeats, null, null);
    }

    /** Each slice along dim repeated. PyTorch: {@code Tensor.repeat_interleave(repeats, dim)}. */
    public Tensor repeatInterleave(int repeats, int dim) {
        return ArrangeOps.repeatInterleave(this, repeats, dim, null);
    }

    /**
     * Each slice along dim repeated, checked against the expected result length.
     * PyTorch: {@code Tensor.repeat_interleave(repeats, dim, *, output_size)}.
     */
    public Tensor repeatInterleave(int repeats, int dim, int outputSize) {
        return ArrangeOps.repeatInterleave(this, repeats, dim, outputSize);
    }

    /** Element i of the flattened tensor repeated {@code repeats[i]} times. PyTorch: {@code Tensor.repeat_interleave(repeats)}. */
    public Tensor repeatInterleave(Tensor repeats) {
        return ArrangeOps.repeatInterleave(this, repeats, null, null);
    }

    /** Slice i along dim repeated {@code repeats[i]} times. PyTorch: {@code Tensor.repeat_interleave(repeats, dim)}. */
    public Tensor repeatInterleave(Tensor repeats, int dim) {
        return ArrangeOps.repeatInterleave(this, repeats, dim, null);
    }

    /**
     * Slice i along dim repeated {@code repeats[i]} times, checked against the expected result length.
     * PyTorch: {@code Tensor.repeat_interleave(repeats, dim, *, output_size)}.
     */
    public Tensor repeatInterleave(Tensor repeats, int dim, int outputSize) {
        return ArrangeOps.repeatInterleave(this, repeats, dim, outputSize);
    }

    /** A copy with source written at flat positions. PyTorch: {@code Tensor.put(index, source)}. */
    public Tensor put(Tensor index, Tensor source) {
        return IndexUpdateOps.put(this, index, source, false);
    }

    /** A copy with source written (or added) at flat positions. PyTorch: {@code Tensor.put(index, source, accumulate)}. */
    public Tensor put(Tensor index, Tensor source, boolean accumulate) {
        return IndexUpdateOps.put(this, index, source, accumulate);
    }

    /** In-place {@link #put(Tensor, Tensor)}. PyTorch: {@code Tensor.put_(index, source)}. */
    public Tensor put_(Tensor index, Tensor source) {
        return IndexUpdateOps.put_(this, index, source, false);
    }

    /** In-place {@link #put(Tensor, Tensor, boolean)}. PyTorch: {@code Tensor.put_(index, source, accumulate)}. */
    public Tensor put_(Tensor index, Tensor source, boolean accumulate) {
        return IndexUpdateOps.put_(this, index, source, accumulate);
    }

    /** A copy with source's leading elements where mask holds. PyTorch: {@code Tensor.masked_scatter(mask, source)}. */
    public Tensor maskedScatter(Tensor mask, Tensor source) {
        return IndexUpdateOps.maskedScatter(this, mask, source);
    }

    /** In-place {@link #maskedScatter}. PyTorch: {@code Tensor.masked_scatter_(mask, source)}. */
    public Tensor maskedScatter_(Tensor mask, Tensor source) {
        return IndexUpdateOps.maskedScatter_(this, mask, source);
    }

    /** A copy with src combined in by reduce ("sum", "prod", "mean", "amax", "amin"). PyTorch: {@code Tensor.scatter_reduce(dim, index, src, reduce)}. */
    public Tensor scatterReduce(int dim, Tensor index, Tensor src, String reduce) {
        return ScatterReduceOps.scatterReduce(this, dim, index, src, reduce, true);
    }

    /**
     * A copy with src combined in by reduce, self's values left out at scattered positions unless
     * {@code includeSelf}. PyTorch: {@code Tensor.scatter_reduce(dim, index, src, reduce, *, include_self)}.
     */
    public Tensor scatterReduce(int dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        return ScatterReduceOps.scatterReduce(this, dim, index, src, reduce, includeSelf);
    }

    /** In-place {@link #scatterReduce(int, Tensor, Tensor, String)}. PyTorch: {@code Tensor.scatter_reduce_}. */
    public Tensor scatterReduce_(int dim, Tensor index, Tensor src, String reduce) {
        return ScatterReduceOps.scatterReduce_(this, dim, index, src, reduce, true);
    }

    /** In-place {@link #scatterReduce(int, Tensor, Tensor, String, boolean)}. PyTorch: {@code Tensor.scatter_reduce_}. */
    public Tensor scatterReduce_(int dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
        return ScatterReduceOps.scatterReduce_(this, dim, index, src, reduce, includeSelf);
    }

    /** A copy with source's slices combined in by reduce ("prod", "mean", "amax", "amin"). PyTorch: {@code Tensor.index_reduce(dim, index, source, reduce)}. */
    public Tensor indexReduce(int dim, Tensor index, Tensor source, String reduce) {
        return ScatterReduceOps.indexReduce(this, dim, index, source, reduce, true);
    }

    /**
     * A copy with source's slices combined in by reduce, self's slices left out where indexed unless
     * {@code includeSelf}. PyTorch: {@code Tensor.index_reduce(dim, index, source, reduce, *, include_self)}.
     */
    public Tensor indexReduce(int dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        return ScatterReduceOps.indexReduce(this, dim, index, source, reduce, includeSelf);
    }

    /** In-place {@link #indexReduce(int, Tensor, Tensor, String)}. PyTorch: {@code Tensor.index_reduce_}. */
    public Tensor indexReduce_(int dim, Tensor index, Tensor source, String reduce) {
        return ScatterReduceOps.indexReduce_(this, dim, index, source, reduce, true);
    }

    /** In-place {@link #indexReduce(int, Tensor, Tensor, String, boolean)}. PyTorch: {@code Tensor.index_reduce_}. */
    public Tensor indexReduce_(int dim, Tensor index, Tensor source, String reduce, boolean includeSelf) {
        return ScatterReduceOps.indexReduce_(this, dim, index, source, reduce, includeSelf);
    }

    // ======================================================================== pointwise family (issue 21):
    // integer and bitwise ops, numeric helpers, special functions, in-place comparison/logical/alias forms

    /** Elementwise bitwise and of integer or bool tensors, broadcast. PyTorch: {@code Tensor.bitwise_and(other)}. */
    public Tensor bitwiseAnd(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.AND, this, other);
    }

    /** With a Python int. PyTorch: {@code Tensor.bitwise_and(other)}. */
    public Tensor bitwiseAnd(long other) {
        return IntegerOps.binary(IntegerOps.Binary.AND, this, Torch.wrap(other));
    }

    /** In place. PyTorch: {@code Tensor.bitwise_and_(other)}. */
    public Tensor bitwiseAnd_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.AND, this, other);
    }

    /** In place, with a Python int. PyTorch: {@code Tensor.bitwise_and_(other)}. */
    public Tensor bitwiseAnd_(long other) {
        return IntegerOps.binary_(IntegerOps.Binary.AND, this, Torch.wrap(other));
    }

    /** Elementwise bitwise or of integer or bool tensors, broadcast. PyTorch: {@code Tensor.bitwise_or(other)}. */
    public Tensor bitwiseOr(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.OR, this, other);
    }

    /** With a Python int. PyTorch: {@code Tensor.bitwise_or(other)}. */
    public Tensor bitwiseOr(long other) {
        return IntegerOps.binary(IntegerOps.Binary.OR, this, Torch.wrap(other));
    }

    /** In place. PyTorch: {@code Tensor.bitwise_or_(other)}. */
    public Tensor bitwiseOr_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.OR, this, other);
    }

    /** In place, with a Python int. PyTorch: {@code Tensor.bitwise_or_(other)}. */
    public Tensor bitwiseOr_(long other) {
        return IntegerOps.binary_(IntegerOps.Binary.OR, this, Torch.wrap(other));
    }

    /** Elementwise bitwise xor of integer or bool tensors, broadcast. PyTorch: {@code Tensor.bitwise_xor(other)}. */
    public Tensor bitwiseXor(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.XOR, this, other);
    }

    /** With a Python int. PyTorch: {@code Tensor.bitwise_xor(other)}. */
    public Tensor bitwiseXor(long other) {
        return IntegerOps.binary(IntegerOps.Binary.XOR, this, Torch.wrap(other));
    }

    /** In place. PyTorch: {@code Tensor.bitwise_xor_(other)}. */
    public Tensor bitwiseXor_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.XOR, this, other);
    }

    /** In place, with a Python int. PyTorch: {@code Tensor.bitwise_xor_(other)}. */
    public Tensor bitwiseXor_(long other) {
        return IntegerOps.binary_(IntegerOps.Binary.XOR, this, Torch.wrap(other));
    }

    /** Elementwise bitwise left shift of integer or bool tensors, broadcast. PyTorch: {@code Tensor.bitwise_left_shift(other)}. */
    public Tensor bitwiseLeftShift(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.LEFT_SHIFT, this, other);
    }

    /** With a Python int. PyTorch: {@code Tensor.bitwise_left_shift(other)}. */
    public Tensor bitwiseLeftShift(long other) {
        return IntegerOps.binary(IntegerOps.Binary.LEFT_SHIFT, this, Torch.wrap(other));
    }

    /** In place. PyTorch: {@code Tensor.bitwise_left_shift_(other)}. */
    public Tensor bitwiseLeftShift_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.LEFT_SHIFT, this, other);
    }

    /** In place, with a Python int. PyTorch: {@code Tensor.bitwise_left_shift_(other)}. */
    public Tensor bitwiseLeftShift_(long other) {
        return IntegerOps.binary_(IntegerOps.Binary.LEFT_SHIFT, this, Torch.wrap(other));
    }

    /** Elementwise bitwise right shift of integer or bool tensors, broadcast. PyTorch: {@code Tensor.bitwise_right_shift(other)}. */
    public Tensor bitwiseRightShift(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.RIGHT_SHIFT, this, other);
    }

    /** With a Python int. PyTorch: {@code Tensor.bitwise_right_shift(other)}. */
    public Tensor bitwiseRightShift(long other) {
        return IntegerOps.binary(IntegerOps.Binary.RIGHT_SHIFT, this, Torch.wrap(other));
    }

    /** In place. PyTorch: {@code Tensor.bitwise_right_shift_(other)}. */
    public Tensor bitwiseRightShift_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.RIGHT_SHIFT, this, other);
    }

    /** In place, with a Python int. PyTorch: {@code Tensor.bitwise_right_shift_(other)}. */
    public Tensor bitwiseRightShift_(long other) {
        return IntegerOps.binary_(IntegerOps.Binary.RIGHT_SHIFT, this, Torch.wrap(other));
    }

    /** Elementwise gcd of integer or bool tensors, broadcast. PyTorch: {@code Tensor.gcd(other)}. */
    public Tensor gcd(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.GCD, this, other);
    }

    /** In place. PyTorch: {@code Tensor.gcd_(other)}. */
    public Tensor gcd_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.GCD, this, other);
    }

    /** Elementwise lcm of integer or bool tensors, broadcast. PyTorch: {@code Tensor.lcm(other)}. */
    public Tensor lcm(Tensor other) {
        return IntegerOps.binary(IntegerOps.Binary.LCM, this, other);
    }

    /** In place. PyTorch: {@code Tensor.lcm_(other)}. */
    public Tensor lcm_(Tensor other) {
        return IntegerOps.binary_(IntegerOps.Binary.LCM, this, other);
    }

    /** Bitwise complement (logical not for bool). PyTorch: {@code Tensor.bitwise_not()}. */
    public Tensor bitwiseNot() {
        return IntegerOps.bitwiseNot(this);
    }

    /** In place. PyTorch: {@code Tensor.bitwise_not_()}. */
    public Tensor bitwiseNot_() {
        return IntegerOps.bitwiseNot_(this);
    }

    /** Degrees to radians. PyTorch: {@code Tensor.deg2rad()}. */
    public Tensor deg2rad() {
        return NumericOps.deg2rad(this);
    }

    /** In place. PyTorch: {@code Tensor.deg2rad_()}. */
    public Tensor deg2rad_() {
        return NumericOps.deg2rad_(this);
    }

    /** Radians to degrees. PyTorch: {@code Tensor.rad2deg()}. */
    public Tensor rad2deg() {
        return NumericOps.rad2deg(this);
    }

    /** In place. PyTorch: {@code Tensor.rad2deg_()}. */
    public Tensor rad2deg_() {
        return NumericOps.rad2deg_(this);
    }

    /** {@code 2^x}. PyTorch: {@code Tensor.exp2()}. */
    public Tensor exp2() {
        return NumericOps.exp2(this);
    }

    /** In place. PyTorch: {@code Tensor.exp2_()}. */
    public Tensor exp2_() {
        return NumericOps.exp2_(this);
    }

    /** The sign (sign for real tensors). PyTorch: {@code Tensor.sgn()}. */
    public Tensor sgn() {
        return NumericOps.sgn(this);
    }

    /** In place. PyTorch: {@code Tensor.sgn_()}. */
    public Tensor sgn_() {
        return NumericOps.sgn_(this);
    }

    /** Whether the sign bit is set (-0.0 included). PyTorch: {@code Tensor.signbit()}. */
    public Tensor signbit() {
        return NumericOps.signbit(this);
    }

    /** True at +inf. PyTorch: {@code Tensor.isposinf()}. */
    public Tensor isposinf() {
        return NumericOps.isposinf(this);
    }

    /** True at -inf. PyTorch: {@code Tensor.isneginf()}. */
    public Tensor isneginf() {
        return NumericOps.isneginf(this);
    }

    /** True everywhere (jtorch has no complex dtypes). PyTorch: {@code Tensor.isreal()}. */
    public Tensor isreal() {
        return NumericOps.isreal(this);
    }

    /** log|Γ(x)|. PyTorch: {@code Tensor.lgamma()}. */
    public Tensor lgamma() {
        return SpecialOps.lgamma(this);
    }

    /** In place. PyTorch: {@code Tensor.lgamma_()}. */
    public Tensor lgamma_() {
        return SpecialOps.lgamma_(this);
    }

    /** ψ(x), the logarithmic derivative of Γ. PyTorch: {@code Tensor.digamma()}. */
    public Tensor digamma() {
        return SpecialOps.digamma(this);
    }

    /** In place. PyTorch: {@code Tensor.digamma_()}. */
    public Tensor digamma_() {
        return SpecialOps.digamma_(this);
    }

    /** The modified Bessel function I0. PyTorch: {@code Tensor.i0()}. */
    public Tensor i0() {
        return SpecialOps.i0(this);
    }

    /** In place. PyTorch: {@code Tensor.i0_()}. */
    public Tensor i0_() {
        return SpecialOps.i0_(this);
    }

    /** {@code sin(πx)/(πx)}, 1 at 0. PyTorch: {@code Tensor.sinc()}. */
    public Tensor sinc() {
        return SpecialOps.sinc(this);
    }

    /** In place. PyTorch: {@code Tensor.sinc_()}. */
    public Tensor sinc_() {
        return SpecialOps.sinc_(this);
    }

    /** The NaN-ignoring maximum, broadcast. PyTorch: {@code Tensor.fmax(other)}. */
    public Tensor fmax(Tensor other) {
        return NumericOps.fmax(this, other);
    }

    /** The NaN-ignoring minimum, broadcast. PyTorch: {@code Tensor.fmin(other)}. */
    public Tensor fmin(Tensor other) {
        return NumericOps.fmin(this, other);
    }

    /** Mantissa and exponent. PyTorch: {@code Tensor.frexp()}. */
    public ReturnTypes.Frexp frexp() {
        return NumericOps.frexp(this);
    }

    /** {@code this · 2^other}, as PyTorch composes it ({@code self * pow(2.0, other)}). PyTorch: {@code Tensor.ldexp(other)}. */
    public Tensor ldexp(Tensor other) {
        return mul(Torch.pow(2.0, other));
    }

    /** In place: {@code this *= 2^other}. PyTorch: {@code Tensor.ldexp_(other)}. */
    public Tensor ldexp_(Tensor other) {
        return mul_(Torch.pow(2.0, other));
    }

    /** The Heaviside step with {@code values} at 0. PyTorch: {@code Tensor.heaviside(values)}. */
    public Tensor heaviside(Tensor values) {
        return NumericOps.heaviside(this, values);
    }

    /** In place. PyTorch: {@code Tensor.heaviside_(values)}. */
    public Tensor heaviside_(Tensor values) {
        return NumericOps.heaviside_(this, values);
    }

    /** The next float after this towards other. PyTorch: {@code Tensor.nextafter(other)}. */
    public Tensor nextafter(Tensor other) {
        return NumericOps.nextafter(this, other);
    }

    /** In place. PyTorch: {@code Tensor.nextafter_(other)}. */
    public Tensor nextafter_(Tensor other) {
        return NumericOps.nextafter_(this, other);
    }

    /** This tensor itself (unary plus); bool tensors are refused as in PyTorch. PyTorch: {@code Tensor.positive()}. */
    public Tensor positive() {
        if (dtype() == DType.BOOL) {
            throw new IllegalArgumentException("The `+` operator, on a bool tensor is not supported.");
        }
        return this;
    }

    /** {@code this^exponent} in float64 (both operands are converted first). PyTorch: {@code Tensor.float_power(exponent)}. */
    public Tensor floatPower(Tensor exponent) {
        return to(DType.FLOAT64).pow(exponent.to(DType.FLOAT64));
    }

    /** With a number exponent. PyTorch: {@code Tensor.float_power(exponent)}. */
    public Tensor floatPower(double exponent) {
        return to(DType.FLOAT64).pow(exponent);
    }

    /** In place; this must be float64. PyTorch: {@code Tensor.float_power_(exponent)}. */
    public Tensor floatPower_(Tensor exponent) {
        checkFloatPowerBase();
        return pow_(exponent.to(DType.FLOAT64));
    }

    /** In place with a number exponent; this must be float64. PyTorch: {@code Tensor.float_power_(exponent)}. */
    public Tensor floatPower_(double exponent) {
        checkFloatPowerBase();
        return pow_(exponent);
    }

    /** ψ⁽ⁿ⁾(this). PyTorch: {@code Tensor.polygamma(n)}. */
    public Tensor polygamma(int n) {
        return SpecialOps.polygamma(n, this);
    }

    /** In place. PyTorch: {@code Tensor.polygamma_(n)}. */
    public Tensor polygamma_(int n) {
        return SpecialOps.polygamma_(this, n);
    }

    /** The multivariate log-gamma of dimension p. PyTorch: {@code Tensor.mvlgamma(p)}. */
    public Tensor mvlgamma(int p) {
        return SpecialOps.mvlgamma(this, p);
    }

    /** In place. PyTorch: {@code Tensor.mvlgamma_(p)}. */
    public Tensor mvlgamma_(int p) {
        return SpecialOps.mvlgamma_(this, p);
    }

    /** The regularized lower incomplete gamma P(this, other). PyTorch: {@code Tensor.igamma(other)}. */
    public Tensor igamma(Tensor other) {
        return SpecialOps.igamma(this, other);
    }

    /** In place. PyTorch: {@code Tensor.igamma_(other)}. */
    public Tensor igamma_(Tensor other) {
        return SpecialOps.igamma_(this, other);
    }

    /** The regularized upper incomplete gamma Q(this, other). PyTorch: {@code Tensor.igammac(other)}. */
    public Tensor igammac(Tensor other) {
        return SpecialOps.igammac(this, other);
    }

    /** In place. PyTorch: {@code Tensor.igammac_(other)}. */
    public Tensor igammac_(Tensor other) {
        return SpecialOps.igammac_(this, other);
    }

    /** In place: this becomes {@code this eq other} as 1/0 in its dtype. PyTorch: {@code Tensor.eq_(other)}. */
    public Tensor eq_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.EQ, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.eq_(other)}. */
    public Tensor eq_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.EQ, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.eq_(other)}. */
    public Tensor eq_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.EQ, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this ne other} as 1/0 in its dtype. PyTorch: {@code Tensor.ne_(other)}. */
    public Tensor ne_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.NE, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.ne_(other)}. */
    public Tensor ne_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.NE, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.ne_(other)}. */
    public Tensor ne_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.NE, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this lt other} as 1/0 in its dtype. PyTorch: {@code Tensor.lt_(other)}. */
    public Tensor lt_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LT, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.lt_(other)}. */
    public Tensor lt_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LT, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.lt_(other)}. */
    public Tensor lt_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LT, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this le other} as 1/0 in its dtype. PyTorch: {@code Tensor.le_(other)}. */
    public Tensor le_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LE, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.le_(other)}. */
    public Tensor le_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LE, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.le_(other)}. */
    public Tensor le_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LE, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this gt other} as 1/0 in its dtype. PyTorch: {@code Tensor.gt_(other)}. */
    public Tensor gt_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GT, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.gt_(other)}. */
    public Tensor gt_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GT, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.gt_(other)}. */
    public Tensor gt_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GT, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this ge other} as 1/0 in its dtype. PyTorch: {@code Tensor.ge_(other)}. */
    public Tensor ge_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GE, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.ge_(other)}. */
    public Tensor ge_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GE, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.ge_(other)}. */
    public Tensor ge_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GE, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this greater other} as 1/0 in its dtype. PyTorch: {@code Tensor.greater_(other)}. */
    public Tensor greater_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GT, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.greater_(other)}. */
    public Tensor greater_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GT, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.greater_(other)}. */
    public Tensor greater_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GT, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this greater equal other} as 1/0 in its dtype. PyTorch: {@code Tensor.greater_equal_(other)}. */
    public Tensor greaterEqual_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GE, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.greater_equal_(other)}. */
    public Tensor greaterEqual_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GE, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.greater_equal_(other)}. */
    public Tensor greaterEqual_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.GE, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this less other} as 1/0 in its dtype. PyTorch: {@code Tensor.less_(other)}. */
    public Tensor less_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LT, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.less_(other)}. */
    public Tensor less_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LT, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.less_(other)}. */
    public Tensor less_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LT, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this less equal other} as 1/0 in its dtype. PyTorch: {@code Tensor.less_equal_(other)}. */
    public Tensor lessEqual_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LE, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.less_equal_(other)}. */
    public Tensor lessEqual_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LE, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.less_equal_(other)}. */
    public Tensor lessEqual_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.LE, this, Torch.wrap(other));
    }

    /** In place: this becomes {@code this not equal other} as 1/0 in its dtype. PyTorch: {@code Tensor.not_equal_(other)}. */
    public Tensor notEqual_(Tensor other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.NE, this, other);
    }

    /** With a Python float. PyTorch: {@code Tensor.not_equal_(other)}. */
    public Tensor notEqual_(double other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.NE, this, Torch.wrap(other));
    }

    /** With a Python int. PyTorch: {@code Tensor.not_equal_(other)}. */
    public Tensor notEqual_(long other) {
        return ComparisonOps.compare_(ComparisonOps.InPlace.NE, this, Torch.wrap(other));
    }

    /** In place, as 1/0 in this tensor's dtype. PyTorch: {@code Tensor.logical_and_(other)}. */
    public Tensor logicalAnd_(Tensor other) {
        return ComparisonOps.logicalAnd_(this, other);
    }

    /** In place, as 1/0 in this tensor's dtype. PyTorch: {@code Tensor.logical_or_(other)}. */
    public Tensor logicalOr_(Tensor other) {
        return ComparisonOps.logicalOr_(this, other);
    }

    /** In place, as 1/0 in this tensor's dtype. PyTorch: {@code Tensor.logical_xor_(other)}. */
    public Tensor logicalXor_(Tensor other) {
        return ComparisonOps.logicalXor_(this, other);
    }

    /** In place, as 1/0 in this tensor's dtype. PyTorch: {@code Tensor.logical_not_()}. */
    public Tensor logicalNot_() {
        return ComparisonOps.logicalNot_(this);
    }

    /** In place. PyTorch: {@code Tensor.lerp_(end, weight)}. */
    public Tensor lerp_(Tensor end, double weight) {
        return BinaryMathOps.lerp_(this, end, weight);
    }

    /** In place. PyTorch: {@code Tensor.lerp_(end, weight)}. */
    public Tensor lerp_(Tensor end, Tensor weight) {
        return BinaryMathOps.lerp_(this, end, weight);
    }

    /** Alias of {@code div_}. PyTorch: {@code Tensor.divide_(other)}. */
    public Tensor divide_(Tensor other) {
        return div_(other);
    }

    /** Alias of {@code div_}. PyTorch: {@code Tensor.divide_(other)}. */
    public Tensor divide_(double other) {
        return div_(other);
    }

    /** Alias of {@code mul_}. PyTorch: {@code Tensor.multiply_(other)}. */
    public Tensor multiply_(Tensor other) {
        return mul_(other);
    }

    /** Alias of {@code mul_}. PyTorch: {@code Tensor.multiply_(other)}. */
    public Tensor multiply_(double other) {
        return mul_(other);
    }

    /** Alias of {@code sub_}. PyTorch: {@code Tensor.subtract_(other)}. */
    public Tensor subtract_(Tensor other) {
        return sub_(other);
    }

    /** Alias of {@code sub_}. PyTorch: {@code Tensor.subtract_(other)}. */
    public Tensor subtract_(double other) {
        return sub_(other);
    }

    /** Alias of {@code div_}. PyTorch: {@code Tensor.true_divide_(other)}. */
    public Tensor trueDivide_(Tensor other) {
        return div_(other);
    }

    /** Alias of {@code div_}. PyTorch: {@code Tensor.true_divide_(other)}. */
    public Tensor trueDivide_(double other) {
        return div_(other);
    }

    /** Alias of {@code sub_(other, alpha)}. PyTorch: {@code Tensor.subtract_(other, alpha=alpha)}. */
    public Tensor subtract_(Tensor other, double alpha) {
        return sub_(other, alpha);
    }

    /** Alias of {@code div_(other, roundingMode)}. PyTorch: {@code Tensor.divide_(other, rounding_mode=)}. */
    public Tensor divide_(Tensor other, String roundingMode) {
        return div_(other, roundingMode);
    }

    /** In place {@code div_(other, "floor")}. PyTorch: {@code Tensor.floor_divide_(other)}. */
    public Tensor floorDivide_(Tensor other) {
        return div_(other, "floor");
    }

    /** In place {@code div_(other, "floor")} with a Python int. PyTorch: {@code Tensor.floor_divide_(other)}. */
    public Tensor floorDivide_(long other) {
        return div_(other, "floor");
    }

    /** In place atan2. PyTorch: {@code Tensor.atan2_(other)}. */
    public Tensor atan2_(Tensor other) {
        return ArithmeticOps.atan2_(this, other);
    }

    /** Alias of {@code atan2_}. PyTorch: {@code Tensor.arctan2_(other)}. */
    public Tensor arctan2_(Tensor other) {
        return atan2_(other);
    }

    /** In place running sum, in this tensor's dtype. PyTorch: {@code Tensor.cumsum_(dim)}. */
    public Tensor cumsum_(int dim) {
        return SortOps.scan_(this, dim, false);
    }

    /** In place running product, in this tensor's dtype. PyTorch: {@code Tensor.cumprod_(dim)}. */
    public Tensor cumprod_(int dim) {
        return SortOps.scan_(this, dim, true);
    }

    private void checkFloatPowerBase() {
        if (dtype() != DType.FLOAT64) {
            throw new IllegalArgumentException("the base given to float_power_ has dtype "
                    + TypePromotion.scalarTypeName(dtype()) + " but the operation's result requires dtype Double");
        }
    }

    /** e^A of each square matrix. PyTorch: {@code Tensor.matrix_exp()} ({@code torch.linalg.matrix_exp}). */
    public Tensor matrixExp() {
        return jtorch.internal.ops.MatrixFunctionOps.matrixExp(this);
    }

    /** A^-1 from this lower Cholesky factor. PyTorch: {@code Tensor.cholesky_inverse()}. */
    public Tensor choleskyInverse() {
        return choleskyInverse(false);
    }

    /** A^-1 from this lower (or upper) Cholesky factor. PyTorch: {@code Tensor.cholesky_inverse(upper=False)}. */
    public Tensor choleskyInverse(boolean upper) {
        return jtorch.internal.ops.MatrixFunctionOps.choleskyInverse(this, upper);
    }

    /** X with A X = this, A given by its lower Cholesky factor. PyTorch: {@code Tensor.cholesky_solve(input2)}. */
    public Tensor choleskySolve(Tensor factor) {
        return choleskySolve(factor, false);
    }

    /** PyTorch: {@code Tensor.cholesky_solve(input2, upper=False)}. */
    public Tensor choleskySolve(Tensor factor, boolean upper) {
        return jtorch.internal.ops.MatrixFunctionOps.choleskySolve(this, factor, upper);
    }

    /** this + mat1 @ mat2. PyTorch: {@code Tensor.addmm(mat1, mat2)}. */
    public Tensor addmm(Tensor mat1, Tensor mat2) {
        return addmm(mat1, mat2, Torch.scaleOptions());
    }

    /** beta * this + alpha * mat1 @ mat2. PyTorch: {@code Tensor.addmm(mat1, mat2, *, beta=1, alpha=1)}. */
    public Tensor addmm(Tensor mat1, Tensor mat2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addmm(this, mat1, mat2, o.beta, o.alpha);
    }

    /** PyTorch: {@code Tensor.addmm_(mat1, mat2)}. */
    public Tensor addmm_(Tensor mat1, Tensor mat2) {
        return addmm_(mat1, mat2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addmm_(mat1, mat2, *, beta=1, alpha=1)}. */
    public Tensor addmm_(Tensor mat1, Tensor mat2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addmm_(this, mat1, mat2, o.beta, o.alpha);
    }

    /** this + the sum of batch1[i] @ batch2[i]. PyTorch: {@code Tensor.addbmm(batch1, batch2)}. */
    public Tensor addbmm(Tensor batch1, Tensor batch2) {
        return addbmm(batch1, batch2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addbmm(batch1, batch2, *, beta=1, alpha=1)}. */
    public Tensor addbmm(Tensor batch1, Tensor batch2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addbmm(this, batch1, batch2, o.beta, o.alpha);
    }

    /** PyTorch: {@code Tensor.addbmm_(batch1, batch2)}. */
    public Tensor addbmm_(Tensor batch1, Tensor batch2) {
        return addbmm_(batch1, batch2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addbmm_(batch1, batch2, *, beta=1, alpha=1)}. */
    public Tensor addbmm_(Tensor batch1, Tensor batch2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addbmm_(this, batch1, batch2, o.beta, o.alpha);
    }

    /** this + batch1 @ batch2, matrix by matrix. PyTorch: {@code Tensor.baddbmm(batch1, batch2)}. */
    public Tensor baddbmm(Tensor batch1, Tensor batch2) {
        return baddbmm(batch1, batch2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.baddbmm(batch1, batch2, *, beta=1, alpha=1)}. */
    public Tensor baddbmm(Tensor batch1, Tensor batch2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.baddbmm(this, batch1, batch2, o.beta, o.alpha);
    }

    /** PyTorch: {@code Tensor.baddbmm_(batch1, batch2)}. */
    public Tensor baddbmm_(Tensor batch1, Tensor batch2) {
        return baddbmm_(batch1, batch2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.baddbmm_(batch1, batch2, *, beta=1, alpha=1)}. */
    public Tensor baddbmm_(Tensor batch1, Tensor batch2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.baddbmm_(this, batch1, batch2, o.beta, o.alpha);
    }

    /** this + mat @ vec. PyTorch: {@code Tensor.addmv(mat, vec)}. */
    public Tensor addmv(Tensor mat, Tensor vec) {
        return addmv(mat, vec, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addmv(mat, vec, *, beta=1, alpha=1)}. */
    public Tensor addmv(Tensor mat, Tensor vec, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addmv(this, mat, vec, o.beta, o.alpha);
    }

    /** PyTorch: {@code Tensor.addmv_(mat, vec)}. */
    public Tensor addmv_(Tensor mat, Tensor vec) {
        return addmv_(mat, vec, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addmv_(mat, vec, *, beta=1, alpha=1)}. */
    public Tensor addmv_(Tensor mat, Tensor vec, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addmv_(this, mat, vec, o.beta, o.alpha);
    }

    /** this + the outer product of vec1 and vec2. PyTorch: {@code Tensor.addr(vec1, vec2)}. */
    public Tensor addr(Tensor vec1, Tensor vec2) {
        return addr(vec1, vec2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addr(vec1, vec2, *, beta=1, alpha=1)}. */
    public Tensor addr(Tensor vec1, Tensor vec2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addr(this, vec1, vec2, o.beta, o.alpha);
    }

    /** PyTorch: {@code Tensor.addr_(vec1, vec2)}. */
    public Tensor addr_(Tensor vec1, Tensor vec2) {
        return addr_(vec1, vec2, Torch.scaleOptions());
    }

    /** PyTorch: {@code Tensor.addr_(vec1, vec2, *, beta=1, alpha=1)}. */
    public Tensor addr_(Tensor vec1, Tensor vec2, ScaleOptions o) {
        return jtorch.internal.ops.ScaledProductOps.addr_(this, vec1, vec2, o.beta, o.alpha);
    }

    // ======================================================================== torch.fft family (issue 21): stft, istft

    /** PyTorch: {@code Tensor.stft(n_fft, return_complex=False)}. */
    public Tensor stft(int nFft) {
        return Torch.stft(this, nFft);
    }

    /** PyTorch: {@code Tensor.stft(n_fft, hop_length, return_complex=False)}. */
    public Tensor stft(int nFft, int hopLength) {
        return Torch.stft(this, nFft, hopLength);
    }

    /** PyTorch: {@code Tensor.stft(n_fft, hop_length, win_length, window, return_complex=False)}. */
    public Tensor stft(int nFft, int hopLength, int winLength, Tensor window) {
        return Torch.stft(this, nFft, hopLength, winLength, window);
    }

    /** PyTorch: {@code Tensor.stft(n_fft, hop_length=None, ..., return_complex=False)}; see {@link Torch#stft}. */
    public Tensor stft(int nFft, StftOptions o) {
        return Torch.stft(this, nFft, o);
    }

    /** PyTorch: {@code Tensor.istft(n_fft)}. */
    public Tensor istft(int nFft) {
        return Torch.istft(this, nFft);
    }

    /** PyTorch: {@code Tensor.istft(n_fft, hop_length)}. */
    public Tensor istft(int nFft, int hopLength) {
        return Torch.istft(this, nFft, hopLength);
    }

    /** PyTorch: {@code Tensor.istft(n_fft, hop_length, win_length, window)}. */
    public Tensor istft(int nFft, int hopLength, int winLength, Tensor window) {
        return Torch.istft(this, nFft, hopLength, winLength, window);
    }

    /** PyTorch: {@code Tensor.istft(n_fft, hop_length=None, ...)}; see {@link Torch#istft}. */
    public Tensor istft(int nFft, IstftOptions o) {
        return Torch.istft(this, nFft, o);
    }

    // ---------------------------------------------------------------- in-place geometry (issue 21: ViewOps'
    // in-place view ops, StorageOps: set_, resize_, as_strided_scatter; JoinOps' unsafe splits)

    /** Swaps two dims of this tensor in place. PyTorch: {@code Tensor.transpose_(dim0, dim1)}. */
    public Tensor transpose_(int dim0, int dim1) {
        return ViewOps.transpose_(this, dim0, dim1);
    }

    /** Alias of {@link #transpose_}. PyTorch: {@code Tensor.swapaxes_(axis0, axis1)}. */
    public Tensor swapaxes_(int axis0, int axis1) {
        return ViewOps.transpose_(this, axis0, axis1);
    }

    /** Alias of {@link #transpose_}. PyTorch: {@code Tensor.swapdims_(dim0, dim1)}. */
    public Tensor swapdims_(int dim0, int dim1) {
        return ViewOps.transpose_(this, dim0, dim1);
    }

    /** Transposes a matrix in place (0-d and 1-d tensors stay). PyTorch: {@code Tensor.t_()}. */
    public Tensor t_() {
        return ViewOps.t_(this);
    }

    /** Removes every size-1 dim in place. PyTorch: {@code Tensor.squeeze_()}. */
    public Tensor squeeze_() {
        return ViewOps.squeeze_(this);
    }

    /** Removes dim {@code dim} in place if its size is 1. PyTorch: {@code Tensor.squeeze_(dim)}. */
    public Tensor squeeze_(int dim) {
        return ViewOps.squeeze_(this, dim);
    }

    /** Inserts a size-1 dim at {@code dim} in place. PyTorch: {@code Tensor.unsqueeze_(dim)}. */
    public Tensor unsqueeze_(int dim) {
        return ViewOps.unsqueeze_(this, dim);
    }

    /**
     * Gives this tensor the sizes and strides, keeping its storage offset. PyTorch:
     * {@code Tensor.as_strided_(size, stride, storage_offset=None)}.
     */
    public Tensor asStrided_(int[] size, int[] stride) {
        return ViewOps.asStrided_(this, size, stride, storageOffset());
    }

    /** PyTorch: {@code Tensor.as_strided_(size, stride, storage_offset)}. */
    public Tensor asStrided_(int[] size, int[] stride, int storageOffset) {
        return ViewOps.asStrided_(this, size, stride, storageOffset);
    }

    /**
     * New sizes with contiguous strides, growing the storage in place when needed (new elements are zero here;
     * PyTorch leaves them uninitialised). Fails on a tensor that requires grad. PyTorch: {@code Tensor.resize_(*sizes)}.
     */
    public Tensor resize_(int... sizes) {
        return StorageOps.resize_(this, sizes);
    }

    /** {@link #resize_} to {@code template}'s sizes. PyTorch: {@code Tensor.resize_as_(the_template)}. */
    public Tensor resizeAs_(Tensor template) {
        return StorageOps.resizeAs_(this, template);
    }

    /**
     * The elements with {@code template}'s sizes (the element counts must agree); deprecated in PyTorch and
     * warns. PyTorch: {@code Tensor.resize_as(tensor)}.
     */
    public Tensor resizeAs(Tensor template) {
        return StorageOps.resizeAs(this, template);
    }

    /** Makes this an empty tensor over a new storage. PyTorch: {@code Tensor.set_()}. */
    public Tensor set_() {
        return StorageOps.set_(this);
    }

    /**
     * Makes this tensor view {@code source}'s storage with its geometry. PyTorch: {@code Tensor.set_(source)}.
     * jtorch keeps the version counter with the storage, so afterwards this tensor shares {@code source}'s counter,
     * which set_ moves past this tensor's old version (PyTorch keeps a counter per tensor and moves only self's).
     */
    public Tensor set_(Tensor source) {
        return StorageOps.set_(this, source);
    }

    /** Makes this tensor the whole storage as a 1-d tensor. PyTorch: {@code Tensor.set_(source)} with a storage. */
    public Tensor set_(Storage source) {
        return StorageOps.set_(this, source);
    }

    /**
     * Makes this tensor view {@code source} with contiguous strides (the storage grows when needed). PyTorch:
     * {@code Tensor.set_(source, storage_offset, size)}.
     */
    public Tensor set_(Storage source, int storageOffset, int[] size) {
        return StorageOps.set_(this, source, storageOffset, size);
    }

    /** PyTorch: {@code Tensor.set_(source, storage_offset, size, stride)}. */
    public Tensor set_(Storage source, int storageOffset, int[] size, int[] stride) {
        return StorageOps.set_(this, source, storageOffset, size, stride);
    }

    /**
     * A copy with {@code src} written through the geometry (storage offset 0 of the copy). PyTorch:
     * {@code Tensor.as_strided_scatter(src, size, stride, storage_offset=None)}.
     */
    public Tensor asStridedScatter(Tensor src, int[] size, int[] stride) {
        return StorageOps.asStridedScatter(this, src, size, stride, 0);
    }

    /** PyTorch: {@code Tensor.as_strided_scatter(src, size, stride, storage_offset)}. */
    public Tensor asStridedScatter(Tensor src, int[] size, int[] stride, int storageOffset) {
        return StorageOps.asStridedScatter(this, src, size, stride, storageOffset);
    }

    /** Which output of its {@code grad_fn} this tensor is (0 for leaves). PyTorch: {@code Tensor.output_nr}. */
    public int outputNr() {
        return autograd == null ? 0 : autograd.outputNr();
    }

    /** Always false: jtorch has no nested tensors. PyTorch: {@code Tensor.is_nested}. */
    public boolean isNested() {
        return false;
    }

    /** Always null (PyTorch's None for tensors that are not named parameters). PyTorch: {@code Tensor.name}. */
    public String name() {
        return null;
    }

    /** {@link #chunk(int)} whose pieces are not views. PyTorch: {@code Tensor.unsafe_chunk(chunks, dim=0)}. */
    public List<Tensor> unsafeChunk(int chunks) {
        return JoinOps.unsafeChunk(this, chunks, 0);
    }

    /** PyTorch: {@code Tensor.unsafe_chunk(chunks, dim)}. */
    public List<Tensor> unsafeChunk(int chunks, int dim) {
        return JoinOps.unsafeChunk(this, chunks, dim);
    }

    /** {@link #split(int)} whose pieces are not views. PyTorch: {@code Tensor.unsafe_split(split_size, dim=0)}. */
    public List<Tensor> unsafeSplit(int splitSize) {
        return JoinOps.unsafeSplit(this, splitSize, 0);
    }

    /** PyTorch: {@code Tensor.unsafe_split(split_size, dim)}. */
    public List<Tensor> unsafeSplit(int splitSize, int dim) {
        return JoinOps.unsafeSplit(this, splitSize, dim);
    }

    /**
     * {@link #splitWithSizes(int[])} whose pieces are not views. PyTorch:
     * {@code Tensor.unsafe_split_with_sizes(split_sizes, dim=0)}.
     */
    public List<Tensor> unsafeSplitWithSizes(int[] splitSizes) {
        return JoinOps.unsafeSplit(this, splitSizes, 0);
    }

    /** PyTorch: {@code Tensor.unsafe_split_with_sizes(split_sizes, dim)}. */
    public List<Tensor> unsafeSplitWithSizes(int[] splitSizes, int dim) {
        return JoinOps.unsafeSplit(this, splitSizes, dim);
    }


    // ---------------------------------------------------------------- linalg-flavoured names (issue 21)

    /** The p = 2 distance to other. PyTorch: {@code Tensor.dist(other)}. */
    public Tensor dist(Tensor other) {
        return DistRenormOps.dist(this, other, 2);
    }

    /** The p-norm of {@code this - other} over all elements. PyTorch: {@code Tensor.dist(other, p=2)}. */
    public Tensor dist(Tensor other, double p) {
        return DistRenormOps.dist(this, other, p);
    }

    /** PyTorch: {@code Tensor.renorm(p, dim, maxnorm)}. */
    public Tensor renorm(double p, int dim, double maxnorm) {
        return DistRenormOps.renorm(this, p, dim, maxnorm);
    }

    /** In place. PyTorch: {@code Tensor.renorm_(p, dim, maxnorm)}. */
    public Tensor renorm_(double p, int dim, double maxnorm) {
        return DistRenormOps.renorm_(this, p, dim, maxnorm);
    }

    /**
     * The last two dims transposed (a view; the conjugate transpose of real matrices); a 0-d tensor is returned as
     * is. PyTorch: {@code Tensor.adjoint()}.
     */
    public Tensor adjoint() {
        return conjugateTranspose("tensor.adjoint()");
    }

    /** The conjugate transpose of a matrix or batch of matrices (a view). PyTorch: {@code Tensor.mH}. */
    public Tensor mH() {
        return conjugateTranspose("tensor.mH");
    }

    /** The conjugate transpose of a matrix (2-D only; 0-d returned as is). PyTorch: {@code Tensor.H}. */
    public Tensor H() {
        if (dim() != 0 && dim() != 2) {
            throw new IllegalArgumentException("tensor.H is only supported on matrices (2-D tensors). Got " + dim()
                    + "-D tensor." + (dim() > 2 ? " For batches of matrices, consider using tensor.mH" : ""));
        }
        return dim() == 0 ? this : transpose(-2, -1);
    }

    private Tensor conjugateTranspose(String name) {
        if (dim() == 1) {
            throw new IllegalArgumentException(name + " is only supported on matrices or batches of matrices. Got 1-D "
                    + "tensor.");
        }
        return dim() == 0 ? this : transpose(-2, -1);
    }

    /**
     * Fills the main diagonal in place (all sizes equal beyond 2-D). PyTorch: {@code Tensor.fill_diagonal_(fill_value,
     * wrap=False)}.
     */
    public Tensor fillDiagonal_(double fillValue) {
        return DiagonalOps.fillDiagonal_(this, fillValue, false);
    }

    /**
     * With {@code wrap}, a tall matrix gets the diagonal again after every width + 1 rows. PyTorch: {@code
     * Tensor.fill_diagonal_(fill_value, wrap=False)}.
     */
    public Tensor fillDiagonal_(double fillValue, boolean wrap) {
        return DiagonalOps.fillDiagonal_(this, fillValue, wrap);
    }

    /** PyTorch: {@code Tensor.lu(pivot=True, get_infos=False)} (the record also carries the infos). */
    public ReturnTypes.Lu lu() {
        return Torch.lu(this);
    }

    /** PyTorch: {@code Tensor.lu(pivot)}. */
    public ReturnTypes.Lu lu(boolean pivot) {
        return Torch.lu(this, pivot);
    }

    /** Solves A X = this from A's LU factorization. PyTorch: {@code Tensor.lu_solve(LU_data, LU_pivots)}. */
    public Tensor luSolve(Tensor luData, Tensor luPivots) {
        return LuOps.luSolve(this, luData, luPivots);
    }

    /** PyTorch: {@code Tensor.geqrf()}. */
    public ReturnTypes.Geqrf geqrf() {
        return Torch.geqrf(this);
    }

    /** PyTorch: {@code Tensor.orgqr(input2)}. */
    public Tensor orgqr(Tensor tau) {
        return HouseholderOps.householderProduct(this, tau);
    }

    /** PyTorch: {@code Tensor.ormqr(input2, input3)}. */
    public Tensor ormqr(Tensor tau, Tensor other) {
        return HouseholderOps.ormqr(this, tau, other, true, false);
    }

    /** PyTorch: {@code Tensor.ormqr(input2, input3, left=True, transpose=False)}. */
    public Tensor ormqr(Tensor tau, Tensor other, boolean left, boolean transpose) {
        return HouseholderOps.ormqr(this, tau, other, left, transpose);
    }

    // ---------------------------------------------------------------- the last names of issue 21: Tensor.unfold (ViewOps)

    /**
     * The windows of {@code size} elements every {@code step} along {@code dimension}, as a view sharing this
     * tensor's storage: that dim becomes the window count and a dim of length {@code size} is appended last.
     * PyTorch: {@code Tensor.unfold(dimension, size, step)} (not {@code F.unfold}, im2col).
     */
    public Tensor unfold(int dimension, int size, int step) {
        return ViewOps.unfold(this, dimension, size, step);
    }
}
