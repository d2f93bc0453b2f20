package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.EmbeddingBagOptions;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
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
 * Tensor.unfold (a view) and torch.embedding_bag's four results against PyTorch fixtures
 * (tools/golden/unfold_embedding_bag.py), in three memory layouts, with gradients and float64 gradcheck.
 */
class UnfoldEmbeddingBagFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    static {
        OPS.put("unfold", a -> a.size() == 1 ? a.t(0).unfold(1, 2, 1).unfold(2, 2, 2)
                : a.t(0).unfold(a.i(1), a.i(2), a.i(3)));
        OPS.put("unfoldWrite", a -> {
            Tensor base = a.t(0).clone();
            base.unfold(1, 2, 3).mul_(10);
            return base;
        });
        OPS.put("embeddingBag", a -> Torch.embeddingBag(a.t(0), a.t(1), a.t(2), bagOptions(a)));
        OPS.put("embeddingBagT", a -> Torch.embeddingBag(a.t(0).t().contiguous().t(), a.t(1), a.t(2), bagOptions(a)));
    }

    private static EmbeddingBagOptions bagOptions(Args a) {
        EmbeddingBagOptions o = Torch.embeddingBagOptions().scaleGradByFreq(a.kwBool("scale_grad_by_freq", false))
                .mode(a.kwInt("mode", 0)).includeLastOffset(a.kwBool("include_last_offset", false));
        if (a.has("padding_idx")) {
            o.paddingIdx(a.kwInt("padding_idx", 0));
        }
        return a.size() > 3 ? o.perSampleWeights(a.t(3)) : o;
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    @Test
    void unfoldIsAViewOfTheStorage() {
        Tensor x = Torch.arange(10).toFloat();
        Tensor u = x.unfold(0, 3, 2);
        assertSame(x.storage(), u.storage());
        assertSame(x, u.base());
        assertArrayEquals(new int[] {4, 3}, u.sizes());
        assertArrayEquals(new int[] {2, 1}, u.stride());
        int before = x.version();
        u.select(0, 1).fill_(-1); // elements 2, 3, 4 of x
        assertEquals(before + 1, x.version());
        assertEquals(u.version(), x.version());
        assertArrayEquals(new double[] {0, 1, -1, -1, -1, 5, 6, 7, 8, 9}, x.toDoubleArray());
        // windows of a transposed matrix walk its strides
        Tensor m = Torch.arange(12).view(3, 4).t();
        assertArrayEquals(new long[] {0, 4, 4, 8, 1, 5, 5, 9, 2, 6, 6, 10, 3, 7, 7, 11},
                m.unfold(1, 2, 1).contiguous().toLongArray());
    }

    /** unfold_backward (overlapping windows summed) is built from differentiable ops: second derivatives too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(5);
        GradCheck.gradgradcheck(in -> in.get(0).unfold(1, 3, 1).square(), List.of(leaf(2, 6)));
        GradCheck.gradgradcheck(in -> in.get(0).unfold(0, 2, 3).square(), List.of(leaf(7)));
        GradCheck.gradgradcheck(in -> in.get(0).t().unfold(0, 2, 1).square(), List.of(leaf(2, 4)));
    }

    /** EmbeddingBagBackward0 is built from differentiable ops: weight and per_sample_weights twice differentiable. */
    @Test
    void embeddingBagDoubleBackward() {
        Torch.manualSeed(6);
        Tensor idx = Torch.tensor(new long[] {1, 2, 4, 0, 4, 3, 2});
        Tensor off = Torch.tensor(new long[] {0, 2, 2, 5});
        GradCheck.gradgradcheck(in -> Torch.embeddingBag(in.get(0), idx, off, Torch.embeddingBagOptions()
                .perSampleWeights(in.get(1)).paddingIdx(3)).output().square(), List.of(leaf(5, 3), leaf(7)));
        for (int mode = 1; mode <= 2; mode++) {
            int m = mode;
            GradCheck.gradgradcheck(in -> Torch.embeddingBag(in.get(0), idx, off, Torch.embeddingBagOptions().mode(m))
                    .output().square(), List.of(leaf(5, 3)));
        }
    }

    /**
     * Where PyTorch 1.13 has no defined result (it crashes the process, or reads past its bags), jtorch fails with a
     * clear message instead: an unknown mode, decreasing offsets, a 2-D input or offsets.
     */
    @Test
    void embeddingBagRefusesWhatPyTorchLeavesUndefined() {
        Tensor w = Torch.randn(6, 3);
        Tensor idx = Torch.tensor(new long[] {1, 2, 4, 5});
        Tensor off = Torch.tensor(new long[] {0, 2});
        assertEquals("embedding_bag: mode has to be 0 (sum), 1 (mean) or 2 (max), but got 3", assertThrows(
                IllegalArgumentException.class, () -> Torch.embeddingBag(w, idx, off, Torch.embeddingBagOptions()
                        .mode(3))).getMessage());
        assertEquals("embedding_bag: offsets must be non-decreasing, but offsets[2] = 1 < offsets[1] = 3",
                assertThrows(IllegalArgumentException.class, () -> Torch.embeddingBag(w, idx,
                        Torch.tensor(new long[] {0, 3, 1}))).getMessage());
        assertEquals("embedding_bag: input has to be a 1-D tensor of indices (F.embedding_bag takes 2-D batches "
                + "without offsets), but got 2-D", assertThrows(IllegalArgumentException.class,
                () -> Torch.embeddingBag(w, idx.view(2, 2), off)).getMessage());
        assertEquals("offsets has to be a 1D Tensor", assertThrows(IllegalArgumentException.class,
                () -> Torch.embeddingBag(w, idx, off.view(1, 2))).getMessage());
    }

    /** F.embedding_bag is torch.embedding_bag's output after F's own checks: the same numbers. */
    @Test
    void functionalFormIsTheFirstResult() {
        Torch.manualSeed(7);
        Tensor w = Torch.randn(6, 3);
        Tensor idx = Torch.tensor(new long[] {1, 2, 4, 5, 4, 3});
        Tensor off = Torch.tensor(new long[] {0, 2, 2});
        for (String mode : new String[] {"sum", "mean", "max"}) {
            int m = mode.equals("sum") ? 0 : mode.equals("mean") ? 1 : 2;
            assertArrayEquals(Torch.embeddingBag(w, idx, off, Torch.embeddingBagOptions().mode(m).paddingIdx(4))
                    .output().toDoubleArray(), jtorch.nn.functional.F.embeddingBag(idx, w,
                    jtorch.nn.functional.F.embeddingBagOptions().offsets(off).mode(mode).paddingIdx(4)).toDoubleArray());
        }
    }

    @Test
    void unfoldOnMeta() {
        Tensor x = Torch.empty(Torch.options().device(Device.META), 4, 9);
        Tensor u = x.unfold(1, 4, 2);
        assertEquals(Device.META, u.device());
        assertArrayEquals(new int[] {4, 3, 4}, u.sizes());
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("unfold_embedding_bag", (c, l) -> l == Layout.CONTIGUOUS
                || !c.name().contains("/layout_"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
