package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Cosine annealing with warm restarts every {@code T_i} epochs, {@code T_i} growing by {@code tMult}.
 * PyTorch: {@code CosineAnnealingWarmRestarts(optimizer, T_0, T_mult=1, eta_min=0, last_epoch=-1)}.
 */
public class CosineAnnealingWarmRestarts extends LRScheduler {
    private final int t0;
    private final int tMult;
    private final double etaMin;
    private double tI;
    private double tCur;

    /** PyTorch: {@code CosineAnnealingWarmRestarts(optimizer, T_0)}. */
    public CosineAnnealingWarmRestarts(Optimizer optimizer, int t0) {
        this(optimizer, t0, 1, 0, -1);
    }

    /** PyTorch: {@code CosineAnnealingWarmRestarts(optimizer, T_0, T_mult, eta_min)}. */
    public CosineAnnealingWarmRestarts(Optimizer optimizer, int t0, int tMult, double etaMin) {
        this(optimizer, t0, tMult, etaMin, -1);
    }

    /** PyTorch: {@code CosineAnnealingWarmRestarts(optimizer, T_0, T_mult, eta_min, last_epoch)}. */
    public CosineAnnealingWarmRestarts(Optimizer optimizer, int t0, int tMult, double etaMin, int lastEpoch) {
        super(optimizer, check(t0, tMult, lastEpoch));
        this.t0 = t0;
        this.tI = t0;
        this.tMult = tMult;
        this.etaMin = etaMin;
        this.tCur = lastEpoch;
        initialStep();
    }

    private static int check(int t0, int tMult, int lastEpoch) {
        if (t0 <= 0) {
            throw new IllegalArgumentException("Expected positive integer T_0, but got " + t0);
        }
        if (tMult < 1) {
            throw new IllegalArgumentException("Expected integer T_mult >= 1, but got " + tMult);
        }
        return lastEpoch;
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(etaMin + (b - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2);
        }
        return out;
    }

    /** PyTorch: {@code CosineAnnealingWarmRestarts.step()}. */
    @Override
    public void step() {
        warnIfBeforeOptimizerStep();
        stepCount++;
        if (lastEpoch < 0) {
            stepTo(0);
            return;
        }
        lastEpoch = lastEpoch + 1;
        tCur = tCur + 1;
        if (tCur >= tI) {
            tCur = tCur - tI;
            tI = tI * tMult;
        }
        apply(getLr());
    }

    /** PyTorch: {@code CosineAnnealingWarmRestarts.step(epoch)}. */
    @Override
    public void step(int epoch) {
        warnIfBeforeOptimizerStep();
        stepCount++;
        stepTo(epoch);
    }

    private void stepTo(double epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("Expected non-negative epoch, but got " + epoch);
        }
        if (epoch >= t0) {
            if (tMult == 1) {
                tCur = epoch % t0;
            } else {
                int n = (int) (Math.log(epoch / t0 * (tMult - 1) + 1) / Math.log(tMult));
                tCur = epoch - t0 * (Math.pow(tMult, n) - 1) / (tMult - 1);
                tI = t0 * Math.pow(tMult, n);
            }
        } else {
            tI = t0;
            tCur = epoch;
        }
        lastEpoch = (int) Math.floor(epoch);
        apply(getLr());
    }

    @Override
    public Map<String, Object> stateDict() {
        Map<String, Object> s = super.stateDict();
        s.put("T_i", tI);
        s.put("T_cur", tCur);
        return s;
    }

    @Override
    public void loadStateDict(Map<String, ?> state) {
        super.loadStateDict(state);
        tI = ((Number) state.get("T_i")).doubleValue();
        tCur = ((Number) state.get("T_cur")).doubleValue();
    }
}
