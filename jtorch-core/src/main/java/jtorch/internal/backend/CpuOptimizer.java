package jtorch.internal.backend;

import jtorch.internal.kernels.OptimizerSteps;
import jtorch.internal.kernels.Parallel;

/**
 * The fused optimizer updates on the CPU: the operands' arrays handed to {@link OptimizerSteps}, split over the
 * threads in whole grains for large parameters (elementwise, so the split changes no result).
 */
final class CpuOptimizer {
    private CpuOptimizer() {
    }

    static void step(OptimizerSteps.Step step, Strided p, Strided grad, Strided[] state) {
        float[] pd = (float[]) p.storage().data();
        float[] gd = (float[]) grad.storage().data();
        float[][] sd = new float[state.length][];
        int[] so = new int[state.length];
        for (int i = 0; i < state.length; i++) {
            if (state[i] != null) {
                sd[i] = (float[]) state[i].storage().data();
                so[i] = state[i].offset();
            }
        }
        OptimizerSteps steps = OptimizerSteps.get();
        Parallel.forRange(p.numel(), Parallel.GRAIN, Parallel.GRAIN,
                (from, to) -> steps.run(step, pd, p.offset(), gd, grad.offset(), sd, so, from, to));
    }
}
