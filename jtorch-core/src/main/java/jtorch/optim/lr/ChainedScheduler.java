package jtorch.optim.lr;

import java.util.ArrayList;
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

    @Override
    public Map<String, Object> stateDict() {
        Map<String, Object> s = super.stateDict();
        List<Object> inner = new ArrayList<>();
        for (LRScheduler sc : schedulers) {
            inner.add(sc.stateDict());
        }
        s.put("_schedulers", inner);
        return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void loadStateDict(Map<String, ?> state) {
        super.loadStateDict(state);
        List<Map<String, Object>> inner = (List<Map<String, Object>>) state.get("_schedulers");
        for (int i = 0; i < schedulers.size(); i++) {
            schedulers.get(i).loadStateDict(inner.get(i));
        }
    }
}
