package jtorch.internal.ops;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reductions, sorting and scans against PyTorch fixtures (tools/golden/reductions.py), in three
 * memory layouts, with gradients, float64 gradcheck and (the grad_of/ cases) second derivatives.
 */
class ReductionFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("sum", a -> ReductionOps.sum(a.t(0), a.kwInts("dim"), a.kwBool("keepdim", false), dtype(a))),
            entry("mean", a -> a.has("dim") ? a.t(0).mean(a.kwInts("dim"), a.kwBool("keepdim", false)) : a.t(0).mean()),
            entry("prod", a -> a.has("dim") ? a.t(0).prod(a.kwInt("dim", 0), a.kwBool("keepdim", false)) : a.t(0).prod()),
            entry("max", a -> a.has("dim") ? a.t(0).max(a.kwInt("dim", 0), a.kwBool("keepdim", false)) : a.t(0).max()),
            entry("min", a -> a.has("dim") ? a.t(0).min(a.kwInt("dim", 0), a.kwBool("keepdim", false)) : a.t(0).min()),
            entry("argmax", a -> ReductionOps.argmax(a.t(0), dim(a), a.kwBool("keepdim", false))),
            entry("argmin", a -> ReductionOps.argmin(a.t(0), dim(a), a.kwBool("keepdim", false))),
            entry("std", a -> a.t(0).std(a.kwInts("dim"), correction(a), a.kwBool("keepdim", false))),
            entry("var", a -> a.t(0).var(a.kwInts("dim"), correction(a), a.kwBool("keepdim", false))),
            entry("norm", ReductionFixtureTest::norm),
            entry("logsumexp", a -> a.t(0).logsumexp(a.kwInts("dim"), a.kwBool("keepdim", false))),
            entry("count_nonzero", a -> a.t(0).countNonzero(a.kwInts("dim"))),
            entry("any", a -> a.has("dim") ? a.t(0).any(a.kwInt("dim", 0), a.kwBool("keepdim", false)) : a.t(0).any()),
            entry("all", a -> a.has("dim") ? a.t(0).all(a.kwInt("dim", 0), a.kwBool("keepdim", false)) : a.t(0).all()),
            entry("sort", a -> a.passed("stable")
                    ? a.t(0).sort(a.kwInt("dim", -1), a.kwBool("descending", false), a.kwBool("stable", false))
                    : a.t(0).sort(a.kwInt("dim", -1), a.kwBool("descending", false))),
            entry("argsort", a -> a.t(0).argsort(a.kwInt("dim", -1), a.kwBool("descending", false),
                    a.kwBool("stable", false))),
            entry("topk", a -> a.t(0).topk(k(a), a.kwInt("dim", -1), a.kwBool("largest", true), a.kwBool("sorted", true))),
            entry("kthvalue", a -> a.t(0).kthvalue(k(a), a.kwInt("dim", -1), a.kwBool("keepdim", false))),
            entry("cumsum", a -> a.t(0).cumsum(a.has("dim") ? a.kwInt("dim", 0) : a.i(1), dtype(a))),
            entry("cumprod", a -> a.t(0).cumprod(a.has("dim") ? a.kwInt("dim", 0) : a.i(1), dtype(a))),
            // seed notes: idx = prob.topk(dim=1, k=3)[1]; torch.gather(label.expand(4, 10), dim=1, index=idx)
            entry("topk_gather", a -> Torch.gather(a.t(1).expand(4, 10), 1, a.t(0).topk(3, 1).indices())),
            entry("topk_gather_values", a -> {
                var top = a.t(0).topk(3, 1);
                return Torch.gather(a.t(0), 1, top.indices()).mul(top.values());
            }));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("reductions");
    }

    /** Every op also as grad_of/OP: its first-order gradient built with create_graph (so the harness checks second derivatives). */
    static final Map<String, Op> WITH_SECOND_ORDER = withSecondOrder(OPS);

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, WITH_SECOND_ORDER, layout);
    }

    /** On the meta device every op of the family gives PyTorch's result shape and dtype without touching data. */
    @Test
    void metaTensorsGiveShapesOnly() {
        Tensor x = Torch.empty(Torch.options().device(Device.META), 3, 5);
        assertArrayEquals(new int[] {3}, x.sum(1).sizes());
        assertArrayEquals(new int[] {3, 1}, x.max(1, true).values().sizes());
        assertEquals(DType.INT64, x.argmax(0).dtype());
        assertArrayEquals(new int[] {5}, x.std(new int[] {0}, 1, false).sizes());
        assertArrayEquals(new int[] {3}, x.norm(3, 1).sizes());
        assertArrayEquals(new int[] {1, 5}, x.logsumexp(0, true).sizes());
        assertArrayEquals(new int[] {3, 5}, x.sort(1).indices().sizes());
        assertArrayEquals(new int[] {3, 2}, x.topk(2, 1).values().sizes());
        assertArrayEquals(new int[] {5}, x.kthvalue(2, 0).indices().sizes());
        assertArrayEquals(new int[] {3, 5}, x.cumsum(0).sizes());
        assertEquals(DType.BOOL, x.any(1, false).dtype());
        for (Tensor t : List.of(x.sum(1), x.sort(1).values(), x.topk(2, 1).values(), x.cumprod(1))) {
            assertEquals(Device.META, t.device());
        }
    }

    private static Map<String, Op> withSecondOrder(Map<String, Op> ops) {
        Map<String, Op> all = new HashMap<>(ops);
        ops.forEach((name, op) -> all.put("grad_of/" + name, a -> {
            if (!a.t(0).requiresGrad()) {
                a.t(0).requiresGrad_(true); // the output check builds plain inputs; differentiating needs a leaf
            }
            // gradcheck evaluates this under no_grad; the first derivative still needs its graph
            try (var enabled = Torch.enableGrad()) {
                Tensor y = first(op.apply(a));
                return Torch.autograd().grad(List.of(y), List.of(a.t(0)), List.of(a.t(1)), true, true, false).get(0);
            }
        }));
        return all;
    }

    private static Tensor first(Object out) {
        if (out instanceof Record r) {
            try {
                return (Tensor) r.getClass().getRecordComponents()[0].getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return (Tensor) out;
    }

    private static Integer dim(Args a) {
        return a.has("dim") ? a.kwInt("dim", 0) : null;
    }

    private static int k(Args a) {
        return a.has("k") ? a.kwInt("k", 0) : a.i(1);
    }

    private static DType dtype(Args a) {
        return a.has("dtype") ? DType.fromName(a.kwString("dtype", null)) : null;
    }

    // correction=c, or unbiased=True/False (correction 1/0); PyTorch's default is 1
    private static double correction(Args a) {
        return a.has("correction") ? a.kwInt("correction", 1) : a.kwBool("unbiased", true) ? 1 : 0;
    }

    // p is a number ("inf"/"-inf" included), or a string norm such as "fro"
    private static Object norm(Args a) {
        Tensor x = a.t(0);
        boolean keepdim = a.kwBool("keepdim", false);
        int[] dims = a.kwInts("dim");
        double p;
        try {
            p = a.kwDouble("p", 2);
        } catch (IllegalArgumentException | IllegalStateException notANumber) {
            return x.norm(a.kwString("p", null), dims, keepdim);
        }
        return x.norm(p, dims, keepdim);
    }
}
