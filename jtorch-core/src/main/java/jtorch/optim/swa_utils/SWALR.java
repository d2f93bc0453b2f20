package jtorch.optim.swa_utils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;
import jtorch.optim.lr.LRScheduler;

/**
 * Anneals each parameter group's learning rate to a fixed {@code swa_lr} over {@code anneal_epochs} epochs, then keeps
 * it there: the schedule of the averaging phase of SWA. PyTorch: {@code torch.optim.swa_utils.SWALR(optimizer, swa_lr,
 * anneal_epochs=10, anneal_strategy='cos', last_epoch=-1)}. Each group's {@code swa_lr} is stored in the group (key
 * {@code "swa_lr"}), and every step starts from the group's current lr, so it takes over from whatever schedule ran
 * before:
 *
 * <pre>{@code
 * var scheduler = new CosineAnnealingLR(optimizer, 300);
 * var swaScheduler = new SWALR(optimizer, SWALR.options(0.05).annealStrategy("linear").annealEpochs(20));
 * for (int epoch = 0; epoch < 300; epoch++) {
 *     train(...);
 *     if (epoch > swaStart) {
 *         swaModel.updateParameters(model);
 *         swaScheduler.step();
 *     } else {
 *         scheduler.step();
 *     }
 * }
 * }</pre>
 */
public class SWALR extends LRScheduler {
    /** Keyword arguments of {@code SWALR}. */
    public static final class Options {
        final List<Double> swaLrs;
        final boolean perGroup;
        int annealEpochs = 10;
        String annealStrategy = "cos";
        int lastEpoch = -1;

        Options(List<Double> swaLrs, boolean perGroup) {
            this.swaLrs = List.copyOf(swaLrs);
            this.perGroup = perGroup;
        }

        /** {@code anneal_epochs=10}: epochs of the annealing phase. */
        public Options annealEpochs(int v) {
            annealEpochs = v;
            return this;
        }

        /** {@code anneal_strategy='cos'}: {@code "cos"} or {@code "linear"}. */
        public Options annealStrategy(String v) {
            annealStrategy = v;
            return this;
        }

        /** {@code last_epoch=-1}. */
        public Options lastEpoch(int v) {
            lastEpoch = v;
            return this;
        }
    }

    /** Options with one {@code swa_lr} for every group. PyTorch: {@code SWALR(optimizer, swa_lr=0.05)}. */
    public static Options options(double swaLr) {
        return new Options(List.of(swaLr), false);
    }

    /** Options with one {@code swa_lr} per group. PyTorch: {@code SWALR(optimizer, swa_lr=[0.05, 0.01])}. */
    public static Options options(List<Double> swaLrs) {
        return new Options(swaLrs, true);
    }

    private final DoubleUnaryOperator annealFunc;
    private int annealEpochs;

    /** PyTorch: {@code SWALR(optimizer, swa_lr)}. */
    public SWALR(Optimizer optimizer, double swaLr) {
        this(optimizer, options(swaLr));
    }

    /** PyTorch: {@code SWALR(optimizer, swa_lr, anneal_epochs=..., anneal_strategy=..., last_epoch=...)}. */
    public SWALR(Optimizer optimizer, Options o) {
        super(optimizer, configured(optimizer, o));
        this.annealFunc = o.annealStrategy.equals("cos") ? SWALR::cosineAnneal : t -> t;
        this.annealEpochs = o.annealEpochs;
        initialStep();
    }

    // PyTorch's order: swa_lr is stored in the groups before the strategy and the epochs are checked
    private static int configured(Optimizer optimizer, Options o) {
        List<ParamGroup> groups = optimizer.paramGroups();
        if (o.perGroup && o.swaLrs.size() != groups.size()) {
            throw new IllegalArgumentException("swa_lr must have the same length as optimizer.param_groups: swa_lr has "
                    + o.swaLrs.size() + ", optimizer.param_groups has " + groups.size());
        }
        List<Double> swaLrs = o.perGroup ? o.swaLrs : Collections.nCopies(groups.size(), o.swaLrs.get(0));
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).set("swa_lr", swaLrs.get(i));
        }
        if (!o.annealStrategy.equals("cos") && !o.annealStrategy.equals("linear")) {
            throw new IllegalArgumentException("anneal_strategy must by one of 'cos' or 'linear', instead got "
                    + o.annealStrategy);
        }
        if (o.annealEpochs < 0) {
            throw new IllegalArgumentException("anneal_epochs must be equal or greater than 0, got " + o.annealEpochs);
        }
        return o.lastEpoch;
    }

    private static double cosineAnneal(double t) {
        return (1 - Math.cos(Math.PI * t)) / 2;
    }

    /** The lr before annealing by {@code alpha} that annealing turned into {@code lr}. PyTorch: {@code _get_initial_lr}. */
    private static double initialLr(double lr, double swaLr, double alpha) {
        return alpha == 1 ? swaLr : (lr - alpha * swaLr) / (1 - alpha);
    }

    @Override
    protected List<Double> getLr() {
        int step = stepCount - 1;
        if (annealEpochs == 0) {
            step = Math.max(1, step);
        }
        int span = Math.max(1, annealEpochs);
        double prevAlpha = annealFunc.applyAsDouble(Math.max(0, Math.min(1, (step - 1) / (double) span)));
        double alpha = annealFunc.applyAsDouble(Math.max(0, Math.min(1, step / (double) span)));
        List<Double> out = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            double swaLr = g.getDouble("swa_lr");
            double prevLr = initialLr(g.lr(), swaLr, prevAlpha);
            out.add(swaLr * alpha + prevLr * (1 - alpha));
        }
        return out;
    }

    /** The base state plus {@code anneal_epochs}. PyTorch: {@code SWALR.state_dict()} (its anneal function aside). */
    @Override
    public Map<String, Object> stateDict() {
        Map<String, Object> s = super.stateDict();
        s.put("anneal_epochs", annealEpochs);
        return s;
    }

    /** Restores {@link #stateDict()}. PyTorch: {@code SWALR.load_state_dict(state_dict)}. */
    @Override
    public void loadStateDict(Map<String, ?> state) {
        super.loadStateDict(state);
        if (state.get("anneal_epochs") instanceof Number n) {
            annealEpochs = n.intValue();
        }
    }
}
