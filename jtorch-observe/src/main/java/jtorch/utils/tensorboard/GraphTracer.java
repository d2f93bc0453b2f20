package jtorch.utils.tensorboard;

import com.google.protobuf.ByteString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.RemovableHandle;
import jtorch.nn.Module;
import jtorch.overrides.OpCall;
import jtorch.overrides.TorchFunctionMode;
import jtorch.utils.tensorboard.proto.AttrValue;
import jtorch.utils.tensorboard.proto.DeviceStepStats;
import jtorch.utils.tensorboard.proto.GraphDef;
import jtorch.utils.tensorboard.proto.NodeDef;
import jtorch.utils.tensorboard.proto.NodeExecStats;
import jtorch.utils.tensorboard.proto.RunMetadata;
import jtorch.utils.tensorboard.proto.StepStats;
import jtorch.utils.tensorboard.proto.TensorShapeProto;
import jtorch.utils.tensorboard.proto.VersionDef;

/**
 * The graph of one forward pass as TensorBoard's graph plugin draws it: PyTorch's
 * {@code torch.utils.tensorboard._pytorch_graph.graph(model, args)}. PyTorch gets the graph from
 * {@code torch.jit.trace}; here every op the model calls is seen at jtorch's one dispatch point (a
 * {@link TorchFunctionMode}) and forward pre-hooks and hooks on every module keep the stack of modules being
 * run, which gives each node PyTorch's scoped name, e.g. {@code Net/Conv2d[conv1]/convolution.1}. Edges follow
 * tensor identity: an op's tensor arguments are the outputs of earlier ops, the model's inputs
 * ({@code input/input.1}), its parameters and buffers ({@code prim::GetAttr} nodes in their module's scope) or
 * other tensors ({@code prim::Constant}); the returned tensors end in {@code output/output.1}.
 */
final class GraphTracer {
    /** The {@code GraphDef.versions.producer} PyTorch writes. */
    private static final int PRODUCER = 22;

    private final Module model;
    private final Map<Module, String> labels = new IdentityHashMap<>();
    private final Map<Tensor, String> attrNames = new IdentityHashMap<>();
    private final Deque<String> scope = new ArrayDeque<>();
    private final Map<Tensor, String> producer = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<NodeDef> nodes = new ArrayList<>();
    private final List<NodeExecStats> stats = new ArrayList<>();
    private final long originNanos = System.nanoTime();
    private final long originMicros = System.currentTimeMillis() * 1000;

    /** The graph and the step statistics of the traced pass (one {@code NodeExecStats} per op). */
    record Traced(GraphDef graph, RunMetadata runMetadata) {
    }

    private GraphTracer(Module model) {
        this.model = model;
        Map<String, Module> named = model.namedModules();
        for (Map.Entry<String, Module> e : named.entrySet()) {
            String path = e.getKey();
            String type = typeOf(e.getValue());
            labels.put(e.getValue(), path.isEmpty() ? type : type + "[" + path.substring(path.lastIndexOf('.') + 1) + "]");
        }
        model.namedParameters().forEach((k, p) -> attrNames.putIfAbsent(p, k));
        model.namedBuffers().forEach((k, b) -> attrNames.putIfAbsent(b, k));
    }

    /** A module's type as PyTorch's graph names it; PyTorch says "Module" where there is no class name. */
    private static String typeOf(Module m) {
        return m.getName().isEmpty() ? "Module" : m.getName();
    }

    /** Runs {@code model} once on {@code inputs} in eval mode without grad and returns its graph. */
    static Traced trace(Module model, Tensor... inputs) {
        GraphTracer t = new GraphTracer(model);
        return t.run(inputs);
    }

