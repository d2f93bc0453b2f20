package jtorch.bench;

/**
 * One timed configuration: a workload, its variant (e.g. {@code n=1024}, {@code exp}) and the thread
 * count jtorch runs it with. {@code workPerOp} converts seconds per op into the reported figure:
 * {@code figure = workPerOp / secondsPerOp / scale} (flops for GFLOP/s, bytes for GB/s, 1 for steps/s).
 */
public record Case(String workload, String variant, int threads, String unit, double workPerOp, double scale) {

    /** The figure (GFLOP/s, GB/s, steps/s) for a measured time per op. */
    public double figure(double secondsPerOp) {
        return workPerOp / secondsPerOp / scale;
    }

    /** "gemm n=1024" */
    public String label() {
        return workload + " " + variant;
    }
}
