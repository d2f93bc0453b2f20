package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Multiplies the learning rate by {@code gamma} every {@code stepSize} epochs. PyTorch:
 * {@code torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1)}.
 */
public class StepLR extends LRScheduler {
    private int stepSize;
    private double gamma;

    /** PyTorch: {@code StepLR(optimizer, step_size)}. */
    public StepLR(Optimizer optimizer, int stepSize) {
        this(optimizer, stepSize, 0.1, -1);
    }

    /** PyTorch: {@code StepLR(optimizer, step_size, gamma)}. */
    public StepLR(Optimizer optimizer, int stepSize, double gamma) {
        this(optimizer, stepSize, gamma, -1);
    }

    /** PyTorch: {@code StepLR(optimizer, step_size, gamma, last_epoch)}. */
    public StepLR(Optimizer optimizer, int stepSize, double gamma, int lastEpoch) {
        super(optimizer, lastEpoch);
        this.stepSize = stepSize;
        this.gamma = gamma;
        initialStep();
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        for (double lr : currentLrs()) {
            out.add(lastEpoch == 0 || lastEpoch % stepSize != 0 ? lr : lr * gamma);
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(b * Math.pow(gamma, Math.floorDiv(lastEpoch, stepSize)));
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("step_size", stepSize);
        state.put("gamma", gamma);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        stepSize = integer(state, "step_size");
        gamma = number(state, "gamma");
    }
}
