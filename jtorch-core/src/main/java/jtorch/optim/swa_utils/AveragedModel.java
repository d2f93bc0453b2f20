package jtorch.optim.swa_utils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;

/**
 * A copy of a model whose parameters (and optionally buffers) are running averages of the model's, for Stochastic
 * Weight Averaging. PyTorch: {@code torch.optim.swa_utils.AveragedModel(model, device=None, avg_fn=None,
 * use_buffers=False)}.
 *
 * <p>Java cannot deep-copy an arbitrary module, so the copy PyTorch makes with {@code deepcopy(model)} is built by
 * {@code copy} (a supplier of the same architecture, typically the model's constructor) and then given the model's
 * parameters and buffers (values, {@code requires_grad}) and training modes. The copy is the child {@code module} and
 * the count of averaged models the int64 buffer {@code n_averaged}, so the state dict has PyTorch's keys
 * ({@code n_averaged}, {@code module.<name>}):
 *
 * <pre>{@code
 * var swaModel = new AveragedModel(model, Net::new);
 * // exponential moving average of parameters and buffers
 * var ema = new AveragedModel(model, Net::new, AveragedModel.options()
 *         .avgFn((averaged, current, n) -> averaged.mul(0.1).add(current.mul(0.9))).useBuffers(true));
 * }</pre>
 */
public class AveragedModel extends Module {
    /**
     * How a parameter of the averaged model is updated: {@code avg_fn(averaged_model_parameter, model_parameter,
     * num_averaged)} returns the new value ({@code num_averaged} is the int64 0-d count of models averaged so far).
     */
    @FunctionalInterface
    public interface AvgFn {
        /** The new average from the old one, the current parameter and the count so far. */
        Tensor apply(Tensor averaged, Tensor current, Tensor numAveraged);
    }

    /** Keyword arguments of {@code AveragedModel}. */
    public static final class Options {
        Device device;
        AvgFn avgFn;
        boolean useBuffers;

        Options() {
        }

        /** {@code device=None}: where the averaged model is kept (null: the model's device). */
        public Options device(Device v) {
            device = v;
            return this;
        }

        /** {@code avg_fn=None}: the averaging function (null: the equally weighted running average). */
        public Options avgFn(AvgFn v) {
            avgFn = v;
            return this;
        }

        /** {@code use_buffers=False}: average the buffers too (else they keep the values copied at construction). */
        public Options useBuffers(boolean v) {
            useBuffers = v;
            return this;
        }
    }

    /** PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    private final Module module;
    private final AvgFn avgFn;
    private final boolean useBuffers;

    /** PyTorch: {@code AveragedModel(model)}, {@code copy} building the model's architecture. */
    public AveragedModel(Module model, Supplier<? extends Module> copy) {
        this(model, copy, options());
    }

    /** PyTorch: {@code AveragedModel(model, device=..., avg_fn=..., use_buffers=...)}. */
    public AveragedModel(Module model, Supplier<? extends Module> copy, Options options) {
        Module m = copy.get();
        if (m == model) {
            throw new IllegalArgumentException("AveragedModel: copy must build a new module, not return the model");
        }
        copyState(model, m);
        if (options.device != null) {
            m.to(options.device);
        }
        this.module = m;
        registerBuffer("n_averaged", Torch.zeros(Torch.options().dtype(DType.INT64)
                .device(options.device != null ? options.device : Device.CPU)));
        this.avgFn = options.avgFn != null ? options.avgFn : AveragedModel::equalAverage;
        this.useBuffers = options.useBuffers;
    }

    /** PyTorch's default {@code avg_fn}: {@code averaged + (current - averaged) / (num_averaged + 1)}. */
    private static Tensor equalAverage(Tensor averaged, Tensor current, Tensor numAveraged) {
        return averaged.add(current.sub(averaged).div(numAveraged.add(1L)));
    }

    // what deepcopy(model) carries over: parameter and buffer values, requires_grad, each submodule's training mode
    private static void copyState(Module model, Module copy) {
        copyTensors("parameter", model.namedParameters(), copy.namedParameters(), true);
        copyTensors("buffer", model.namedBuffers(), copy.namedBuffers(), false);
        List<Module> from = model.modules();
        List<Module> to = copy.modules();
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("AveragedModel: the copy has " + to.size() + " modules but the model has "
                    + from.size() + "; copy must build the model's architecture");
        }
        for (int i = 0; i < from.size(); i++) {
            to.get(i).train(from.get(i).isTraining());
        }
    }

    private static void copyTensors(String kind, Map<String, ? extends Tensor> from, Map<String, ? extends Tensor> to,
                                    boolean parameters) {
        if (!from.keySet().equals(to.keySet())) {
            throw new IllegalArgumentException("AveragedModel: the copy's " + kind + "s " + to.keySet()
                    + " are not the model's " + from.keySet() + "; copy must build the model's architecture");
        }
        try (var g = Torch.noGrad()) {
            for (Map.Entry<String, ? extends Tensor> e : from.entrySet()) {
                Tensor src = e.getValue();
                Tensor dst = to.get(e.getKey());
                if (src.dtype() != dst.dtype() || !java.util.Arrays.equals(src.sizes(), dst.sizes())) {
                    throw new IllegalArgumentException("AveragedModel: the copy's " + kind + " " + e.getKey() + " is "
                            + dst.dtype() + " " + java.util.Arrays.toString(dst.sizes()) + " but the model's is "
                            + src.dtype() + " " + java.util.Arrays.toString(src.sizes()));
                }
                dst.copy_(src);
                if (parameters) {
                    dst.requiresGrad_(src.requiresGrad());
                }
            }
        }
    }

    /** The averaged copy of the model. PyTorch: {@code swa_model.module}. */
    public Module module() {
        return module;
    }

    /** How many models have been averaged (an int64 0-d buffer). PyTorch: {@code swa_model.n_averaged}. */
    public Tensor nAveraged() {
        return ownBuffers().get("n_averaged");
    }

    /** Runs the averaged module. PyTorch: {@code AveragedModel.forward(*args)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        return module.call(inputs);
    }

    @Override
    public Tensor forward(Tensor input) {
        return module.call(input);
    }

    /**
     * Folds {@code model}'s current parameters (and buffers, with {@code useBuffers}) into the average: the first
     * call copies them, later ones apply {@code avg_fn}; then {@code n_averaged} grows by one. Parameters pair up in
     * order, as PyTorch's {@code zip} does. PyTorch: {@code AveragedModel.update_parameters(model)}.
     */
    public void updateParameters(Module model) {
        List<Tensor> mine = new ArrayList<>(module.parameters());
        List<Tensor> theirs = new ArrayList<>(model.parameters());
        if (useBuffers) {
            mine.addAll(module.buffers());
            theirs.addAll(model.buffers());
        }
        Tensor n = nAveraged();
        boolean first = n.item() == 0;
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            Tensor swa = mine.get(i).detach();
            Tensor current = theirs.get(i).detach().to(swa.device());
            swa.copy_(first ? current : avgFn.apply(swa, current, n.to(swa.device())));
        }
        n.add_(1L);
    }
}
