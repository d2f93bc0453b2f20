package jtorch.optim.lr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import jtorch.optim.Optimizer;

/**
 * Multiplies each group's lr by a function of the epoch at every step after the first.
 * PyTorch: {@code MultiplicativeLR(optimizer, lr_lambda, last_epoch=-1)}.
 */
public class MultiplicativeLR extends LRScheduler {
    private final List<IntToDoubleFunction> lambdas;

    /** One function for every group. PyTorch: {@code MultiplicativeLR(optimizer, lr_lambda)}. */
    public MultiplicativeLR(Optimizer optimizer, IntToDoubleFunction lrLambda) {
        this(optimizer, Collections.nCopies(optimizer.paramGroups().size(), lrLambda), -1);
    }

    /** One function per group. PyTorch: {@code MultiplicativeLR(optimizer, [lambda1, ...])}. */
    public MultiplicativeLR(Optimizer optimizer, List<IntToDoubleFunction> lrLambdas) {
        this(optimizer, lrLambdas, -1);
    }

    /** PyTorch: {@code MultiplicativeLR(optimizer, lr_lambdas, last_epoch)}. */
    public MultiplicativeLR(Optimizer optimizer, List<IntToDoubleFunction> lrLambdas, int lastEpoch) {
        super(optimizer, LambdaLR.checked(optimizer, lrLambdas, lastEpoch));
        this.lambdas = List.copyOf(lrLambdas);
        initialStep();
    }

    @Override
    protected List<Double> getLr() {
        List<Double> cur = currentLrs();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < cur.size(); i++) {
            out.add(lastEpoch > 0 ? cur.get(i) * lambdas.get(i).applyAsDouble(lastEpoch) : cur.get(i));
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
