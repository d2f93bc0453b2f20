package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/** Multiplies the learning rate by {@code gamma} every epoch. PyTorch: {@code ExponentialLR(optimizer, gamma, last_epoch=-1)}. */
public class ExponentialLR extends LRScheduler {
    private double gamma;

    /** PyTorch: {@code ExponentialLR(optimizer, gamma)}. */
    public ExponentialLR(Optimizer optimizer, double gamma) {
        this(optimizer, gamma, -1);
    }

    /** PyTorch: {@code ExponentialLR(optimizer, gamma, last_epoch)}. */
    public ExponentialLR(Optimizer optimizer, double gamma, int lastEpoch) {
        super(optimizer, lastEpoch);
        this.gamma = gamma;
        initialStep();
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        for (double lr : currentLrs()) {
            out.add(lastEpoch == 0 ? lr : lr * gamma);
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(b * Math.pow(gamma, lastEpoch));
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("gamma", gamma);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        gamma = number(state, "gamma");
    }
}
