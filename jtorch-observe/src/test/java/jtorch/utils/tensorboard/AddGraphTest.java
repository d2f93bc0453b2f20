package jtorch.utils.tensorboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Module;
import jtorch.nn.Sequential;
import jtorch.observe.Fixtures;
import jtorch.observe.SeedModels;
import jtorch.utils.tensorboard.proto.AttrValue;
import jtorch.utils.tensorboard.proto.Event;
import jtorch.utils.tensorboard.proto.GraphDef;
import jtorch.utils.tensorboard.proto.NodeDef;
import jtorch.utils.tensorboard.proto.NodeExecStats;
import jtorch.utils.tensorboard.proto.RunMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * add_graph against the nodes torch.utils.tensorboard's graph() builds for the same models (tools/golden/observe.py).
 *
 * <p>What is compared: every op node in order — its scope (the module path, e.g. {@code Net/Conv2d[conv1]}), its op,
 * its tensor inputs (the model input, parameters and buffers by their scoped names, earlier ops by position) and
 * its output shape — and the output node. What differs by design: PyTorch's graph comes from the TorchScript
 * tracer, jtorch's from its dispatch point, so (1) op names are the ops jtorch runs ({@code aten::convolution} for
 * TorchScript's {@code aten::_convolution}, {@code max_pool2d_with_indices} for {@code max_pool2d},
 * {@code native_batch_norm} for {@code batch_norm}, and {@code F.linear} as {@code t}, {@code expand},
 * {@code addmm}); (2) TorchScript's {@code prim::Constant} / {@code prim::ListConstruct} nodes for non-tensor
 * arguments (strides, paddings, eps) do not exist in jtorch, where they are not tensors; (3) node leaf names are
 * jtorch's ({@code relu.1}) rather than TorchScript's value names ({@code input.3}), the model input is
 * {@code input/input.1} rather than {@code input/x.1} (Java has no parameter names at run time), and parameter
 * nodes are {@code <module scope>/weight} rather than {@code <module scope>/weight/weight.5}.
 */
class AddGraphTest {
    @TempDir
    Path dir;

    /** An op node reduced to what both graphs can be compared on. */
    record Op(String scope, String op, List<String> inputs, List<Long> shape) {
    }

    private static String scopeOf(String name) {
        return name.substring(0, name.lastIndexOf('/'));
    }

    /** PyTorch's nodes: the aten ops, inputs resolved to "input", a parameter's scoped name or "#k" (k-th op). */
    private static List<Op> pytorchOps(JsonArray nodes, List<String> outputInputs) {
        Map<String, JsonObject> byName = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (JsonElement e : nodes) {
            JsonObject n = e.getAsJsonObject();
            byName.put(n.get("name").getAsString(), n);
            if (n.get("op").getAsString().startsWith("aten::")) {
                index.put(n.get("name").getAsString(), index.size());
            }
        }
        List<Op> out = new ArrayList<>();
        for (JsonElement e : nodes) {
            JsonObject n = e.getAsJsonObject();
            String op = n.get("op").getAsString();
            List<String> ins = new ArrayList<>();
            for (JsonElement in : n.getAsJsonArray("input")) {
                String ref = in.getAsString();
                JsonObject src = byName.get(ref);
                if (index.containsKey(ref)) {
                    ins.add("#" + index.get(ref));
                } else if (src != null && src.get("op").getAsString().equals("IO Node")) {
                    ins.add("input");
                } else if (src != null && src.get("op").getAsString().equals("prim::GetAttr")) {
                    ins.add(scopeOf(ref)); // Net/Conv2d[conv1]/weight/weight.5 -> Net/Conv2d[conv1]/weight
                }
                // prim::Constant, prim::ListConstruct: non-tensor arguments
            }
            if (op.equals("IO Node") && n.get("name").getAsString().startsWith("output/")) {
                outputInputs.addAll(ins);
            }
            if (!op.startsWith("aten::")) {
                continue;
            }
            List<Long> shape = new ArrayList<>();
            n.getAsJsonArray("shapes").get(0).getAsJsonArray().forEach(d -> shape.add(d.getAsLong()));
            out.add(new Op(scopeOf(n.get("name").getAsString()), op.substring(6), ins, shape));
        }
        return out;
    }

    private static final Map<String, String> TORCHSCRIPT_NAME = Map.of(
            "convolution", "_convolution", "max_pool2d_with_indices", "max_pool2d", "native_batch_norm", "batch_norm");

