package jtorch.optim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jtorch.Tensor;

/**
 * One parameter group of an optimizer: its parameters and its hyperparameters, keyed by PyTorch's
 * names ({@code "lr"}, {@code "momentum"}, {@code "weight_decay"}, {@code "betas"}, ...). PyTorch: one
 * dict of {@code optimizer.param_groups}.
 *
 * <p>A group given to an optimizer's constructor or to {@link Optimizer#addParamGroup} only needs the
 * keys it overrides; the optimizer fills in its defaults. The seed's fine-tuning example (base
 * parameters at {@code lr}, {@code fc3} at ten times that):
 *
 * <pre>{@code
 * var optimizer = new SGD(List.of(
 *         ParamGroup.of(baseParams),
 *         ParamGroup.of(net.fc3.parameters()).lr(lr * 10)),
 *     SGD.options(lr).momentum(0.9));
 * }</pre>
 *
 * Schedulers and users read and write hyperparameters here: {@code group.lr()}, {@code group.lr(0.01)},
 * {@code group.get("momentum")}, {@code group.set("momentum", 0.5)}.
 */
public final class ParamGroup {
    private final List<Tensor> params;
    private final Map<String, Object> options = new LinkedHashMap<>();

    /** A group of {@code params} with no overrides yet. PyTorch: {@code {'params': params}}. */
    public ParamGroup(Collection<? extends Tensor> params) {
        this.params = new ArrayList<>(params);
    }

    /** A group of {@code params} with no overrides yet. PyTorch: {@code {'params': params}}. */
    public static ParamGroup of(Collection<? extends Tensor> params) {
        return new ParamGroup(params);
    }

    /** A group of the given tensors. PyTorch: {@code {'params': [p1, p2, ...]}}. */
    public static ParamGroup of(Tensor... params) {
        return new ParamGroup(List.of(params));
    }

    /** The group's parameters (mutable). PyTorch: {@code group['params']}. */
    public List<Tensor> params() {
        return params;
    }

    /** The learning rate. PyTorch: {@code group['lr']}. */
    public double lr() {
        return getDouble("lr");
    }

    /** Sets the learning rate (schedulers do this); returns this group. PyTorch: {@code group['lr'] = lr}. */
    public ParamGroup lr(double lr) {
        options.put("lr", lr);
        return this;
    }

    /** Sets a hyperparameter under PyTorch's name; returns this group. PyTorch: {@code group[key] = value}. */
    public ParamGroup set(String key, Object value) {
        if ("params".equals(key)) {
            throw new IllegalArgumentException("set the parameters through params()");
        }
        options.put(key, value);
        return this;
    }

    /** A hyperparameter (null when absent). PyTorch: {@code group.get(key)}. */
    public Object get(String key) {
        return options.get(key);
    }

    /** Whether the group has the hyperparameter. PyTorch: {@code key in group}. */
    public boolean has(String key) {
        return options.containsKey(key);
    }

    /** A numeric hyperparameter as a double. PyTorch: {@code group[key]}. */
    public double getDouble(String key) {
        Object v = options.get(key);
        if (v == null) {
            throw new IllegalArgumentException("parameter group has no '" + key + "'");
        }
        return ((Number) v).doubleValue();
    }

    /** A numeric hyperparameter as an int. */
    public int getInt(String key) {
        return ((Number) options.get(key)).intValue();
    }

    /** A boolean hyperparameter. */
    public boolean getBool(String key) {
        Object v = options.get(key);
        return v != null && (Boolean) v;
    }

    /** A pair hyperparameter such as {@code betas}, as {first, second}. */
    public double[] getPair(String key) {
        List<?> l = (List<?>) options.get(key);
        return new double[] {((Number) l.get(0)).doubleValue(), ((Number) l.get(1)).doubleValue()};
    }

    /** The hyperparameter names in insertion order. PyTorch: {@code group.keys()} without 'params'. */
    public Set<String> keys() {
        return options.keySet();
    }

    /** The hyperparameters (live, mutable view). */
    public Map<String, Object> options() {
        return options;
    }

    @Override
    public String toString() {
        return "ParamGroup" + options + " (" + params.size() + " params)";
    }
}
