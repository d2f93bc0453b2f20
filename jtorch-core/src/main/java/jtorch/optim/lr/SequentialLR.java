package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;

/**
 * Runs schedulers one after another, switching at the milestones (each scheduler restarts at epoch 0).
 * PyTorch: {@code SequentialLR(optimizer, schedulers, milestones, last_epoch=-1)}.
 *
 * <pre>{@code
 * var warmUp = new LinearLR(opt, 0.1, 1.0, 5);
 * var decay = new ExponentialLR(opt, 0.9);
 * var scheduler = new SequentialLR(opt, List.of(warmUp, decay), List.of(5));
 * }</pre>
 */
public class SequentialLR extends LRScheduler {
    private final List<LRScheduler> schedulers;
    private List<Integer> milestones;

    /** PyTorch: {@code SequentialLR(optimizer, schedulers, milestones)}. */
    public SequentialLR(Optimizer optimizer, List<LRScheduler> schedulers, List<Integer> milestones) {
        this(optimizer, schedulers, milestones, -1);
    }

    /** PyTorch: {@code SequentialLR(optimizer, schedulers, milestones, last_epoch)}. */
    public SequentialLR(Optimizer optimizer, List<LRScheduler> schedulers, List<Integer> milestones, int lastEpoch) {
        super(optimizer, -1);
        for (int i = 0; i < schedulers.size(); i++) {
            if (schedulers.get(i).optimizer != optimizer) {
                throw new IllegalArgumentException("Sequential Schedulers expects all schedulers to belong to the same "
                        + "optimizer, but got schedulers at index " + i
                        + " to be different than the optimizer passed in.");
            }
        }
        if (milestones.size() != schedulers.size() - 1) {
            throw new IllegalArgumentException("Sequential Schedulers expects number of schedulers provided to be one "
                    + "more than the number of milestone points, but got number of schedulers " + schedulers.size()
                    + " and the number of milestones to be equal to " + milestones.size());
        }
        this.schedulers = List.copyOf(schedulers);
        this.milestones = List.copyOf(milestones);
        this.lastEpoch = lastEpoch + 1;
        for (ParamGroup g : optimizer.paramGroups()) {
            g.lr(g.getDouble("initial_lr"));
        }
        for (LRScheduler s : schedulers) {
            s.lastEpoch -= 1;
        }
        schedulers.get(0).initialStep();
        setLastLr(schedulers.get(0).getLastLr());
    }

    @Override
    protected List<Double> getLr() {
        return currentLrs();
    }

    /** Steps the scheduler of the current phase. PyTorch: {@code SequentialLR.step()}. */
    @Override
    public void step() {
        lastEpoch++;
        int idx = 0;
        while (idx < milestones.size() && milestones.get(idx) <= lastEpoch) {
            idx++;
        }
        LRScheduler s = schedulers.get(idx);
        if (idx > 0 && milestones.get(idx - 1) == lastEpoch) {
            s.step(0);
        } else {
            s.step();
        }
        setLastLr(s.getLastLr());
    }

    /** PyTorch: {@code SequentialLR.state_dict()}, with each scheduler's state under {@code _schedulers}. */
    /** PyTorch's keys: {@code _milestones}, {@code last_epoch}, {@code _last_lr}, {@code _schedulers}. */
    @Override
    public Map<String, Object> stateDict() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("_milestones", new ArrayList<>(milestones));
        s.put("last_epoch", lastEpoch);
        s.put("_last_lr", new ArrayList<>(getLastLr()));
        s.put("_schedulers", innerStates(schedulers));
        return s;
    }

    @Override
    public void loadStateDict(Map<String, ?> state) {
        state = updated(stateDict(), state);
        if (!(value(state, "_milestones") instanceof List<?> ms)) {
            throw new IllegalArgumentException("scheduler state_dict: '_milestones' is not a list");
        }
        List<Integer> loaded = new ArrayList<>();
        for (Object m : ms) {
            loaded.add(((Number) m).intValue());
        }
        milestones = List.copyOf(loaded);
        lastEpoch = integer(state, "last_epoch");
        setLastLr(doubles(state, "_last_lr"));
        loadInnerStates(schedulers, state);
    }

    static List<Object> innerStates(List<LRScheduler> schedulers) {
        List<Object> inner = new ArrayList<>();
        for (LRScheduler sc : schedulers) {
            inner.add(sc.stateDict());
        }
        return inner;
    }

    @SuppressWarnings("unchecked")
    static void loadInnerStates(List<LRScheduler> schedulers, Map<String, ?> state) {
        if (!(value(state, "_schedulers") instanceof List<?> inner) || inner.size() != schedulers.size()) {
            throw new IllegalArgumentException("scheduler state_dict: '_schedulers' must hold " + schedulers.size()
                    + " state dicts, got " + state.get("_schedulers"));
        }
        for (int i = 0; i < schedulers.size(); i++) {
            schedulers.get(i).loadStateDict((Map<String, ?>) inner.get(i));
        }
    }
}
