package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;

/**
 * The 1cycle policy: warm up to {@code maxLr}, then anneal far below the initial lr, stepped per batch (momentum or
 * Adam's beta1 cycles inversely). PyTorch: {@code OneCycleLR(optimizer, max_lr, total_steps=None, epochs=None,
 * steps_per_epoch=None, pct_start=0.3, anneal_strategy='cos', cycle_momentum=True, base_momentum=0.85,
 * max_momentum=0.95, div_factor=25.0, final_div_factor=1e4, three_phase=False)}.
 *
 * <pre>{@code
 * new OneCycleLR(opt, OneCycleLR.options(0.1).totalSteps(100));
 * new OneCycleLR(opt, OneCycleLR.options(0.1).epochs(10).stepsPerEpoch(50).annealStrategy("linear"));
 * }</pre>
 */
public class OneCycleLR extends LRScheduler {
    /** Keyword arguments of {@code OneCycleLR}. */
    public static final class Options {
        List<Double> maxLr;
        Integer totalSteps;
        Integer epochs;
        Integer stepsPerEpoch;
        double pctStart = 0.3;
        String annealStrategy = "cos";
        boolean cycleMomentum = true;
        double baseMomentum = 0.85;
        double maxMomentum = 0.95;
        double divFactor = 25.;
        double finalDivFactor = 1e4;
        boolean threePhase;

        Options(List<Double> maxLr) {
            this.maxLr = maxLr;
        }

        /** {@code total_steps}. */
        public Options totalSteps(int v) {
            totalSteps = v;
            return this;
        }

        /** {@code epochs} (with {@code steps_per_epoch}). */
        public Options epochs(int v) {
            epochs = v;
            return this;
        }

        /** {@code steps_per_epoch} (with {@code epochs}). */
        public Options stepsPerEpoch(int v) {
            stepsPerEpoch = v;
            return this;
        }

        /** {@code pct_start=0.3}. */
        public Options pctStart(double v) {
            pctStart = v;
            return this;
        }

        /** {@code anneal_strategy='cos'} or {@code 'linear'}. */
        public Options annealStrategy(String v) {
            annealStrategy = v;
            return this;
        }

        /** {@code cycle_momentum=True}. */
        public Options cycleMomentum(boolean v) {
            cycleMomentum = v;
            return this;
        }

        /** {@code base_momentum=0.85}. */
        public Options baseMomentum(double v) {
            baseMomentum = v;
            return this;
        }

        /** {@code max_momentum=0.95}. */
        public Options maxMomentum(double v) {
            maxMomentum = v;
            return this;
        }

        /** {@code div_factor=25.0}. */
        public Options divFactor(double v) {
            divFactor = v;
            return this;
        }

        /** {@code final_div_factor=1e4}. */
        public Options finalDivFactor(double v) {
            finalDivFactor = v;
            return this;
        }

        /** {@code three_phase=False}. */
        public Options threePhase(boolean v) {
            threePhase = v;
            return this;
        }
    }

    /** Options with {@code max_lr} for every group. */
    public static Options options(double maxLr) {
        return new Options(List.of(maxLr));
    }

    /** Options with one {@code max_lr} per group. */
    public static Options options(List<Double> maxLrs) {
        return new Options(maxLrs);
    }

    private record Phase(double endStep, String startLr, String endLr, String startMomentum, String endMomentum) {
    }

    private int totalSteps;
    private List<Phase> phases;
    private final boolean cos;
    private boolean cycleMomentum;
    private boolean useBeta1;

    /** PyTorch: {@code OneCycleLR(optimizer, max_lr, ...)}. */
    public OneCycleLR(Optimizer optimizer, Options o) {
        this(optimizer, o, -1);
    }

