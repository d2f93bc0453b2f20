package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Scales the lr linearly from {@code startFactor} to {@code endFactor} over {@code totalIters} epochs.
 * PyTorch: {@code LinearLR(optimizer, start_factor=1/3, end_factor=1.0, total_iters=5, last_epoch=-1)}.
 */
public class LinearLR extends LRScheduler {
    private double startFactor;
    private double endFactor;
    private int totalIters;

    /** PyTorch: {@code LinearLR(optimizer)}. */
    public LinearLR(Optimizer optimizer) {
        this(optimizer, 1.0 / 3, 1.0, 5, -1);
    }

    /** PyTorch: {@code LinearLR(optimizer, start_factor, end_factor, total_iters)}. */
    public LinearLR(Optimizer optimizer, double startFactor, double endFactor, int totalIters) {
        this(optimizer, startFactor, endFactor, totalIters, -1);
    }

    /** PyTorch: {@code LinearLR(optimizer, start_factor, end_factor, total_iters, last_epoch)}. */
    public LinearLR(Optimizer optimizer, double startFactor, double endFactor, int totalIters, int lastEpoch) {
        super(optimizer, check(startFactor, endFactor, lastEpoch));
        this.startFactor = startFactor;
        this.endFactor = endFactor;
        this.totalIters = totalIters;
        initialStep();
    }

    private static int check(double start, double end, int lastEpoch) {
        if (start > 1.0 || start < 0) {
            throw new IllegalArgumentException("Starting multiplicative factor expected to be between 0 and 1.");
        }
        if (end > 1.0 || end < 0) {
            throw new IllegalArgumentException("Ending multiplicative factor expected to be between 0 and 1.");
        }
        return lastEpoch;
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        for (double lr : currentLrs()) {
            if (lastEpoch == 0) {
                out.add(lr * startFactor);
            } else if (lastEpoch > totalIters) {
                out.add(lr);
            } else {
                out.add(lr * (1. + (endFactor - startFactor)
                        / (totalIters * startFactor + (lastEpoch - 1) * (endFactor - startFactor))));
            }
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(b * (startFactor + (endFactor - startFactor) * Math.min(totalIters, lastEpoch) / totalIters));
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("start_factor", startFactor);
        state.put("end_factor", endFactor);
        state.put("total_iters", totalIters);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        startFactor = number(state, "start_factor");
        endFactor = number(state, "end_factor");
        totalIters = integer(state, "total_iters");
    }
}
