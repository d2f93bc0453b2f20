package jtorch.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.observe.Fixtures;
import jtorch.observe.SeedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiler on a LeNet step, against torch.profiler's events for the same step (tools/golden/observe.py). */
class ProfilerTest {
    private static Profile lenetStep() {
        SeedModels.Net net = new SeedModels.Net();
        Tensor x = Torch.randn(4, 1, 32, 32);
        Tensor y = Torch.tensor(new long[] {1, 0, 3, 9});
        try (Profile p = Profiler.profile(true)) {
            try (var r = Profiler.recordFunction("model_inference")) {
                Tensor out = net.call(x);
                F.crossEntropy(out, y);
            }
            return p;
        }
    }

    @Test
    void lenetStepListsTheOpsPyTorchsProfilerLists() {
        Profile prof = lenetStep();
        Map<String, Integer> got = new LinkedHashMap<>();
        for (FunctionEvent e : prof.events()) {
            got.merge(e.name(), 1, Integer::sum);
        }
        JsonObject all = Fixtures.get().getAsJsonObject("profiler").getAsJsonObject("all_ops");
        // jtorch sees the ops at the level its dispatch point runs them (conv2d as convolution, linear as t +
        // expand + addmm, cross_entropy as log_softmax + nll_loss); each is an op PyTorch's profiler lists for
        // the same step, called as often. Allocations (aten::empty) differ by design and are not compared.
        Map<String, Integer> want = new LinkedHashMap<>();
        Map<String, Integer> mine = new LinkedHashMap<>();
        got.forEach((k, v) -> {
            if (!k.equals("model_inference") && !k.equals("aten::empty")) {
                mine.put(k, v);
                want.put(k, all.has(k) ? all.get(k).getAsInt() : 0);
            }
        });
        assertEquals(want, mine);
        assertEquals(List.of("aten::convolution", "aten::relu", "aten::max_pool2d_with_indices", "aten::view",
                "aten::t", "aten::expand", "aten::addmm", "aten::log_softmax", "aten::nll_loss"), List.copyOf(mine.keySet()));
        // the range holds every op
        FunctionEvent range = prof.events().get(0);
        assertEquals("model_inference", range.name());
        assertTrue(prof.events().stream().skip(1).allMatch(e -> e.parent().orElseThrow() == range));
        assertEquals(range.cpuTimeTotalNs() - range.children().stream().mapToLong(FunctionEvent::cpuTimeTotalNs).sum(),
                range.selfCpuTimeTotalNs());
        FunctionEvent conv = prof.events().get(1);
        assertEquals(List.of(List.of(4, 1, 32, 32), List.of(6, 1, 5, 5), List.of(6)), conv.inputShapes().subList(0, 3));
    }

    @Test
    void keyAveragesTableHasPyTorchsLayout() {
        Profile prof = lenetStep();
        KeyAverages ka = prof.keyAverages();
        assertEquals(4, ka.get("aten::relu").orElseThrow().count());
        String t = ka.table("cpu_time_total", 5);
        String[] lines = t.split("\n");
        // name column: longest key (aten::max_pool2d_with_indices, 29) + 4
        String sep = "-".repeat(33) + "  " + ("-".repeat(12) + "  ").repeat(6);
        assertEquals(sep, lines[0]);
        assertEquals("                             Name    Self CPU %      Self CPU   CPU total %     CPU total  CPU time avg    # of Calls  ",
                lines[1]);
        assertEquals(sep, lines[2]);
        assertEquals(5 + 5, lines.length);
        assertTrue(Pattern.matches(" +model_inference +\\d+\\.\\d\\d% +\\d+\\.\\d{3}(us|ms|s) +100\\.00% +\\d+\\.\\d{3}(us|ms|s) +\\d+\\.\\d{3}(us|ms|s) +1  ",
                lines[3]), lines[3]);
        assertTrue(lines[9].startsWith("Self CPU time total: "));
        // descending by total time
        long prev = Long.MAX_VALUE;
        for (KeyAverages.Avg a : ka.rows().stream().sorted((a, b) -> Long.compare(b.cpuTimeTotalNs(), a.cpuTimeTotalNs())).toList()) {
            assertTrue(a.cpuTimeTotalNs() <= prev);
            prev = a.cpuTimeTotalNs();
        }
        String byShape = prof.keyAverages(true).table("self_cpu_time_total", 100);
        assertTrue(byShape.split("\n")[1].endsWith("Input Shapes  "));
        assertTrue(byShape.contains("[[4, 1, 32, 32], [6, 1, 5, 5], [6]"), byShape);
    }

    @Test
    void formatTimeAsPyTorch() {
        assertEquals("999.000us", KeyAverages.formatTime(999));
        assertEquals("1.500ms", KeyAverages.formatTime(1500));
        assertEquals("2.000s", KeyAverages.formatTime(2e6));
    }

    @Test
    void chromeTraceIsJsonWithOneEventPerOp(@TempDir Path dir) throws IOException {
        Profile prof = lenetStep();
        Path f = dir.resolve("trace.json");
        prof.exportChromeTrace(f);
        JsonArray arr = JsonParser.parseString(Files.readString(f)).getAsJsonArray();
        assertEquals(prof.events().size(), arr.size());
        List<String> names = new ArrayList<>();
        for (var e : arr) {
            JsonObject o = e.getAsJsonObject();
            assertEquals("X", o.get("ph").getAsString());
            assertTrue(o.get("dur").getAsLong() >= 0);
            assertTrue(o.has("ts") && o.has("tid") && o.has("pid"));
            names.add(o.get("name").getAsString());
        }
        assertEquals(prof.events().stream().map(FunctionEvent::name).toList(), names);
    }

    @Test
    void nothingIsRecordedAfterClose() {
        Profile p = Profiler.profile();
        Torch.ones(2).neg();
        p.close();
        Torch.ones(2).exp();
        try (var r = Profiler.recordFunction("outside")) {
            Torch.ones(1);
        }
        assertEquals(List.of("aten::ones", "aten::neg"), p.events().stream().map(FunctionEvent::name).toList());
    }
}
