package jtorch.ops;

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
        "jtorch.ops.CreationOps", "jtorch.ops.CopyOps", "jtorch.ops.ViewOps", "jtorch.ops.PointwiseOps",
        "jtorch.ops.ReductionOps", "jtorch.ops.SortOps", "jtorch.ops.IndexingOps", "jtorch.ops.GatherScatterOps",
        "jtorch.ops.JoinOps", "jtorch.ops.LinalgOps", "jtorch.ops.RandomOps", "jtorch.ops.SoftmaxOps",
        "jtorch.ops.LossOps",
        "jtorch.ops.ActivationOps", "jtorch.ops.LinearOps", "jtorch.ops.EmbeddingOps", "jtorch.nn.init.Init",
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
