package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import jtorch.optim.Optimizer;

/**
 * Sets each group's lr to its initial lr times a function of the epoch, one function for all groups or one per group.
 * PyTorch: {@code LambdaLR(optimizer, lr_lambda, last_epoch=-1)}. The seed's warm-up + cosine schedule:
 *
 * <pre>{@code
 * IntToDoubleFunction warmUpCosine = epoch -> epoch < warmUp ? (epoch + 1.0) / warmUp
 *         : 0.5 * (Math.cos((epoch - warmUp) / (double) (epochs - warmUp) * Math.PI) + 1);
 * var scheduler = new LambdaLR(optimizer, List.of(warmUpCosine, warmUpCosine));
 * }</pre>
 */
public class LambdaLR extends LRScheduler {
    private final List<IntToDoubleFunction> lambdas;

    /** One function for every group. PyTorch: {@code LambdaLR(optimizer, lr_lambda)}. */
    public LambdaLR(Optimizer optimizer, IntToDoubleFunction lrLambda) {
        this(optimizer, Collections.nCopies(optimizer.paramGroups().size(), lrLambda), -1);
    }

    /** One function per group. PyTorch: {@code LambdaLR(optimizer, [lambda1, lambda2])}. */
    public LambdaLR(Optimizer optimizer, List<IntToDoubleFunction> lrLambdas) {
        this(optimizer, lrLambdas, -1);
    }

    /** PyTorch: {@code LambdaLR(optimizer, lr_lambdas, last_epoch)}. */
    public LambdaLR(Optimizer optimizer, List<IntToDoubleFunction> lrLambdas, int lastEpoch) {
        super(optimizer, checked(optimizer, lrLambdas, lastEpoch));
        this.lambdas = List.copyOf(lrLambdas);
        initialStep();
    }

    static int checked(Optimizer optimizer, List<?> lambdas, int lastEpoch) {
        if (lambdas.size() != optimizer.paramGroups().size()) {
            throw new IllegalArgumentException("Expected " + optimizer.paramGroups().size() + " lr_lambdas, but got "
                    + lambdas.size());
        }
        return lastEpoch;
    }

    @Override
    protected List<Double> getLr() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < baseLrs.size(); i++) {
            out.add(baseLrs.get(i) * lambdas.get(i).applyAsDouble(lastEpoch));
        }
        return out;
    }

    /**
     * PyTorch's keys, with {@code lr_lambdas} last: one None per group, as PyTorch saves plain functions (only a
     * callable object's attributes are saved there, and Java functions have none). PyTorch:
     * {@code state_dict()}.
     */
    @Override
    public Map<String, Object> stateDict() {
        Map<String, Object> s = super.stateDict();
        s.put("lr_lambdas", new ArrayList<>(Collections.nCopies(lambdas.size(), null)));
        return s;
    }
}
