package jtorch.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PyTorch in one thread configuration, as a long-lived {@code python3} process running
 * {@code torch_peer.py} (a JSON line protocol; see that script). The thread settings go into the
 * environment before {@code import torch}, as they must: Debian's torch runs its own ops on libgomp and
 * GEMM on OpenBLAS's separate pool, and the two spin against each other at N threads unless
 * {@code OMP_WAIT_POLICY=PASSIVE}; so every configuration is measured and the best one counts.
 */
final class PythonPeer implements Peer {
    private static final Gson GSON = new Gson();

    private final String name;
    private final int threads;
    private final boolean forAllThreadsRowsOnly;
    private final double warmupSeconds;
    private final double repSeconds;
    private final Process process;
    private final BufferedReader in;
    private final Writer out;
    private final String version;

    private PythonPeer(String name, int threads, boolean forAllThreadsRowsOnly, Map<String, String> env, String python,
                       Path script, double warmupSeconds, double repSeconds) throws IOException {
        this.name = name;
        this.threads = threads;
        this.forAllThreadsRowsOnly = forAllThreadsRowsOnly;
        this.warmupSeconds = warmupSeconds;
        this.repSeconds = repSeconds;
        ProcessBuilder pb = new ProcessBuilder(python, script.toString(), Integer.toString(threads));
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        this.process = pb.start();
        this.in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String ready = in.readLine();
        if (ready == null) {
            process.destroy();
            throw new IOException(python + " could not import torch");
        }
        this.version = GSON.fromJson(ready, JsonObject.class).get("torch").getAsString();
    }

    /**
     * The PyTorch configurations for a run whose largest thread count is {@code n}: 1 thread, and for
     * n > 1 also n threads and n threads with passive waiting. Empty (with a note on stderr) when the
     * interpreter or torch is missing: the columns are dropped, the run goes on.
     */
    static List<Peer> start(String python, int n, double warmupSeconds, double repSeconds) {
        List<Peer> peers = new ArrayList<>();
        Path script;
        try {
            script = extractScript();
        } catch (IOException e) {
            System.err.println("PyTorch peer disabled: " + e);
            return peers;
        }
        String one = "1";
        String all = Integer.toString(n);
        try {
            peers.add(new PythonPeer("torch 1t", 1, false,
                    Map.of("OMP_NUM_THREADS", one, "OPENBLAS_NUM_THREADS", one), python, script, warmupSeconds,
                    repSeconds));
            if (n > 1) {
                peers.add(new PythonPeer("torch " + n + "t", n, true,
                        Map.of("OMP_NUM_THREADS", all, "OPENBLAS_NUM_THREADS", all), python, script, warmupSeconds,
                        repSeconds));
                peers.add(new PythonPeer("torch " + n + "t passive", n, true,
                        Map.of("OMP_NUM_THREADS", all, "OPENBLAS_NUM_THREADS", all, "OMP_WAIT_POLICY", "PASSIVE"),
                        python, script, warmupSeconds, repSeconds));
            }
        } catch (IOException e) {
            System.err.println("PyTorch peer disabled (" + python + "): " + e.getMessage());
            for (Peer p : peers) {
                try {
                    p.close();
                } catch (Exception ignored) {
                    // already failing: the peer is dropped either way
                }
            }
            return new ArrayList<>();
        }
        return peers;
    }

    private static Path extractScript() throws IOException {
        Path script = Files.createTempFile("jtorch-bench-torch-peer", ".py");
        script.toFile().deleteOnExit();
        try (InputStream s = PythonPeer.class.getResourceAsStream("torch_peer.py")) {
            if (s == null) {
                throw new IOException("torch_peer.py is missing from the class path");
            }
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    /** The torch version the interpreter reported. */
    String version() {
        return version;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String family() {
        return "torch";
    }

    /** The 1-thread configuration counts in every row; the n-thread ones only in the all-threads rows. */
    @Override
    public boolean accepts(Case c) {
        return forAllThreadsRowsOnly ? c.threads() == threads && c.threads() > 1 : c.threads() >= threads;
    }

    @Override
    public void setup(Case c) throws IOException {
        JsonObject cmd = new JsonObject();
        cmd.addProperty("cmd", "setup");
        cmd.addProperty("workload", c.workload());
        cmd.addProperty("variant", c.variant());
        cmd.addProperty("warmup", warmupSeconds);
        cmd.addProperty("rep", repSeconds);
        if (c.workload().equals("dataload") || c.workload().equals("e2e")) { // the same files as jtorch's side
            cmd.addProperty("fashion", jtorch.vision.datasets.FashionMNIST.DEBIAN_ROOT.toString());
        }
        if (c.workload().equals("dataload")) {
            cmd.addProperty("jpegs", DataLoad.jpegFolder().toString());
        }
        JsonObject reply = call(cmd);
        if (!reply.get("ok").getAsBoolean()) {
            throw new IOException(name + ": " + reply.get("error").getAsString());
        }
    }

    @Override
    public double[] measure() throws IOException {
        JsonObject cmd = new JsonObject();
        cmd.addProperty("cmd", "measure");
        JsonObject reply = call(cmd);
        if (reply.has("error")) {
            throw new IOException(name + ": " + reply.get("error").getAsString());
        }
        // a timed op answers its seconds per op; a fresh-process run (FreshProcess) the values of its cases
        return reply.has("values")
                ? reply.getAsJsonArray("values").asList().stream().mapToDouble(v -> v.getAsDouble()).toArray()
                : new double[] {reply.get("seconds_per_op").getAsDouble()};
    }

    private JsonObject call(JsonObject cmd) throws IOException {
        out.write(GSON.toJson(cmd) + "\n");
        out.flush();
        String line = in.readLine();
        if (line == null) {
            throw new IOException(name + ": the python process ended");
        }
        return GSON.fromJson(line, JsonObject.class);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            out.write("{\"cmd\": \"quit\"}\n");
            out.flush();
        } catch (IOException ignored) {
            // the process is gone already
        }
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
