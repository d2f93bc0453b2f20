package jtorch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table and JSON lines the bench prints, from fixed timings (nothing is timed here). */
class ReportTest {
    /** A peer that only names itself: the report needs names and families. */
    private record Named(String name, String family) implements Peer {
        @Override
        public boolean accepts(Case c) {
            return true;
        }

        @Override
        public void setup(Case c) {
        }

        @Override
        public double[] measure() {
            throw new UnsupportedOperationException();
        }
    }

    private static final Machine MACHINE = new Machine("now", "cpu", 2, "25", "scalar", Map.of(), "0 0 0", null,
            Map.of());

    // 1 GFLOP per op: a time of 0.1 s is 10 GFLOP/s
    private static Bench.Result result(Map<String, List<Double>> seconds, Map<String, String> families) {
        return new Bench.Result(new Case("gemm", "n=1024", 2, "GFLOP/s", 1e9, 1e9), seconds, families);
    }

    @Test
    void ratioIsAgainstTheBestConfigurationOfEachFamilyFromMedians() {
        Map<String, List<Double>> s = new LinkedHashMap<>();
        s.put("jtorch", List.of(0.1, 0.5, 0.1)); // median 0.1 s: 10 GFLOP/s despite one slow repetition
        s.put("torch 1t", List.of(0.2, 0.2, 0.2)); // 5
        s.put("torch 2t", List.of(0.125, 0.125, 0.125)); // 8: torch's best
        s.put("djl", List.of(0.05, 0.05, 0.05)); // 20
        Map<String, String> f = Map.of("jtorch", "jtorch", "torch 1t", "torch", "torch 2t", "torch", "djl", "djl");
        Bench.Result r = result(s, f);
        assertEquals(10, r.figure("jtorch"), 1e-9);
        assertEquals(8, r.best("torch"), 1e-9);
        List<Peer> peers = List.of(new Named("jtorch", "jtorch"), new Named("torch 1t", "torch"),
                new Named("torch 2t", "torch"), new Named("djl", "djl"));
        String table = Report.table(MACHINE, peers, List.of(r));
        String row = table.lines().filter(l -> l.startsWith("| gemm")).findFirst().orElseThrow();
        assertEquals(List.of("gemm n=1024", "GFLOP/s", "2", "10.0", "5.00", "8.00", "20.0", "1.25x", "0.50x"),
                cells(row));
        assertTrue(table.lines().anyMatch(l -> l.contains("jtorch/torch best") && l.contains("jtorch/djl")));
    }

    @Test
    void gflopFiguresAreAlsoGivenAsAFractionOfTheFmaPeak(@TempDir Path dir) throws Exception {
        Machine m = new Machine("now", "cpu", 2, "25", "scalar", Map.of(), "0 0 0", null, Map.of(1, 20.0, 2, 40.0));
        Map<String, List<Double>> s = new LinkedHashMap<>();
        s.put("jtorch", List.of(0.1)); // 10 GFLOP/s at 2 threads: a quarter of 40
        Bench.Result r = result(s, Map.of("jtorch", "jtorch"));
        Bench.Result gbs = new Bench.Result(new Case("reduce", "sum", 2, "GB/s", 1e9, 1e9), s, Map.of("jtorch", "jtorch"));
        String table = Report.table(m, List.of(new Named("jtorch", "jtorch")), List.of(r, gbs));
        assertTrue(table.contains("FMA peak"), table);
        String row = table.lines().filter(l -> l.startsWith("| gemm")).findFirst().orElseThrow();
        assertEquals(List.of("gemm n=1024", "GFLOP/s", "2", "10.0", "0.25"), cells(row));
        String reduce = table.lines().filter(l -> l.startsWith("| reduce")).findFirst().orElseThrow();
        assertEquals(4, cells(reduce).size(), reduce); // no fraction of peak for GB/s
        Path out = dir.resolve("r.jsonl");
        Report.appendJson(out, m, List.of(r));
        JsonObject o = JsonParser.parseString(Files.readAllLines(out).get(0)).getAsJsonObject();
        assertEquals(0.25, o.get("fraction_of_fma_peak").getAsDouble(), 1e-12);
    }

    @Test
    void aMissingPeerDropsItsColumn() {
        Map<String, List<Double>> s = new LinkedHashMap<>();
        s.put("jtorch", List.of(0.1));
        Bench.Result r = result(s, Map.of("jtorch", "jtorch"));
        String table = Report.table(MACHINE, List.of(new Named("jtorch", "jtorch")), List.of(r));
        String header = table.lines().filter(l -> l.startsWith("| workload")).findFirst().orElseThrow();
        assertEquals(List.of("workload", "unit", "threads", "jtorch"), cells(header));
        assertFalse(table.contains("torch best"));
    }

