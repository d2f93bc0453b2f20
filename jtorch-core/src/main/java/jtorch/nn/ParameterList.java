package jtorch.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jtorch.Tensor;

/**
 * A list of parameters registered under "0", "1", …; plain tensors added to it become
 * {@link Parameter}s. PyTorch: {@code nn.ParameterList}. It cannot be called.
 */
public class ParameterList extends Module implements Iterable<Parameter> {
    /** PyTorch: {@code torch.nn.ParameterList(values=None)}. */
    public ParameterList() {
    }

    /** PyTorch: {@code torch.nn.ParameterList(values=None)}. */
    public ParameterList(Iterable<? extends Tensor> values) {
        extend(values);
    }

    /** PyTorch: {@code torch.nn.ParameterList(values=None)}. */
    public ParameterList(Tensor... values) {
        extend(List.of(values));
    }

    /** {@code len(container)}: the number of entries. */
    public int size() {
        return ownParameters().size();
    }

    /** The parameter at {@code idx} (negative counts from the end). PyTorch: {@code params[idx]}. */
    public Parameter get(int idx) {
        return ownParameters().get(Integer.toString(Containers.index(idx, size())));
    }

    /** Replaces the parameter at {@code idx}, wrapping a plain tensor. PyTorch: {@code params[idx] = value}. */
    public void set(int idx, Tensor value) {
        ownParameters().put(Integer.toString(Containers.index(idx, size())), asParameter(value));
    }

    /** Python slicing: a new ParameterList holding the selected parameters. */
    public ParameterList slice(Integer start, Integer stop, int step) {
        ParameterList out = new ParameterList();
        for (int i : Containers.sliceIndices(start, stop, step, size())) {
            out.append(get(i));
        }
        return out;
    }

    /** PyTorch: {@code ParameterList.append(value)}. */
    public ParameterList append(Tensor value) {
        registerParameter(Integer.toString(size()), asParameter(value));
        return this;
    }

    /** PyTorch: {@code ParameterList.extend(values)}. */
    public ParameterList extend(Iterable<? extends Tensor> values) {
        for (Tensor v : values) {
            append(v);
        }
        return this;
    }

    static Parameter asParameter(Tensor t) {
        return t instanceof Parameter p ? p : new Parameter(t);
    }

    @Override
    public Iterator<Parameter> iterator() {
        return new ArrayList<>(ownParameters().values()).iterator();
    }

    /** PyTorch: {@code RuntimeError('ParameterList should not be called.')}. */
    @Override
    public Tensor call(Tensor... inputs) {
        throw new IllegalStateException("ParameterList should not be called.");
    }

    /** One line per entry: {@code (0): Parameter containing: [torch.float32 of size 4x4]}. */
    @Override
    public String extraRepr() {
        List<String> lines = new ArrayList<>();
        int k = 0;
        for (Parameter p : this) {
            lines.add("  (" + k++ + "): Parameter containing: [" + p.dtype() + " of size "
                    + sizeString(p) + "]");
        }
        return String.join("\n", lines);
    }

    static String sizeString(Tensor t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.dim(); i++) {
            sb.append(i > 0 ? "x" : "").append(t.size(i));
        }
        return sb.toString();
    }
}
