package jtorch.serialization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.Parameter;

/**
 * The program {@link StreamingLoadTest} runs in a JVM of its own with a small {@code -Xmx}: builds the
 * destination model, then loads a large checkpoint into it in one of three ways and checks every value.
 * Exit codes: 0 loaded and checked, {@link #OUT_OF_MEMORY} the heap ran out, 1 anything else.
 */
public final class StreamingLoadChild {
    static final int TENSORS = 24;
    static final int ROWS = 512;
    static final int COLS = 1024;
    static final int OUT_OF_MEMORY = 42;

    private StreamingLoadChild() {
    }

    /** A model of {@link #TENSORS} float32 parameters of {@code ROWS x COLS}, zero-filled (48 MiB). */
    static final class Big extends Module {
        Big() {
            for (int k = 0; k < TENSORS; k++) {
                registerParameter("p" + k, new Parameter(Torch.zeros(ROWS, COLS)));
            }
        }

        @Override
        public Tensor forward(Tensor x) {
            return x;
        }
    }

    /** Element {@code i} of tensor {@code k}: an integer below 2^16, exact in every float dtype. */
    static int value(int k, int i) {
        return (int) ((i * 7L + k * 1009L) % 65521);
    }

    /** The checkpoint {@link Big} loads, with each tensor's elements {@link #value}, in {@code dtype}. */
    static Map<String, Tensor> stateDict(DType dtype) {
        Map<String, Tensor> sd = new java.util.LinkedHashMap<>();
        for (int k = 0; k < TENSORS; k++) {
            Storage s = Storage.allocate(dtype, ROWS * COLS);
            for (int i = 0; i < ROWS * COLS; i++) {
                s.setDouble(i, value(k, i));
            }
            sd.put("p" + k, new Tensor(s, new int[] {ROWS, COLS}, new int[] {COLS, 1}, 0));
        }
        return sd;
    }

    /**
     * {@code args}: mode ({@code stream}, {@code stream-mmap}, {@code eager} or {@code meta}) and the file; or
     * {@code hostile} and files that must each fail with a CheckpointException however they are loaded.
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("hostile")) {
            hostile(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path file = Path.of(args[1]);
        long fileSize = Files.size(file);
        Runtime rt = Runtime.getRuntime();
        try {
            if (args[0].equals("meta")) {
                Map<String, Tensor> sd = Torch.load(file, "meta");
                check(sd.size() == TENSORS, "tensors: " + sd.size());
                for (int k = 0; k < TENSORS; k++) {
                    Tensor t = sd.get("p" + k);
                    check(t.isMeta() && t.sizes()[0] == ROWS && t.sizes()[1] == COLS, "p" + k + " " + t);
                }
                System.out.println("OK meta dtype=" + sd.get("p0").dtype() + " file=" + fileSize + " max=" + rt.maxMemory());
                return;
            }
            Big model = new Big();
            System.gc();
            long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
            switch (args[0]) {
                case "stream" -> Serialization.loadStateDict(model, file, true);
                case "stream-mmap" -> Serialization.loadStateDict(model, file,
                        Serialization.loadOptions().mmap(true), true);
                case "eager" -> model.loadStateDict(Torch.load(file));
                default -> throw new IllegalArgumentException(args[0]);
            }
            Map<String, Tensor> sd = model.stateDict();
            for (int k = 0; k < TENSORS; k++) {
                float[] a = (float[]) sd.get("p" + k).storage().data();
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != value(k, i)) {
                        check(false, "p" + k + "[" + i + "] = " + a[i] + ", want " + value(k, i));
                    }
                }
            }
            System.out.println("OK " + args[0] + " file=" + fileSize + " freeAfterModel=" + free + " max="
                    + rt.maxMemory());
        } catch (OutOfMemoryError e) {
            System.out.println("OutOfMemoryError: " + e.getMessage());
            System.exit(OUT_OF_MEMORY);
        }
    }

    private static void hostile(String[] files) {
        Map<String, java.util.function.Consumer<Path>> ways = new java.util.LinkedHashMap<>();
        ways.put("load", f -> Torch.load(f));
        ways.put("mmap", f -> Torch.load(f, Serialization.loadOptions().mmap(true)));
        ways.put("meta", f -> Torch.load(f, "meta"));
        ways.put("stream", f -> Serialization.loadStateDict(new jtorch.nn.Linear(4, 4), f, false));
        for (String name : files) {
            for (Map.Entry<String, java.util.function.Consumer<Path>> w : ways.entrySet()) {
                String what = Path.of(name).getFileName() + " " + w.getKey();
                try {
                    w.getValue().accept(Path.of(name));
                    check(false, what + " loaded");
                } catch (CheckpointException e) {
                    System.out.println(what + ": " + e.getMessage());
                } catch (OutOfMemoryError e) {
                    System.out.println(what + ": OutOfMemoryError");
                    System.exit(OUT_OF_MEMORY);
                } catch (RuntimeException e) {
                    check(false, what + ": " + e);
                }
            }
        }
        System.out.println("OK hostile max=" + Runtime.getRuntime().maxMemory());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("FAILED " + what);
            System.exit(1);
        }
    }
}
