package jtorch.cli.train;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.optim.ParamGroup;

/**
 * The seed's fine-tuning recipe ({@code 003}, "模型 Finetune"): start from a trained model's weights, leave out
 * those that do not fit (the classifier head when the class count differs), freeze the backbone, and give the
 * head a larger learning rate in a second parameter group ({@code optim.SGD([{'params': base_params},
 * {'params': net.fc3.parameters(), 'lr': lr_init*10}], lr_init, ...)}).
 *
 * <p>The head is the module owning the model's last parameter ({@code fc3} of LeNet, {@code fc} of ResNet and
 * GoogLeNet, {@code classifier.6} of AlexNet and VGG, ...). Frozen parameters get {@code requires_grad=False}
 * and are left out of the optimizer, both as the seed says.
 *
 * @param checkpoint the file to start from: a {@code jtorch train} checkpoint or a bare state dict (as
 *                   {@code torch.save(net.state_dict(), f)} writes it); empty for a fresh model
 * @param freeze     parameter-name prefixes to freeze
 * @param headLrMult the head group's learning rate as a multiple of {@code --lr}
 */
public record FineTune(String checkpoint, List<String> freeze, double headLrMult) {
    /** No fine-tuning: a fresh model, nothing frozen, one parameter group. */
    public static final FineTune NONE = new FineTune("", List.of(), 1);
    /** The seed's head learning-rate factor ({@code lr_init*10}). */
    public static final double DEFAULT_HEAD_LR_MULT = 10;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException for a non-positive factor, or prefixes without a checkpoint
     */
    public FineTune {
        freeze = List.copyOf(freeze);
        if (!(headLrMult > 0) || Double.isInfinite(headLrMult)) {
            throw new IllegalArgumentException("--head-lr-mult must be positive, got " + headLrMult);
        }
        if (checkpoint.isEmpty() && (!freeze.isEmpty() || headLrMult != 1)) {
            throw new IllegalArgumentException("--freeze and --head-lr-mult need --finetune CHECKPOINT");
        }
        for (String p : freeze) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("--freeze: empty prefix (it would freeze every parameter)");
            }
        }
    }

    /** Whether a run starts from a checkpoint. */
    public boolean enabled() {
        return !checkpoint.isEmpty();
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkpoint", checkpoint);
        m.put("freeze", freeze);
        m.put("head_lr_mult", headLrMult);
        return m;
    }

    static FineTune fromMap(Map<?, ?> m) {
        List<String> freeze = new ArrayList<>();
        for (Object o : (List<?>) m.get("freeze")) {
            freeze.add((String) o);
        }
        return new FineTune((String) m.get("checkpoint"), freeze, ((Number) m.get("head_lr_mult")).doubleValue());
    }

    /**
     * Copies every tensor of {@link #checkpoint()} whose name and shape match into {@code model} (the seed's
     * {@code net_state_dict.update({k: v for k, v in pretrained.items() if k in net_state_dict})}, plus a shape
     * check so that a 10-class head is not forced into a 3-class model) and prints what was loaded and skipped.
     *
     * @throws IllegalArgumentException when the file is missing, holds no state dict, or nothing in it fits
     */
    public void load(Module model, PrintStream out) {
        Map<String, Tensor> source = stateDict(Path.of(checkpoint));
        Map<String, Tensor> own = model.stateDict();
        Map<String, Tensor> fitting = new LinkedHashMap<>();
        List<String> shapeDiffers = new ArrayList<>();
        List<String> notInModel = new ArrayList<>();
        for (var e : source.entrySet()) {
            Tensor mine = own.get(e.getKey());
            if (mine == null) {
                notInModel.add(e.getKey());
            } else if (!Arrays.equals(mine.sizes(), e.getValue().sizes())) {
                shapeDiffers.add(e.getKey() + " " + Arrays.toString(e.getValue().sizes()) + " -> "
                        + Arrays.toString(mine.sizes()));
            } else {
                fitting.put(e.getKey(), e.getValue());
            }
        }
        if (fitting.isEmpty()) {
            throw new IllegalArgumentException("--finetune: no tensor of " + checkpoint + " fits the model (its keys: "
                    + String.join(", ", source.keySet()) + "; the model's: " + String.join(", ", own.keySet()) + ")");
        }
        List<String> fresh = new ArrayList<>(own.keySet());
        fresh.removeAll(fitting.keySet());
        model.loadStateDict(fitting, false);
        out.printf(Locale.ROOT, "  fine-tuning from %s: loaded %d of the model's %d tensors%n", checkpoint,
                fitting.size(), own.size());
        if (!shapeDiffers.isEmpty()) {
            out.println("    skipped (shape differs, kept the fresh initialisation): " + String.join(", ", shapeDiffers));
        }
        List<String> missing = new ArrayList<>(fresh);
        missing.removeIf(k -> shapeDiffers.stream().anyMatch(s -> s.startsWith(k + " ")));
        if (!missing.isEmpty()) {
            out.println("    not in the checkpoint (fresh initialisation): " + String.join(", ", missing));
        }
        if (!notInModel.isEmpty()) {
            out.println("    not in the model (ignored): " + String.join(", ", notInModel));
        }
    }

    /** The model state dict in {@code path}: a {@code jtorch train} checkpoint's or a bare state dict. */
    static Map<String, Tensor> stateDict(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--finetune: checkpoint not found: " + path);
        }
        Object o = Torch.load(path);
        if (o instanceof Map<?, ?> m && m.get("model_state_dict") instanceof Map<?, ?> inner) {
            o = inner;
        }
        Map<String, Tensor> sd = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                if (!(e.getKey() instanceof String k) || !(e.getValue() instanceof Tensor t)) {
                    sd = null;
                    break;
                }
                sd.put(k, t);
            }
        }
        if (sd == null || sd.isEmpty()) {
            throw new IllegalArgumentException("--finetune: " + path + " is neither a jtorch train checkpoint nor a "
                    + "state dict (a map of names to tensors)");
        }
        return sd;
    }

    /** The name prefix of the model's head: the module owning its last parameter ({@code fc3.}). */
    static String headPrefix(Module model) {
        List<String> names = new ArrayList<>(model.namedParameters().keySet());
        String last = names.get(names.size() - 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? last : last.substring(0, dot + 1);
    }

    /**
     * Sets {@code requires_grad=False} on the parameters whose names start with one of {@link #freeze()} and
     * prints them.
     *
     * @throws IllegalArgumentException when a prefix matches no parameter, or every parameter would be frozen
     */
    public void freeze(Module model, PrintStream out) {
        if (freeze.isEmpty()) {
            return;
        }
        Map<String, Parameter> params = model.namedParameters();
        List<String> frozen = new ArrayList<>();
        long values = 0;
        for (String prefix : freeze) {
            boolean any = false;
            for (var e : params.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    any = true;
                    if (e.getValue().requiresGrad()) {
                        e.getValue().requiresGrad_(false);
                        frozen.add(e.getKey());
                        values += e.getValue().numel();
                    }
                }
            }
            if (!any) {
                throw new IllegalArgumentException("--freeze: no parameter name starts with '" + prefix
                        + "' (the model's: " + String.join(", ", params.keySet()) + ")");
            }
        }
        if (frozen.size() == params.size()) {
            throw new IllegalArgumentException("--freeze: every parameter is frozen, nothing would train");
        }
        out.printf(Locale.ROOT, "  frozen (requires_grad=False, not in the optimizer): %s (%d values)%n",
                String.join(", ", frozen), values);
    }

    /**
     * The optimizer's parameter groups: the trainable parameters outside the head (left out when there are
     * none), then the trainable head parameters with {@code lr * headLrMult}.
     */
    public List<ParamGroup> paramGroups(Module model, double lr) {
        String head = headPrefix(model);
        List<Tensor> base = new ArrayList<>();
        List<Tensor> headParams = new ArrayList<>();
        for (var e : model.namedParameters().entrySet()) {
            if (e.getValue().requiresGrad()) {
                (e.getKey().startsWith(head) ? headParams : base).add(e.getValue());
            }
        }
        List<ParamGroup> groups = new ArrayList<>();
        if (!base.isEmpty()) {
            groups.add(ParamGroup.of(base));
        }
        if (!headParams.isEmpty()) {
            groups.add(ParamGroup.of(headParams).lr(lr * headLrMult));
        }
        return groups;
    }
}
