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
    private int t0;
    private int tMult;
    private double etaMin;
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

    /**
     * PyTorch: {@code CosineAnnealingWarmRestarts.step()}, which (in 1.13) neither counts steps ({@code _step_count}
     * stays 0) nor warns about the call order.
     */
    @Override
    public void step() {
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
    protected void putAttributes(Map<String, Object> state) {
        state.put("T_0", t0);
        state.put("T_i", tI);
        state.put("T_mult", tMult);
        state.put("eta_min", etaMin);
        state.put("T_cur", tCur);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        t0 = integer(state, "T_0");
        tI = number(state, "T_i");
        tMult = integer(state, "T_mult");
        etaMin = number(state, "eta_min");
        tCur = number(state, "T_cur");
    }
}
