package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;

/**
 * Base class of the epoch-driven learning-rate schedulers. PyTorch 1.13: {@code torch.optim.lr_scheduler._LRScheduler(
 * optimizer, last_epoch=-1)}.
 *
 * <p>Construction records each group's {@code initial_lr} and takes the first step (epoch 0). {@link #step()} uses
 * the chainable form (each new lr computed from the group's current lr, so schedulers compose);
 * {@link #step(int)} jumps to an epoch with the closed form where PyTorch has one. Usage, once per epoch after
 * {@code optimizer.step()}:
 *
 * <pre>{@code
 * var scheduler = new StepLR(optimizer, 30, 0.1);
 * for (int epoch = 0; epoch < 100; epoch++) {
 *     train(...);            // calls optimizer.step()
 *     scheduler.step();
 * }
 * }</pre>
 */
public abstract class LRScheduler {
    /** The scheduled optimizer. */
    protected final Optimizer optimizer;
    /** The groups' initial learning rates (PyTorch: {@code base_lrs}). */
    protected List<Double> baseLrs;
    /** PyTorch: {@code last_epoch}. */
    protected int lastEpoch;
    /** PyTorch: {@code _step_count}. */
    protected int stepCount;
    private List<Double> lastLr = new ArrayList<>();

    /** PyTorch: {@code _LRScheduler.__init__(optimizer, last_epoch)}; subclasses call {@link #initialStep()} last. */
    protected LRScheduler(Optimizer optimizer, int lastEpoch) {
        this.optimizer = optimizer;
        List<ParamGroup> groups = optimizer.paramGroups();
        if (lastEpoch == -1) {
            for (ParamGroup g : groups) {
                if (!g.has("initial_lr")) {
                    g.set("initial_lr", g.lr());
                }
            }
        } else {
            for (int i = 0; i < groups.size(); i++) {
                if (!groups.get(i).has("initial_lr")) {
                    throw new IllegalArgumentException("param 'initial_lr' is not specified in param_groups[" + i
                            + "] when resuming an optimizer");
                }
            }
        }
        baseLrs = new ArrayList<>();
        for (ParamGroup g : groups) {
            baseLrs.add(g.getDouble("initial_lr"));
        }
        this.lastEpoch = lastEpoch;
        this.optimizerStepsAtInit = optimizer.stepCount();
    }

    // PyTorch resets optimizer._step_count when a scheduler is created; the count at creation stands in for it
    private final int optimizerStepsAtInit;

    /**
     * PyTorch's warning when the first {@code scheduler.step()} after construction comes before any
     * {@code optimizer.step()}; subclasses overriding {@code step} call it before counting the step.
     */
    protected void warnIfBeforeOptimizerStep() {
        if (stepCount == 1 && optimizer.stepCount() == optimizerStepsAtInit) {
            // attributed to one line of torch/optim/lr_scheduler.py by PyTorch: shown once per process
            jtorch.Warnings.warnOnce("Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch "
                    + "1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before "
                    + "`lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of "
                    + "the learning rate schedule. See more details at "
                    + "https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate");
        }
    }

    /** The first step, at construction. PyTorch: {@code _LRScheduler._initial_step()}. */
    protected void initialStep() {
        stepCount = 0;
        step();
    }

    /** The optimizer whose learning rates this scheduler sets. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The chainable-form learning rates for {@link #lastEpoch}. PyTorch: {@code get_lr()}. */
    protected abstract List<Double> getLr();

    /** The closed-form learning rates for {@link #lastEpoch}, or null when there is none. PyTorch: {@code _get_closed_form_lr()}. */
    protected List<Double> closedFormLr() {
        return null;
    }

    /** Advances one epoch. PyTorch: {@code scheduler.step()}. */
    public void step() {
        warnIfBeforeOptimizerStep();
        stepCount++;
        lastEpoch++;
        apply(getLr());
    }

    /** Jumps to {@code epoch} (closed form where available; deprecated in PyTorch). PyTorch: {@code scheduler.step(epoch)}. */
    public void step(int epoch) {
        warnIfBeforeOptimizerStep();
        stepCount++;
        lastEpoch = epoch;
        List<Double> closed = closedFormLr();
        apply(closed != null ? closed : getLr());
    }

