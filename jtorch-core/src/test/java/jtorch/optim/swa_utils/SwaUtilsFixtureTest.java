package jtorch.optim.swa_utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.BatchNorm;
import jtorch.nn.BatchNorm1d;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;
import jtorch.optim.SGD;
import jtorch.optim.lr.CosineAnnealingLR;
import jtorch.optim.lr.LRScheduler;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AveragedModel, SWALR and update_bn against PyTorch 1.13 (fixtures/optim/swa_utils.json, tools/golden/swa_utils.py). */
class SwaUtilsFixtureTest {
    // the same float32 ops in the same order as PyTorch: equal to float rounding
    private static final double[] EXACT = {0, 0};
    private static final JsonObject DOC = load();

    private static JsonObject load() {
        try (var in = SwaUtilsFixtureTest.class.getResourceAsStream("/fixtures/optim/swa_utils.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Arguments> cases(String kind) {
        List<Arguments> out = new ArrayList<>();
        for (JsonElement e : DOC.getAsJsonArray(kind)) {
            out.add(Arguments.of(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject()));
        }
        return out.stream();
    }

    static Stream<Arguments> averagedCases() {
        return cases("averaged");
    }

    static Stream<Arguments> swalrCases() {
        return cases("swalr");
    }

    static Stream<Arguments> swalrErrors() {
        return cases("swalr_errors");
    }

    static Stream<Arguments> updateBnCases() {
        return cases("update_bn");
    }

    /** The fixtures' model: Sequential(Linear(3, 4), BatchNorm1d(4, momentum=0.3), ReLU(), Linear(4, 2), BatchNorm1d(2)). */
    static Module net() {
        return new Sequential(new Linear(3, 4), new BatchNorm1d(BatchNorm.options(4).momentum(0.3)), new ReLU(),
                new Linear(4, 2), new BatchNorm1d(2));
    }

    static Map<String, Tensor> tensors(JsonObject o) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (var e : o.entrySet()) {
            out.put(e.getKey(), OpFixtures.tensor(e.getValue().getAsJsonObject(), Layout.CONTIGUOUS));
        }
        return out;
    }

    static void assertState(String what, JsonObject expected, Map<String, Tensor> actual) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), what + ": state dict keys");
        for (var e : expected.entrySet()) {
            OpFixtures.assertTensor(what + " " + e.getKey(), e.getValue().getAsJsonObject(), actual.get(e.getKey()),
                    EXACT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("averagedCases")
    void averagedModelMatchesPyTorch(String name, JsonObject c) {
        Module model = net();
        model.loadStateDict(tensors(c.getAsJsonObject("init")));
        var options = AveragedModel.options().useBuffers(c.get("use_buffers").getAsBoolean());
        if (c.get("avg_fn").getAsString().equals("ema")) {
            options.avgFn((averaged, current, n) -> averaged.mul(0.1).add(current.mul(0.9)));
        }
        var swa = new AveragedModel(model, SwaUtilsFixtureTest::net, options);
        int i = 0;
        for (JsonElement u : c.getAsJsonArray("updates")) {
            model.loadStateDict(tensors(u.getAsJsonObject().getAsJsonObject("model")));
            swa.updateParameters(model);
            assertState(name + " update " + i++, u.getAsJsonObject().getAsJsonObject("averaged"), swa.stateDict());
        }
        swa.eval();
        Tensor out = swa.call(OpFixtures.tensor(c.getAsJsonObject("input"), Layout.CONTIGUOUS));
        OpFixtures.assertTensor(name + " forward", c.getAsJsonObject("output"), out, new double[] {1e-6, 1e-6});
    }

    @Test
    void averagedModelCopiesTheModelAndRejectsAnotherArchitecture() {
        Torch.manualSeed(3);
        Module model = net();
        model.parameters().get(0).requiresGrad_(false);
        model.eval();
        var swa = new AveragedModel(model, SwaUtilsFixtureTest::net);
        for (var e : model.stateDict().entrySet()) {
            Tensor copy = swa.stateDict().get("module." + e.getKey());
            assertEquals(e.getValue().toDoubleArray().length, copy.toDoubleArray().length);
            assertEquals(java.util.Arrays.toString(e.getValue().toDoubleArray()),
                    java.util.Arrays.toString(copy.toDoubleArray()), e.getKey());
        }
        assertEquals(false, swa.module().parameters().get(0).requiresGrad());
        assertEquals(false, swa.module().isTraining());
        assertEquals(0L, swa.nAveraged().toLongArray()[0]);
        var e = assertThrows(IllegalArgumentException.class, () -> new AveragedModel(model,
                () -> new Sequential(new Linear(3, 4))));
        assertEquals("AveragedModel: the copy's parameters [0.weight, 0.bias] are not the model's [0.weight, 0.bias, "
                + "1.weight, 1.bias, 3.weight, 3.bias, 4.weight, 4.bias]; copy must build the model's architecture",
                e.getMessage());
    }

    static List<Double> doubles(JsonElement e) {
        List<Double> out = new ArrayList<>();
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(v -> out.add(v.getAsDouble()));
        } else {
            out.add(e.getAsDouble());
        }
        return out;
    }

    static Optimizer optimizer() {
        Tensor a = Torch.zeros(2).requiresGrad_(true);
        Tensor b = Torch.zeros(3).requiresGrad_(true);
        return new SGD(List.of(ParamGroup.of(a), ParamGroup.of(b).lr(0.05)), SGD.options(0.1).momentum(0.9));
    }

    static SWALR.Options swalrOptions(JsonObject c) {
        JsonElement lr = c.get("swa_lr");
        return (lr.isJsonArray() ? SWALR.options(doubles(lr)) : SWALR.options(lr.getAsDouble()))
                .annealEpochs(c.get("anneal_epochs").getAsInt()).annealStrategy(c.get("anneal_strategy").getAsString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("swalrCases")
    void swalrLearningRatesMatchPyTorch(String name, JsonObject c) {
        Optimizer opt = optimizer();
        LRScheduler before = new CosineAnnealingLR(opt, 30);
        SWALR swa = new SWALR(opt, swalrOptions(c));
        int swaStart = c.get("swa_start").getAsInt();
        JsonArray lrs = c.getAsJsonArray("lrs");
        for (int epoch = 0; epoch < lrs.size(); epoch++) {
            if (epoch > 0) {
                opt.step();
                if (epoch - 1 > swaStart) {
                    swa.step();
                    assertEquals(List.of(opt.paramGroups().get(0).lr(), opt.paramGroups().get(1).lr()), swa.getLastLr());
                } else {
                    before.step();
                }
            }
            List<Double> expected = doubles(lrs.get(epoch));
            for (int gi = 0; gi < expected.size(); gi++) {
                double e = expected.get(gi);
                double a = opt.paramGroups().get(gi).lr();
                // the same formulas in the same order: equal up to the last bit of libm's cos
                assertEquals(e, a, 1e-15 * Math.abs(e), name + " epoch " + epoch + " group " + gi);
            }
        }
        List<Double> swaLrs = doubles(c.get("swa_lr"));
        assertEquals(swaLrs.get(swaLrs.size() - 1), opt.paramGroups().get(1).getDouble("swa_lr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("swalrErrors")
    void swalrValidationMessagesArePyTorchs(String name, JsonObject c) {
        Tensor p = Torch.zeros(2).requiresGrad_(true);
        Optimizer opt = new SGD(List.of(ParamGroup.of(p), ParamGroup.of(Torch.zeros(1).requiresGrad_(true))), 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> new SWALR(opt, swalrOptions(c)));
        assertEquals(c.get("error").getAsString(), e.getMessage());
    }

    @Test
    void swalrStateDictResumesTheSchedule() {
        Optimizer a = optimizer();
        SWALR sa = new SWALR(a, SWALR.options(0.01).annealEpochs(6));
        for (int i = 0; i < 3; i++) {
            a.step();
            sa.step();
        }
        Optimizer b = optimizer();
        SWALR sb = new SWALR(b, SWALR.options(0.01).annealEpochs(6));
        b.loadStateDict(a.stateDict());
        sb.loadStateDict(sa.stateDict());
        assertEquals(6, sa.stateDict().get("anneal_epochs"));
        for (int i = 0; i < 6; i++) {
            a.step();
            sa.step();
            b.step();
            sb.step();
            assertEquals(sa.getLastLr(), sb.getLastLr());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updateBnCases")
    void updateBnMatchesPyTorch(String name, JsonObject c) {
        Module model = net();
        model.loadStateDict(tensors(c.getAsJsonObject("init")));
        List<Object> loader = new ArrayList<>();
        for (JsonElement b : c.getAsJsonArray("batches")) {
            Tensor x = OpFixtures.tensor(b.getAsJsonObject().getAsJsonObject("input"), Layout.CONTIGUOUS);
            loader.add(b.getAsJsonObject().get("kind").getAsString().equals("tensor") ? x
                    : List.of(x, Torch.zeros(x.sizes()[0])));
        }
        boolean training = c.get("training").getAsBoolean();
        model.train(training);
        SwaUtils.updateBn(loader, model);
        assertEquals(training, model.isTraining());
        // batch statistics and cumulative averages: reductions may sum in another order than PyTorch's
        Map<String, Tensor> state = model.stateDict();
        for (var e : c.getAsJsonObject("after").entrySet()) {
            OpFixtures.assertTensor(name + " " + e.getKey(), e.getValue().getAsJsonObject(), state.get(e.getKey()),
                    new double[] {1e-6, 1e-6});
        }
        List<Double> momenta = new ArrayList<>();
        for (Module m : model.modules()) {
            if (m instanceof BatchNorm bn) {
                momenta.add(bn.momentum);
            }
        }
        assertEquals(doubles(c.get("momenta")), momenta);
    }

    @Test
    void updateBnRejectsBatchesWithoutATensor() {
        var e = assertThrows(IllegalArgumentException.class, () -> SwaUtils.updateBn(List.of("x"), net()));
        assertEquals("update_bn: each batch must be a tensor or a list/array whose first element is the input tensor, "
                + "got java.lang.String", e.getMessage());
    }
}
