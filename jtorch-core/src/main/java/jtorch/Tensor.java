package jtorch;

import java.util.List;
import java.util.function.UnaryOperator;
import jtorch.autograd.AutogradMeta;
import jtorch.autograd.Node;
import jtorch.internal.ops.ArithmeticOps;
import jtorch.internal.ops.BinaryMathOps;
import jtorch.internal.ops.ComparisonOps;
import jtorch.internal.ops.CopyOps;
import jtorch.internal.ops.DiagonalOps;
import jtorch.internal.ops.FlipRollOps;
import jtorch.internal.ops.GatherScatterOps;
import jtorch.internal.ops.IndexingOps;
import jtorch.internal.ops.JoinOps;
import jtorch.internal.ops.LinalgOps;
import jtorch.internal.ops.MapOps;
import jtorch.internal.ops.PiecewiseActivationOps;
import jtorch.internal.ops.PointwiseOps;
import jtorch.internal.ops.RandomOps;
import jtorch.internal.ops.ReductionOps;
import jtorch.internal.ops.Shapes;
import jtorch.internal.ops.SortOps;
import jtorch.internal.ops.TrigOps;
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
    private final Storage storage;
    private final int[] shape;
    private final int[] stride;
    private final int offset;
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

    public Storage storage() {
        return storage;
    }

    public int[] shape() {
        return shape.clone();
    }

    /** Same as {@link #shape()} (PyTorch's {@code x.size()}). */
    public int[] size() {
        return shape.clone();
    }

    /** Size of dim {@code d}; negative d counts from the end. */
    public int size(int d) {
        return shape[Shapes.wrapDim(d, shape.length)];
    }

    public int dim() {
        return shape.length;
    }

    public int ndim() {
        return shape.length;
    }

    public int numel() {
        return Shapes.numel(shape);
    }

    public int[] stride() {
        return stride.clone();
    }

    public int stride(int d) {
        return stride[Shapes.wrapDim(d, shape.length)];
    }

    public int storageOffset() {
        return offset;
    }

    public DType dtype() {
        return storage.dtype();
    }

    public Device device() {
        return storage.device();
    }

    public boolean isMeta() {
        return storage.device() == Device.META;
    }

    public boolean isContiguous() {
        return Shapes.isContiguous(shape, stride);
    }

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

    public float[] toFloatArray() {
        return (float[]) CopyOps.toArray(this, DType.FLOAT32);
    }

    public double[] toDoubleArray() {
        return (double[]) CopyOps.toArray(this, DType.FLOAT64);
    }

    public long[] toLongArray() {
        return (long[]) CopyOps.toArray(this, DType.INT64);
    }

    public int[] toIntArray() {
        return (int[]) CopyOps.toArray(this, DType.INT32);
    }

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
            if (!java.util.Arrays.equals(g.shape(), shape())) {
                throw new IllegalArgumentException("assigned grad has data of a different size");
            }
        }
        autogradMeta().setGrad(g);
    }

    public Node gradFn() {
        return autograd == null ? null : autograd.gradFn();
    }

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

    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        jtorch.autograd.Autograd.backward(this, gradient, retainGraph, createGraph);
    }

    /** Registers a hook on this tensor's gradient. PyTorch: {@code Tensor.register_hook}. */
    public jtorch.autograd.RemovableHandle registerHook(UnaryOperator<Tensor> hook) {
        return jtorch.autograd.Autograd.registerHook(this, hook);
    }

    /** A tensor sharing data but cut from the graph. PyTorch: {@code Tensor.detach()}. */
    public Tensor detach() {
        return new Tensor(storage, shape, stride, offset, base);
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

    public Tensor to(DType dtype) {
        return CopyOps.to(this, dtype);
    }

    public Tensor to(Device device) {
        return CopyOps.to(this, device);
    }

    public Tensor to(String device) {
        return to(Device.of(device));
    }

    public Tensor toFloat() {
        return to(DType.FLOAT32);
    }

    public Tensor toDouble() {
        return to(DType.FLOAT64);
    }

    public Tensor toHalf() {
        return to(DType.FLOAT16);
    }

    public Tensor toBFloat16() {
        return to(DType.BFLOAT16);
    }

    public Tensor toLong() {
        return to(DType.INT64);
    }

    public Tensor toInt() {
        return to(DType.INT32);
    }

    public Tensor toShort() {
        return to(DType.INT16);
    }

    public Tensor toByte() {
        return to(DType.UINT8);
    }

    public Tensor toChar() {
        return to(DType.INT8);
    }

    public Tensor toBool() {
        return to(DType.BOOL);
    }

    /** PyTorch's {@code x.type(torch.DoubleTensor)} form. */
    public Tensor type(DType dtype) {
        return to(dtype);
    }

    public Tensor clone() {
        return CopyOps.clone(this);
    }

    public Tensor contiguous() {
        return CopyOps.contiguous(this);
    }

    /** Copies {@code src} (broadcast, cast) into this tensor. PyTorch: {@code Tensor.copy_}. */
    public Tensor copy_(Tensor src) {
        return CopyOps.copy_(this, src);
    }

    public Tensor fill_(double value) {
        return CopyOps.fill_(this, value);
    }

    public Tensor zero_() {
        return fill_(0);
    }

    // ---------------------------------------------------------------- views

    /** A view with explicit sizes, strides and storage offset. PyTorch: {@code Tensor.as_strided}. */
    public Tensor asStrided(int[] size, int[] stride, int storageOffset) {
        return ViewOps.asStrided(this, size, stride, storageOffset);
    }

    public Tensor view(int... shape) {
        return ViewOps.view(this, shape);
    }

    public Tensor viewAs(Tensor other) {
        return view(other.shape);
    }

    public Tensor reshape(int... shape) {
        return ViewOps.reshape(this, shape);
    }

    public Tensor reshapeAs(Tensor other) {
        return reshape(other.shape);
    }

    public Tensor squeeze() {
        return ViewOps.squeeze(this);
    }

    public Tensor squeeze(int dim) {
        return ViewOps.squeeze(this, dim);
    }

    public Tensor unsqueeze(int dim) {
        return ViewOps.unsqueeze(this, dim);
    }

    public Tensor expand(int... sizes) {
        return ViewOps.expand(this, sizes);
    }

    public Tensor expandAs(Tensor other) {
        return expand(other.shape);
    }

    public Tensor t() {
        return ViewOps.t(this);
    }

    public Tensor transpose(int dim0, int dim1) {
        return ViewOps.transpose(this, dim0, dim1);
    }

    public Tensor permute(int... dims) {
        return ViewOps.permute(this, dims);
    }

    public Tensor flatten() {
        return ViewOps.flatten(this, 0, -1);
    }

    public Tensor flatten(int startDim) {
        return ViewOps.flatten(this, startDim, -1);
    }

    public Tensor flatten(int startDim, int endDim) {
        return ViewOps.flatten(this, startDim, endDim);
    }

    public Tensor unflatten(int dim, int... sizes) {
        return ViewOps.unflatten(this, dim, sizes);
    }

    public Tensor narrow(int dim, int start, int length) {
        return ViewOps.narrow(this, dim, start, length);
    }

    public Tensor select(int dim, int index) {
        return ViewOps.select(this, dim, index);
    }

    /** {@code x[start:end:step]} along one dim (null bounds mean "from the start" / "to the end"). */
    public Tensor slice(int dim, Integer start, Integer end, int step) {
        return ViewOps.slice(this, dim, start, end, step);
    }

    public List<Tensor> unbind(int dim) {
        return ViewOps.unbind(this, dim);
    }

    public List<Tensor> unbind() {
        return unbind(0);
    }

    public Tensor movedim(int source, int destination) {
        return ViewOps.movedim(this, new int[] {source}, new int[] {destination});
    }

    public Tensor movedim(int[] source, int[] destination) {
        return ViewOps.movedim(this, source, destination);
    }

    public Tensor repeat(int... repeats) {
        return JoinOps.repeat(this, repeats);
    }

    public List<Tensor> split(int splitSize, int dim) {
        return JoinOps.split(this, splitSize, dim);
    }

    public List<Tensor> split(int splitSize) {
        return split(splitSize, 0);
    }

    public List<Tensor> split(int[] sections, int dim) {
        return JoinOps.split(this, sections, dim);
    }

    public List<Tensor> chunk(int chunks, int dim) {
        return JoinOps.chunk(this, chunks, dim);
    }

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

    public Tensor set(String indices, double value) {
        return IndexingOps.set(this, Indexing.parse(indices), Torch.scalarTensor(value, dtype()));
    }

    /** {@code x[indices] = value} with Java index objects. */
    public Tensor setIndex(Object[] indices, Tensor value) {
        return IndexingOps.set(this, indices, value);
    }

    public Tensor setIndex(Object[] indices, double value) {
        return IndexingOps.set(this, indices, Torch.scalarTensor(value, dtype()));
    }

    /** A copy with values written at the indices. PyTorch: {@code Tensor.index_put(indices, values, accumulate)}. */
    public Tensor indexPut(Tensor[] indices, Tensor values, boolean accumulate) {
        return IndexingOps.indexPut(this, indices, values, accumulate);
    }

    public Tensor indexPut(Tensor[] indices, Tensor values) {
        return indexPut(indices, values, false);
    }

    /** PyTorch: {@code Tensor.index_put_(indices, values, accumulate)}. */
    public Tensor indexPut_(Tensor[] indices, Tensor values, boolean accumulate) {
        return IndexingOps.indexPut_(this, indices, values, accumulate);
    }

    public Tensor indexPut_(Tensor[] indices, Tensor values) {
        return indexPut_(indices, values, false);
    }

    public Tensor indexSelect(int dim, Tensor index) {
        return GatherScatterOps.indexSelect(this, dim, index);
    }

    public Tensor maskedSelect(Tensor mask) {
        return IndexingOps.maskedSelect(this, mask);
    }

    public Tensor maskedFill(Tensor mask, double value) {
        return IndexingOps.maskedFill(this, mask, Torch.wrap(value, dtype()));
    }

    public Tensor maskedFill(Tensor mask, Tensor value) {
        return IndexingOps.maskedFill(this, mask, value);
    }

    public Tensor maskedFill_(Tensor mask, double value) {
        return IndexingOps.maskedFill_(this, mask, Torch.wrap(value, dtype()));
    }

    public Tensor maskedFill_(Tensor mask, Tensor value) {
        return IndexingOps.maskedFill_(this, mask, value);
    }

    public Tensor take(Tensor index) {
        return GatherScatterOps.take(this, index);
    }

    public Tensor gather(int dim, Tensor index) {
        return GatherScatterOps.gather(this, dim, index);
    }

    public Tensor scatter(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatter(this, dim, index, src);
    }

    public Tensor scatter(int dim, Tensor index, double value) {
        return GatherScatterOps.scatter(this, dim, index, value);
    }

    public Tensor scatter_(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatter_(this, dim, index, src);
    }

    public Tensor scatter_(int dim, Tensor index, double value) {
        return GatherScatterOps.scatter_(this, dim, index, value);
    }

    public Tensor scatterAdd(int dim, Tensor index, Tensor src) {
        return GatherScatterOps.scatterAdd(this, dim, index, src);
    }

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

    public Tensor add(double other) {
        return ArithmeticOps.add(this, Torch.wrap(other), 1);
    }

    public Tensor add(long other) {
        return ArithmeticOps.add(this, Torch.wrap(other), 1);
    }

    /** In-place {@link #add(Tensor)}; the result must keep this tensor's shape and dtype. */
    public Tensor add_(Tensor other) {
        return ArithmeticOps.add_(this, other, 1);
    }

    public Tensor add_(Tensor other, double alpha) {
        return ArithmeticOps.add_(this, other, alpha);
    }

    public Tensor add_(Tensor other, long alpha) {
        return ArithmeticOps.add_(this, other, alpha);
    }

    public Tensor add_(double other) {
        return ArithmeticOps.add_(this, Torch.wrap(other), 1);
    }

    public Tensor add_(long other) {
        return ArithmeticOps.add_(this, Torch.wrap(other), 1);
    }

    /** {@code this - other}. PyTorch: {@code Tensor.sub}. */
    public Tensor sub(Tensor other) {
        return ArithmeticOps.sub(this, other, 1);
    }

    public Tensor sub(Tensor other, double alpha) {
        return ArithmeticOps.sub(this, other, alpha);
    }

    public Tensor sub(Tensor other, long alpha) {
        return ArithmeticOps.sub(this, other, alpha);
    }

    public Tensor sub(double other) {
        return ArithmeticOps.sub(this, Torch.wrap(other), 1);
    }

    public Tensor sub(long other) {
        return ArithmeticOps.sub(this, Torch.wrap(other), 1);
    }

    public Tensor sub_(Tensor other) {
        return ArithmeticOps.sub_(this, other, 1);
    }

    public Tensor sub_(Tensor other, double alpha) {
        return ArithmeticOps.sub_(this, other, alpha);
    }

    public Tensor sub_(Tensor other, long alpha) {
        return ArithmeticOps.sub_(this, other, alpha);
    }

    public Tensor sub_(double other) {
        return ArithmeticOps.sub_(this, Torch.wrap(other), 1);
    }

    public Tensor sub_(long other) {
        return ArithmeticOps.sub_(this, Torch.wrap(other), 1);
    }

    /** {@code other - this} (Python's {@code 2.5 - x}). PyTorch: {@code torch.rsub}. */
    public Tensor rsub(double other) {
        return ArithmeticOps.rsub(this, Torch.wrap(other));
    }

    public Tensor rsub(long other) {
        return ArithmeticOps.rsub(this, Torch.wrap(other));
    }

    /** {@code this * other}. PyTorch: {@code Tensor.mul}. */
    public Tensor mul(Tensor other) {
        return ArithmeticOps.mul(this, other);
    }

    public Tensor mul(double other) {
        return ArithmeticOps.mul(this, Torch.wrap(other));
    }

    public Tensor mul(long other) {
        return ArithmeticOps.mul(this, Torch.wrap(other));
    }

    public Tensor mul_(Tensor other) {
        return ArithmeticOps.mul_(this, other);
    }

    public Tensor mul_(double other) {
        return ArithmeticOps.mul_(this, Torch.wrap(other));
    }

    public Tensor mul_(long other) {
        return ArithmeticOps.mul_(this, Torch.wrap(other));
    }

    /** True division (integer tensors give the default float). PyTorch: {@code Tensor.div}. */
    public Tensor div(Tensor other) {
        return ArithmeticOps.div(this, other);
    }

    public Tensor div(double other) {
        return ArithmeticOps.div(this, Torch.wrap(other));
    }

    public Tensor div(long other) {
        return ArithmeticOps.div(this, Torch.wrap(other));
    }

    /** Division with {@code rounding_mode} "trunc" or "floor" (null for true division). */
    public Tensor div(Tensor other, String roundingMode) {
        return ArithmeticOps.div(this, other, roundingMode);
    }

    public Tensor div(double other, String roundingMode) {
        return ArithmeticOps.div(this, Torch.wrap(other), roundingMode);
    }

    public Tensor div(long other, String roundingMode) {
        return ArithmeticOps.div(this, Torch.wrap(other), roundingMode);
    }

    public Tensor div_(Tensor other) {
        return ArithmeticOps.div_(this, other);
    }

    public Tensor div_(double other) {
        return ArithmeticOps.div_(this, Torch.wrap(other));
    }

    public Tensor div_(long other) {
        return ArithmeticOps.div_(this, Torch.wrap(other));
    }

    public Tensor div_(Tensor other, String roundingMode) {
        return ArithmeticOps.div_(this, other, roundingMode);
    }

    public Tensor div_(long other, String roundingMode) {
        return ArithmeticOps.div_(this, Torch.wrap(other), roundingMode);
    }

    /** {@code div(other, "floor")}. PyTorch: {@code Tensor.floor_divide} (Python's {@code //}). */
    public Tensor floorDivide(Tensor other) {
        return ArithmeticOps.div(this, other, "floor");
    }

    public Tensor floorDivide(double other) {
        return ArithmeticOps.div(this, Torch.wrap(other), "floor");
    }

    public Tensor floorDivide(long other) {
        return ArithmeticOps.div(this, Torch.wrap(other), "floor");
    }

    /** Elementwise power. PyTorch: {@code Tensor.pow} ({@code x ** y}). */
    public Tensor pow(Tensor exponent) {
        return ArithmeticOps.pow(this, exponent);
    }

    public Tensor pow(double exponent) {
        return ArithmeticOps.pow(this, Torch.wrap(exponent));
    }

    /** Power with an integral exponent: integer tensors stay integral (negative exponents are refused). */
    public Tensor pow(long exponent) {
        return ArithmeticOps.pow(this, Torch.wrap(exponent));
    }

    public Tensor pow_(Tensor exponent) {
        return ArithmeticOps.pow_(this, exponent);
    }

    public Tensor pow_(double exponent) {
        return ArithmeticOps.pow_(this, Torch.wrap(exponent));
    }

    public Tensor pow_(long exponent) {
        return ArithmeticOps.pow_(this, Torch.wrap(exponent));
    }

    /** Python-style modulus (the divisor's sign). PyTorch: {@code Tensor.remainder} ({@code x % y}). */
    public Tensor remainder(Tensor other) {
        return ArithmeticOps.remainder(this, other);
    }

    public Tensor remainder(double other) {
        return ArithmeticOps.remainder(this, Torch.wrap(other));
    }

    public Tensor remainder(long other) {
        return ArithmeticOps.remainder(this, Torch.wrap(other));
    }

    public Tensor remainder_(Tensor other) {
        return ArithmeticOps.remainder_(this, other);
    }

    public Tensor remainder_(double other) {
        return ArithmeticOps.remainder_(this, Torch.wrap(other));
    }

    public Tensor remainder_(long other) {
        return ArithmeticOps.remainder_(this, Torch.wrap(other));
    }

    /** C-style modulus (the dividend's sign). PyTorch: {@code Tensor.fmod}. */
    public Tensor fmod(Tensor other) {
        return ArithmeticOps.fmod(this, other);
    }

    public Tensor fmod(double other) {
        return ArithmeticOps.fmod(this, Torch.wrap(other));
    }

    public Tensor fmod(long other) {
        return ArithmeticOps.fmod(this, Torch.wrap(other));
    }

    public Tensor fmod_(Tensor other) {
        return ArithmeticOps.fmod_(this, other);
    }

    public Tensor fmod_(double other) {
        return ArithmeticOps.fmod_(this, Torch.wrap(other));
    }

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

    public Tensor clamp(double min, double max) {
        return PointwiseOps.clamp(this, min, max);
    }

    public Tensor clamp(long min, long max) {
        return PointwiseOps.clamp(this, min, max);
    }

    /** Clamps from below. PyTorch: {@code Tensor.clamp_min} / {@code clamp(min=...)}. */
    public Tensor clampMin(double min) {
        return PointwiseOps.clampMin(this, min);
    }

    public Tensor clampMin(long min) {
        return PointwiseOps.clampMin(this, min);
    }

    /** Clamps from above. PyTorch: {@code Tensor.clamp_max}. */
    public Tensor clampMax(double max) {
        return PointwiseOps.clampMax(this, max);
    }

    public Tensor clampMax(long max) {
        return PointwiseOps.clampMax(this, max);
    }

    /** In-place {@link #clamp(Number, Number)}; the result type must be this tensor's dtype. */
    public Tensor clamp_(Number min, Number max) {
        return PointwiseOps.clamp_(this, min, max);
    }

    public Tensor clampMin_(double min) {
        return PointwiseOps.clampMin_(this, min);
    }

    public Tensor clampMin_(long min) {
        return PointwiseOps.clampMin_(this, min);
    }

    public Tensor clampMax_(double max) {
        return PointwiseOps.clampMax_(this, max);
    }

    public Tensor clampMax_(long max) {
        return PointwiseOps.clampMax_(this, max);
    }

    /** Negation, {@code -x}. PyTorch: {@code Tensor.neg}. */
    public Tensor neg() {
        return PointwiseOps.neg(this);
    }

    public Tensor neg_() {
        return PointwiseOps.neg_(this);
    }

    /** Absolute value. PyTorch: {@code Tensor.abs}. */
    public Tensor abs() {
        return PointwiseOps.abs(this);
    }

    public Tensor abs_() {
        return PointwiseOps.abs_(this);
    }

    /** Square root (NaN below zero). PyTorch: {@code Tensor.sqrt}. */
    public Tensor sqrt() {
        return PointwiseOps.sqrt(this);
    }

    public Tensor sqrt_() {
        return PointwiseOps.sqrt_(this);
    }

    /** Reciprocal square root, {@code 1 / sqrt(x)}. PyTorch: {@code Tensor.rsqrt}. */
    public Tensor rsqrt() {
        return PointwiseOps.rsqrt(this);
    }

    public Tensor rsqrt_() {
        return PointwiseOps.rsqrt_(this);
    }

    /** e to the power x. PyTorch: {@code Tensor.exp}. */
    public Tensor exp() {
        return PointwiseOps.exp(this);
    }

    public Tensor exp_() {
        return PointwiseOps.exp_(this);
    }

    /** {@code exp(x) - 1}, accurate near zero. PyTorch: {@code Tensor.expm1}. */
    public Tensor expm1() {
        return PointwiseOps.expm1(this);
    }

    public Tensor expm1_() {
        return PointwiseOps.expm1_(this);
    }

    /** Natural logarithm. PyTorch: {@code Tensor.log}. */
    public Tensor log() {
        return PointwiseOps.log(this);
    }

    public Tensor log_() {
        return PointwiseOps.log_(this);
    }

    /** {@code log(1 + x)}, accurate near zero. PyTorch: {@code Tensor.log1p}. */
    public Tensor log1p() {
        return PointwiseOps.log1p(this);
    }

    public Tensor log1p_() {
        return PointwiseOps.log1p_(this);
    }

    /** Base-2 logarithm. PyTorch: {@code Tensor.log2}. */
    public Tensor log2() {
        return PointwiseOps.log2(this);
    }

    public Tensor log2_() {
        return PointwiseOps.log2_(this);
    }

    /** Base-10 logarithm. PyTorch: {@code Tensor.log10}. */
    public Tensor log10() {
        return PointwiseOps.log10(this);
    }

    public Tensor log10_() {
        return PointwiseOps.log10_(this);
    }

    /** Sine. PyTorch: {@code Tensor.sin}. */
    public Tensor sin() {
        return PointwiseOps.sin(this);
    }

    public Tensor sin_() {
        return PointwiseOps.sin_(this);
    }

    /** Cosine. PyTorch: {@code Tensor.cos}. */
    public Tensor cos() {
        return PointwiseOps.cos(this);
    }

    public Tensor cos_() {
        return PointwiseOps.cos_(this);
    }

    /** Tangent. PyTorch: {@code Tensor.tan}. */
    public Tensor tan() {
        return PointwiseOps.tan(this);
    }

    public Tensor tan_() {
        return PointwiseOps.tan_(this);
    }

    /** Hyperbolic tangent. PyTorch: {@code Tensor.tanh}. */
    public Tensor tanh() {
        return PointwiseOps.tanh(this);
    }

    public Tensor tanh_() {
        return PointwiseOps.tanh_(this);
    }

    /** Logistic sigmoid {@code 1 / (1 + exp(-x))}. PyTorch: {@code Tensor.sigmoid}. */
    public Tensor sigmoid() {
        return PointwiseOps.sigmoid(this);
    }

    public Tensor sigmoid_() {
        return PointwiseOps.sigmoid_(this);
    }

    /** {@code max(x, 0)}. PyTorch: {@code Tensor.relu}. */
    public Tensor relu() {
        return PointwiseOps.relu(this);
    }

    public Tensor relu_() {
        return PointwiseOps.relu_(this);
    }

    /** -1, 0 or 1 by the sign of x (0 for NaN). PyTorch: {@code Tensor.sign}. */
    public Tensor sign() {
        return PointwiseOps.sign(this);
    }

    public Tensor sign_() {
        return PointwiseOps.sign_(this);
    }

    /** Rounds down. PyTorch: {@code Tensor.floor}. */
    public Tensor floor() {
        return PointwiseOps.floor(this);
    }

    public Tensor floor_() {
        return PointwiseOps.floor_(this);
    }

    /** Rounds up. PyTorch: {@code Tensor.ceil}. */
    public Tensor ceil() {
        return PointwiseOps.ceil(this);
    }

    public Tensor ceil_() {
        return PointwiseOps.ceil_(this);
    }

    /** Rounds toward zero. PyTorch: {@code Tensor.trunc}. */
    public Tensor trunc() {
        return PointwiseOps.trunc(this);
    }

    public Tensor trunc_() {
        return PointwiseOps.trunc_(this);
    }

    /** Fractional part {@code x - trunc(x)}. PyTorch: {@code Tensor.frac}. */
    public Tensor frac() {
        return PointwiseOps.frac(this);
    }

    public Tensor frac_() {
        return PointwiseOps.frac_(this);
    }

    /** Rounds to the nearest integer, halves to even. PyTorch: {@code Tensor.round}. */
    public Tensor round() {
        return PointwiseOps.round(this);
    }

    public Tensor round_() {
        return PointwiseOps.round_(this);
    }

    /** {@code 1 / x}. PyTorch: {@code Tensor.reciprocal}. */
    public Tensor reciprocal() {
        return PointwiseOps.reciprocal(this);
    }

    public Tensor reciprocal_() {
        return PointwiseOps.reciprocal_(this);
    }

    /** {@code x * x} (bool gives int64). PyTorch: {@code Tensor.square}. */
    public Tensor square() {
        return PointwiseOps.square(this);
    }

    public Tensor square_() {
        return PointwiseOps.square_(this);
    }

    /** Error function. PyTorch: {@code Tensor.erf}. */
    public Tensor erf() {
        return PointwiseOps.erf(this);
    }

    public Tensor erf_() {
        return PointwiseOps.erf_(this);
    }

    /** Inverse error function. PyTorch: {@code Tensor.erfinv}. */
    public Tensor erfinv() {
        return PointwiseOps.erfinv(this);
    }

    public Tensor erfinv_() {
        return PointwiseOps.erfinv_(this);
    }

    public Tensor maskedFill(Tensor mask, long value) {
        return IndexingOps.maskedFill(this, mask, Torch.wrapLong(value, dtype()).markWrappedNumber());
    }

    // ---------------------------------------------------------------- comparison and logic

    /** Elementwise {@code this == other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.eq}. */
    public Tensor eq(Tensor other) {
        return ComparisonOps.eq(this, other);
    }

    public Tensor eq(double other) {
        return ComparisonOps.eq(this, Torch.wrap(other));
    }

    public Tensor eq(long other) {
        return ComparisonOps.eq(this, Torch.wrap(other));
    }

    /** Elementwise {@code this != other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.ne}. */
    public Tensor ne(Tensor other) {
        return ComparisonOps.ne(this, other);
    }

    public Tensor ne(double other) {
        return ComparisonOps.ne(this, Torch.wrap(other));
    }

    public Tensor ne(long other) {
        return ComparisonOps.ne(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &lt; other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.lt}. */
    public Tensor lt(Tensor other) {
        return ComparisonOps.lt(this, other);
    }

    public Tensor lt(double other) {
        return ComparisonOps.lt(this, Torch.wrap(other));
    }

    public Tensor lt(long other) {
        return ComparisonOps.lt(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &lt;= other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.le}. */
    public Tensor le(Tensor other) {
        return ComparisonOps.le(this, other);
    }

    public Tensor le(double other) {
        return ComparisonOps.le(this, Torch.wrap(other));
    }

    public Tensor le(long other) {
        return ComparisonOps.le(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &gt; other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.gt}. */
    public Tensor gt(Tensor other) {
        return ComparisonOps.gt(this, other);
    }

    public Tensor gt(double other) {
        return ComparisonOps.gt(this, Torch.wrap(other));
    }

    public Tensor gt(long other) {
        return ComparisonOps.gt(this, Torch.wrap(other));
    }

    /** Elementwise {@code this &gt;= other} as bool, comparing in the promoted dtype. PyTorch: {@code Tensor.ge}. */
    public Tensor ge(Tensor other) {
        return ComparisonOps.ge(this, other);
    }

    public Tensor ge(double other) {
        return ComparisonOps.ge(this, Torch.wrap(other));
    }

    public Tensor ge(long other) {
        return ComparisonOps.ge(this, Torch.wrap(other));
    }

    /** True when shapes and all elements are equal. PyTorch: {@code torch.equal}. */
    public boolean equal(Tensor other) {
        return ComparisonOps.equal(this, other);
    }

    public boolean allclose(Tensor other) {
        return allclose(other, 1e-5, 1e-8, false);
    }

    /** True when every element is close. PyTorch: {@code Tensor.allclose}. */
    public boolean allclose(Tensor other, double rtol, double atol, boolean equalNan) {
        return ComparisonOps.allclose(this, other, rtol, atol, equalNan);
    }

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

    public Tensor any() {
        return ReductionOps.any(this);
    }

    public Tensor any(int dim, boolean keepdim) {
        return ReductionOps.any(this, dim, keepdim);
    }

    public Tensor all() {
        return ReductionOps.all(this);
    }

    public Tensor all(int dim, boolean keepdim) {
        return ReductionOps.all(this, dim, keepdim);
    }

    // ---------------------------------------------------------------- reductions

    public Tensor sum() {
        return ReductionOps.sum(this, null, false, null);
    }

    public Tensor sum(int dim) {
        return ReductionOps.sum(this, new int[] {dim}, false, null);
    }

    public Tensor sum(int dim, boolean keepdim) {
        return ReductionOps.sum(this, new int[] {dim}, keepdim, null);
    }

    public Tensor sum(int[] dims, boolean keepdim) {
        return ReductionOps.sum(this, dims, keepdim, null);
    }

    public Tensor sum(DType dtype) {
        return ReductionOps.sum(this, null, false, dtype);
    }

    /** Sum over {@code dims} computed in (and returning) {@code dtype}. PyTorch: {@code x.sum(dims, keepdim, dtype=)}. */
    public Tensor sum(int[] dims, boolean keepdim, DType dtype) {
        return ReductionOps.sum(this, dims, keepdim, dtype);
    }

    public Tensor mean() {
        return ReductionOps.mean(this, null, false);
    }

    public Tensor mean(int dim) {
        return ReductionOps.mean(this, new int[] {dim}, false);
    }

    public Tensor mean(int dim, boolean keepdim) {
        return ReductionOps.mean(this, new int[] {dim}, keepdim);
    }

    public Tensor mean(int[] dims, boolean keepdim) {
        return ReductionOps.mean(this, dims, keepdim);
    }

    public Tensor prod() {
        return ReductionOps.prod(this);
    }

    public Tensor prod(int dim) {
        return ReductionOps.prod(this, dim, false);
    }

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

    public ReturnTypes.Max max(int dim, boolean keepdim) {
        return ReductionOps.max(this, dim, keepdim);
    }

    /** Elementwise maximum (PyTorch's {@code max(other)} overload). */
    public Tensor max(Tensor other) {
        return maximum(other);
    }

    public Tensor min() {
        return ReductionOps.min(this);
    }

    public ReturnTypes.Min min(int dim) {
        return ReductionOps.min(this, dim, false);
    }

    public ReturnTypes.Min min(int dim, boolean keepdim) {
        return ReductionOps.min(this, dim, keepdim);
    }

    public Tensor min(Tensor other) {
        return minimum(other);
    }

    public Tensor argmax() {
        return ReductionOps.argmax(this, null, false);
    }

    public Tensor argmax(int dim) {
        return ReductionOps.argmax(this, dim, false);
    }

    public Tensor argmax(int dim, boolean keepdim) {
        return ReductionOps.argmax(this, dim, keepdim);
    }

    public Tensor argmin() {
        return ReductionOps.argmin(this, null, false);
    }

    public Tensor argmin(int dim) {
        return ReductionOps.argmin(this, dim, false);
    }

    public Tensor argmin(int dim, boolean keepdim) {
        return ReductionOps.argmin(this, dim, keepdim);
    }

    /** Standard deviation with Bessel's correction (correction = 1). */
    public Tensor std() {
        return ReductionOps.std(this, null, 1, false);
    }

    public Tensor std(int dim) {
        return ReductionOps.std(this, new int[] {dim}, 1, false);
    }

    public Tensor std(int[] dims, double correction, boolean keepdim) {
        return ReductionOps.std(this, dims, correction, keepdim);
    }

    public Tensor var() {
        return ReductionOps.var(this, null, 1, false);
    }

    public Tensor var(int dim) {
        return ReductionOps.var(this, new int[] {dim}, 1, false);
    }

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

    public Tensor norm(double p, int dim) {
        return ReductionOps.norm(this, p, new int[] {dim}, false);
    }

    public Tensor norm(double p, int dim, boolean keepdim) {
        return ReductionOps.norm(this, p, new int[] {dim}, keepdim);
    }

    public Tensor norm(double p, int[] dims, boolean keepdim) {
        return ReductionOps.norm(this, p, dims, keepdim);
    }

    /** {@code norm("fro")} / {@code norm("nuc")}-style string forms; "fro" is the 2-norm over the dims. */
    public Tensor norm(String p, int[] dims, boolean keepdim) {
        return ReductionOps.norm(this, p, dims, keepdim);
    }

    public Tensor logsumexp(int dim) {
        return ReductionOps.logsumexp(this, new int[] {dim}, false);
    }

    public Tensor logsumexp(int dim, boolean keepdim) {
        return ReductionOps.logsumexp(this, new int[] {dim}, keepdim);
    }

    public Tensor logsumexp(int[] dims, boolean keepdim) {
        return ReductionOps.logsumexp(this, dims, keepdim);
    }

    public Tensor countNonzero() {
        return ReductionOps.countNonzero(this, null);
    }

    public Tensor countNonzero(int dim) {
        return ReductionOps.countNonzero(this, new int[] {dim});
    }

    public Tensor countNonzero(int[] dims) {
        return ReductionOps.countNonzero(this, dims);
    }

    public Tensor cumsum(int dim) {
        return SortOps.cumsum(this, dim, null);
    }

    /** Running sum computed in {@code dtype}. PyTorch: {@code x.cumsum(dim, dtype=)}. */
    public Tensor cumsum(int dim, DType dtype) {
        return SortOps.cumsum(this, dim, dtype);
    }

    public Tensor cumprod(int dim) {
        return SortOps.cumprod(this, dim, null);
    }

    public Tensor cumprod(int dim, DType dtype) {
        return SortOps.cumprod(this, dim, dtype);
    }

    public ReturnTypes.Topk topk(int k) {
        return SortOps.topk(this, k, -1, true, true);
    }

    public ReturnTypes.Topk topk(int k, int dim) {
        return SortOps.topk(this, k, dim, true, true);
    }

    public ReturnTypes.Topk topk(int k, int dim, boolean largest) {
        return SortOps.topk(this, k, dim, largest, true);
    }

    public ReturnTypes.Topk topk(int k, int dim, boolean largest, boolean sorted) {
        return SortOps.topk(this, k, dim, largest, sorted);
    }

    /** k-th smallest (1-based k) along dim. PyTorch: {@code Tensor.kthvalue}. */
    public ReturnTypes.Kthvalue kthvalue(int k) {
        return SortOps.kthvalue(this, k, -1, false);
    }

    public ReturnTypes.Kthvalue kthvalue(int k, int dim) {
        return SortOps.kthvalue(this, k, dim, false);
    }

    public ReturnTypes.Kthvalue kthvalue(int k, int dim, boolean keepdim) {
        return SortOps.kthvalue(this, k, dim, keepdim);
    }

    public ReturnTypes.Sort sort() {
        return SortOps.sort(this, -1, false);
    }

    public ReturnTypes.Sort sort(int dim) {
        return SortOps.sort(this, dim, false);
    }

    public ReturnTypes.Sort sort(int dim, boolean descending) {
        return SortOps.sort(this, dim, descending);
    }

    /** Sort where equal values keep their order when {@code stable}. PyTorch: {@code x.sort(dim, descending, stable=)}. */
    public ReturnTypes.Sort sort(int dim, boolean descending, boolean stable) {
        return SortOps.sort(this, dim, descending, stable);
    }

    public Tensor argsort() {
        return SortOps.argsort(this, -1, false, false);
    }

    public Tensor argsort(int dim) {
        return SortOps.argsort(this, dim, false, false);
    }

    public Tensor argsort(int dim, boolean descending) {
        return SortOps.argsort(this, dim, descending, false);
    }

    public Tensor argsort(int dim, boolean descending, boolean stable) {
        return SortOps.argsort(this, dim, descending, stable);
    }

    // ---------------------------------------------------------------- linear algebra

    public Tensor mm(Tensor other) {
        return LinalgOps.mm(this, other);
    }

    public Tensor bmm(Tensor other) {
        return LinalgOps.bmm(this, other);
    }

    public Tensor mv(Tensor vec) {
        return LinalgOps.mv(this, vec);
    }

    public Tensor matmul(Tensor other) {
        return LinalgOps.matmul(this, other);
    }

    public Tensor dot(Tensor other) {
        return LinalgOps.dot(this, other);
    }

    public Tensor outer(Tensor other) {
        return LinalgOps.outer(this, other);
    }

    // ---------------------------------------------------------------- random fills

    public Tensor uniform_(double from, double to) {
        return RandomOps.uniform_(this, from, to, null);
    }

    public Tensor uniform_() {
        return uniform_(0, 1);
    }

    public Tensor normal_(double mean, double std) {
        return RandomOps.normal_(this, mean, std, null);
    }

    public Tensor normal_() {
        return normal_(0, 1);
    }

    public Tensor bernoulli_(double p) {
        return RandomOps.bernoulli_(this, p, null);
    }

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
}
