package jtorch.internal.ops;

import static java.util.Map.entry;

import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.nn.functional.F;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** softmax, log_softmax and mse_loss against PyTorch (tools/golden/functional.py). */
class FunctionalFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("softmax", a -> a.t(0).dtype().isFloatingPoint() ? F.softmax(a.t(0), a.i(1))
                    : F.softmax(a.t(0), a.i(1), DType.FLOAT32)),
            entry("log_softmax", a -> F.logSoftmax(a.t(0), a.i(1))),
            entry("mse_loss", a -> F.mseLoss(a.t(0), a.t(1), a.s(2))));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("functional");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
