package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;

/**
 * Reduces the learning rate when a metric stops improving. PyTorch: {@code ReduceLROnPlateau(optimizer, mode='min',
 * factor=0.1, patience=10, threshold=1e-4, threshold_mode='rel', cooldown=0, min_lr=0, eps=1e-8)}.
 *
 * <pre>{@code
 * var scheduler = new ReduceLROnPlateau(optimizer, ReduceLROnPlateau.options().mode("min").factor(0.5).patience(3));
 * scheduler.step(validationLoss);
 * }</pre>
 */
public class ReduceLROnPlateau {
    /** Keyword arguments of {@code ReduceLROnPlateau}. */
    public static final class Options {
        String mode = "min";
        double factor = 0.1;
        int patience = 10;
        double threshold = 1e-4;
        String thresholdMode = "rel";
        int cooldown;
        List<Double> minLrs = List.of(0.0);
        double eps = 1e-8;

        Options() {
        }

        /** {@code mode='min'} or {@code 'max'}. */
        public Options mode(String v) {
            mode = v;
            return this;
        }

        /** {@code factor=0.1}. */
        public Options factor(double v) {
            factor = v;
            return this;
        }

        /** {@code patience=10}. */
        public Options patience(int v) {
            patience = v;
            return this;
        }

        /** {@code threshold=1e-4}. */
        public Options threshold(double v) {
            threshold = v;
            return this;
        }

        /** {@code threshold_mode='rel'} or {@code 'abs'}. */
        public Options thresholdMode(String v) {
            thresholdMode = v;
            return this;
        }

        /** {@code cooldown=0}. */
        public Options cooldown(int v) {
            cooldown = v;
            return this;
        }

        /** {@code min_lr=0} for every group. */
        public Options minLr(double v) {
            minLrs = List.of(v);
            return this;
        }

        /** {@code min_lr=[...]}, one per group. */
        public Options minLr(List<Double> perGroup) {
            minLrs = List.copyOf(perGroup);
            return this;
        }

        /** {@code eps=1e-8}: smaller lr changes are ignored. */
        public Options eps(double v) {
            eps = v;
            return this;
        }
    }

    /** PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    private final Optimizer optimizer;
    private String mode;
    private double factor;
    private int patience;
    private double threshold;
    private String thresholdMode;
    private int cooldown;
    private List<Double> minLrs;
    private double eps;
    private double best;
    private int numBadEpochs;
    private int cooldownCounter;
    private int lastEpoch;
    private List<Double> lastLr = new ArrayList<>();

    /** PyTorch: {@code ReduceLROnPlateau(optimizer)}. */
    public ReduceLROnPlateau(Optimizer optimizer) {
        this(optimizer, options());
    }

