package jtorch.optim.swa_utils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.BatchNorm;
import jtorch.nn.Module;

/** The free functions of {@code torch.optim.swa_utils}. */
public final class SwaUtils {
    private SwaUtils() {
    }

    /** PyTorch: {@code torch.optim.swa_utils.update_bn(loader, model)}. See {@link #updateBn(Iterable, Module, Device)}. */
    public static void updateBn(Iterable<?> loader, Module model) {
        updateBn(loader, model, null);
    }

    /**
     * Recomputes the running statistics of every BatchNorm in {@code model} with one pass over {@code loader}: the
     * running mean and variance are replaced by zeros and ones, the batch counts reset, and each batch goes through
     * the model in training mode with momentum null, so the statistics become the cumulative average over the
     * batches. Each batch is a tensor, or a {@code List} or array whose first element is the input tensor (as a
     * DataLoader over a TensorDataset yields). Afterwards every BatchNorm has its momentum back and the model its
     * training mode. BatchNorms without running statistics are left alone. Runs without gradients. PyTorch:
     * {@code torch.optim.swa_utils.update_bn(loader, model, device=None)}.
     */
    public static void updateBn(Iterable<?> loader, Module model, Device device) {
        try (var g = Torch.noGrad()) {
            Map<BatchNorm, Double> momenta = new LinkedHashMap<>();
            for (Module m : model.modules()) {
                if (m instanceof BatchNorm bn && bn.runningMean() != null) {
                    bn.registerBuffer("running_mean", Torch.zerosLike(bn.runningMean()));
                    bn.registerBuffer("running_var", Torch.onesLike(bn.runningVar()));
                    momenta.put(bn, bn.momentum);
                }
            }
            if (momenta.isEmpty()) {
                return;
            }
            boolean wasTraining = model.isTraining();
            model.train();
            for (BatchNorm bn : momenta.keySet()) {
                bn.momentum = null;
                bn.numBatchesTracked().mul_(0L);
            }
            for (Object batch : loader) {
                Tensor input = input(batch);
                model.call(device != null ? input.to(device) : input);
            }
            momenta.forEach((bn, momentum) -> bn.momentum = momentum);
            model.train(wasTraining);
        }
    }

    private static Tensor input(Object batch) {
        Object first = batch instanceof List<?> l && !l.isEmpty() ? l.get(0)
                : batch instanceof Object[] a && a.length > 0 ? a[0] : batch;
        if (first instanceof Tensor t) {
            return t;
        }
        throw new IllegalArgumentException("update_bn: each batch must be a tensor or a list/array whose first element "
                + "is the input tensor, got " + (batch == null ? "null" : batch.getClass().getName()));
    }
}
