package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every declared op, so tests can walk them (e.g. "every differentiable op has a gradcheck case and
 * a PyTorch fixture"). Family classes register their {@link OpDef} constants when loaded;
 * {@link #all()} loads every family first.
 */
public final class OpRegistry {
    private static final List<OpDef> OPS = Collections.synchronizedList(new ArrayList<>());
    private static final String[] FAMILIES = {
        "jtorch.internal.ops.CreationOps", "jtorch.internal.ops.CopyOps", "jtorch.internal.ops.ViewOps", "jtorch.internal.ops.PointwiseOps",
        "jtorch.internal.ops.ReductionOps", "jtorch.internal.ops.SortOps", "jtorch.internal.ops.IndexingOps", "jtorch.internal.ops.GatherScatterOps",
        "jtorch.internal.ops.JoinOps", "jtorch.internal.ops.LinalgOps", "jtorch.internal.ops.RandomOps", "jtorch.internal.ops.SoftmaxOps",
        "jtorch.internal.ops.LossOps", "jtorch.internal.ops.ConvOps", "jtorch.internal.ops.PoolOps", "jtorch.internal.ops.NormOps",
        "jtorch.internal.ops.ResizeOps", "jtorch.internal.ops.PadOps",
        "jtorch.internal.ops.ActivationOps", "jtorch.internal.ops.LinearOps", "jtorch.internal.ops.EmbeddingOps", "jtorch.nn.init.Init",
    };

    private OpRegistry() {
    }

    static void add(OpDef d) {
        OPS.add(d);
    }

    /** All op definitions of all families. */
    public static List<OpDef> all() {
        for (String f : FAMILIES) {
            try {
                Class.forName(f, true, OpRegistry.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("op family missing: " + f, e);
            }
        }
        synchronized (OPS) {
            return List.copyOf(OPS);
        }
    }
}
