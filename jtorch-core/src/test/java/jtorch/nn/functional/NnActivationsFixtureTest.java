package jtorch.nn.functional;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The activations issue 21 adds (relu6, selu, celu, glu, hardsigmoid, hardswish, hardshrink, softshrink,
 * tanhshrink, logsigmoid, mish, softsign, softmin, threshold, rrelu) against PyTorch
 * (tools/golden/nn_activations.py): three memory layouts, special values, kinks, dtype errors, in-place forms,
 * gradients and float64 gradcheck. rrelu's training cases seed the default generator right before the call,
 * as the script does, so the drawn slopes must be PyTorch's.
 */
class NnActivationsFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    // an op and its in-place form (on a clone when the input requires grad, as the script does)
    private static void both(String name, BiFunction<Tensor, Args, Tensor> f, BiFunction<Tensor, Args, Tensor> inPlace) {
        OPS.put(name, a -> f.apply(a.t(0), a));
        if (inPlace != null) {
            OPS.put(name + "_", a -> inPlace.apply(target(a.t(0)), a));
        }
    }

    static {
        both("relu6", (x, a) -> F.relu6(x), (x, a) -> F.relu6(x, true));
        both("selu", (x, a) -> F.selu(x), (x, a) -> F.selu(x, true));
        both("celu", (x, a) -> F.celu(x, a.kwDouble("alpha", 1.0)), (x, a) -> F.celu(x, a.kwDouble("alpha", 1.0), true));
        both("hardsigmoid", (x, a) -> F.hardsigmoid(x), (x, a) -> F.hardsigmoid(x, true));
        both("hardswish", (x, a) -> F.hardswish(x), (x, a) -> F.hardswish(x, true));
        both("hardshrink", (x, a) -> F.hardshrink(x, a.kwDouble("lambd", 0.5)), null);
        both("softshrink", (x, a) -> F.softshrink(x, a.kwDouble("lambd", 0.5)), null);
        both("tanhshrink", (x, a) -> F.tanhshrink(x), null);
        both("logsigmoid", (x, a) -> F.logsigmoid(x), null);
        both("mish", (x, a) -> F.mish(x), (x, a) -> F.mish(x, true));
        both("softsign", (x, a) -> F.softsign(x), null);
        both("threshold", (x, a) -> F.threshold(x, a.kwDouble("threshold", 0), a.kwDouble("value", 0)),
                (x, a) -> F.threshold_(x, a.kwDouble("threshold", 0), a.kwDouble("value", 0)));
        both("rrelu", (x, a) -> F.rrelu(x, a.kwDouble("lower", 1.0 / 8), a.kwDouble("upper", 1.0 / 3), false),
                (x, a) -> F.rrelu_(x, a.kwDouble("lower", 1.0 / 8), a.kwDouble("upper", 1.0 / 3), false));
        OPS.put("rrelu_train", a -> {
            Torch.manualSeed(a.l(1));
            return F.rrelu(a.t(0), a.kwDouble("lower", 1.0 / 8), a.kwDouble("upper", 1.0 / 3), a.kwBool("training", false));
        });
        OPS.put("rrelu_train_", a -> {
            Torch.manualSeed(a.l(1));
            return F.rrelu(target(a.t(0)), a.kwDouble("lower", 1.0 / 8), a.kwDouble("upper", 1.0 / 3),
                    a.kwBool("training", false), true);
        });
        OPS.put("glu", a -> a.has("dim") ? F.glu(a.t(0), a.kwInt("dim", -1)) : F.glu(a.t(0)));
        OPS.put("softmin", a -> a.has("dtype") ? F.softmin(a.t(0), a.kwInt("dim", -1), DType.fromName(a.kwString("dtype",
                null))) : F.softmin(a.t(0), a.kwInt("dim", -1)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_activations");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
