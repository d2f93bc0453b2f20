package jtorch.autograd;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.UnaryOperator;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.overrides.TorchFunctionMode;

/**
 * Runs the backward graph in dependency order with an explicit work queue (never recursion, so a
 * graph 100 000 ops deep cannot overflow the stack). PyTorch: {@code torch.autograd.backward} /
 * {@code torch.autograd.grad}.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * Backpropagates {@code gradOutputs} from {@code outputs}. When {@code captureInputs} is non-null
     * the gradients reaching those tensors are returned instead of being accumulated into {@code .grad}.
     */
    public static Tensor[] run(Tensor[] outputs, Tensor[] gradOutputs, boolean retainGraph, boolean createGraph,
                               Tensor[] captureInputs, boolean allowUnused) {
        Map<Node, Tensor[]> buffers = new IdentityHashMap<>();
        // gradient buffers only this run refers to: made by a built-in formula or a sum here. A leaf's
        // first gradient may take one over instead of copying it. A function mode sees (and may keep)
        // every tensor an op makes, so under one nothing is owned.
        Set<Storage> owned = TorchFunctionMode.anyActive() ? null : Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < outputs.length; i++) {
            Tensor out = outputs[i];
            if (!out.requiresGrad()) {
                String why = GradMode.describeDisabled();
                throw new IllegalStateException("element " + i + " of tensors does not require grad and does not have a grad_fn"
                        + (why.isEmpty() ? "" : " (" + why + ")"));
            }
            Edge e = out.autogradMeta().gradientEdge(out);
            addTo(buffers, e.function(), e.inputNr(), gradOutputs[i], null);
        }
        // what to capture for autograd.grad: (node, input slot) -> index in the result
        Map<Node, Map<Integer, Integer>> capture = null;
        Tensor[] captured = null;
        if (captureInputs != null) {
            capture = new IdentityHashMap<>();
            captured = new Tensor[captureInputs.length];
            for (int i = 0; i < captureInputs.length; i++) {
                Tensor t = captureInputs[i];
                if (!t.requiresGrad()) {
                    throw new IllegalStateException("One of the differentiated Tensors does not require grad");
                }
                Edge e = t.autogradMeta().gradientEdge(t);
                capture.computeIfAbsent(e.function(), k -> new HashMap<>()).put(e.inputNr(), i);
            }
        }
        Map<Node, Integer> deps = countDependencies(buffers.keySet());
        // PyTorch runs ready nodes newest-first (highest sequence number)
        PriorityQueue<Node> ready = new PriorityQueue<>((a, b) -> Long.compare(b.sequenceNr(), a.sequenceNr()));
        for (Node n : buffers.keySet()) {
            if (deps.getOrDefault(n, 0) == 0) {
                ready.add(n);
            }
        }
        try (GradMode.Guard g = GradMode.set(createGraph)) {
            while (!ready.isEmpty()) {
                Node node = ready.poll();
                Tensor[] grads = buffers.remove(node);
                if (grads == null) {
                    grads = new Tensor[node.numOutputs()];
                }
                grads = node.runPreHooks(grads);
                if (capture != null) {
                    Map<Integer, Integer> slots = capture.get(node);
                    if (slots != null) {
                        for (Map.Entry<Integer, Integer> s : slots.entrySet()) {
                            captured[s.getValue()] = grads[s.getKey()];
                        }
                    }
                    if (node instanceof AccumulateGrad) {
                        continue; // autograd.grad never touches .grad
                    }
                }
                Tensor[] inputGrads;
                if (allNull(grads)) {
                    inputGrads = new Tensor[node.edges().length];
                } else if (node instanceof AccumulateGrad acc) {
                    inputGrads = acc.accumulate(grads[0], owned != null && owned.remove(grads[0].storage()));
                } else {
                    if (owned != null) {
                        // what this node passes on unchanged (or a hook kept) is no longer the engine's alone
                        for (Tensor t : grads) {
                            if (t != null) {
                                owned.remove(t.storage());
                            }
                        }
                    }
                    long before = Storage.allocationCount();
                    inputGrads = node.apply(grads);
                    if (owned != null && node instanceof OpNode op && op.builtin()) {
                        for (Tensor t : inputGrads) {
                            if (t != null && t.base() == null && t.storage().serial() > before) {
                                owned.add(t.storage());
                            }
                        }
                    }
                }
                if (AnomalyMode.isEnabled()) {
                    AnomalyMode.checkNan(node, inputGrads);
                }
                if (!retainGraph) {
                    node.releaseSaved();
                }
                Edge[] edges = node.edges();
                for (int i = 0; i < edges.length; i++) {
                    Edge e = edges[i];
                    if (e == null) {
                        continue;
                    }
                    if (inputGrads[i] != null) {
                        addTo(buffers, e.function(), e.inputNr(), inputGrads[i], owned);
                    }
                    int left = deps.merge(e.function(), -1, Integer::sum);
                    if (left == 0) {
                        ready.add(e.function());
                    }
                }
            }
        }
        if (captured != null && !allowUnused) {
            for (Tensor c : captured) {
                if (c == null) {
                    throw new IllegalStateException("One of the differentiated Tensors appears to not have been used in "
                            + "the graph. Set allow_unused=True if this is the desired behavior.");
                }
            }
        }
        return captured;
    }

    private static boolean allNull(Tensor[] grads) {
        for (Tensor t : grads) {
            if (t != null) {
                return false;
            }
        }
        return true;
    }

    private static void addTo(Map<Node, Tensor[]> buffers, Node fn, int slot, Tensor grad, Set<Storage> owned) {
        Tensor[] buf = buffers.computeIfAbsent(fn, k -> new Tensor[k.numOutputs()]);
        if (buf[slot] == null) {
            buf[slot] = grad;
            return;
        }
        buf[slot] = buf[slot].add(grad);
        if (owned != null) {
            owned.add(buf[slot].storage());
        }
    }

    /** Counts, for every reachable node, how many edges point at it (iterative DFS). */
    private static Map<Node, Integer> countDependencies(Iterable<Node> roots) {
        Map<Node, Integer> deps = new IdentityHashMap<>();
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        for (Node r : roots) {
            if (seen.put(r, Boolean.TRUE) == null) {
                stack.push(r);
            }
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (Edge e : n.edges()) {
                if (e == null) {
                    continue;
                }
                deps.merge(e.function(), 1, Integer::sum);
                if (seen.put(e.function(), Boolean.TRUE) == null) {
                    stack.push(e.function());
                }
            }
        }
        return deps;
    }

    /** Registers a tensor hook (PyTorch: {@code Tensor.register_hook}) on the node its gradient enters. */
    static void addTensorHook(Tensor t, UnaryOperator<Tensor> hook) {
        AutogradMeta meta = t.autogradMeta();
        if (meta.gradFn() == null) {
            meta.hooks().add(hook); // leaf: AccumulateGrad applies it
            return;
        }
        int slot = meta.outputNr();
        meta.gradFn().addPreHook(grads -> {
            if (grads[slot] != null) {
                Tensor r = hook.apply(grads[slot]);
                if (r != null) {
                    grads[slot] = r;
                }
            }
            return grads;
        });
    }
}
