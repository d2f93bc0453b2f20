package jtorch.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Base class of all optimizers. PyTorch: {@code torch.optim.Optimizer(params, defaults)}.
 *
 * <p>An optimizer holds a mutable list of {@link ParamGroup}s (each group: parameters plus
 * hyperparameters, keyed by PyTorch's names) and per-parameter state. A training step:
 *
 * <pre>{@code
 * var optimizer = new SGD(net.parameters(), SGD.options(0.01).momentum(0.9).weightDecay(1e-4));
 * optimizer.zeroGrad();
 * loss.backward();
 * optimizer.step();
 * }</pre>
 *
 * Parameter groups (different learning rates for different layers) are passed as a list of groups,
 * see {@link ParamGroup}.
 */
public abstract class Optimizer {
    private final Map<String, Object> defaults;
    private final List<ParamGroup> paramGroups = new ArrayList<>();
    private final Map<Tensor, Map<String, Object>> state = new IdentityHashMap<>();

    /** One group of all {@code params}. PyTorch: {@code Optimizer(params, defaults)} with an iterable of tensors. */
    protected Optimizer(Iterable<? extends Tensor> params, Map<String, Object> defaults) {
        this.defaults = new LinkedHashMap<>(defaults);
        List<Tensor> list = new ArrayList<>();
        for (Tensor p : params) {
            list.add(p);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        }
        addParamGroup(new ParamGroup(list));
    }

    /** Several groups. PyTorch: {@code Optimizer(params, defaults)} with an iterable of dicts. */
    protected Optimizer(List<ParamGroup> groups, Map<String, Object> defaults) {
        this.defaults = new LinkedHashMap<>(defaults);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        }
        for (ParamGroup g : groups) {
            addParamGroup(g);
        }
    }

    /** The default hyperparameters, keyed by PyTorch's names. PyTorch: {@code optimizer.defaults}. */
    public Map<String, Object> defaults() {
        return Collections.unmodifiableMap(defaults);
    }

    /** The parameter groups, readable and writable (schedulers set {@code lr} here). PyTorch: {@code optimizer.param_groups}. */
    public List<ParamGroup> paramGroups() {
        return paramGroups;
    }

    /** Per-parameter state, keyed by the parameter tensor. PyTorch: {@code optimizer.state}. */
    public Map<Tensor, Map<String, Object>> state() {
        return state;
    }

    /** The state of one parameter, created empty on first use. PyTorch: {@code optimizer.state[p]}. */
    public Map<String, Object> state(Tensor p) {
        return state.computeIfAbsent(p, k -> new LinkedHashMap<>());
    }

    /**
     * Adds a group; hyperparameters it does not set take the optimizer's defaults.
     * PyTorch: {@code Optimizer.add_param_group(param_group)}.
     */
    public void addParamGroup(ParamGroup group) {
        for (Tensor p : group.params()) {
            if (!p.isLeaf()) {
                throw new IllegalArgumentException("can't optimize a non-leaf Tensor");
            }
        }
        for (Map.Entry<String, Object> e : defaults.entrySet()) {
            if (e.getValue() == REQUIRED && !group.has(e.getKey())) {
                throw new IllegalArgumentException(
                        "parameter group didn't specify a value of required optimization parameter " + e.getKey());
            }
            if (!group.has(e.getKey())) {
                group.set(e.getKey(), e.getValue());
            }
        }
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ParamGroup g : paramGroups) {
            seen.addAll(g.params());
        }
        for (Tensor p : group.params()) {
            if (seen.contains(p)) {
                throw new IllegalArgumentException("some parameters appear in more than one parameter group");
            }
        }
        paramGroups.add(group);
    }

    /** Marker for a hyperparameter without default (PyTorch's {@code required}, e.g. SGD's lr). */
    protected static final Object REQUIRED = new Object() {
        @Override
        public String toString() {
            return "<required parameter>";
        }
    };

    /** Zeroes the gradients of all parameters (keeps the tensors). PyTorch 1.13: {@code zero_grad(set_to_none=False)}. */
    public void zeroGrad() {
        zeroGrad(false);
    }

    /**
     * Resets the gradients: to null when {@code setToNone}, else zeroes them in place.
     * PyTorch: {@code Optimizer.zero_grad(set_to_none)}.
     */
    public void zeroGrad(boolean setToNone) {
        for (ParamGroup g : paramGroups) {
            for (Tensor p : g.params()) {
                Tensor grad = p.grad();
                if (grad == null) {
                    continue;
                }
                if (setToNone) {
                    p.setGrad(null);
                } else {
                    if (grad.gradFn() != null) {
                        grad.detach_();
                    } else {
                        grad.requiresGrad_(false);
                    }
                    grad.zero_();
                }
            }
        }
    }

    private int stepCount;

    /**
     * How many times {@code step} has run (learning-rate schedulers read it to warn when they step first).
     * PyTorch: {@code optimizer._step_count}, counted from creation rather than from the scheduler's.
     */
    public int stepCount() {
        return stepCount;
    }

    /** Subclasses that override {@code step(closure)} without calling it count their steps here. */
    protected void countStep() {
        stepCount++;
    }

    /** One optimization step. PyTorch: {@code optimizer.step()}. Returns null (no closure, no loss). */
    public Tensor step() {
        return step(null);
    }

    /**
     * One optimization step; {@code closure} (may be null) re-evaluates the model with gradients enabled
     * and returns the loss, which this method returns. PyTorch: {@code optimizer.step(closure)}.
     */
    public Tensor step(Supplier<Tensor> closure) {
        stepCount++;
        Tensor loss = null;
        if (closure != null) {
            try (var g = Torch.enableGrad()) {
                loss = closure.get();
            }
        }
        try (var g = Torch.noGrad()) {
            for (ParamGroup group : paramGroups) {
                update(group);
            }
        }
        return loss;
    }

    /** Applies this optimizer's update to the parameters of one group that have gradients (grad mode is off). */
    protected abstract void update(ParamGroup group);

    /**
     * The optimizer's state as PyTorch structures it: {@code "state"} maps each parameter's index
     * (counted over all groups in order) to its state map; {@code "param_groups"} lists each group's
     * hyperparameters with {@code "params"} as a list of indices. The tensors are the live state (not
     * copies), as in PyTorch. PyTorch: {@code optimizer.state_dict()}.
     */
    public Map<String, Object> stateDict() {
        Map<Tensor, Integer> index = new IdentityHashMap<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        int next = 0;
        for (ParamGroup g : paramGroups) {
            Map<String, Object> packed = new LinkedHashMap<>();
            for (String k : g.keys()) {
                packed.put(k, copyValue(g.get(k), false));
            }
            List<Integer> ids = new ArrayList<>();
            for (Tensor p : g.params()) {
                if (!index.containsKey(p)) {
                    index.put(p, next++);
                }
                ids.add(index.get(p));
            }
            packed.put("params", ids);
            groups.add(packed);
        }
        Map<Integer, Map<String, Object>> packedState = new LinkedHashMap<>();
        for (ParamGroup g : paramGroups) {
            for (Tensor p : g.params()) {
                Map<String, Object> s = state.get(p);
                if (s != null) {
                    packedState.put(index.get(p), new LinkedHashMap<>(s));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", packedState);
        out.put("param_groups", groups);
        return out;
    }

    /**
     * Loads a state produced by {@link #stateDict()} (of this or another optimizer of the same structure).
     * Tensors are copied, and cast to their parameter's dtype except {@code step}. PyTorch:
     * {@code optimizer.load_state_dict(state_dict)}.
     */
    @SuppressWarnings("unchecked")
    public void loadStateDict(Map<String, ?> stateDict) {
        List<Map<String, Object>> saved = (List<Map<String, Object>>) stateDict.get("param_groups");
        if (saved.size() != paramGroups.size()) {
            throw new IllegalArgumentException("loaded state dict has a different number of parameter groups");
        }
        Map<Integer, Tensor> idMap = new LinkedHashMap<>();
        for (int i = 0; i < saved.size(); i++) {
            List<?> ids = (List<?>) saved.get(i).get("params");
            List<Tensor> ps = paramGroups.get(i).params();
            if (ids.size() != ps.size()) {
                throw new IllegalArgumentException(
                        "loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
            }
            for (int j = 0; j < ids.size(); j++) {
                idMap.put(((Number) ids.get(j)).intValue(), ps.get(j));
            }
        }
        Map<Object, Map<String, Object>> savedState = (Map<Object, Map<String, Object>>) stateDict.get("state");
        state.clear();
        for (Map.Entry<Object, Map<String, Object>> e : savedState.entrySet()) {
            Object k = e.getKey();
            int id = k instanceof Number n ? n.intValue() : Integer.parseInt(k.toString());
            Tensor p = idMap.get(id);
            if (p == null) {
                continue;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            for (Map.Entry<String, Object> v : e.getValue().entrySet()) {
                Object value = v.getValue();
                if (value instanceof Tensor t && !"step".equals(v.getKey()) && t.isFloatingPoint()) {
                    s.put(v.getKey(), t.to(p.dtype()).clone());
                } else {
                    s.put(v.getKey(), copyValue(value, true));
                }
            }
            state.put(p, s);
        }
        for (int i = 0; i < saved.size(); i++) {
            ParamGroup g = paramGroups.get(i);
            for (Map.Entry<String, Object> e : saved.get(i).entrySet()) {
                if (!"params".equals(e.getKey())) {
                    g.set(e.getKey(), copyValue(e.getValue(), true));
                }
            }
        }
    }

    private static Object copyValue(Object v, boolean cloneTensors) {
        if (v instanceof Tensor t) {
            return cloneTensors ? t.clone() : t;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(copyValue(o, cloneTensors));
            }
            return out;
        }
        return v;
    }

    // ---- helpers for subclasses ----

    /**
     * Keyword arguments shared by the optimizers with a weight decay: {@code lr}, {@code weight_decay} and
     * {@code maximize}; each such optimizer's {@code Options} extends it, adds its own arguments and lays out its
     * {@code defaults} in PyTorch's key order. The defaults of {@code lr} and {@code weight_decay} are each
     * optimizer's own (see its {@code options()}); {@code maximize} defaults to False.
     *
     * @param <O> the concrete options type, returned by the fluent setters
     */
    public abstract static class Options<O extends Options<O>> {
        double lr;
        double weightDecay;
        boolean maximize;

        Options(double lr, double weightDecay) {
            this.lr = lr;
            this.weightDecay = weightDecay;
        }

        @SuppressWarnings("unchecked")
        final O self() {
            return (O) this;
        }

        /** PyTorch: {@code lr=}: the learning rate. */
        public O lr(double v) {
            lr = v;
            return self();
        }

        /** PyTorch: {@code weight_decay=}: the L2 penalty (AdamW: the decoupled decay). */
        public O weightDecay(double v) {
            weightDecay = v;
            return self();
        }

        /** PyTorch: {@code maximize=False}: maximize the objective instead of minimizing it. */
        public O maximize(boolean v) {
            maximize = v;
            return self();
        }

        /** PyTorch's {@code ValueError("Invalid learning rate: ...")} for a negative (or NaN) {@code lr}. */
        void checkLr() {
            check(0.0 <= lr, "Invalid learning rate: " + py(lr));
        }

        /** PyTorch's {@code ValueError("Invalid weight_decay value: ...")} for a negative (or NaN) weight decay. */
        void checkWeightDecay() {
            check(0.0 <= weightDecay, "Invalid weight_decay value: " + py(weightDecay));
        }
    }

    /**
     * Runs {@code body(p, p.grad)} for each parameter of {@code group} that has a gradient, in order: the loop
     * of every PyTorch optimizer's {@code step}, {@code for p in group['params']: if p.grad is not None: ...}.
     */
    protected static void forEachWithGrad(ParamGroup group, BiConsumer<Tensor, Tensor> body) {
        for (Tensor p : group.params()) {
            Tensor grad = p.grad();
            if (grad != null) {
                body.accept(p, grad);
            }
        }
    }

    /**
     * Increments the int {@code step} of {@code p}'s state, created at 1 (PyTorch 1.13 keeps RMSprop's,
     * Adadelta's and Rprop's step as a Python int: {@code state['step'] += 1}).
     */
    protected void incrementIntStep(Tensor p) {
        state(p).merge("step", 1, (a, b) -> ((Integer) a) + 1);
    }

    /** The state tensor {@code key} of {@code p}, created by {@code init} on first use. */
    protected Tensor stateTensor(Tensor p, String key, Supplier<Tensor> init) {
        Map<String, Object> s = state(p);
        Tensor t = (Tensor) s.get(key);
        if (t == null) {
            t = init.get();
            s.put(key, t);
        }
        return t;
    }

    /** Increments a float32 0-d {@code step} tensor (PyTorch 1.13 keeps steps as {@code torch.tensor(0.)}) and returns it. */
    protected double incrementStep(Tensor p) {
        Tensor step = stateTensor(p, "step", () -> Torch.scalarTensor(0.0, DType.FLOAT32));
        step.add_(1.0);
        return step.item();
    }

    /** {@code "Invalid <what> value: <v>"} unless {@code ok}. */
    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Python's {@code str(v)} for messages. */
    static String py(double v) {
        return PyFloat.repr(v);
    }

    /** Python's {@code (a, b)}, stored as a list as PyTorch's state_dict keeps a tuple. */
    static List<Double> pair(double a, double b) {
        return List.of(a, b);
    }
}
