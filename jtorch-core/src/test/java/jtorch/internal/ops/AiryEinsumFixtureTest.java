package jtorch.internal.ops;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.special.Special;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * torch.special.airy_ai (over its three regimes, the boundaries between them, special values and dtypes) and
 * torch.einsum's sublist form against PyTorch fixtures (tools/golden/airy_einsum.py), in three memory layouts.
 */
class AiryEinsumFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    static {
        OPS.put("airyAi", a -> Special.airyAi(a.t(0)));
        OPS.put("airyAiExact", a -> Special.airyAi(a.t(0)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("airy_einsum");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
