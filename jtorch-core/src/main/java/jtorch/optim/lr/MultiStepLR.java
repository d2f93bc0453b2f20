package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Multiplies the learning rate by {@code gamma} at each milestone epoch (a milestone listed twice counts twice).
 * PyTorch: {@code torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones, gamma=0.1, last_epoch=-1)}.
 */
public class MultiStepLR extends LRScheduler {
    private List<Integer> milestones;
    private double gamma;

    /** PyTorch: {@code MultiStepLR(optimizer, milestones)}. */
    public MultiStepLR(Optimizer optimizer, List<Integer> milestones) {
        this(optimizer, milestones, 0.1, -1);
    }

    /** PyTorch: {@code MultiStepLR(optimizer, milestones, gamma)}. */
    public MultiStepLR(Optimizer optimizer, List<Integer> milestones, double gamma) {
        this(optimizer, milestones, gamma, -1);
    }

    /** PyTorch: {@code MultiStepLR(optimizer, milestones, gamma, last_epoch)}. */
    public MultiStepLR(Optimizer optimizer, List<Integer> milestones, double gamma, int lastEpoch) {
        super(optimizer, lastEpoch);
        this.milestones = milestones.stream().sorted().toList();
        this.gamma = gamma;
        initialStep();
    }

    @Override
    protected List<Double> getLr() {
        int count = (int) milestones.stream().filter(m -> m == lastEpoch).count();
        List<Double> out = new ArrayList<>();
        for (double lr : currentLrs()) {
            out.add(count == 0 ? lr : lr * Math.pow(gamma, count));
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        int passed = (int) milestones.stream().filter(m -> m <= lastEpoch).count();
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(b * Math.pow(gamma, passed));
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        // PyTorch keeps collections.Counter(milestones); a dict of the same counts works alike in its get_lr
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        milestones.forEach(m -> counts.merge(m, 1, Integer::sum));
        state.put("milestones", counts);
        state.put("gamma", gamma);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        if (!(value(state, "milestones") instanceof Map<?, ?> counts)) {
            throw new IllegalArgumentException("scheduler state_dict: 'milestones' is not a Counter: "
                    + state.get("milestones"));
        }
        List<Integer> ms = new ArrayList<>();
        counts.forEach((m, c) -> {
            for (int i = 0; i < ((Number) c).intValue(); i++) {
                ms.add(((Number) m).intValue());
            }
        });
        milestones = ms.stream().sorted().toList();
        gamma = number(state, "gamma");
    }
}
