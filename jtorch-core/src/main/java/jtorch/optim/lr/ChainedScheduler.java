package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps several schedulers of one optimizer together, so their chainable forms compose.
 * PyTorch: {@code ChainedScheduler(schedulers)}.
 */
public class ChainedScheduler extends LRScheduler {
    private final List<LRScheduler> schedulers;

    /** PyTorch: {@code ChainedScheduler([scheduler1, scheduler2, ...])}. */
    public ChainedScheduler(List<LRScheduler> schedulers) {
        super(schedulers.get(0).optimizer, -1);
        for (int i = 1; i < schedulers.size(); i++) {
            if (schedulers.get(i).optimizer != schedulers.get(0).optimizer) {
                throw new IllegalArgumentException("ChainedScheduler expects all schedulers to belong to the same "
                        + "optimizer, but got schedulers at index 0 and " + i + " to be different");
            }
        }
        this.schedulers = List.copyOf(schedulers);
        setLastLr(currentLrs());
    }

    @Override
    protected List<Double> getLr() {
        return currentLrs();
    }

    /** Steps every scheduler in order. PyTorch: {@code ChainedScheduler.step()}. */
    @Override
    public void step() {
        for (LRScheduler s : schedulers) {
            s.step();
        }
        setLastLr(currentLrs());
    }

    /** PyTorch's keys: {@code _last_lr}, {@code _schedulers}. */
    @Override
    public Map<String, Object> stateDict() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("_last_lr", new ArrayList<>(getLastLr()));
        s.put("_schedulers", SequentialLR.innerStates(schedulers));
        return s;
    }

    @Override
    public void loadStateDict(Map<String, ?> state) {
        state = updated(stateDict(), state);
        setLastLr(doubles(state, "_last_lr"));
        SequentialLR.loadInnerStates(schedulers, state);
    }
}
