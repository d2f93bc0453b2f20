package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Polynomial decay of the lr to zero over {@code totalIters} epochs. PyTorch: {@code PolynomialLR(optimizer,
 * total_iters=5, power=1.0, last_epoch=-1)}.
 */
public class PolynomialLR extends LRScheduler {
    private int totalIters;
    private double power;

    /** PyTorch: {@code PolynomialLR(optimizer)}. */
    public PolynomialLR(Optimizer optimizer) {
        this(optimizer, 5, 1.0, -1);
    }

    /** PyTorch: {@code PolynomialLR(optimizer, total_iters, power)}. */
    public PolynomialLR(Optimizer optimizer, int totalIters, double power) {
        this(optimizer, totalIters, power, -1);
    }

    /** PyTorch: {@code PolynomialLR(optimizer, total_iters, power, last_epoch)}. */
    public PolynomialLR(Optimizer optimizer, int totalIters, double power, int lastEpoch) {
        super(optimizer, lastEpoch);
        this.totalIters = totalIters;
        this.power = power;
        initialStep();
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        double decay = lastEpoch == 0 || lastEpoch > totalIters ? 1
                : Math.pow((1.0 - (double) lastEpoch / totalIters) / (1.0 - (double) (lastEpoch - 1) / totalIters), power);
        for (double lr : currentLrs()) {
            out.add(lastEpoch == 0 || lastEpoch > totalIters ? lr : lr * decay);
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(b * Math.pow(1.0 - (double) Math.min(totalIters, lastEpoch) / totalIters, power));
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("total_iters", totalIters);
        state.put("power", power);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        totalIters = integer(state, "total_iters");
        power = number(state, "power");
    }
}
