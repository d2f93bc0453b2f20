package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Scales the lr by {@code factor} until epoch {@code totalIters}. PyTorch: {@code ConstantLR(optimizer, factor=1/3,
 * total_iters=5, last_epoch=-1)}.
 */
public class ConstantLR extends LRScheduler {
    private double factor;
    private int totalIters;

    /** PyTorch: {@code ConstantLR(optimizer)}. */
    public ConstantLR(Optimizer optimizer) {
        this(optimizer, 1.0 / 3, 5, -1);
    }

    /** PyTorch: {@code ConstantLR(optimizer, factor, total_iters)}. */
    public ConstantLR(Optimizer optimizer, double factor, int totalIters) {
        this(optimizer, factor, totalIters, -1);
    }

    /** PyTorch: {@code ConstantLR(optimizer, factor, total_iters, last_epoch)}. */
    public ConstantLR(Optimizer optimizer, double factor, int totalIters, int lastEpoch) {
        super(optimizer, check(factor, lastEpoch));
        this.factor = factor;
        this.totalIters = totalIters;
        initialStep();
    }

    private static int check(double factor, int lastEpoch) {
        if (factor > 1.0 || factor < 0) {
            throw new IllegalArgumentException("Constant multiplicative factor expected to be between 0 and 1.");
        }
        return lastEpoch;
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        for (double lr : currentLrs()) {
            if (lastEpoch == 0) {
                out.add(lr * factor);
            } else if (lastEpoch != totalIters) {
                out.add(lr);
            } else {
                out.add(lr * (1.0 / factor));
            }
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(b * (factor + (lastEpoch >= totalIters ? 1 : 0) * (1 - factor)));
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("factor", factor);
        state.put("total_iters", totalIters);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        factor = number(state, "factor");
        totalIters = integer(state, "total_iters");
    }
}