    /** PyTorch: {@code OneCycleLR(optimizer, max_lr, ..., last_epoch)}. */
    public OneCycleLR(Optimizer optimizer, Options o, int lastEpoch) {
        super(prepare(optimizer, o, lastEpoch), lastEpoch);
        this.totalSteps = total(o);
        double pct = o.pctStart;
        if (o.threePhase) {
            phases = List.of(new Phase(pct * totalSteps - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                    new Phase(2 * pct * totalSteps - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
                    new Phase(totalSteps - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum"));
        } else {
            phases = List.of(new Phase(pct * totalSteps - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
                    new Phase(totalSteps - 1, "max_lr", "min_lr", "base_momentum", "max_momentum"));
        }
        this.cos = o.annealStrategy.equals("cos");
        this.cycleMomentum = o.cycleMomentum;
        this.useBeta1 = optimizer.defaults().containsKey("betas");
        initialStep();
    }

    private static int total(Options o) {
        if (o.totalSteps == null && o.epochs == null && o.stepsPerEpoch == null) {
            throw new IllegalArgumentException("You must define either total_steps OR (epochs AND steps_per_epoch)");
        }
        if (o.totalSteps != null) {
            if (o.totalSteps <= 0) {
                throw new IllegalArgumentException("Expected positive integer total_steps, but got " + o.totalSteps);
            }
            return o.totalSteps;
        }
        if (o.epochs == null || o.epochs <= 0) {
            throw new IllegalArgumentException("Expected positive integer epochs, but got " + o.epochs);
        }
        if (o.stepsPerEpoch == null || o.stepsPerEpoch <= 0) {
            throw new IllegalArgumentException("Expected positive integer steps_per_epoch, but got " + o.stepsPerEpoch);
        }
        return o.epochs * o.stepsPerEpoch;
    }

    private static Optimizer prepare(Optimizer optimizer, Options o, int lastEpoch) {
        total(o);
        if (o.pctStart < 0 || o.pctStart > 1) {
            throw new IllegalArgumentException("Expected float between 0 and 1 pct_start, but got "
                    + jtorch.optim.PyFloat.repr(o.pctStart));
        }
        if (!o.annealStrategy.equals("cos") && !o.annealStrategy.equals("linear")) {
            throw new IllegalArgumentException("anneal_strategy must by one of 'cos' or 'linear', instead got "
                    + o.annealStrategy);
        }
        List<Double> maxLrs = perGroup(optimizer, "max_lr", o.maxLr);
        List<ParamGroup> groups = optimizer.paramGroups();
        if (lastEpoch == -1) {
            for (int i = 0; i < groups.size(); i++) {
                ParamGroup g = groups.get(i);
                g.set("initial_lr", maxLrs.get(i) / o.divFactor);
                g.set("max_lr", maxLrs.get(i));
                g.set("min_lr", g.getDouble("initial_lr") / o.finalDivFactor);
            }
        }
        if (o.cycleMomentum) {
            boolean beta = optimizer.defaults().containsKey("betas");
            if (!optimizer.defaults().containsKey("momentum") && !beta) {
                throw new IllegalArgumentException("optimizer must support momentum with `cycle_momentum` option enabled");
            }
            if (lastEpoch == -1) {
                for (ParamGroup g : groups) {
                    if (beta) {
                        g.set("betas", List.of(o.maxMomentum, g.getPair("betas")[1]));
                    } else {
                        g.set("momentum", o.maxMomentum);
                    }
                    g.set("max_momentum", o.maxMomentum);
                    g.set("base_momentum", o.baseMomentum);
                }
            }
        }
        return optimizer;
    }

    private double anneal(double start, double end, double pct) {
        if (cos) {
            double cosOut = Math.cos(Math.PI * pct) + 1;
            return end + (start - end) / 2.0 * cosOut;
        }
        return (end - start) * pct + start;
    }

    @Override
    protected List<Double> getLr() {
        int stepNum = lastEpoch;
        if (stepNum > totalSteps) {
            throw new IllegalArgumentException("Tried to step " + (stepNum + 1)
                    + " times. The specified number of total steps is " + totalSteps);
        }
        List<Double> lrs = new ArrayList<>();
        for (ParamGroup g : optimizer.paramGroups()) {
            double startStep = 0;
            double lr = 0;
            double momentum = 0;
            for (int i = 0; i < phases.size(); i++) {
                Phase ph = phases.get(i);
                if (stepNum <= ph.endStep || i == phases.size() - 1) {
                    double pct = (stepNum - startStep) / (ph.endStep - startStep);
                    lr = anneal(g.getDouble(ph.startLr), g.getDouble(ph.endLr), pct);
                    if (cycleMomentum) {
                        momentum = anneal(g.getDouble(ph.startMomentum), g.getDouble(ph.endMomentum), pct);
                    }
                    break;
                }
                startStep = ph.endStep;
            }
            lrs.add(lr);
            if (cycleMomentum) {
                if (useBeta1) {
                    g.set("betas", List.of(momentum, g.getPair("betas")[1]));
                } else {
                    g.set("momentum", momentum);
                }
            }
        }
        return lrs;
    }

    /**
     * PyTorch's keys but {@code anneal_func}: a bound method, which PyTorch pickles together with the whole
     * scheduler and optimizer objects; loading keeps the constructed scheduler's annealing, as PyTorch's
     * {@code load_state_dict} does for a state without it.
     */
    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("total_steps", totalSteps);
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Phase ph : phases) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("end_step", ph.endStep());
            m.put("start_lr", ph.startLr());
            m.put("end_lr", ph.endLr());
            m.put("start_momentum", ph.startMomentum());
            m.put("end_momentum", ph.endMomentum());
            ps.add(m);
        }
        state.put("_schedule_phases", ps);
        state.put("cycle_momentum", cycleMomentum);
        state.put("use_beta1", useBeta1);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        totalSteps = integer(state, "total_steps");
        if (!(value(state, "_schedule_phases") instanceof List<?> ps)) {
            throw new IllegalArgumentException("scheduler state_dict: '_schedule_phases' is not a list");
        }
        List<Phase> loaded = new ArrayList<>();
        for (Object o : ps) {
            if (!(o instanceof Map<?, ?> m0)) {
                throw new IllegalArgumentException("scheduler state_dict: a schedule phase is not a dict: " + o);
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> m = (Map<String, ?>) m0;
            loaded.add(new Phase(number(m, "end_step"), String.valueOf(value(m, "start_lr")),
                    String.valueOf(value(m, "end_lr")), String.valueOf(value(m, "start_momentum")),
                    String.valueOf(value(m, "end_momentum"))));
        }
        phases = List.copyOf(loaded);
        if (!(value(state, "cycle_momentum") instanceof Boolean cm) || !(value(state, "use_beta1") instanceof Boolean b1)) {
            throw new IllegalArgumentException("scheduler state_dict: 'cycle_momentum' and 'use_beta1' must be bools");
        }
        cycleMomentum = cm;
        useBeta1 = b1;
    }
}