    /** jtorch's nodes in the same form, jtorch's op names mapped to TorchScript's (see the class comment). */
    private static List<Op> jtorchOps(GraphDef g, List<String> outputInputs) {
        Map<String, NodeDef> byName = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        List<NodeDef> ops = new ArrayList<>();
        for (NodeDef n : g.getNodeList()) {
            byName.put(n.getName(), n);
            boolean linearPart = (n.getOp().equals("aten::t") || n.getOp().equals("aten::expand"))
                    && scopeOf(n.getName()).matches(".*/Linear\\[[^/]*]");
            if (n.getOp().startsWith("aten::") && !linearPart) {
                index.put(n.getName(), index.size());
                ops.add(n);
            }
        }
        java.util.function.Function<String, String> ref = r -> {
            NodeDef src = byName.get(r);
            assertTrue(src != null, "input " + r + " names no node");
            if (index.containsKey(r)) {
                return "#" + index.get(r);
            }
            if (src.getOp().equals("IO Node")) {
                return "input";
            }
            if (src.getOp().equals("aten::t")) {
                return byName.get(src.getInput(0)).getName(); // addmm's t(weight): the weight
            }
            return r;
        };
        for (NodeDef n : g.getNodeList()) {
            if (n.getName().startsWith("output/")) {
                n.getInputList().forEach(r -> outputInputs.add(ref.apply(r)));
            }
        }
        List<Op> out = new ArrayList<>();
        for (NodeDef n : ops) {
            String op = n.getOp().substring(6);
            List<String> ins = new ArrayList<>(n.getInputList().stream().map(ref).toList());
            if (op.equals("addmm")) { // addmm(bias, x, t(weight)) is F.linear(x, weight, bias)
                op = "linear";
                ins = List.of(ins.get(1), ins.get(2), ins.get(0));
            }
            List<Long> shape = new ArrayList<>();
            n.getAttrOrThrow("_output_shapes").getList().getShape(0).getDimList().forEach(d -> shape.add(d.getSize()));
            out.add(new Op(scopeOf(n.getName()), TORCHSCRIPT_NAME.getOrDefault(op, op), ins, shape));
        }
        return out;
    }

    private record Written(GraphDef graph, RunMetadata meta) {
    }

    private Written addGraph(Module model, Tensor input) throws Exception {
        try (SummaryWriter w = new SummaryWriter(dir)) {
            w.addGraph(model, input);
        }
        List<Event> events = EventFiles.readDir(dir);
        assertEquals(3, events.size());
        assertTrue(events.get(1).hasGraphDef());
        assertTrue(events.get(2).hasTaggedRunMetadata());
        assertEquals("step1", events.get(2).getTaggedRunMetadata().getTag());
        return new Written(GraphDef.parseFrom(events.get(1).getGraphDef()),
                RunMetadata.parseFrom(events.get(2).getTaggedRunMetadata().getRunMetadata()));
    }

