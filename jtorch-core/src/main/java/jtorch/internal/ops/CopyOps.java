package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Device;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.TensorFormatter;
import jtorch.Torch;

/** Copies and casts: clone, contiguous, to(dtype/device), copy_, fill_, array export, printing. */
public final class CopyOps {
    static final OpDef TO = OpDef.withNode("to", "ToCopyBackward0", Saves.NOTHING);
    static final OpDef CLONE = OpDef.of("clone", Saves.NOTHING);
    static final OpDef COPY_ = OpDef.withNode("copy_", "CopyBackwards", Saves.NOTHING);
    static final OpDef FILL_ = OpDef.withNode("fill_", "FillBackward2", Saves.NOTHING);

    private CopyOps() {
    }

    /** Cast to {@code dtype}; returns {@code x} itself when nothing changes, as PyTorch does. */
    public static Tensor to(Tensor x, DType dtype) {
        if (x.dtype() == dtype) {
            return x;
        }
        return Dispatch.apply(TO, new Tensor[] {x}, () -> converted(x, dtype), toBackward(x.dtype(), dtype));
    }

    /**
     * Autocast's cast ({@link AutocastPolicy}): {@code to(dtype)} recorded as usual but below the function modes,
     * which see the user's op, not the casts PyTorch's autocast makes inside it.
     */
    static Tensor castBelowModes(Tensor x, DType dtype) {
        return Dispatch.applyBelowModes(TO, new Tensor[] {x}, () -> converted(x, dtype), toBackward(x.dtype(), dtype));
    }

    private static Tensor converted(Tensor x, DType dtype) {
        Tensor out = Operands.empty(Torch.options().dtype(dtype).device(x.device()), x.sizes());
        copyInto(out, x);
        return out;
    }

    private static jtorch.autograd.Backward toBackward(DType from, DType to) {
        return to.isFloatingPoint() && from.isFloatingPoint() ? (ctx, g) -> new Tensor[] {g[0].to(from)} : null;
    }

    public static Tensor to(Tensor x, Device device) {
        Device target = device.placement();
        if (x.device() == target) {
            return x;
        }
        if (target == Device.META) {
            return Operands.empty(Torch.options().dtype(x.dtype()).device(Device.META), x.sizes());
        }
        throw new UnsupportedOperationException("Cannot copy out of meta tensor; no data! Please consider using "
                + "torch.empty_like() to create a tensor on the target device");
    }

    public static Tensor clone(Tensor x) {
        return Dispatch.apply(CLONE, new Tensor[] {x}, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), x.sizes());
            copyInto(out, x);
            return out;
        }, (ctx, g) -> new Tensor[] {g[0]});
    }

    public static Tensor contiguous(Tensor x) {
        return x.isContiguous() ? x : clone(x);
    }

    /** PyTorch: {@code Tensor.copy_(src)} — broadcast and cast {@code src} into {@code self}. */
    public static Tensor copy_(Tensor self, Tensor src) {
        Shapes.broadcastStrides(src.sizes(), src.stride(), self.sizes()); // shape check with PyTorch's message
        DType srcType = src.dtype();
        int[] shape = self.sizes();
        return Dispatch.inPlace(COPY_, self, new Tensor[] {src},
                old -> (srcType == self.dtype() ? src : src.to(self.dtype())).expand(shape).clone(),
                () -> copyInto(self, src.storage() == self.storage() ? src.clone() : src));
    }

    public static Tensor fill_(Tensor self, double value) {
        // the old values do not reach the result: their gradient is zero (not absent), as in PyTorch
        return Dispatch.inPlace(FILL_, self, new Tensor[0],
                old -> Dispatch.apply(FILL_, new Tensor[] {old},
                        () -> Torch.full(Torch.options().dtype(self.dtype()).device(self.device()), value, self.sizes()),
                        (ctx, g) -> new Tensor[] {Torch.zerosLike(g[0])}),
                () -> copyInto(self, Torch.scalarTensor(value, self.dtype())));
    }

    /**
     * The raw copy underneath every op above: writes {@code src}, broadcast to {@code dst}'s shape and
     * converted like a C++ static_cast, into {@code dst}. No autograd, no version bump.
     */
    public static void copyInto(Tensor dst, Tensor src) {
        Operands.backend(dst).copy(Operands.broadcast(src, dst.sizes()), Operands.of(dst));
    }

    public static void checkHasData(Tensor t) {
        if (t.isMeta()) {
            throw new UnsupportedOperationException("Tensor.item() cannot be called on meta tensors (shape "
                    + Shapes.format(t.sizes()) + "): they have no data");
        }
    }

    /** A fresh row-major Java array of the elements, converted to {@code dtype}'s array type. */
    public static Object toArray(Tensor t, DType dtype) {
        checkHasData(t);
        Tensor out = Operands.empty(Torch.options().dtype(dtype), t.sizes());
        copyInto(out, t);
        return out.storage().data();
    }

    public static Object tolist(Tensor t) {
        checkHasData(t);
        Tensor c = t.contiguous();
        int[] shape = c.sizes();
        if (shape.length == 0) {
            return element(c.storage(), c.storageOffset());
        }
        return nested(c.storage(), shape, 0, c.storageOffset(), Shapes.contiguousStrides(shape));
    }

    private static List<Object> nested(Storage s, int[] shape, int d, int off, int[] strides) {
        List<Object> out = new ArrayList<>(shape[d]);
        for (int i = 0; i < shape[d]; i++) {
            int o = off + i * strides[d];
            out.add(d == shape.length - 1 ? element(s, o) : nested(s, shape, d + 1, o, strides));
        }
        return out;
    }

    private static Object element(Storage s, int i) {
        DType d = s.dtype();
        if (d == DType.BOOL) {
            return s.getLong(i) != 0;
        }
        return d.isFloatingPoint() ? (Object) s.getDouble(i) : (Object) s.getLong(i);
    }

    /** PyTorch's repr through {@link TensorFormatter}. */
    public static String repr(Tensor t) {
        Tensor c = t.contiguous();
        Storage s = c.storage();
        int off = c.storageOffset();
        TensorFormatter.Elements el = new TensorFormatter.Elements() {
            @Override
            public double getDouble(int i) {
                return s.getDouble(off + i);
            }

            @Override
            public long getLong(int i) {
                return s.getLong(off + i);
            }
        };
        String gradFn = t.gradFn() == null ? null : t.gradFn().name();
        return TensorFormatter.format(t.sizes(), t.dtype(), el, Torch.getDefaultDtype(), t.isMeta(), gradFn,
                t.requiresGrad() && t.isLeaf());
    }
}
