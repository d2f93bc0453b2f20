package jtorch.optim.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Torch;
import jtorch.optim.Optimizer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scheduler state dicts against PyTorch 1.13 (tools/golden/lr_scheduler.py): after 13 steps every scheduler's
 * {@code stateDict()} has PyTorch's keys in PyTorch's order with PyTorch's values, and a state PyTorch saved with
 * {@code torch.save} (fixtures/optim/lr_scheduler_states.pt), loaded into fresh jtorch objects, continues with
 * PyTorch's learning rates to epoch 40.
 */
public class LrSchedulerStateTest {
    private static final JsonObject DOC = LrSchedulerFixtureTest.doc();
    private static final int STATE_AT = DOC.get("state_at").getAsInt();
    private static final String CALLABLE = "__callable__";

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return LrSchedulerFixtureTest.cases();
    }

    private static void step(Optimizer o, Object s, int epoch, JsonArray metrics) {
        o.step();
        if (s instanceof ReduceLROnPlateau p) {
            p.step(metrics.get(epoch).getAsDouble());
        } else {
            ((LRScheduler) s).step();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stateOf(Object s) {
        return s instanceof ReduceLROnPlateau p ? p.stateDict() : ((LRScheduler) s).stateDict();
    }

    private static void load(Object s, Map<String, ?> state) {
        if (s instanceof ReduceLROnPlateau p) {
            p.loadStateDict(state);
        } else {
            ((LRScheduler) s).loadStateDict(state);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stateDictHasPyTorchsKeysAndValues(String name, JsonObject c, JsonArray metrics) {
        Optimizer o = LrSchedulerFixtureTest.optimizer(c.get("optimizer").getAsString());
        Object s = LrSchedulerFixtureTest.build(name, o);
        for (int epoch = 0; epoch < STATE_AT; epoch++) {
            step(o, s, epoch, metrics);
        }
        assertSame(name, c.getAsJsonObject("state"), stateOf(s));
    }

    /**
     * PyTorch's saved optimizer and scheduler states (jtorch's own, through a file, for CyclicLR and OneCycleLR,
     * whose state PyTorch 1.13 cannot save as data) continue with PyTorch's learning rates.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void aSavedStateContinuesWithPyTorchsLearningRates(String name, JsonObject c, JsonArray metrics) throws Exception {
        Map<String, Object> saved = (Map<String, Object>) pytorchStates().get(name);
        if (saved == null) {
            assertTrue(name.startsWith("CyclicLR") || name.startsWith("OneCycleLR"), name);
            Optimizer o = LrSchedulerFixtureTest.optimizer(c.get("optimizer").getAsString());
            Object s = LrSchedulerFixtureTest.build(name, o);
            for (int epoch = 0; epoch < STATE_AT; epoch++) {
                step(o, s, epoch, metrics);
            }
            Map<String, Object> ck = new LinkedHashMap<>();
            ck.put("optimizer", o.stateDict());
            ck.put("scheduler", stateOf(s));
            Path f = dir.resolve("state.pt");
            Torch.save(ck, f);
            saved = Torch.load(f);
        }
        Optimizer o = LrSchedulerFixtureTest.optimizer(c.get("optimizer").getAsString());
        Object s = LrSchedulerFixtureTest.build(name, o);
        o.loadStateDict((Map<String, Object>) saved.get("optimizer"));
        load(s, (Map<String, Object>) saved.get("scheduler"));
        JsonArray lrs = c.getAsJsonArray("lrs");
        for (int epoch = STATE_AT; epoch < lrs.size() - 1; epoch++) {
            step(o, s, epoch, metrics);
            JsonArray want = lrs.get(epoch + 1).getAsJsonArray();
            for (int g = 0; g < want.size(); g++) {
                LrSchedulerFixtureTest.assertClose(name + " epoch " + (epoch + 1) + " group " + g,
                        want.get(g).getAsDouble(), o.paramGroups().get(g).lr());
            }
        }
    }

    /**
     * Every case's optimizer and scheduler state dicts after {@code state_at} steps, by case name: the file
     * tools/golden/check_jtorch_files.py continues in PyTorch (JtorchFiles).
     */
    public static Map<String, Object> statesAfterSteps() {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonArray metrics = DOC.getAsJsonArray("metrics");
        for (JsonElement e : DOC.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            Optimizer o = LrSchedulerFixtureTest.optimizer(c.get("optimizer").getAsString());
            Object s = LrSchedulerFixtureTest.build(c.get("name").getAsString(), o);
            for (int epoch = 0; epoch < STATE_AT; epoch++) {
                step(o, s, epoch, metrics);
            }
            Map<String, Object> ck = new LinkedHashMap<>();
            ck.put("optimizer", o.stateDict());
            ck.put("scheduler", stateOf(s));
            out.put(c.get("name").getAsString(), ck);
        }
        return out;
    }

    /**
     * PyTorch's {@code __dict__.update}: a saved constructor argument replaces the constructed one, a key the
     * state lacks keeps its value (so checkpoints written before jtorch saved the arguments still load), and a
     * value of the wrong type is refused by name.
     */
    @org.junit.jupiter.api.Test
    void loadingUpdatesTheSchedulersAttributesAsPyTorchDoes() {
        Optimizer o = LrSchedulerFixtureTest.optimizer("SGD");
        StepLR s = new StepLR(o, 3, 0.5);
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("gamma", 0.25);
        saved.put("last_epoch", 2);
        s.loadStateDict(saved);
        assertEquals(3, s.stateDict().get("step_size"));
        o.step();
        s.step();
        assertEquals(List.of(0.025, 0.0125), s.getLastLr());
        Map<String, Object> bad = s.stateDict();
        bad.put("gamma", "x");
        String msg = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.loadStateDict(bad)).getMessage();
        assertTrue(msg.contains("'gamma'"), msg);
        Map<String, Object> bad2 = s.stateDict();
        bad2.put("base_lrs", List.of("x"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.loadStateDict(bad2));
    }

    private static Map<String, Object> states;

    private static synchronized Map<String, Object> pytorchStates() throws URISyntaxException {
        if (states == null) {
            states = Torch.load(Path.of(LrSchedulerStateTest.class.getResource(
                    "/fixtures/optim/lr_scheduler_states.pt").toURI()));
        }
        return states;
    }

    /** {@code got} has exactly {@code want}'s keys in order (but PyTorch's function-valued ones) and values. */
    private static void assertSame(String where, JsonElement want, Object got) {
        if (want.isJsonNull()) {
            assertEquals(null, got, where);
        } else if (want.isJsonObject() && want.getAsJsonObject().has("__counter__")) {
            Map<?, ?> m = assertInstanceOf(Map.class, got, where);
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (JsonElement kv : want.getAsJsonObject().getAsJsonArray("__counter__")) {
                counts.put(kv.getAsJsonArray().get(0).getAsInt(), kv.getAsJsonArray().get(1).getAsInt());
            }
            assertEquals(counts, m, where);
        } else if (want.isJsonObject()) {
            Map<?, ?> m = assertInstanceOf(Map.class, got, where);
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, JsonElement> e : want.getAsJsonObject().entrySet()) {
                if (!(e.getValue().isJsonPrimitive() && e.getValue().getAsString().equals(CALLABLE))) {
                    keys.add(e.getKey());
                }
            }
            assertEquals(keys, new ArrayList<>(m.keySet()), where + " keys");
            for (String k : keys) {
                assertSame(where + "." + k, want.getAsJsonObject().get(k), m.get(k));
            }
        } else if (want.isJsonArray()) {
            List<?> l = assertInstanceOf(List.class, got, where);
            assertEquals(want.getAsJsonArray().size(), l.size(), where + " length");
            for (int i = 0; i < l.size(); i++) {
                assertSame(where + "[" + i + "]", want.getAsJsonArray().get(i), l.get(i));
            }
        } else if (want.getAsJsonPrimitive().isBoolean()) {
            assertEquals(want.getAsBoolean(), got, where);
        } else if (want.getAsJsonPrimitive().isString() && !(got instanceof Double)) {
            assertEquals(want.getAsString(), got, where);
        } else {
            Number n = assertInstanceOf(Number.class, got, where);
            LrSchedulerFixtureTest.assertClose(where, want.getAsDouble(), n.doubleValue());
        }
    }
}
