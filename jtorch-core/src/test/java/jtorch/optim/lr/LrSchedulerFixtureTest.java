package jtorch.optim.lr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.optim.Adam;
import jtorch.optim.Optimizer;
import jtorch.optim.ParamGroup;
import jtorch.optim.SGD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scheduler's learning rates over 40 epochs against PyTorch 1.13 (fixtures/optim/lr_scheduler.json). */
public class LrSchedulerFixtureTest {
    public static JsonObject doc() {
        try (var in = LrSchedulerFixtureTest.class.getResourceAsStream("/fixtures/optim/lr_scheduler.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> cases() {
        JsonObject d = doc();
        List<Arguments> out = new ArrayList<>();
        for (var e : d.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            out.add(Arguments.of(c.get("name").getAsString(), c, d.getAsJsonArray("metrics")));
        }
        return out.stream();
    }

    public static Optimizer optimizer(String kind) {
        Tensor a = Torch.zeros(2).requiresGrad_(true);
        Tensor b = Torch.zeros(3).requiresGrad_(true);
        List<ParamGroup> groups = List.of(ParamGroup.of(a), ParamGroup.of(b).lr(0.05));
        return kind.equals("Adam") ? new Adam(groups, Adam.options().lr(0.1))
                : new SGD(groups, SGD.options(0.1).momentum(0.9));
    }

    /** The seed's warm-up + cosine lambda. */
    static IntToDoubleFunction warmUpCosine(int warmUp, int epochs) {
        return epoch -> epoch < warmUp ? (epoch + 1) / (double) warmUp
                : 0.5 * (Math.cos((epoch - warmUp) / (double) (epochs - warmUp) * Math.PI) + 1);
    }

    /** The scheduler PyTorch's case builds (see tools/golden/lr_scheduler.py). */
    public static Object build(String name, Optimizer o) {
        return switch (name) {
            case "StepLR" -> new StepLR(o, 7, 0.5);
            case "StepLR/default_gamma" -> new StepLR(o, 10);
            case "MultiStepLR" -> new MultiStepLR(o, List.of(5, 12, 12, 30), 0.3);
            case "ExponentialLR" -> new ExponentialLR(o, 0.9);
            case "CosineAnnealingLR" -> new CosineAnnealingLR(o, 10, 0.001);
            case "CosineAnnealingLR/periodic" -> new CosineAnnealingLR(o, 7);
            case "LambdaLR/seed_warmup_cosine" -> new LambdaLR(o, List.of(warmUpCosine(5, 40), warmUpCosine(5, 40)));
            case "LambdaLR/two_lambdas" -> new LambdaLR(o, List.of(e -> Math.pow(0.95, e), e -> 1.0 / (e + 1)));
            case "MultiplicativeLR" -> new MultiplicativeLR(o, e -> 0.97);
            case "ConstantLR" -> new ConstantLR(o, 0.25, 6);
            case "ConstantLR/default" -> new ConstantLR(o);
            case "LinearLR" -> new LinearLR(o, 0.1, 0.9, 12);
            case "LinearLR/default" -> new LinearLR(o);
            case "PolynomialLR" -> new PolynomialLR(o, 30, 2.0);
            case "PolynomialLR/default" -> new PolynomialLR(o);
            case "CosineAnnealingWarmRestarts" -> new CosineAnnealingWarmRestarts(o, 5, 2, 0.01);
            case "CosineAnnealingWarmRestarts/tmult1" -> new CosineAnnealingWarmRestarts(o, 7);
            case "CyclicLR/triangular" -> new CyclicLR(o, CyclicLR.options(0.01, 0.1).stepSizeUp(5));
            case "CyclicLR/triangular2" -> new CyclicLR(o, CyclicLR.options(List.of(0.01, 0.02), List.of(0.1, 0.2))
                    .stepSizeUp(4).stepSizeDown(6).mode("triangular2"));
            case "CyclicLR/exp_range" -> new CyclicLR(o, CyclicLR.options(0.01, 0.1).stepSizeUp(3).mode("exp_range")
                    .gamma(0.95).cycleMomentum(false));
            case "OneCycleLR/cos" -> new OneCycleLR(o, OneCycleLR.options(0.5).totalSteps(40));
            case "OneCycleLR/linear_three_phase" -> new OneCycleLR(o, OneCycleLR.options(List.of(0.4, 0.2)).epochs(4)
                    .stepsPerEpoch(10).annealStrategy("linear").threePhase(true));
            case "OneCycleLR/adam" -> new OneCycleLR(o, OneCycleLR.options(0.01).totalSteps(45).pctStart(0.25));
            case "SequentialLR" -> new SequentialLR(o, List.of(new LinearLR(o, 0.1, 1.0, 5), new ExponentialLR(o, 0.9)),
                    List.of(5));
            case "SequentialLR/three" -> new SequentialLR(o, List.of(new ConstantLR(o, 0.5, 4), new StepLR(o, 3, 0.7),
                    new CosineAnnealingLR(o, 8)), List.of(6, 20));
            case "ChainedScheduler" -> new ChainedScheduler(List.of(new ConstantLR(o, 0.5, 4), new ExponentialLR(o, 0.9)));
            case "ReduceLROnPlateau" -> new ReduceLROnPlateau(o, ReduceLROnPlateau.options().factor(0.5).patience(2));
            case "ReduceLROnPlateau/abs_cooldown_minlr" -> new ReduceLROnPlateau(o, ReduceLROnPlateau.options()
                    .factor(0.3).patience(1).threshold(0.02).thresholdMode("abs").cooldown(2)
                    .minLr(List.of(0.005, 0.004)));
            case "ReduceLROnPlateau/max_eps" -> new ReduceLROnPlateau(o, ReduceLROnPlateau.options().mode("max")
                    .factor(0.5).patience(0).eps(0.02));
            default -> throw new IllegalArgumentException(name);
        };
    }

    static double momentum(Optimizer o) {
        ParamGroup g = o.paramGroups().get(0);
        return g.has("betas") ? g.getPair("betas")[0] : g.getDouble("momentum");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lrSequenceMatchesPyTorch(String name, JsonObject c, JsonArray metrics) {
        Optimizer o = optimizer(c.get("optimizer").getAsString());
        Object s = build(name, o);
        JsonArray lrs = c.getAsJsonArray("lrs");
        JsonArray moms = c.getAsJsonArray("momentum");
        for (int epoch = 0; epoch < lrs.size(); epoch++) {
            if (epoch > 0) {
                o.step();
                if (s instanceof ReduceLROnPlateau p) {
                    p.step(metrics.get(epoch - 1).getAsDouble());
                } else {
                    ((LRScheduler) s).step();
                }
            }
            JsonArray expected = lrs.get(epoch).getAsJsonArray();
            List<Double> last = s instanceof LRScheduler l ? l.getLastLr() : null;
            for (int gi = 0; gi < expected.size(); gi++) {
                double e = expected.get(gi).getAsDouble();
                double a = o.paramGroups().get(gi).lr();
                assertClose(name + " epoch " + epoch + " group " + gi, e, a);
                if (last != null) {
                    assertEquals(a, last.get(gi), name + " getLastLr");
                }
            }
            assertClose(name + " epoch " + epoch + " momentum", moms.get(epoch).getAsDouble(), momentum(o));
        }
    }

    // same formula, same operation order: equal up to the last bit of libm's cos/pow
    static void assertClose(String what, double e, double a) {
        if (!(Math.abs(a - e) <= 1e-15 * Math.abs(e) + 1e-300) && a != e) {
            fail(what + ": expected " + e + " but was " + a);
        }
    }
}
