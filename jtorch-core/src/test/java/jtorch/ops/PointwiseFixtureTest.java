package jtorch.ops;

import static java.util.Map.entry;

import java.util.Map;
import java.util.stream.Stream;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Elementwise ops against PyTorch fixtures (tools/golden/pointwise.py), in three memory layouts. */
class PointwiseFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("add", a -> a.t(0).add(a.t(1), a.kwDouble("alpha", 1))),
            entry("mul", a -> a.t(0).mul(a.t(1))),
            entry("div", a -> a.t(0).div(a.t(1), a.kwString("rounding_mode", null))),
            entry("exp", a -> a.t(0).exp()));

    static Stream<Arguments> cases() {
        return OpFixtures.load("pointwise").stream()
                .flatMap(c -> Stream.of(Layout.values()).map(l -> Arguments.of(c, l)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