    private static void checkAgainstPyTorch(JsonObject fx, GraphDef g) {
        List<String> wantOut = new ArrayList<>();
        List<String> gotOut = new ArrayList<>();
        List<Op> want = pytorchOps(fx.getAsJsonArray("nodes"), wantOut);
        List<Op> got = jtorchOps(g, gotOut);
        assertEquals(want.size(), got.size(), "ops: " + got);
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i), got.get(i), "op #" + i);
        }
        assertEquals(wantOut, gotOut);
        assertEquals(fx.get("producer").getAsInt(), g.getVersions().getProducer());
        // the input node's shape is the example input's
        JsonObject pin = fx.getAsJsonArray("nodes").get(0).getAsJsonObject();
        NodeDef jin = g.getNode(0);
        assertEquals("input/input.1", jin.getName());
        assertEquals(pin.get("op").getAsString(), jin.getOp());
        assertEquals(pin.getAsJsonArray("shapes").get(0).toString(),
                jin.getAttrOrThrow("_output_shapes").getList().getShape(0).getDimList().stream().map(d -> d.getSize()).toList()
                        .toString().replace(" ", ""));
    }

    private static void checkWellFormed(GraphDef g, RunMetadata meta) {
        Set<String> names = new HashSet<>();
        for (NodeDef n : g.getNodeList()) {
            assertTrue(names.add(n.getName()), "duplicate node " + n.getName());
            assertTrue(n.getName().matches("[A-Za-z0-9.][A-Za-z0-9_>./\\[\\]]*"), n.getName());
            assertTrue(n.containsAttr("attr"));
        }
        for (NodeDef n : g.getNodeList()) {
            for (String in : n.getInputList()) {
                assertTrue(names.contains(in), n.getName() + " reads the unknown node " + in);
            }
        }
        assertEquals(1, meta.getStepStats().getDevStatsCount());
        assertEquals("/device:CPU:0", meta.getStepStats().getDevStats(0).getDevice());
        List<String> timed = meta.getStepStats().getDevStats(0).getNodeStatsList().stream().map(NodeExecStats::getNodeName).toList();
        assertEquals(g.getNodeList().stream().filter(n -> n.getOp().startsWith("aten::")).map(NodeDef::getName).toList(), timed);
        for (NodeExecStats s : meta.getStepStats().getDevStats(0).getNodeStatsList()) {
            assertTrue(s.getAllEndRelMicros() >= 0 && s.getAllStartMicros() > 1_600_000_000_000_000L, s.toString());
        }
    }

    @Test
    void lenetGraphHasPyTorchsScopesOpsEdgesAndShapes() throws Exception {
        Torch.manualSeed(0);
        SeedModels.Net net = new SeedModels.Net();
        Written w = addGraph(net, Torch.randn(1, 1, 32, 32));
        checkAgainstPyTorch(Fixtures.get().getAsJsonObject("graph").getAsJsonObject("lenet"), w.graph());
        checkWellFormed(w.graph(), w.meta());
        NodeDef conv1 = w.graph().getNodeList().stream().filter(n -> n.getOp().equals("aten::convolution")).findFirst().orElseThrow();
        assertEquals("Net/Conv2d[conv1]/convolution.1", conv1.getName());
        assertEquals(List.of("input/input.1", "Net/Conv2d[conv1]/weight", "Net/Conv2d[conv1]/bias"), conv1.getInputList());
        NodeDef weight = w.graph().getNodeList().stream().filter(n -> n.getName().equals("Net/Conv2d[conv1]/weight")).findFirst().orElseThrow();
        assertEquals("prim::GetAttr", weight.getOp());
        assertEquals("{ name :  weight }", weight.getAttrOrThrow("attr").getS().toStringUtf8());
        AttrValue shapes = weight.getAttrOrThrow("_output_shapes");
        assertEquals(List.of(6L, 1L, 5L, 5L), shapes.getList().getShape(0).getDimList().stream().map(d -> d.getSize()).toList());
        assertTrue(net.isTraining(), "the model's training mode is restored");
        // read independently of the generated classes: GraphDef.node = 1 {name = 1, op = 2, input = 3}, versions = 4
        String raw = SummaryWriterTest.decodeRaw(w.graph().toByteArray());
        assertTrue(raw.contains("1: \"Net/Conv2d[conv1]/convolution.1\"\n  2: \"aten::convolution\"\n  3: \"input/input.1\""),
                raw);
        assertTrue(java.util.regex.Pattern.compile("\n4 \\{\\s+1: 22\\s+}").matcher(raw).find(), raw);
    }

    @Test
    void residualBlockGraphNestsSequentialScopesAndNamesInPlaceOps() throws Exception {
        Torch.manualSeed(0);
        Module block = new SeedModels.ResidualBlock(4, 8, 2,
                new Sequential(new Conv2d(Conv2d.options(4, 8, 1).stride(2).bias(false)), new BatchNorm2d(8)));
        block.eval();
        Written w = addGraph(block, Torch.randn(1, 4, 8, 8));
        checkAgainstPyTorch(Fixtures.get().getAsJsonObject("graph").getAsJsonObject("residual_block"), w.graph());
        checkWellFormed(w.graph(), w.meta());
        assertFalse(block.isTraining());
        List<String> names = w.graph().getNodeList().stream().map(NodeDef::getName).toList();
        assertTrue(names.contains("ResidualBlock/Sequential[left]/ReLU[2]/relu_.1"), names.toString());
        assertTrue(names.contains("ResidualBlock/Sequential[right]/BatchNorm2d[1]/running_var"), names.toString());
    }

    @Test
    void tensorsFromOutsideTheModelAreConstants() throws Exception {
        Tensor offset = Torch.ones(3);
        Module m = new Module() {
            @Override
            public Tensor forward(Tensor x) {
                return x.add(offset);
            }
        };
        Written w = addGraph(m, Torch.zeros(2, 3));
        checkWellFormed(w.graph(), w.meta());
        NodeDef add = w.graph().getNodeList().stream().filter(n -> n.getOp().equals("aten::add")).findFirst().orElseThrow();
        NodeDef c = w.graph().getNodeList().stream().filter(n -> n.getName().equals(add.getInput(1))).findFirst().orElseThrow();
        assertEquals("prim::Constant", c.getOp());
        assertEquals(List.of(3L), c.getAttrOrThrow("_output_shapes").getList().getShape(0).getDimList().stream().map(d -> d.getSize()).toList());
    }
}
