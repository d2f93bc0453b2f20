package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;

/**
 * Cyclical learning rates (and inverse momentum) between {@code baseLr} and {@code maxLr}, stepped per batch.
 * PyTorch: {@code CyclicLR(optimizer, base_lr, max_lr, step_size_up=2000, step_size_down=None, mode='triangular',
 * gamma=1.0, scale_fn=None, scale_mode='cycle', cycle_momentum=True, base_momentum=0.8, max_momentum=0.9)}.
 *
 * <pre>{@code
 * new CyclicLR(opt, CyclicLR.options(0.01, 0.1).stepSizeUp(5).mode("triangular2"));
 * }</pre>
 */
public class CyclicLR extends LRScheduler {
    /** Keyword arguments of {@code CyclicLR}. */
    public static final class Options {
        List<Double> baseLr;
        List<Double> maxLr;
        double stepSizeUp = 2000;
        Double stepSizeDown;
        String mode = "triangular";
        double gamma = 1.;
        DoubleUnaryOperator scaleFn;
        String scaleMode = "cycle";
        boolean cycleMomentum = true;
        List<Double> baseMomentum = List.of(0.8);
        List<Double> maxMomentum = List.of(0.9);

        Options(List<Double> baseLr, List<Double> maxLr) {
            this.baseLr = baseLr;
            this.maxLr = maxLr;
        }

        /** {@code step_size_up=2000}. */
        public Options stepSizeUp(double v) {
            stepSizeUp = v;
            return this;
        }

        /** {@code step_size_down=None} (= step_size_up). */
        public Options stepSizeDown(double v) {
            stepSizeDown = v;
            return this;
        }

        /** {@code mode='triangular'}, {@code 'triangular2'} or {@code 'exp_range'}. */
        public Options mode(String v) {
            mode = v;
            return this;
        }

        /** {@code gamma=1.0} (exp_range). */
        public Options gamma(double v) {
            gamma = v;
            return this;
        }

        /** {@code scale_fn} with its {@code scale_mode} ({@code 'cycle'} or {@code 'iterations'}). */
        public Options scaleFn(DoubleUnaryOperator fn, String scaleMode) {
            this.scaleFn = fn;
            this.scaleMode = scaleMode;
            return this;
        }

        /** {@code cycle_momentum=True}. */
        public Options cycleMomentum(boolean v) {
            cycleMomentum = v;
            return this;
        }

        /** {@code base_momentum=0.8}. */
        public Options baseMomentum(double v) {
            baseMomentum = List.of(v);
            return this;
        }

        /** {@code max_momentum=0.9}. */
        public Options maxMomentum(double v) {
            maxMomentum = List.of(v);
            return this;
        }
    }

    /** Options with PyTorch's two required arguments. */
    public static Options options(double baseLr, double maxLr) {
        return new Options(List.of(baseLr), List.of(maxLr));
    }

    /** Options with one base and max lr per group. */
    public static Options options(List<Double> baseLrs, List<Double> maxLrs) {
        return new Options(baseLrs, maxLrs);
    }

    private List<Double> maxLrs;
    private double totalSize;
    private double stepRatio;
    private String mode;
    private double gamma;
    private final DoubleUnaryOperator scaleFn;
    private final boolean customScaleFn;
    private String scaleMode;
    private boolean cycleMomentum;
    private List<Double> baseMomentums;
    private List<Double> maxMomentums;

    /** PyTorch: {@code CyclicLR(optimizer, base_lr, max_lr)}. */
    public CyclicLR(Optimizer optimizer, double baseLr, double maxLr) {
        this(optimizer, options(baseLr, maxLr));
    }

    /** PyTorch: {@code CyclicLR(optimizer, base_lr, max_lr, ...)}. */
    public CyclicLR(Optimizer optimizer, Options o) {
        this(optimizer, o, -1);
    }

