package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.optim.Optimizer;

/**
 * Cosine annealing from the initial lr to {@code etaMin} over {@code tMax} epochs (and back, periodically).
 * PyTorch: {@code CosineAnnealingLR(optimizer, T_max, eta_min=0, last_epoch=-1)}, its chainable recursion.
 */
public class CosineAnnealingLR extends LRScheduler {
    private int tMax;
    private double etaMin;

    /** PyTorch: {@code CosineAnnealingLR(optimizer, T_max)}. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax) {
        this(optimizer, tMax, 0, -1);
    }

    /** PyTorch: {@code CosineAnnealingLR(optimizer, T_max, eta_min)}. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin) {
        this(optimizer, tMax, etaMin, -1);
    }

    /** PyTorch: {@code CosineAnnealingLR(optimizer, T_max, eta_min, last_epoch)}. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin, int lastEpoch) {
        super(optimizer, lastEpoch);
        this.tMax = tMax;
        this.etaMin = etaMin;
        initialStep();
    }

    @Override
    protected List<Double> getLr() {
        List<Double> cur = currentLrs();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < cur.size(); i++) {
            double lr = cur.get(i);
            double base = baseLrs.get(i);
            if (lastEpoch == 0) {
                out.add(lr);
            } else if (stepCount == 1 && lastEpoch > 0) {
                out.add(etaMin + (base - etaMin) * (1 + Math.cos(lastEpoch * Math.PI / tMax)) / 2);
            } else if (Math.floorMod(lastEpoch - 1 - tMax, 2 * tMax) == 0) {
                out.add(lr + (base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2);
            } else {
                out.add((1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax))
                        * (lr - etaMin) + etaMin);
            }
        }
        return out;
    }

    @Override
    protected List<Double> closedFormLr() {
        List<Double> out = new ArrayList<>();
        for (double b : baseLrs) {
            out.add(etaMin + (b - etaMin) * (1 + Math.cos(Math.PI * lastEpoch / tMax)) / 2);
        }
        return out;
    }

    @Override
    protected void putAttributes(Map<String, Object> state) {
        state.put("T_max", tMax);
        state.put("eta_min", etaMin);
    }

    @Override
    protected void loadAttributes(Map<String, ?> state) {
        tMax = integer(state, "T_max");
        etaMin = number(state, "eta_min");
    }
}
