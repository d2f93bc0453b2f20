package jtorch.internal.ops;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.Indexing;
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

/** Indexing ops against PyTorch fixtures (tools/golden/indexing.py), in three memory layouts. */
class IndexingFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("index", a -> a.size() == 2 ? a.t(0).get(a.s(1)) : a.t(0).index(subscript(a.s(1), a.ts(2)))),
            entry("index_shape", a -> {
                int[] shape = Torch.zeros(a.ints(0)).get(a.s(1)).sizes();
                long[] out = new long[shape.length];
                for (int i = 0; i < shape.length; i++) {
                    out[i] = shape[i];
                }
                return Torch.fromArray(out, shape.length);
            }),
            entry("setitem", IndexingFixtureTest::setitem),
            entry("index_put", a -> a.t(0).indexPut(array(a.ts(1)), a.t(2), a.kwBool("accumulate", false))),
            entry("index_put_", a -> a.t(0).clone().indexPut_(array(a.ts(1)), a.t(2), a.kwBool("accumulate", false))),
            entry("index_select", a -> a.t(0).indexSelect(a.i(1), a.t(2))),
            entry("masked_select", a -> a.t(0).maskedSelect(a.t(1))),
            entry("masked_select_ge", a -> Torch.maskedSelect(a.t(0), a.t(0).ge(0.5))),
            entry("masked_fill", a -> a.size() > 2 && a.isTensor(2) ? a.t(0).maskedFill(a.t(1), a.t(2))
                    : a.t(0).maskedFill(a.t(1), a.d(2))),
            entry("masked_fill_", a -> a.isTensor(2) ? a.t(0).clone().maskedFill_(a.t(1), a.t(2))
                    : a.t(0).clone().maskedFill_(a.t(1), a.d(2))),
            entry("take", a -> a.t(0).take(a.t(1))),
            entry("gather", a -> a.t(0).gather(a.i(1), a.t(2))),
            entry("gather_expand", a -> Torch.gather(a.t(0).expand(4, 10), 1, a.t(1))),
            entry("scatter", a -> a.isTensor(3) ? a.t(0).scatter(a.i(1), a.t(2), a.t(3))
                    : a.t(0).scatter(a.i(1), a.t(2), a.d(3))),
            entry("scatter_", a -> a.isTensor(3) ? a.t(0).clone().scatter_(a.i(1), a.t(2), a.t(3))
                    : a.t(0).clone().scatter_(a.i(1), a.t(2), a.d(3))),
            entry("scatter_add", a -> a.t(0).scatterAdd(a.i(1), a.t(2), a.t(3))),
            entry("scatter_add_", a -> a.t(0).clone().scatterAdd_(a.i(1), a.t(2), a.t(3))));

    // y = x.clone(); y[spec] = value — args: x, spec, [tensors,] value (a tensor or a number)
    private static Object setitem(Args a) {
        int v = a.size() - 1;
        Tensor y = a.t(0).clone();
        if (v == 2) {
            return a.isTensor(v) ? y.set(a.s(1), a.t(v)) : y.set(a.s(1), a.d(v));
        }
        Object[] idx = subscript(a.s(1), a.ts(2));
        return a.isTensor(v) ? y.setIndex(idx, a.t(v)) : y.setIndex(idx, a.d(v));
    }

    /** The index objects of a fixture spec: "T" stands for the next tensor, the rest parses as usual. */
    static Object[] subscript(String spec, List<Tensor> tensors) {
        Iterator<Tensor> it = tensors.iterator();
        List<Object> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            out.add(part.trim().equals("T") ? it.next() : Indexing.parse(part)[0]);
        }
        return out.toArray();
    }

    private static Tensor[] array(List<Tensor> ts) {
        return ts.toArray(new Tensor[0]);
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("indexing");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
