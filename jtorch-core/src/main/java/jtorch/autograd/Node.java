package jtorch.autograd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jtorch.Tensor;

/**
 * A function in the backward graph (PyTorch: {@code torch.autograd.graph.Node}, what
 * {@code tensor.grad_fn} returns). It maps gradients of its forward outputs to gradients of its
 * forward inputs; {@link #nextFunctions()} lead towards the leaves.
 */
public abstract class Node {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final long sequenceNr = SEQUENCE.getAndIncrement();
    private final Edge[] next;
    private final List<Hook> preHooks = new ArrayList<>(0);
    private final Throwable forwardTrace;

    /** @param next one edge per forward input; null where that input does not need a gradient */
    protected Node(Edge[] next) {
        this.next = next;
        this.forwardTrace = AnomalyMode.isEnabled() ? new AnomalyMode.ForwardTrace() : null;
    }

    /** Where the forward of this node ran (recorded only in anomaly mode), else null. */
    final Throwable forwardTrace() {
        return forwardTrace;
    }

    /** PyTorch's node class name, e.g. {@code MmBackward0}. */
    public abstract String name();

    /** Number of forward outputs (gradients this node receives). */
    public int numOutputs() {
        return 1;
    }

    /**
     * Computes input gradients from output gradients. Missing output gradients arrive as null
     * for multi-output nodes; the result has one entry per edge (null for "no gradient").
     */
    protected abstract Tensor[] apply(Tensor[] gradOutputs);

    /** Frees saved tensors after a backward that did not retain the graph. */
    protected void releaseSaved() {
    }

    /** Creation order of the node; backward runs higher numbers first among ready nodes, as PyTorch. */
    public final long sequenceNr() {
        return sequenceNr;
    }

    final Edge[] edges() {
        return next;
    }

    /** PyTorch's {@code grad_fn.next_functions}: the nodes this one feeds gradients to (null entries kept). */
    public List<Edge> nextFunctions() {
        List<Edge> out = new ArrayList<>(next.length);
        Collections.addAll(out, next);
        return out;
    }

    /** Hooks that see (and may replace) the gradients of this node's outputs before it runs. */
    public interface Hook {
        /** Returns replacement output gradients, or null to keep them. */
        Tensor[] apply(Tensor[] gradOutputs);
    }

    void addPreHook(Hook hook) {
        preHooks.add(hook);
    }

    Tensor[] runPreHooks(Tensor[] grads) {
        for (Hook h : preHooks) {
            Tensor[] r = h.apply(grads);
            if (r != null) {
                grads = r;
            }
        }
        return grads;
    }

    @Override
    public String toString() {
        return "<" + name() + ">";
    }
}