    /** PyTorch: {@code ReduceLROnPlateau(optimizer, mode=..., factor=..., ...)}. */
    public ReduceLROnPlateau(Optimizer optimizer, Options o) {
        if (o.factor >= 1.0) {
            throw new IllegalArgumentException("Factor should be < 1.0.");
        }
        this.optimizer = optimizer;
        int n = optimizer.paramGroups().size();
        if (o.minLrs.size() == 1 && o.minLrs != null && n != 1) {
            List<Double> l = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                l.add(o.minLrs.get(0));
            }
            this.minLrs = l;
        } else if (o.minLrs.size() != n) {
            throw new IllegalArgumentException("expected " + n + " min_lrs, got " + o.minLrs.size());
        } else {
            this.minLrs = o.minLrs;
        }
        if (!o.mode.equals("min") && !o.mode.equals("max")) {
            throw new IllegalArgumentException("mode " + o.mode + " is unknown!");
        }
        if (!o.thresholdMode.equals("rel") && !o.thresholdMode.equals("abs")) {
            throw new IllegalArgumentException("threshold mode " + o.thresholdMode + " is unknown!");
        }
        this.mode = o.mode;
        this.factor = o.factor;
        this.patience = o.patience;
        this.threshold = o.threshold;
        this.thresholdMode = o.thresholdMode;
        this.cooldown = o.cooldown;
        this.eps = o.eps;
        this.lastEpoch = 0;
        best = modeWorse();
        numBadEpochs = 0;
        cooldownCounter = 0;
    }

    private double modeWorse() {
        return mode.equals("min") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    private boolean isBetter(double a, double best) {
        if (mode.equals("min")) {
            return thresholdMode.equals("rel") ? a < best * (1. - threshold) : a < best - threshold;
        }
        return thresholdMode.equals("rel") ? a > best * (threshold + 1.) : a > best + threshold;
    }

    /** Records one epoch's metric and reduces the lr after {@code patience} bad epochs. PyTorch: {@code step(metrics)}. */
    public void step(double metric) {
        lastEpoch = lastEpoch + 1;
        if (isBetter(metric, best)) {
            best = metric;
            numBadEpochs = 0;
        } else {
            numBadEpochs++;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            numBadEpochs = 0;
        }
        if (numBadEpochs > patience) {
            List<ParamGroup> groups = optimizer.paramGroups();
            for (int i = 0; i < groups.size(); i++) {
                double old = groups.get(i).lr();
                double nl = Math.max(old * factor, minLrs.get(i));
                if (old - nl > eps) {
                    groups.get(i).lr(nl);
                }
            }
            cooldownCounter = cooldown;
            numBadEpochs = 0;
        }
        lastLr = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            lastLr.add(g.lr());
        }
    }

    /** The metric's tensor form. PyTorch: {@code step(metrics)} with a 0-d tensor. */
    public void step(jtorch.Tensor metric) {
        step(metric.item());
    }

    /** The learning rates after the last step. PyTorch: {@code get_last_lr()} (1.13 sets it in step). */
    public List<Double> getLastLr() {
        return List.copyOf(lastLr);
    }

    /** The number of steps taken. PyTorch: {@code last_epoch}. */
    public int lastEpoch() {
        return lastEpoch;
    }

    /**
     * PyTorch 1.13's {@code state_dict()}: every attribute but the optimizer, in PyTorch's order ({@code factor},
     * {@code min_lrs}, {@code patience}, {@code verbose}, {@code cooldown}, {@code cooldown_counter}, {@code mode},
     * {@code threshold}, {@code threshold_mode}, {@code best}, {@code num_bad_epochs}, {@code mode_worse},
     * {@code eps}, {@code last_epoch}, and {@code _last_lr} once a step has set it).
     */
    public Map<String, Object> stateDict() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("factor", factor);
        s.put("min_lrs", new ArrayList<>(minLrs));
        s.put("patience", patience);
        s.put("verbose", false);
        s.put("cooldown", cooldown);
        s.put("cooldown_counter", cooldownCounter);
        s.put("mode", mode);
        s.put("threshold", threshold);
        s.put("threshold_mode", thresholdMode);
        s.put("best", best);
        s.put("num_bad_epochs", numBadEpochs);
        s.put("mode_worse", modeWorse());
        s.put("eps", eps);
        s.put("last_epoch", lastEpoch);
        if (!lastLr.isEmpty()) {
            s.put("_last_lr", new ArrayList<>(lastLr));
        }
        return s;
    }

    /**
     * Restores {@link #stateDict()} or PyTorch's; as PyTorch's {@code __dict__.update}, the saved arguments
     * replace the constructed ones and a key the map lacks keeps its current value. PyTorch:
     * {@code load_state_dict(state_dict)}.
     *
     * @throws IllegalArgumentException if a value is of the wrong type
     */
    public void loadStateDict(Map<String, ?> s) {
        s = LRScheduler.updated(stateDict(), s);
        factor = LRScheduler.number(s, "factor");
        minLrs = LRScheduler.doubles(s, "min_lrs");
        patience = LRScheduler.integer(s, "patience");
        cooldown = LRScheduler.integer(s, "cooldown");
        cooldownCounter = LRScheduler.integer(s, "cooldown_counter");
        mode = String.valueOf(LRScheduler.value(s, "mode"));
        threshold = LRScheduler.number(s, "threshold");
        thresholdMode = String.valueOf(LRScheduler.value(s, "threshold_mode"));
        best = LRScheduler.number(s, "best");
        numBadEpochs = LRScheduler.integer(s, "num_bad_epochs");
        eps = LRScheduler.number(s, "eps");
        lastEpoch = LRScheduler.integer(s, "last_epoch");
        lastLr = s.containsKey("_last_lr") ? LRScheduler.doubles(s, "_last_lr") : new ArrayList<>();
    }
}
