package jtorch.utils.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.RemovableHandle;
import jtorch.nn.Module;
import jtorch.nn.ModuleList;
import jtorch.nn.Parameter;
import jtorch.nn.Sequential;

/**
 * torchsummary's {@code summary(model, input_size)}: one forward pass on {@code rand(2, *input_size)} with a
 * forward hook on every module except containers ({@link Sequential}, {@link ModuleList}) and the model itself;
 * a row per call, in the order the calls finish ({@code <Type>-<n>}, output shape with batch -1, the module's own
 * weight + bias count), then totals and the estimated memory (4 bytes a number, outputs counted twice for
 * their gradients).
 */
public final class ModelSummary {
    private static final String RULE = "-".repeat(64);
    private static final String DOUBLE_RULE = "=".repeat(64);

    /** One row of the table. */
    public record Layer(String name, int[] outputShape, long params, boolean trainable, boolean hasWeight) {
    }

    private final List<Layer> layers;
    private final List<int[]> inputSizes;
    private final int batchSize;

    private ModelSummary(List<Layer> layers, List<int[]> inputSizes, int batchSize) {
        this.layers = layers;
        this.inputSizes = inputSizes;
        this.batchSize = batchSize;
    }

    /**
     * Runs the model once and tabulates its layers. torchsummary: {@code summary(model, input_size,
     * batch_size=-1, device="cpu")}; returns the table it prints.
     */
    public static String summary(Module model, int... inputSize) {
        return of(model, List.of(inputSize), -1).toString();
    }

    /** A model with several inputs. torchsummary: {@code summary(model, [size1, size2], batch_size)}. */
    public static String summary(Module model, List<int[]> inputSizes, int batchSize) {
        return of(model, inputSizes, batchSize).toString();
    }

    /** The rows and totals, for programs that want the numbers rather than the text. */
    public static ModelSummary of(Module model, List<int[]> inputSizes, int batchSize) {
        List<Layer> rows = new ArrayList<>();
        List<RemovableHandle> hooks = new ArrayList<>();
        model.apply(m -> {
            if (m instanceof Sequential || m instanceof ModuleList || m == model) {
                return;
            }
            hooks.add(m.registerForwardHook((mod, in, out) -> {
                int[] shape = out.sizes().clone();
                shape[0] = batchSize;
                long params = 0;
                Parameter weight = mod.namedParameters().get("weight");
                Parameter bias = mod.namedParameters().get("bias");
                if (weight != null) {
                    params += weight.numel();
                }
                if (bias != null) {
                    params += bias.numel();
                }
                rows.add(new Layer(mod.getName() + "-" + (rows.size() + 1), shape, params,
                        weight != null && weight.requiresGrad(), weight != null));
                return null;
            }));
        });
        try (var g = Torch.noGrad()) {
            Tensor[] x = new Tensor[inputSizes.size()];
            for (int i = 0; i < x.length; i++) {
                int[] s = new int[inputSizes.get(i).length + 1];
                s[0] = 2; // batch of 2 for batch norm
                System.arraycopy(inputSizes.get(i), 0, s, 1, s.length - 1);
                x[i] = Torch.rand(s);
            }
            model.call(x);
        } finally {
            hooks.forEach(RemovableHandle::remove);
        }
        return new ModelSummary(List.copyOf(rows), inputSizes, batchSize);
    }

    /** The rows, in the order the layers finished. */
    public List<Layer> layers() {
        return layers;
    }

    /** Sum of the rows' parameter counts (a module called twice counts twice, as in torchsummary). */
    public long totalParams() {
        return layers.stream().mapToLong(Layer::params).sum();
    }

    /** Parameters of rows whose weight requires grad. */
    public long trainableParams() {
        return layers.stream().filter(Layer::trainable).mapToLong(Layer::params).sum();
    }

    private static String mb(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The table exactly as torchsummary prints it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(RULE).append('\n');
        sb.append(String.format("%20s  %25s %15s%n", "Layer (type)", "Output Shape", "Param #"));
        sb.append(DOUBLE_RULE).append('\n');
        long totalOutput = 0;
        for (Layer l : layers) {
            sb.append(String.format(Locale.US, "%20s  %25s %15s%n", l.name(), pyList(l.outputShape()),
                    String.format(Locale.US, "%,d", l.params())));
            long p = 1;
            for (int d : l.outputShape()) {
                p *= d;
            }
            totalOutput += p;
        }
        long total = totalParams();
        long trainable = trainableParams();
        long inputNumel = 1;
        for (int[] s : inputSizes) {
            for (int d : s) {
                inputNumel *= d;
            }
        }
        double inputMb = Math.abs(inputNumel * (double) batchSize * 4. / (1024 * 1024.));
        double outputMb = Math.abs(2. * totalOutput * 4. / (1024 * 1024.));
        double paramsMb = Math.abs(total * 4. / (1024 * 1024.));
        double totalMb = paramsMb + outputMb + inputMb;
        sb.append(DOUBLE_RULE).append('\n');
        sb.append(String.format(Locale.US, "Total params: %,d%n", total));
        sb.append(String.format(Locale.US, "Trainable params: %,d%n", trainable));
        sb.append(String.format(Locale.US, "Non-trainable params: %,d%n", total - trainable));
        sb.append(RULE).append('\n');
        sb.append("Input size (MB): ").append(mb(inputMb)).append('\n');
        sb.append("Forward/backward pass size (MB): ").append(mb(outputMb)).append('\n');
        sb.append("Params size (MB): ").append(mb(paramsMb)).append('\n');
        sb.append("Estimated Total Size (MB): ").append(mb(totalMb)).append('\n');
        sb.append(RULE).append('\n');
        return sb.toString().replace(System.lineSeparator(), "\n");
    }

    private static String pyList(int[] shape) {
        return Arrays.toString(shape);
    }
}
