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
    /** Every op family: the classes declaring {@link OpDef} constants (OpRegistryTest checks none is missing). */
    static final List<Class<?>> FAMILIES = List.of(
            CreationOps.class, CopyOps.class, ViewOps.class, PointwiseOps.class, ArithmeticOps.class,
            ComparisonOps.class, ReductionOps.class, SortOps.class, IndexingOps.class, GatherScatterOps.class,
            JoinOps.class, LinalgOps.class, RandomOps.class, SoftmaxOps.class, LossOps.class, ConvOps.class,
            PoolOps.class, NormOps.class, ResizeOps.class, PadOps.class, ActivationOps.class, LinearOps.class,
            EmbeddingOps.class, InitOps.class, PiecewiseActivationOps.class, SmoothActivationOps.class,
            ShuffleOps.class, FoldOps.class, LowRankOps.class, TrigOps.class, FlipRollOps.class, DiagonalOps.class, BinaryMathOps.class,
            UnaryMathOps.class,
            OrderStatisticsOps.class, CumulativeOps.class, HistogramOps.class,
            IndexUpdateOps.class, IndexLookupOps.class, ProductOps.class, ArrangeOps.class,
            CdistOps.class, ScatterReduceOps.class,
            IntegerOps.class, NumericOps.class, SpecialOps.class,
            DecompositionOps.class, MatrixFunctionOps.class,
            ScaledProductOps.class,
            SamplingOps.class, GridSampleOps.class, FractionalPoolOps.class,
            WindowOps.class, FillOps.class,
            FftOps.class, StorageOps.class,
            DistRenormOps.class, LuOps.class, HouseholderOps.class);

    private OpRegistry() {
    }

    static void add(OpDef d) {
        OPS.add(d);
    }

    /** All op definitions of all families. */
    public static List<OpDef> all() {
        for (Class<?> f : FAMILIES) {
            try {
                Class.forName(f.getName(), true, f.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("op family missing: " + f, e);
            }
        }
        synchronized (OPS) {
            return List.copyOf(OPS);
        }
    }
}
