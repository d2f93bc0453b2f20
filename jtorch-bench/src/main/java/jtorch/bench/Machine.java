package jtorch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run happened: CPU, cores, JDK, kernel provider, peer versions, the load around it, and the
 * measured float32 FMA peak in GFLOP/s by thread count ({@link FmaPeak}; empty when not measured).
 */
record Machine(String when, String cpu, int cores, String jdk, String kernels, Map<String, String> peers,
               String loadBefore, String loadAfter, Map<Integer, Double> fmaPeak) {

    static Machine describe(List<Peer> peers, Map<Integer, Double> fmaPeak) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Peer p : peers) {
            if (p instanceof PythonPeer py) {
                versions.put("torch", py.version());
            } else if (!p.family().equals("jtorch")) {
                versions.put(p.family(), p.toString());
            }
        }
        return new Machine(Instant.now().toString(), cpuModel(), Runtime.getRuntime().availableProcessors(),
                Runtime.version().toString(), jtorch.Torch.cpuCapability(), versions, loadAverage(), null, fmaPeak);
    }

    Machine withLoadAfter() {
        return new Machine(when, cpu, cores, jdk, kernels, peers, loadBefore, loadAverage(), fmaPeak);
    }

    String summary() {
        return "machine: " + cpu + ", " + cores + " cores, JDK " + jdk + ", jtorch kernels " + kernels
                + (peers.isEmpty() ? "" : ", peers " + peers) + "; load average " + loadBefore
                + (loadAfter == null ? "" : " (after: " + loadAfter + ")")
                + (fmaPeak.isEmpty() ? "" : "\n" + FmaPeak.describe() + ": " + peakSummary());
    }

    /** The FMA peak at {@code threads}, or NaN when not measured. */
    double peak(int threads) {
        Double p = fmaPeak.get(threads);
        return p == null ? Double.NaN : p;
    }

    private String peakSummary() {
        StringBuilder sb = new StringBuilder();
        for (var e : new java.util.TreeMap<>(fmaPeak).entrySet()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.0f GFLOP/s at %dt",
                    e.getValue(), e.getKey()));
        }
        return sb.toString();
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to the JVM's view
        }
        return System.getProperty("os.arch");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