    /** PyTorch: {@code CyclicLR(optimizer, ..., last_epoch)}. */
    public CyclicLR(Optimizer optimizer, Options o, int lastEpoch) {
        super(prepare(optimizer, o, lastEpoch), lastEpoch);
        List<Double> base = perGroup(optimizer, "base_lr", o.baseLr);
        this.maxLrs = perGroup(optimizer, "max_lr", o.maxLr);
        double up = o.stepSizeUp;
        double down = o.stepSizeDown != null ? o.stepSizeDown : up;
        this.totalSize = up + down;
        this.stepRatio = up / totalSize;
        this.mode = o.mode;
        this.gamma = o.gamma;
        if (o.scaleFn == null) {
            this.scaleFn = switch (mode) {
                case "triangular" -> x -> 1.;
                case "triangular2" -> x -> 1 / Math.pow(2., x - 1);
                default -> x -> Math.pow(gamma, x);
            };
            this.scaleMode = mode.equals("exp_range") ? "iterations" : "cycle";
            this.customScaleFn = false;
        } else {
            this.customScaleFn = true;
            this.scaleFn = o.scaleFn;
            this.scaleMode = o.scaleMode;
        }
        this.cycleMomentum = o.cycleMomentum;
        if (cycleMomentum) {
            if (!optimizer.defaults().containsKey("momentum")) {
                throw new IllegalArgumentException("optimizer must support momentum with `cycle_momentum` option enabled");
            }
            List<Double> bm = perGroup(optimizer, "base_momentum", o.baseMomentum);
            if (lastEpoch == -1) {
                for (int i = 0; i < bm.size(); i++) {
                    optimizer.paramGroups().get(i).set("momentum", bm.get(i));
                }
            }
            baseMomentums = new ArrayList<>();
            for (ParamGroup g : optimizer.paramGroups()) {
                baseMomentums.add(g.getDouble("momentum"));
            }
            maxMomentums = perGroup(optimizer, "max_momentum", o.maxMomentum);
        }
        initialStep();
        this.baseLrs = base;
    }

    private static Optimizer prepare(Optimizer optimizer, Options o, int lastEpoch) {
        List<Double> base = perGroup(optimizer, "base_lr", o.baseLr);
        if (lastEpoch == -1) {
            for (int i = 0; i < base.size(); i++) {
                optimizer.paramGroups().get(i).lr(base.get(i));
            }
        }
        if (!List.of("triangular", "triangular2", "exp_range").contains(o.mode) && o.scaleFn == null) {
            throw new IllegalArgumentException("mode is invalid and scale_fn is None");
        }
        return optimizer;
    }

    @Override
    protected List<Double> getLr() {
        double cycle = Math.floor(1 + lastEpoch / totalSize);
        double x = 1. + lastEpoch / totalSize - cycle;
        double scale = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
        double s = scaleFn.applyAsDouble(scaleMode.equals("cycle") ? cycle : lastEpoch);
        List<Double> lrs = new ArrayList<>();
        for (int i = 0; i < baseLrs.size(); i++) {
            double height = (maxLrs.get(i) - baseLrs.get(i)) * scale;
            lrs.add(baseLrs.get(i) + height * s);
        }
        if (cycleMomentum) {
            for (int i = 0; i < baseMomentums.size(); i++) {
                double height = (maxMomentums.get(i) - baseMomentums.get(i)) * scale;
                optimizer.paramGroups().get(i).set("momentum", maxMomentums.get(i) - height * s);
            }
        }
        return lrs;
    }

    /**
     * PyTorch's keys; {@code _scale_fn_ref} (a weak reference to a method, which PyTorch 1.13 itself cannot
     * save) is left out, and {@code _scale_fn_custom} is None for the built-in modes and left out for a custom
     * function: loading keeps the constructed scheduler's scale function, as PyTorch does.
     */
    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("max_lrs", new ArrayList<>(maxLrs));
        state.put("total_size", totalSize);
        state.put("step_ratio", stepRatio);
        state.put("mode", mode);
        state.put("gamma", gamma);
        if (!customScaleFn) {
            state.put("_scale_fn_custom", null);
        }
        state.put("scale_mode", scaleMode);
        state.put("cycle_momentum", cycleMomentum);
        if (cycleMomentum) {
            state.put("base_momentums", new ArrayList<>(baseMomentums));
            state.put("max_momentums", new ArrayList<>(maxMomentums));
        }
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        maxLrs = doubles(state, "max_lrs");
        totalSize = number(state, "total_size");
        stepRatio = number(state, "step_ratio");
        mode = String.valueOf(value(state, "mode"));
        gamma = number(state, "gamma");
        scaleMode = String.valueOf(value(state, "scale_mode"));
        if (!(value(state, "cycle_momentum") instanceof Boolean cm)) {
            throw new IllegalArgumentException("scheduler state_dict: 'cycle_momentum' is not a bool");
        }
        cycleMomentum = cm;
        if (cycleMomentum) {
            baseMomentums = doubles(state, "base_momentums");
            maxMomentums = doubles(state, "max_momentums");
        }
    }
}
