package jtorch.internal.ops;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.autograd.Backward;
import jtorch.autograd.GradMode;
import jtorch.autograd.OpNode;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;

/**
 * The one dispatch point every public op passes through. Here user function modes intercept calls,
 * {@code no_grad} is honoured, and the autograd graph is recorded: the forward runs with grad mode
 * off (so composites record one node, not their parts) and, when an input requires grad, an
 * {@link OpNode} holding the op's backward formula becomes the output's {@code grad_fn}.
 */
public final class Dispatch {
    private Dispatch() {
    }

    /** The arguments a mode sees; absent optional tensors (a loss without weight) are null entries. */
    private static List<Object> args(Tensor[] inputs) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList((Object[]) inputs.clone()));
    }

    /** A single-output op. {@code backward} may be null for ops without a gradient. */
    public static Tensor apply(OpDef op, Tensor[] inputs, Supplier<Tensor> forward, Backward backward) {
        if (TorchFunctionMode.anyActive()) {
            return (Tensor) OpCall.dispatch(op, args(inputs), null,
                    o -> record(op, inputs, forward, backward));
        }
        return record(op, inputs, forward, backward);
    }

    /** A single-output op recorded without consulting the function modes (autocast's own casts). */
    static Tensor applyBelowModes(OpDef op, Tensor[] inputs, Supplier<Tensor> forward, Backward backward) {
        return record(op, inputs, forward, backward);
    }

    /**
     * An op with several outputs (max with indices, topk, split, unbind, ...). Only the first
     * {@code differentiableOutputs} outputs get the node; the rest (indices) never require grad.
     */
    public static Tensor[] applyMulti(OpDef op, Tensor[] inputs, Supplier<Tensor[]> forward, Backward backward,
                                      int differentiableOutputs) {
        if (TorchFunctionMode.anyActive()) {
            return (Tensor[]) OpCall.dispatch(op, args(inputs), null,
                    o -> recordMulti(op, inputs, forward, backward, differentiableOutputs));
        }
        return recordMulti(op, inputs, forward, backward, differentiableOutputs);
    }

    /** A factory (zeros, randn, ...): modes may rewrite its options, e.g. to the meta device. */
    public static Tensor factory(OpDef op, TensorOptions options, Function<TensorOptions, Tensor> body) {
        Function<TensorOptions, Tensor> withGrad = o -> {
            Tensor t = body.apply(o);
            if (o.requiresGrad()) {
                t.requiresGrad_(true);
            }
            return t;
        };
        if (TorchFunctionMode.anyActive()) {
            return (Tensor) OpCall.dispatch(op, List.of(), options, withGrad::apply);
        }
        return withGrad.apply(options);
    }

    /**
     * An in-place op on {@code self}. Without autograd recording, {@code direct} writes into self.
     * When recording, the out-of-place form runs on a copy of self (so formulas that need the old
     * value still have it), the result is written back, and self takes over the result's grad_fn.
     */
    public static Tensor inPlace(OpDef op, Tensor self, Tensor[] others, UnaryOperator<Tensor> outOfPlace,
                                 Runnable direct) {
        boolean record = GradMode.isEnabled() && (self.requiresGrad() || anyRequiresGrad(others));
        if (TorchFunctionMode.anyActive()) {
            Tensor[] all = new Tensor[others.length + 1];
            all[0] = self;
            System.arraycopy(others, 0, all, 1, others.length);
            return (Tensor) OpCall.dispatchInPlace(op, args(all), o -> runInPlace(self, record, outOfPlace, direct));
        }
        return runInPlace(self, record, outOfPlace, direct);
    }

    private static Tensor runInPlace(Tensor self, boolean record, UnaryOperator<Tensor> outOfPlace, Runnable direct) {
        if (!record) {
            direct.run();
            self.storage().bumpVersion();
            return self;
        }
        checkInPlaceAllowed(self);
        Tensor base = self.base();
        Tensor result = outOfPlace.apply(self.clone());
        try (GradMode.Guard g = GradMode.disable()) {
            CopyOps.copyInto(self, result);
        }
        self.storage().bumpVersion();
        if (base != null) {
            ViewOps.rebaseHistory(base, self, result);
        } else {
            self.autogradMeta().setGradFn(result.gradFn(), result.autogradMeta().outputNr());
        }
        return self;
    }

    // PyTorch's check_inplace: a leaf that requires grad, or a view of one, cannot be written in place
    private static void checkInPlaceAllowed(Tensor self) {
        if (self.isLeaf() && self.requiresGrad()) {
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
        }
        Tensor base = self.base();
        if (base != null && base.isLeaf() && base.requiresGrad()) {
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an in-place "
                    + "operation.");
        }
    }

    /**
     * An op that changes {@code self}'s storage or geometry in place (transpose_, squeeze_, as_strided_, set_):
     * {@code result} computes the tensor whose storage and geometry self takes (for the view ops, the view the
     * out-of-place op returns). When recording, the op's node (PyTorch's TransposeBackward1, ...) is recorded
     * as for an out-of-place op, its edges leading to self's previous history and to {@code others}, and
     * becomes self's grad_fn. Self's version counter moves past its previous value, as for every in-place op.
     */
    public static Tensor inPlaceView(OpDef op, Tensor self, Tensor[] others, Supplier<Tensor> result,
                                     Backward backward) {
        Tensor[] all = new Tensor[others.length + 1];
        all[0] = self;
        System.arraycopy(others, 0, all, 1, others.length);
        if (TorchFunctionMode.anyActive()) {
            return (Tensor) OpCall.dispatchInPlace(op, args(all), o -> runInPlaceView(op, self, all, result, backward));
        }
        return runInPlaceView(op, self, all, result, backward);
    }

    private static Tensor runInPlaceView(OpDef op, Tensor self, Tensor[] inputs, Supplier<Tensor> result,
                                         Backward backward) {
        if (GradMode.isEnabled() && anyRequiresGrad(inputs)) {
            checkInPlaceAllowed(self);
        }
        int version = self.version();
        Tensor r = record(op, inputs, result, backward);
        TensorGeometry.setTo(self, r);
        // self may now view another storage (set_), whose counter must still move past self's old version so
        // that a saved self fails its version check
        do {
            self.storage().bumpVersion();
        } while (self.version() <= version);
        if (r.gradFn() != null) {
            self.autogradMeta().setGradFn(r.gradFn(), r.autogradMeta().outputNr());
        }
        return self;
    }

    private static Tensor record(OpDef op, Tensor[] inputs, Supplier<Tensor> forward, Backward backward) {
        if (backward == null || !GradMode.isEnabled() || !anyRequiresGrad(inputs)) {
            return forward.get();
        }
        Tensor out;
        try (GradMode.Guard g = GradMode.disable()) {
            out = forward.get();
        }
        out = unaliased(out, inputs);
        OpNode node = node(op, inputs, backward);
        node.setOutputs(new Tensor[] {out}, 1, op.saves().outputs());
        out.autogradMeta().setGradFn(node, 0);
        return out;
    }

    private static Tensor[] recordMulti(OpDef op, Tensor[] inputs, Supplier<Tensor[]> forward, Backward backward,
                                        int differentiableOutputs) {
        if (backward == null || !GradMode.isEnabled() || !anyRequiresGrad(inputs)) {
            return forward.get();
        }
        Tensor[] outs;
        try (GradMode.Guard g = GradMode.disable()) {
            outs = forward.get();
        }
        for (int i = 0; i < outs.length; i++) {
            outs[i] = unaliased(outs[i], inputs);
        }
        OpNode node = node(op, inputs, backward);
        node.setOutputs(outs, differentiableOutputs, op.saves().outputs());
        for (int i = 0; i < differentiableOutputs; i++) {
            outs[i].autogradMeta().setGradFn(node, i);
        }
        return outs;
    }

    private static OpNode node(OpDef op, Tensor[] inputs, Backward backward) {
        assert op.runsUserCode() || FormulaCaptures.none(op, backward);
        return new OpNode(op.nodeName(), inputs, op.saves().keptInputs(inputs), backward, !op.runsUserCode());
    }

    // An op whose forward hands back one of its inputs (e.g. a no-op reshape) must still return a
    // distinct tensor object, or recording would overwrite the input's grad_fn.
    private static Tensor unaliased(Tensor out, Tensor[] inputs) {
        for (Tensor in : inputs) {
            if (in == out) {
                return out.alias();
            }
        }
        return out;
    }

    public static boolean anyRequiresGrad(Tensor[] ts) {
        for (Tensor t : ts) {
            if (t != null && t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }
}
