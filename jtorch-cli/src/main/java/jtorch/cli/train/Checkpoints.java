package jtorch.cli.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.optim.Optimizer;
import jtorch.optim.lr.LRScheduler;
import jtorch.optim.lr.ReduceLROnPlateau;

/**
 * The checkpoint maps {@link Trainer} writes with {@code Torch.save} (PyTorch's {@code .pt} format, readable by
 * {@code torch.load}): {@code model_state_dict}, {@code optimizer_state_dict}, {@code scheduler_state_dict},
 * {@code rng_state}, {@code epoch}, {@code config}, {@code classes}, {@code normalize}, {@code input_shape},
 * {@code history}, {@code best_val_loss}, {@code best_epoch}, {@code bad_epochs}.
 */
public final class Checkpoints {
    private static final List<String> HISTORY_KEYS = List.of("train_loss", "train_acc", "valid_loss", "valid_acc", "lr");

    private Checkpoints() {
    }

    /**
     * Reads a checkpoint written by {@code jtorch train}.
     *
     * @throws IllegalArgumentException when the file is missing or is not such a checkpoint
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(Path path) {
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new IllegalArgumentException("checkpoint not found: " + path);
        }
        Object o = Torch.load(path);
        if (!(o instanceof Map<?, ?> m) || !m.containsKey("model_state_dict") || !m.containsKey("config")) {
            throw new IllegalArgumentException(path + " is not a jtorch train checkpoint (no model_state_dict/config)");
        }
        return (Map<String, Object>) m;
    }

    /** The model's state dict in a checkpoint. */
    @SuppressWarnings("unchecked")
    public static Map<String, Tensor> stateDict(Map<String, Object> ck) {
        return (Map<String, Tensor>) ck.get("model_state_dict");
    }

    /** The training configuration in a checkpoint. */
    public static TrainConfig config(Map<String, Object> ck) {
        return TrainConfig.fromMap((Map<?, ?>) ck.get("config"));
    }

    /**
     * The preprocessing (normalisation, padding, channels, resizing) a checkpoint's model expects; checkpoints
     * written before channel replication and resizing existed keep their channels and size.
     */
    public static Preprocessing preprocessing(Map<String, Object> ck) {
        Map<?, ?> n = (Map<?, ?>) ck.get("normalize");
        Number channels = (Number) n.get("channels");
        Number resize = (Number) n.get("resize");
        return new Preprocessing(((Number) n.get("mean")).doubleValue(), ((Number) n.get("std")).doubleValue(),
                new Preprocessing.Geometry(((Number) n.get("pad")).intValue(),
                        channels != null ? channels.intValue() : inputShape(ck)[0],
                        resize != null ? resize.intValue() : 0));
    }

    /** The class names in a checkpoint. */
    public static List<String> classes(Map<String, Object> ck) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) ck.get("classes")) {
            out.add((String) o);
        }
        return out;
    }

    /** The raw image shape {@code [C, H, W]} (before padding) the model was trained on. */
    public static int[] inputShape(Map<String, Object> ck) {
        List<?> s = (List<?>) ck.get("input_shape");
        return new int[] {((Number) s.get(0)).intValue(), ((Number) s.get(1)).intValue(), ((Number) s.get(2)).intValue()};
    }

    /** Rebuilds the checkpoint's model (in eval mode) with its weights, strictly. */
    public static Module model(Map<String, Object> ck) {
        TrainConfig cfg = config(ck);
        int[] raw = inputShape(ck);
        int[] shape = preprocessing(ck).geometry().outputShape(raw[1], raw[2]);
        Module m = Models.create(cfg.model(), shape[0], shape[1], shape[2], classes(ck).size(), cfg.dropout());
        m.loadStateDict(stateDict(ck), true);
        m.eval();
        return m;
    }

    /** Restores model, optimizer, scheduler and the default generator from a checkpoint, for a resumed run. */
    @SuppressWarnings("unchecked")
    static void restore(Map<String, Object> ck, Module model, Optimizer optimizer, Object scheduler) {
        model.loadStateDict(stateDict(ck), true);
        optimizer.loadStateDict((Map<String, ?>) ck.get("optimizer_state_dict"));
        Object s = ck.get("scheduler_state_dict");
        if (scheduler instanceof LRScheduler l && s != null) {
            l.loadStateDict((Map<String, ?>) s);
        } else if (scheduler instanceof ReduceLROnPlateau p && s != null) {
            p.loadStateDict((Map<String, ?>) s);
        }
        Torch.setRngState((Tensor) ck.get("rng_state"));
    }

    static Number num(Map<String, Object> ck, String key) {
        Object v = ck.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("checkpoint has no number '" + key + "'");
        }
        return n;
    }

    static Map<String, Object> historyMap(List<Trainer.EpochStats> history) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<List<Double>> cols = new ArrayList<>();
        for (int i = 0; i < HISTORY_KEYS.size(); i++) {
            cols.add(new ArrayList<>());
        }
        for (Trainer.EpochStats s : history) {
            cols.get(0).add(s.trainLoss());
            cols.get(1).add(s.trainAcc());
            cols.get(2).add(s.validLoss());
            cols.get(3).add(s.validAcc());
            cols.get(4).add(s.lr());
        }
        for (int i = 0; i < HISTORY_KEYS.size(); i++) {
            m.put(HISTORY_KEYS.get(i), cols.get(i));
        }
        return m;
    }

    /** The per-epoch history stored in a checkpoint. */
    public static List<Trainer.EpochStats> history(Map<String, Object> ck) {
        Map<?, ?> m = (Map<?, ?>) ck.get("history");
        List<Trainer.EpochStats> out = new ArrayList<>();
        List<?> first = (List<?>) m.get(HISTORY_KEYS.get(0));
        for (int i = 0; i < first.size(); i++) {
            double[] v = new double[HISTORY_KEYS.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = ((Number) ((List<?>) m.get(HISTORY_KEYS.get(k))).get(i)).doubleValue();
            }
            out.add(new Trainer.EpochStats(i + 1, v[0], v[1], v[2], v[3], v[4]));
        }
        return out;
    }
}
