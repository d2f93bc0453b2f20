package jtorch.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.CrossEntropyLoss;
import jtorch.nn.Module;
import jtorch.optim.SGD;
import jtorch.utils.data.DataLoader;
import jtorch.utils.data.Dataset;
import jtorch.utils.data.Example;
import jtorch.utils.data.Subset;
import jtorch.vision.datasets.FashionMNIST;
import jtorch.vision.transforms.ToTensor;

/**
 * The workloads measured in a fresh JVM, one per repetition, because what they measure is the process's own
 * (issue 23): {@code coldstart} (seconds from launching the JVM to the 100th LeNet training step),
 * {@code e2e} (one Fashion-MNIST epoch and the test accuracy: wall time, peak RSS, accuracy) and
 * {@code mem_resnet18} (the memory of a resnet18 training step and the process's peak RSS). The child JVM
 * gets this JVM's flags and class path (those of {@code ./jtorch} or the Maven exec run); PyTorch's side
 * ({@code torch_peer.py fresh ...}) likewise starts a fresh {@code python3}. Memory is in MB of 2^20 bytes.
 */
final class FreshProcess {
    static final List<String> WORKLOADS = List.of("coldstart", "e2e", "mem_resnet18");
    /** coldstart: training steps until the clock stops. */
    static final int COLDSTART_STEPS = 100;
    /** e2e: training batch, and the test split's batch (evaluation only). */
    static final int E2E_BATCH = 64;
    static final int E2E_TEST_BATCH = 1000;
    /** The line the coldstart child prints after its last step. */
    static final String DONE = "done";
    private static final double MB = 1 << 20;
    private static final Gson GSON = new Gson();

    private FreshProcess() {
    }

    /**
     * The child: {@code FreshProcess WORKLOAD THREADS}. Prints {@link #DONE} after the coldstart steps, or one
     * JSON line {@code {"values": [...]}} with the run's figures in the order of its cases.
     */
    public static void main(String[] args) {
        String workload = args[0];
        Torch.setNumThreads(Integer.parseInt(args[1]));
        switch (workload) {
            case "coldstart" -> {
                coldstart();
                System.out.println(DONE);
            }
            case "e2e" -> printValues(e2e(Integer.MAX_VALUE, Integer.MAX_VALUE));
            case "mem_resnet18" -> printValues(memResnet18(ModelWorkloads.RESNET18_BATCH,
                    ModelWorkloads.RESNET18_SIDE));
            default -> throw new IllegalArgumentException("no fresh-process workload " + workload + "; known: "
                    + WORKLOADS);
        }
        System.out.flush();
    }

    private static void printValues(double[] values) {
        JsonObject o = new JsonObject();
        o.add("values", GSON.toJsonTree(values));
        System.out.println(GSON.toJson(o));
    }

    /** coldstart's work: {@link #COLDSTART_STEPS} steps of the {@code lenet} workload. */
    static void coldstart() {
        Torch.manualSeed(0);
        Supplier<Tensor> step = ModelWorkloads.lenetStep(ModelWorkloads.LENET_BATCH);
        for (int i = 0; i < COLDSTART_STEPS; i++) {
            step.get();
        }
    }