    /** Writes the learning rates into the optimizer's groups. */
    protected void apply(List<Double> lrs) {
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < groups.size() && i < lrs.size(); i++) {
            groups.get(i).lr(lrs.get(i));
        }
        lastLr = currentLrs();
    }

    /** The groups' learning rates now. */
    protected List<Double> currentLrs() {
        List<Double> out = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            out.add(g.lr());
        }
        return out;
    }

    /** Records what {@code get_last_lr()} returns. */
    protected void setLastLr(List<Double> lrs) {
        lastLr = new ArrayList<>(lrs);
    }

    /** The learning rates of the last step. PyTorch: {@code scheduler.get_last_lr()}. */
    public List<Double> getLastLr() {
        return List.copyOf(lastLr);
    }

    /** The epoch of the last step. PyTorch: {@code scheduler.last_epoch}. */
    public int lastEpoch() {
        return lastEpoch;
    }

    /**
     * PyTorch 1.13's {@code scheduler.state_dict()}: every attribute but the optimizer, in PyTorch's order — the
     * subclass's constructor arguments and counters ({@link #putAttributes}), then {@code base_lrs},
     * {@code last_epoch}, {@code verbose}, {@code _step_count}, {@code _get_lr_called_within_step} and
     * {@code _last_lr}. Attributes holding Python functions (CyclicLR's {@code _scale_fn_ref}, OneCycleLR's
     * {@code anneal_func}) are left out: their values cannot be written, and PyTorch's {@code load_state_dict} then
     * keeps the constructed scheduler's.
     */
    public Map<String, Object> stateDict() {
        Map<String, Object> s = new LinkedHashMap<>();
        putAttributes(s);
        s.put("base_lrs", new ArrayList<>(baseLrs));
        s.put("last_epoch", lastEpoch);
        s.put("verbose", false);
        s.put("_step_count", stepCount);
        s.put("_get_lr_called_within_step", false);
        s.put("_last_lr", new ArrayList<>(lastLr));
        return s;
    }

    /**
     * Restores {@link #stateDict()} or a PyTorch scheduler's {@code state_dict()}: as PyTorch's
     * {@code __dict__.update(state_dict)}, the saved constructor arguments replace the constructed ones and a key
     * the map lacks keeps its current value. PyTorch: {@code scheduler.load_state_dict(state_dict)}.
     *
     * @throws IllegalArgumentException if a value is of the wrong type
     */
    public void loadStateDict(Map<String, ?> state) {
        state = updated(stateDict(), state);
        loadAttributes(state);
        baseLrs = doubles(state, "base_lrs");
        lastEpoch = integer(state, "last_epoch");
        stepCount = integer(state, "_step_count");
        lastLr = doubles(state, "_last_lr");
    }

    /** Puts the subclass's attributes that PyTorch's state dict holds before {@code base_lrs}. */
    protected void putAttributes(Map<String, Object> state) {
    }

    /** Restores what {@link #putAttributes} put. */
    protected void loadAttributes(Map<String, ?> state) {
    }

    /** {@code current} updated with {@code saved}, as {@code __dict__.update(saved)}. */
    static Map<String, ?> updated(Map<String, Object> current, Map<String, ?> saved) {
        current.putAll(saved);
        return current;
    }

    static Object value(Map<String, ?> state, String key) {
        if (!state.containsKey(key)) {
            throw new IllegalArgumentException("scheduler state_dict has no '" + key + "' (keys: " + state.keySet() + ")");
        }
        return state.get(key);
    }

    static double number(Map<String, ?> state, String key) {
        if (!(value(state, key) instanceof Number n)) {
            throw new IllegalArgumentException("scheduler state_dict: '" + key + "' is not a number: " + state.get(key));
        }
        return n.doubleValue();
    }

    static int integer(Map<String, ?> state, String key) {
        if (!(value(state, key) instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("scheduler state_dict: '" + key + "' is not an int: " + state.get(key));
        }
        return n.intValue();
    }

    static List<Double> doubles(Map<String, ?> state, String key) {
        if (!(value(state, key) instanceof List<?> l)) {
            throw new IllegalArgumentException("scheduler state_dict: '" + key + "' is not a list: " + state.get(key));
        }
        List<Double> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof Number n)) {
                throw new IllegalArgumentException("scheduler state_dict: '" + key + "' holds " + o);
            }
            out.add(n.doubleValue()); // PyTorch's lists may hold ints (an lr of 1, a min_lr of 0)
        }
        return out;
    }

    /** {@code value} for each group, or the list checked against the group count. */
    static List<Double> perGroup(Optimizer optimizer, String name, List<Double> values) {
        int n = optimizer.paramGroups().size();
        if (values.size() == 1 && n != 1) {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(values.get(0));
            }
            return out;
        }
        if (values.size() != n) {
            throw new IllegalArgumentException("expected " + n + " values for " + name + ", got " + values.size());
        }
        return new ArrayList<>(values);
    }
}
