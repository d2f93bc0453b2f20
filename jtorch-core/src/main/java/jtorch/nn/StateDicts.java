package jtorch.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Saving and loading a module tree's state: PyTorch's {@code state_dict} (own parameters, then
 * persistent buffers, then each child under its name) and {@code load_state_dict} with its missing /
 * unexpected key bookkeeping and error messages.
 */
final class StateDicts {
    private StateDicts() {
    }

    static Map<String, Tensor> collect(Module m) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collectState("", m, out);
        return out;
    }

    private static void collectState(String prefix, Module m, Map<String, Tensor> out) {
        for (Map.Entry<String, Parameter> p : m.ownParameters().entrySet()) {
            if (p.getValue() != null) {
                out.put(prefix + p.getKey(), p.getValue().detach());
            }
        }
        for (Map.Entry<String, Tensor> b : m.ownBuffers().entrySet()) {
            if (b.getValue() != null && m.isPersistentBuffer(b.getKey())) {
                out.put(prefix + b.getKey(), b.getValue().detach());
            }
        }
        for (Map.Entry<String, Module> c : m.ownModules().entrySet()) {
            if (c.getValue() != null) {
                collectState(prefix + c.getKey() + ".", c.getValue(), out);
            }
        }
    }

    static Module.IncompatibleKeys load(Module self, Map<String, Tensor> state, boolean strict,
                                        BiConsumer<Tensor, Tensor> copy) {
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        loadFrom(self, new LinkedHashMap<>(state), "", missing, unexpected, errors, copy);
        if (strict) {
            if (!unexpected.isEmpty()) {
                errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
            }
            if (!missing.isEmpty()) {
                errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Error(s) in loading state_dict for " + self.getName() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        return new Module.IncompatibleKeys(missing, unexpected);
    }

    // PyTorch's _load_from_state_dict on m, then on each child with the keys under its prefix
    private static void loadFrom(Module m, Map<String, Tensor> state, String prefix, List<String> missing,
                                 List<String> unexpected, List<String> errors, BiConsumer<Tensor, Tensor> copy) {
        Map<String, Tensor> local = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> p : m.ownParameters().entrySet()) {
            if (p.getValue() != null) {
                local.put(p.getKey(), p.getValue());
            }
        }
        for (Map.Entry<String, Tensor> b : m.ownBuffers().entrySet()) {
            if (b.getValue() != null && m.isPersistentBuffer(b.getKey())) {
                local.put(b.getKey(), b.getValue());
            }
        }
        for (Map.Entry<String, Tensor> e : local.entrySet()) {
            String key = prefix + e.getKey();
            Tensor target = e.getValue();
            Tensor src = state.get(key);
            if (src == null) {
                missing.add(key);
                continue;
            }
            if (target.dim() == 0 && src.dim() == 1) {
                src = src.select(0, 0); // checkpoints of PyTorch 0.3 stored scalars as 1-element vectors
            }
            if (!java.util.Arrays.equals(src.sizes(), target.sizes())) {
                errors.add("size mismatch for " + key + ": copying a param with shape " + shape(src)
                        + " from checkpoint, the shape in current model is " + shape(target) + ".");
                continue;
            }
            try (var g = Torch.noGrad()) {
                copy.accept(target, src);
            } catch (RuntimeException ex) {
                errors.add("While copying the parameter named \"" + key + "\", whose dimensions in the model are "
                        + shape(target) + " and whose dimensions in the checkpoint are " + shape(src)
                        + ", an exception occurred : ('" + ex.getMessage() + "',).");
            }
        }
        Map<String, Module> children = m.ownModules();
        for (String key : state.keySet()) {
            if (key.startsWith(prefix)) {
                String name = key.substring(prefix.length()).split("\\.", 2)[0];
                if (!children.containsKey(name) && !local.containsKey(name)) {
                    unexpected.add(key);
                }
            }
        }
        for (Map.Entry<String, Module> c : children.entrySet()) {
            if (c.getValue() != null) {
                String childPrefix = prefix + c.getKey() + ".";
                Map<String, Tensor> childState = new LinkedHashMap<>();
                for (Map.Entry<String, Tensor> e : state.entrySet()) {
                    if (e.getKey().startsWith(childPrefix)) {
                        childState.put(e.getKey(), e.getValue());
                    }
                }
                loadFrom(c.getValue(), childState, childPrefix, missing, unexpected, errors, copy);
            }
        }
    }

    private static String shape(Tensor t) {
        return "torch.Size(" + java.util.Arrays.toString(t.sizes()) + ")";
    }

    private static String quoted(List<String> keys) {
        List<String> q = new ArrayList<>();
        for (String k : keys) {
            q.add("\"" + k + "\"");
        }
        return String.join(", ", q);
    }
}
