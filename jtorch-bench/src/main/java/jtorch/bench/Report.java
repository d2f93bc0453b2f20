package jtorch.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed table (one row per case, one column per peer, jtorch/peer ratios) and the JSON lines. */
final class Report {
    private Report() {
    }

    static String progressLine(Bench.Result r) {
        StringBuilder sb = new StringBuilder("  " + r.c().label() + " @" + r.c().threads() + "t:");
        for (String p : r.measured().keySet()) {
            sb.append(String.format(Locale.ROOT, " %s %.4g", p, r.figure(p)));
        }
        return sb.append(' ').append(r.c().unit()).toString();
    }

    static String table(Machine m, List<Peer> peers, List<Bench.Result> results) {
        List<String> peerCols = new ArrayList<>();
        List<String> families = new ArrayList<>();
        for (Peer p : peers) {
            if (p.family().equals("jtorch")) {
                continue;
            }
            peerCols.add(p.name());
            if (!families.contains(p.family())) {
                families.add(p.family());
            }
        }
        List<String> header = new ArrayList<>(List.of("workload", "unit", "threads", "jtorch"));
        header.addAll(peerCols);
        for (String f : families) {
            header.add("jtorch/" + f + (f.equals("torch") ? " best" : ""));
        }
        boolean peak = !m.fmaPeak().isEmpty();
        if (peak) {
            header.add("jtorch/FMA peak");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Bench.Result r : results) {
            List<String> row = new ArrayList<>(List.of(r.c().label(), unitCell(r.c()),
                    Integer.toString(r.c().threads()), num(r.figure("jtorch"))));
            for (String p : peerCols) {
                row.add(num(r.figure(p)));
            }
            for (String f : families) {
                double best = r.best(f);
                row.add(Double.isNaN(best) ? "" : String.format(Locale.ROOT, "%.2fx", r.figure("jtorch") / best));
            }
            if (peak) {
                double f = fractionOfPeak(m, r);
                row.add(Double.isNaN(f) ? "" : String.format(Locale.ROOT, "%.2f", f));
            }
            rows.add(row);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(m.summary()).append("\n\n");
        sb.append(markdown(header, rows));
        return sb.toString();
    }

    /** The unit, marked where a smaller figure is better (the ratio then wants to be below 1). */
    static String unitCell(Case c) {
        return c.lowerIsBetter() ? c.unit() + " (lower is better)" : c.unit();
    }

    /** jtorch's figure as a fraction of the FMA peak at the case's thread count; NaN unless a GFLOP/s case. */
    static double fractionOfPeak(Machine m, Bench.Result r) {
        return r.c().unit().equals("GFLOP/s") ? r.figure("jtorch") / m.peak(r.c().threads()) : Double.NaN;
    }

    private static String markdown(List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        StringBuilder sep = new StringBuilder("|");
        for (int i = 0; i < w.length; i++) {
            sep.append(i < 3 ? "-" : "").append("-".repeat(w[i] + 1)).append(i < 3 ? "|" : ":|");
        }
        sb.append(sep).append('\n');
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        sb.append('|');
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            sb.append(' ').append(i < 3 ? c + " ".repeat(w[i] - c.length()) : " ".repeat(w[i] - c.length()) + c)
                    .append(" |");
        }
        sb.append('\n');
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    static void appendJson(Path path, Machine m, List<Bench.Result> results) throws IOException {
        Gson gson = new Gson();
        JsonObject machine = gson.toJsonTree(m).getAsJsonObject();
        StringBuilder sb = new StringBuilder();
        for (Bench.Result r : results) {
            JsonObject o = new JsonObject();
            o.addProperty("workload", r.c().workload());
            o.addProperty("variant", r.c().variant());
            o.addProperty("threads", r.c().threads());
            o.addProperty("unit", r.c().unit());
            o.addProperty("lower_is_better", r.c().lowerIsBetter());
            JsonObject figures = new JsonObject();
            JsonObject measured = new JsonObject();
            for (String p : r.measured().keySet()) {
                double f = r.figure(p);
                if (!Double.isNaN(f)) {
                    figures.addProperty(p, f);
                }
                measured.add(p, gson.toJsonTree(r.measured().get(p)));
            }
            o.add("figures", figures);
            // a rate's repetitions are seconds per op; a directly measured case's are its values
            o.add(r.c().measure() == Case.Measure.RATE ? "seconds_per_op" : "values", measured);
            for (String f : r.families().values().stream().distinct().toList()) {
                if (!f.equals("jtorch")) {
                    o.addProperty("ratio_" + f + "_best", r.figure("jtorch") / r.best(f));
                }
            }
            double f = fractionOfPeak(m, r);
            if (!Double.isNaN(f)) {
                o.addProperty("fraction_of_fma_peak", f);
            }
            o.add("machine", machine);
            sb.append(gson.toJson(o)).append('\n');
        }
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
