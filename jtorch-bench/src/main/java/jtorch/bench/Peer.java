package jtorch.bench;

/**
 * An implementation the workloads are timed in: jtorch itself, PyTorch in a given thread
 * configuration, or DJL. The bench interleaves peers repetition by repetition, so a change in machine
 * load during the run touches all of them alike.
 */
public interface Peer extends AutoCloseable {
    /** The table column, e.g. {@code torch 2t passive}. */
    String name();

    /** The peer family whose best configuration jtorch is compared with ({@code torch}, {@code djl}). */
    String family();

    /** Whether this peer measures {@code c} (its thread configuration fits, it has the workload). */
    boolean accepts(Case c);

    /**
     * Builds the inputs of {@code c} (the first case of a run, see {@code Workloads.runs}) with fixed seeds,
     * warms up and sizes one repetition.
     */
    void setup(Case c) throws Exception;

    /**
     * One repetition of the run set up last: one value per case of the run, in its order; seconds per op for
     * a {@link Case.Measure#RATE} case, the figure itself otherwise.
     */
    double[] measure() throws Exception;

    @Override
    default void close() throws Exception {
    }
}