    /**
     * e2e: LeNet with conv1 padding 2, one shuffled epoch (batch 64, CrossEntropy, SGD lr 0.01 momentum 0.9) over
     * the first {@code trainImages} of Fashion-MNIST's train split ({@code ToTensor()} samples), then the accuracy
     * on the first {@code testImages} of the test split in eval mode under no_grad. Returns {wall seconds from
     * building the datasets to the accuracy, the process's peak RSS in MB, the accuracy in %}.
     */
    static double[] e2e(int trainImages, int testImages) {
        Torch.manualSeed(0);
        long t0 = System.nanoTime();
        Dataset<Example<Tensor, Integer>> train = first(FashionMNIST.of(FashionMNIST.DEBIAN_ROOT, true,
                new ToTensor()), trainImages);
        Dataset<Example<Tensor, Integer>> test = first(FashionMNIST.of(FashionMNIST.DEBIAN_ROOT, false,
                new ToTensor()), testImages);
        Module model = new ModelWorkloads.PaddedLeNet();
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        SGD optimizer = new SGD(model.parameters(),
                SGD.options(ModelWorkloads.LR).momentum(ModelWorkloads.MOMENTUM));
        model.train();
        DataLoader<Example<Tensor, Integer>, Example<Tensor, Tensor>> loader = new DataLoader<>(train,
                DataLoader.options().batchSize(E2E_BATCH).shuffle(true));
        for (Example<Tensor, Tensor> b : loader) {
            optimizer.zeroGrad();
            Tensor loss = criterion.call(model.call(b.data()), b.target());
            loss.backward();
            optimizer.step();
        }
        model.eval();
        long correct = 0;
        try (var g = Torch.noGrad()) {
            DataLoader<Example<Tensor, Integer>, Example<Tensor, Tensor>> testLoader = new DataLoader<>(test,
                    E2E_TEST_BATCH);
            for (Example<Tensor, Tensor> b : testLoader) {
                correct += model.call(b.data()).argmax(1).eq(b.target()).sum().itemLong();
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        return new double[] {wall, peakRssBytes() / MB, 100.0 * correct / test.size()};
    }

    private static <T> Dataset<T> first(Dataset<T> ds, int n) {
        return n >= ds.size() ? ds : new Subset<>(ds, IntStream.range(0, n).toArray());
    }

    /**
     * mem_resnet18: two training steps of the {@code resnet18} workload (the first creates the gradients and the
     * momentum buffers). Returns {the heap the model and step hold at their high point: heap used after a full GC,
     * sampled after each forward (the graph alive), backward and optimizer step, less the heap used before the
     * model was built; the process's peak RSS}, in MB.
     */
    static double[] memResnet18(int batch, int side) {
        double base = heapAfterGc();
        Torch.manualSeed(0);
        Module model = ModelWorkloads.resnet18();
        Tensor x = Torch.randn(batch, 3, side, side);
        Tensor y = Torch.randint(0, ModelWorkloads.CLASSES, batch);
        CrossEntropyLoss criterion = new CrossEntropyLoss();
        SGD optimizer = new SGD(model.parameters(),
                SGD.options(ModelWorkloads.LR).momentum(ModelWorkloads.MOMENTUM));
        model.train();
        double high = 0;
        for (int step = 0; step < 2; step++) {
            optimizer.zeroGrad();
            Tensor loss = criterion.call(model.call(x), y);
            high = Math.max(high, heapAfterGc());
            loss.backward();
            high = Math.max(high, heapAfterGc());
            optimizer.step();
            high = Math.max(high, heapAfterGc());
        }
        return new double[] {(high - base) / MB, peakRssBytes() / MB};
    }

    private static double heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's peak resident set ({@code VmHWM} of {@code /proc/self/status}; Linux). */
    static double peakRssBytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    // "VmHWM:    123456 kB"
                    return 1024.0 * Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the peak RSS needs Linux's " + status, e);
        }
        throw new IllegalStateException(status + " has no VmHWM line");
    }

    /**
     * One repetition of {@code workload} in a fresh JVM at {@code threads} threads: the values of its cases
     * (coldstart: the seconds from launching the JVM to the end of its last step).
     */
    static double[] run(String workload, int threads) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), FreshProcess.class.getName(), workload,
                Integer.toString(threads)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String line;
        double[] values = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (values == null && (line = out.readLine()) != null) {
                if (line.equals(DONE)) {
                    values = new double[] {(System.nanoTime() - t0) / 1e9};
                } else if (line.startsWith("{")) {
                    values = GSON.fromJson(line, JsonObject.class).get("values").getAsJsonArray().asList().stream()
                            .mapToDouble(v -> v.getAsDouble()).toArray();
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || values == null) {
            throw new IOException(String.format(Locale.ROOT, "the %s child JVM ended with exit code %d%s", workload,
                    exit, values == null ? " before reporting" : ""));
        }
        return values;
    }
}