    @Test
    void jsonLinesCarryFiguresRatiosAndTheMachine(@TempDir Path dir) throws Exception {
        Map<String, List<Double>> s = new LinkedHashMap<>();
        s.put("jtorch", List.of(0.1));
        s.put("torch 1t", List.of(0.2));
        Bench.Result r = result(s, Map.of("jtorch", "jtorch", "torch 1t", "torch"));
        Path file = dir.resolve("sub").resolve("results.jsonl");
        Report.appendJson(file, MACHINE, List.of(r));
        Report.appendJson(file, MACHINE, List.of(r));
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        JsonObject o = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("gemm", o.get("workload").getAsString());
        assertEquals(5.0, o.getAsJsonObject("figures").get("torch 1t").getAsDouble(), 1e-9);
        assertEquals(2.0, o.get("ratio_torch_best").getAsDouble(), 1e-9);
        assertEquals("cpu", o.getAsJsonObject("machine").get("cpu").getAsString());
    }

    @Test
    void aCostCaseIsBestAtTheSmallestFigureAndSaysLowerIsBetter(@TempDir Path dir) throws Exception {
        Map<String, List<Double>> v = new LinkedHashMap<>();
        v.put("jtorch", List.of(600.0, 700.0, 500.0)); // measured values are the figures: median 600 MB
        v.put("torch 1t", List.of(400.0));
        v.put("torch 2t", List.of(450.0));
        Bench.Result r = new Bench.Result(Case.cost("mem_resnet18", "peak RSS", 2, "MB"), v,
                Map.of("jtorch", "jtorch", "torch 1t", "torch", "torch 2t", "torch"));
        assertEquals(600, r.figure("jtorch"), 1e-9);
        assertEquals(400, r.best("torch"), 1e-9);
        String table = Report.table(MACHINE, List.of(new Named("jtorch", "jtorch"), new Named("torch 1t", "torch"),
                new Named("torch 2t", "torch")), List.of(r));
        String row = table.lines().filter(l -> l.startsWith("| mem_resnet18")).findFirst().orElseThrow();
        assertEquals(List.of("mem_resnet18 peak RSS", "MB (lower is better)", "2", "600", "400", "450", "1.50x"),
                cells(row));
        Path file = dir.resolve("r.jsonl");
        Report.appendJson(file, MACHINE, List.of(r));
        JsonObject o = JsonParser.parseString(Files.readAllLines(file).get(0)).getAsJsonObject();
        assertTrue(o.get("lower_is_better").getAsBoolean());
        assertEquals(3, o.getAsJsonObject("values").getAsJsonArray("jtorch").size());
        assertFalse(o.has("seconds_per_op"));
        assertEquals(1.5, o.get("ratio_torch_best").getAsDouble(), 1e-9);
    }

    @Test
    void aScoreCaseIsBestAtTheLargestFigure() {
        Map<String, List<Double>> v = new LinkedHashMap<>();
        v.put("jtorch", List.of(85.0));
        v.put("torch 1t", List.of(84.0));
        v.put("torch 2t", List.of(86.0));
        Bench.Result r = new Bench.Result(Case.score("e2e", "test accuracy", 2, "%"), v,
                Map.of("jtorch", "jtorch", "torch 1t", "torch", "torch 2t", "torch"));
        assertEquals(86, r.best("torch"), 1e-9);
        assertFalse(r.c().lowerIsBetter());
        assertEquals("%", Report.unitCell(r.c()));
    }

    @Test
    void freshProcessWorkloadsAreOneRunOfTheirCasesAndE2eRunsOnlyWhenNamed() {
        assertFalse(Workloads.ALL.contains("e2e"));
        assertTrue(Workloads.KNOWN.containsAll(List.of("e2e", "resnet34_step", "mlp", "lenet", "resnet18",
                "mem_resnet18", "coldstart")));
        List<List<Case>> runs = Workloads.runs(List.of("e2e", "mem_resnet18", "resnet18"), List.of(1, 2));
        assertEquals(List.of(3, 3, 2, 2, 1, 1, 1, 1), runs.stream().map(List::size).toList());
        assertEquals(List.of("wall", "peak RSS", "test accuracy"), runs.get(0).stream().map(Case::variant).toList());
        assertEquals(Case.Measure.SCORE, runs.get(0).get(2).measure());
        assertEquals(14, Workloads.cases(List.of("e2e", "mem_resnet18", "resnet18"), List.of(1, 2)).size());
    }

    @Test
    void optionsRejectUnknownFlagsAndMissingValues() {
        Bench.Options o = Bench.Options.parse(new String[] {"--workloads", "gemm,conv2d", "--threads", "1,2",
                "--no-djl", "--python", "none"});
        assertEquals(List.of("gemm", "conv2d"), o.workloads);
        assertEquals(List.of(1, 2), o.threads);
        assertFalse(o.djl);
        assertThrows(IllegalArgumentException.class, () -> Bench.Options.parse(new String[] {"--reps"}));
        assertThrows(IllegalArgumentException.class, () -> Bench.Options.parse(new String[] {"--fast", "1"}));
        assertThrows(IllegalArgumentException.class,
                () -> Workloads.cases(List.of("gemmm"), List.of(1)));
    }

    private static List<String> cells(String row) {
        return java.util.Arrays.stream(row.split("\\|")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }
}
