package jtorch.bench;

/**
 * One row of the table: a workload, its variant (e.g. {@code n=1024}, {@code exp}) and the thread count
 * jtorch runs it with. A {@link Measure#RATE} case is timed: peers return seconds per op and
 * {@code workPerOp} converts them into the reported figure, {@code figure = workPerOp / secondsPerOp / scale}
 * (flops for GFLOP/s, bytes for GB/s, 1 for steps/s). A {@link Measure#COST} or {@link Measure#SCORE} case
 * is a value the peers measure directly in {@code unit} (seconds of a whole run, megabytes, accuracy).
 */
public record Case(String workload, String variant, int threads, String unit, double workPerOp, double scale,
                   Measure measure) {

    /** How a case's figure is obtained and which direction is better. */
    public enum Measure {
        /** Work per second from a timed op: higher is better. */
        RATE,
        /** A value measured directly (seconds to a point, megabytes): lower is better. */
        COST,
        /** A value measured directly (test accuracy): higher is better. */
        SCORE
    }

    /** A timed case ({@link Measure#RATE}). */
    public Case(String workload, String variant, int threads, String unit, double workPerOp, double scale) {
        this(workload, variant, threads, unit, workPerOp, scale, Measure.RATE);
    }

    /** A directly measured case where lower is better (seconds, MB). */
    static Case cost(String workload, String variant, int threads, String unit) {
        return new Case(workload, variant, threads, unit, 1, 1, Measure.COST);
    }

    /** A directly measured case where higher is better (accuracy). */
    static Case score(String workload, String variant, int threads, String unit) {
        return new Case(workload, variant, threads, unit, 1, 1, Measure.SCORE);
    }

    /** The figure (GFLOP/s, GB/s, steps/s, or the measured value itself) for one measurement. */
    public double figure(double measured) {
        return measure == Measure.RATE ? workPerOp / measured / scale : measured;
    }

    /** Whether a smaller figure is the better one (the best peer of a family is then its minimum). */
    public boolean lowerIsBetter() {
        return measure == Measure.COST;
    }

    /** "gemm n=1024" */
    public String label() {
        return workload + " " + variant;
    }
}