    private Traced run(Tensor[] inputs) {
        for (int i = 0; i < inputs.length; i++) {
            String name = "input/input." + (i + 1);
            nodes.add(node(name, "IO Node", List.of(), List.of(inputs[i]), ""));
            producer.put(inputs[i], name);
        }
        List<RemovableHandle> hooks = new ArrayList<>();
        for (Module m : labels.keySet()) {
            hooks.add(m.registerForwardPreHook((mod, in) -> {
                scope.addLast(labels.get(mod));
                return null;
            }));
            hooks.add(m.registerForwardHook((mod, in, out) -> {
                scope.removeLast();
                return null;
            }));
        }
        boolean training = model.isTraining();
        model.train(false);
        Tensor out;
        try (var g = Torch.noGrad(); var mode = new Mode().enter()) {
            out = model.call(inputs);
        } finally {
            hooks.forEach(RemovableHandle::remove);
            model.train(training);
        }
        nodes.add(node("output/output.1", "IO Node", List.of(source(out)), List.of(out), ""));
        GraphDef graph = GraphDef.newBuilder().addAllNode(nodes).setVersions(VersionDef.newBuilder().setProducer(PRODUCER))
                .build();
        RunMetadata meta = RunMetadata.newBuilder().setStepStats(StepStats.newBuilder().addDevStats(
                DeviceStepStats.newBuilder().setDevice("/device:CPU:0").addAllNodeStats(stats))).build();
        return new Traced(graph, meta);
    }

    private final class Mode extends TorchFunctionMode {
        @Override
        public Object torchFunction(OpCall call) {
            String opName = call.pytorchName();
            String op = "aten::" + opName;
            // the dispatch point passes tensors only (null for an absent optional one); strides, paddings and
            // other values are not arguments there, so jtorch has no prim::Constant nodes for them
            List<String> in = new ArrayList<>();
            for (Object a : call.args()) {
                if (a instanceof Tensor t) {
                    in.add(source(t));
                }
            }
            String name = scoped(opName + "." + counters.merge(opName, 1, Integer::sum));
            long start = System.nanoTime();
            Object result = call.proceed();
            long end = System.nanoTime();
            List<Tensor> outs = result instanceof Tensor[] several ? List.of(several) : List.of((Tensor) result);
            for (Tensor t : outs) {
                producer.put(t, name);
            }
            nodes.add(node(name, op, in, outs, "{}"));
            long startMicros = originMicros + (start - originNanos) / 1000;
            long dur = (end - start) / 1000;
            stats.add(NodeExecStats.newBuilder().setNodeName(name).setAllStartMicros(startMicros)
                    .setOpEndRelMicros(dur).setAllEndRelMicros(dur).setThreadId((int) Thread.currentThread().threadId())
                    .build());
            return result;
        }
    }

    /** The node a tensor argument comes from, adding a parameter, buffer or constant node on first use. */
    private String source(Tensor t) {
        String name = producer.get(t);
        if (name != null) {
            return name;
        }
        String attr = attrNames.get(t);
        if (attr != null) {
            int dot = attr.lastIndexOf('.');
            String field = attr.substring(dot + 1);
            name = modulePath(dot < 0 ? "" : attr.substring(0, dot)) + "/" + field;
            nodes.add(node(name, "prim::GetAttr", List.of(), List.of(t), "{ name :  " + field + " }"));
        } else {
            name = scoped("constant." + counters.merge("constant", 1, Integer::sum));
            nodes.add(node(name, "prim::Constant", List.of(), List.of(t), "{}"));
        }
        producer.put(t, name);
        return name;
    }

    /** The scope of the module at dotted {@code path}: its ancestors' labels, e.g. {@code Net/Conv2d[conv1]}. */
    private String modulePath(String path) {
        Map<String, Module> named = model.namedModules();
        StringBuilder sb = new StringBuilder(labels.get(model));
        if (!path.isEmpty()) {
            String[] parts = path.split("\\.");
            for (int i = 1; i <= parts.length; i++) {
                Module m = named.get(String.join(".", Arrays.copyOf(parts, i)));
                sb.append('/').append(labels.get(m));
            }
        }
        return sb.toString();
    }

    private String scoped(String leaf) {
        return (scope.isEmpty() ? labels.get(model) : String.join("/", scope)) + "/" + leaf;
    }

    private static NodeDef node(String name, String op, List<String> inputs, List<Tensor> outputs, String attr) {
        NodeDef.Builder n = NodeDef.newBuilder().setName(name).setOp(op).addAllInput(inputs)
                .putAttr("attr", AttrValue.newBuilder().setS(ByteString.copyFromUtf8(attr)).build());
        if (!outputs.isEmpty()) {
            AttrValue.ListValue.Builder shapes = AttrValue.ListValue.newBuilder();
            for (Tensor t : outputs) {
                TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
                for (int d : t.sizes()) {
                    s.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
                }
                shapes.addShape(s);
            }
            n.putAttr("_output_shapes", AttrValue.newBuilder().setList(shapes).build());
        }
        return n.build();
    }
}
