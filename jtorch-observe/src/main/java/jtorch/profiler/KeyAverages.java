package jtorch.profiler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events grouped by name (and optionally input shapes) in first-seen order, with PyTorch's table.
 * PyTorch: the {@code EventList} returned by {@code prof.key_averages()}.
 */
public final class KeyAverages {
    private static final int COLUMN = 12;
    private static final int SPACING = 2;
    private static final int MAX_NAME = 55;
    private static final int MAX_SHAPES = 80;

    /** Statistics of one key. PyTorch: {@code FunctionEventAvg}. */
    public record Avg(String key, List<List<Integer>> inputShapes, int count, long cpuTimeTotalNs, long selfCpuTimeTotalNs) {
        /** Mean total time per call. PyTorch: {@code cpu_time}. */
        public double cpuTimeNs() {
            return count == 0 ? 0 : (double) cpuTimeTotalNs / count;
        }
    }

    private final List<Avg> rows;
    private final boolean byShape;
    private final long selfTotalNs;

    KeyAverages(List<FunctionEvent> events, boolean byShape) {
        this.byShape = byShape;
        Map<List<Object>, Avg> m = new LinkedHashMap<>();
        long self = 0;
        for (FunctionEvent e : events) {
            List<Object> key = byShape ? List.of(e.name(), e.inputShapes()) : List.of(e.name());
            Avg a = m.get(key);
            Avg b = new Avg(e.name(), byShape ? e.inputShapes() : List.of(),
                    (a == null ? 0 : a.count()) + 1,
                    (a == null ? 0 : a.cpuTimeTotalNs()) + e.cpuTimeTotalNs(),
                    (a == null ? 0 : a.selfCpuTimeTotalNs()) + e.selfCpuTimeTotalNs());
            m.put(key, b);
            self += e.selfCpuTimeTotalNs();
        }
        this.rows = List.copyOf(m.values());
        this.selfTotalNs = self;
    }

    /** The rows in first-seen order. */
    public List<Avg> rows() {
        return rows;
    }

    /** The row of a key (the first one, when grouped by shape), if any op of that name ran. */
    public java.util.Optional<Avg> get(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** PyTorch: {@code table()} — unsorted, up to 100 rows. */
    public String table() {
        return table(null, 100);
    }

    /** PyTorch: {@code table(sort_by=sortBy)}. */
    public String table(String sortBy) {
        return table(sortBy, 100);
    }

    /**
     * PyTorch's table: Name, Self CPU %, Self CPU, CPU total %, CPU total, CPU time avg, # of Calls (and Input
     * Shapes when grouped by shape), rows sorted descending by {@code sortBy} ({@code cpu_time_total},
     * {@code self_cpu_time_total}, {@code cpu_time}, {@code count}; null keeps first-seen order), then the
     * self CPU time total. PyTorch: {@code key_averages().table(sort_by=..., row_limit=...)}.
     */
    public String table(String sortBy, int rowLimit) {
        List<Avg> sorted = new ArrayList<>(rows);
        if (sortBy != null) {
            Comparator<Avg> c = switch (sortBy) {
                case "cpu_time_total" -> Comparator.comparingLong(Avg::cpuTimeTotalNs);
                case "self_cpu_time_total" -> Comparator.comparingLong(Avg::selfCpuTimeTotalNs);
                case "cpu_time" -> Comparator.comparingDouble(Avg::cpuTimeNs);
                case "count" -> Comparator.comparingInt(Avg::count);
                default -> throw new IllegalArgumentException("sort_by must be one of cpu_time_total, self_cpu_time_total, "
                        + "cpu_time, count; got " + sortBy);
            };
            sorted.sort(c.reversed()); // stable, as Python's sorted(reverse=True)
        }
        int nameWidth = 0;
        int shapesWidth = 0;
        for (Avg a : sorted) {
            nameWidth = Math.max(nameWidth, a.key().length() + 4);
            shapesWidth = Math.max(shapesWidth, a.inputShapes().toString().length() + 4);
        }
        nameWidth = Math.min(nameWidth, MAX_NAME);
        shapesWidth = Math.min(shapesWidth, MAX_SHAPES);
        List<Integer> widths = new ArrayList<>(List.of(nameWidth, COLUMN, COLUMN, COLUMN, COLUMN, COLUMN, COLUMN));
        List<String> headers = new ArrayList<>(List.of("Name", "Self CPU %", "Self CPU", "CPU total %", "CPU total",
                "CPU time avg", "# of Calls"));
        if (byShape) {
            widths.add(shapesWidth);
            headers.add("Input Shapes");
        }
        StringBuilder sep = new StringBuilder();
        for (int w : widths) {
            sep.append("-".repeat(w)).append(" ".repeat(SPACING));
        }
        sep.append('\n');
        StringBuilder sb = new StringBuilder();
        sb.append(sep);
        row(sb, widths, headers);
        sb.append(sep);
        int n = 0;
        for (Avg a : sorted) {
            if (rowLimit > 0 && n++ == rowLimit) {
                break;
            }
            String name = a.key();
            if (name.length() >= MAX_NAME - 3) {
                name = name.substring(0, MAX_NAME - 3) + "...";
            }
            List<String> vals = new ArrayList<>(List.of(name,
                    share(a.selfCpuTimeTotalNs()), formatTime(a.selfCpuTimeTotalNs() / 1000.0),
                    share(a.cpuTimeTotalNs()), formatTime(a.cpuTimeTotalNs() / 1000.0),
                    formatTime(a.cpuTimeNs() / 1000.0), Integer.toString(a.count())));
            if (byShape) {
                String s = a.inputShapes().toString();
                vals.add(s.substring(0, Math.min(s.length(), shapesWidth)));
            }
            row(sb, widths, vals);
        }
        sb.append(sep);
        sb.append("Self CPU time total: ").append(formatTime(selfTotalNs / 1000.0)).append('\n');
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<Integer> widths, List<String> vals) {
        for (int i = 0; i < widths.size(); i++) {
            String v = vals.get(i);
            sb.append(" ".repeat(Math.max(0, widths.get(i) - v.length()))).append(v).append(" ".repeat(SPACING));
        }
        sb.append('\n');
    }

    private String share(long ns) {
        if (selfTotalNs == 0) {
            return "NaN";
        }
        return fixed(ns * 100.0 / selfTotalNs, 2) + "%";
    }

    /** PyTorch's {@code _format_time}: microseconds as {@code 1.234s}, {@code 1.234ms} or {@code 1.234us}. */
    static String formatTime(double us) {
        if (us >= 1e6) {
            return fixed(us / 1e6, 3) + "s";
        }
        if (us >= 1e3) {
            return fixed(us / 1e3, 3) + "ms";
        }
        return fixed(us, 3) + "us";
    }

    // Python's '{:.Nf}': the exact binary value rounded half-even
    private static String fixed(double v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
