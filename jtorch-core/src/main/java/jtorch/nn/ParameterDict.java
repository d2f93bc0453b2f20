package jtorch.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;
import jtorch.Tensor;

/**
 * Parameters by name, in insertion order; plain tensors put into it become {@link Parameter}s.
 * PyTorch: {@code nn.ParameterDict}. As in PyTorch, {@link #update} keeps the order of an ordered
 * map (a {@link SequencedMap} such as {@code LinkedHashMap}, PyTorch's {@code OrderedDict}, or another
 * ParameterDict) and sorts the keys of any other map (PyTorch's plain {@code dict}). It cannot be called.
 */
public class ParameterDict extends Module {
    /** PyTorch: {@code torch.nn.ParameterDict(parameters=None)}. */
    public ParameterDict() {
    }

    /** PyTorch: {@code torch.nn.ParameterDict(parameters=None)}. */
    public ParameterDict(Map<String, ? extends Tensor> parameters) {
        update(parameters);
    }

    /** The parameter under {@code key}. PyTorch: {@code params[key]}. */
    public Parameter get(String key) {
        if (!ownParameters().containsKey(key)) {
            throw new IllegalArgumentException("'" + key + "'");
        }
        return ownParameters().get(key);
    }

    /** Adds or replaces the parameter under {@code key}, wrapping a plain tensor. PyTorch: {@code params[key] = value}. */
    public void put(String key, Tensor value) {
        Parameter p = ParameterList.asParameter(value);
        if (ownParameters().containsKey(key)) {
            ownParameters().put(key, p);
        } else {
            registerParameter(key, p);
        }
    }

    /** Puts every entry; see the class comment for the order. PyTorch: {@code update}. */
    public void update(Map<String, ? extends Tensor> parameters) {
        Map<String, ? extends Tensor> ordered = parameters instanceof SequencedMap<String, ? extends Tensor>
                ? parameters : new TreeMap<>(parameters);
        for (Map.Entry<String, ? extends Tensor> e : ordered.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /** PyTorch: {@code ParameterDict.update(parameters)}. */
    public void update(ParameterDict other) {
        update(other.items());
    }

    /** Removes and returns the parameter under {@code key}. PyTorch: {@code pop}. */
    public Parameter pop(String key) {
        Parameter p = get(key);
        ownParameters().remove(key);
        return p;
    }

    /** {@code key in container}. */
    public boolean containsKey(String key) {
        return ownParameters().containsKey(key);
    }

    /** {@code len(container)}: the number of entries. */
    public int size() {
        return ownParameters().size();
    }

    /** PyTorch: {@code ParameterDict.clear()}. */
    public void clear() {
        ownParameters().clear();
    }

    /** PyTorch: {@code ParameterDict.keys()}. */
    public Set<String> keys() {
        return items().keySet();
    }

    /** PyTorch: {@code ParameterDict.values()}. */
    public List<Parameter> values() {
        return new ArrayList<>(ownParameters().values());
    }

    /** The (name, parameter) pairs in order. PyTorch: {@code items()}. */
    public SequencedMap<String, Parameter> items() {
        return new LinkedHashMap<>(ownParameters());
    }

    /** PyTorch: {@code RuntimeError('ParameterDict should not be called.')}. */
    @Override
    public Tensor call(Tensor... inputs) {
        throw new IllegalStateException("ParameterDict should not be called.");
    }

    /** One line per entry, with the legacy type name: {@code (a): Parameter containing: [torch.FloatTensor of size 4x4]}. */
    @Override
    public String extraRepr() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : ownParameters().entrySet()) {
            lines.add("  (" + e.getKey() + "): Parameter containing: [" + e.getValue().type() + " of size "
                    + ParameterList.sizeString(e.getValue()) + "]");
        }
        return String.join("\n", lines);
    }
}
