package jtorch.internal.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Indexing;
import jtorch.Torch;
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
        OPS.put("einsumSublist", a -> {
            Object[] args = new Object[a.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = a.isTensor(i) ? a.t(i) : sublist(a.raw(i).getAsJsonArray());
            }
            return Torch.einsum(args);
        });
    }

    // an int[] when the sublist has no "..." (the common Java form), else a List with Indexing.ELLIPSIS
    private static Object sublist(JsonArray json) {
        List<Object> items = new ArrayList<>();
        boolean ellipsis = false;
        for (JsonElement e : json) {
            boolean dots = e.getAsJsonPrimitive().isString();
            ellipsis |= dots;
            items.add(dots ? Indexing.ELLIPSIS : e.getAsInt());
        }
        return ellipsis ? items : items.stream().mapToInt(o -> (Integer) o).toArray();
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
