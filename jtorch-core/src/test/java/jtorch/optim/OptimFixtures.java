package jtorch.optim;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;

/** Reads fixtures/optim/*.json and builds jtorch optimizers from PyTorch's keyword arguments. */
final class OptimFixtures {
    private OptimFixtures() {
    }

    static List<JsonObject> load(String name) {
        return loadArray(name, "cases");
    }

    /** The objects of the array {@code key} of fixtures/optim/{@code name}.json. */
    static List<JsonObject> loadArray(String name, String key) {
        String path = "/fixtures/optim/" + name + ".json";
        try (InputStream in = OptimFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            JsonObject doc = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            List<JsonObject> out = new ArrayList<>();
            for (JsonElement e : doc.getAsJsonArray(key)) {
                out.add(e.getAsJsonObject());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double d(JsonElement e) {
        return e.getAsDouble();
    }

    static double[] pair(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        return new double[] {a.get(0).getAsDouble(), a.get(1).getAsDouble()};
    }

    /** The jtorch optimizer for {@code torch.optim.<name>(groups, **kwargs)}, through the public options API. */
    static Optimizer build(String name, List<ParamGroup> groups, JsonObject kw) {
        switch (name) {
            case "SGD": {
                var o = SGD.options(d(kw.get("lr")));
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    switch (e.getKey()) {
                        case "lr" -> { }
                        case "momentum" -> o.momentum(d(e.getValue()));
                        case "dampening" -> o.dampening(d(e.getValue()));
                        case "weight_decay" -> o.weightDecay(d(e.getValue()));
                        case "nesterov" -> o.nesterov(e.getValue().getAsBoolean());
                        case "maximize" -> o.maximize(e.getValue().getAsBoolean());
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new SGD(groups, o);
            }
            case "Adam", "AdamW", "Adamax", "NAdam", "RAdam", "SparseAdam": {
                AdamLikeOptions<?> o = switch (name) {
                    case "Adam" -> Adam.options();
                    case "AdamW" -> AdamW.options();
                    case "Adamax" -> Adamax.options();
                    case "NAdam" -> NAdam.options();
                    case "RAdam" -> RAdam.options();
                    default -> SparseAdam.options();
                };
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    JsonElement v = e.getValue();
                    switch (e.getKey()) {
                        case "lr" -> o.lr(d(v));
                        case "betas" -> o.betas(pair(v)[0], pair(v)[1]);
                        case "eps" -> o.eps(d(v));
                        case "weight_decay" -> o.weightDecay(d(v));
                        case "maximize" -> o.maximize(v.getAsBoolean());
                        case "amsgrad" -> {
                            if (o instanceof Adam.Options a) {
                                a.amsgrad(v.getAsBoolean());
                            } else {
                                ((AdamW.Options) o).amsgrad(v.getAsBoolean());
                            }
                        }
                        case "momentum_decay" -> ((NAdam.Options) o).momentumDecay(d(v));
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return switch (name) {
                    case "Adam" -> new Adam(groups, (Adam.Options) o);
                    case "AdamW" -> new AdamW(groups, (AdamW.Options) o);
                    case "Adamax" -> new Adamax(groups, (Adamax.Options) o);
                    case "NAdam" -> new NAdam(groups, (NAdam.Options) o);
                    case "RAdam" -> new RAdam(groups, (RAdam.Options) o);
                    default -> new SparseAdam(groups, (SparseAdam.Options) o);
                };
            }
            case "ASGD": {
                var o = ASGD.options();
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    double v = d(e.getValue());
                    switch (e.getKey()) {
                        case "lr" -> o.lr(v);
                        case "lambd" -> o.lambd(v);
                        case "alpha" -> o.alpha(v);
                        case "t0" -> o.t0(v);
                        case "weight_decay" -> o.weightDecay(v);
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new ASGD(groups, o);
            }
            case "Rprop": {
                var o = Rprop.options();
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    JsonElement v = e.getValue();
                    switch (e.getKey()) {
                        case "lr" -> o.lr(d(v));
                        case "etas" -> o.etas(pair(v)[0], pair(v)[1]);
                        case "step_sizes" -> o.stepSizes(pair(v)[0], pair(v)[1]);
                        case "maximize" -> o.maximize(v.getAsBoolean());
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new Rprop(groups, o);
            }
            case "Adagrad": {
                var o = Adagrad.options();
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    JsonElement v = e.getValue();
                    switch (e.getKey()) {
                        case "lr" -> o.lr(d(v));
                        case "lr_decay" -> o.lrDecay(d(v));
                        case "weight_decay" -> o.weightDecay(d(v));
                        case "initial_accumulator_value" -> o.initialAccumulatorValue(d(v));
                        case "eps" -> o.eps(d(v));
                        case "maximize" -> o.maximize(v.getAsBoolean());
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new Adagrad(groups, o);
            }
            case "Adadelta": {
                var o = Adadelta.options();
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    JsonElement v = e.getValue();
                    switch (e.getKey()) {
                        case "lr" -> o.lr(d(v));
                        case "rho" -> o.rho(d(v));
                        case "eps" -> o.eps(d(v));
                        case "weight_decay" -> o.weightDecay(d(v));
                        case "maximize" -> o.maximize(v.getAsBoolean());
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new Adadelta(groups, o);
            }
            case "RMSprop": {
                var o = RMSprop.options();
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    JsonElement v = e.getValue();
                    switch (e.getKey()) {
                        case "lr" -> o.lr(d(v));
                        case "alpha" -> o.alpha(d(v));
                        case "eps" -> o.eps(d(v));
                        case "weight_decay" -> o.weightDecay(d(v));
                        case "momentum" -> o.momentum(d(v));
                        case "centered" -> o.centered(v.getAsBoolean());
                        case "maximize" -> o.maximize(v.getAsBoolean());
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new RMSprop(groups, o);
            }
            case "LBFGS": {
                var o = LBFGS.options();
                for (Map.Entry<String, JsonElement> e : kw.entrySet()) {
                    JsonElement v = e.getValue();
                    switch (e.getKey()) {
                        case "lr" -> o.lr(d(v));
                        case "max_iter" -> o.maxIter(v.getAsInt());
                        case "history_size" -> o.historySize(v.getAsInt());
                        case "line_search_fn" -> o.lineSearchFn(v.getAsString());
                        default -> throw new IllegalArgumentException(e.getKey());
                    }
                }
                return new LBFGS(groups, o);
            }
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** A group override from JSON: numbers as Double, pairs as List&lt;Double&gt;. */
    static void override(ParamGroup g, JsonObject overrides) {
        for (Map.Entry<String, JsonElement> e : overrides.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonArray()) {
                g.set(e.getKey(), List.of(pair(v)[0], pair(v)[1]));
            } else if (v.getAsJsonPrimitive().isBoolean()) {
                g.set(e.getKey(), v.getAsBoolean());
            } else {
                g.set(e.getKey(), v.getAsDouble());
            }
        }
    }

    static List<Tensor> unused() {
        return List.of();
    }
}
