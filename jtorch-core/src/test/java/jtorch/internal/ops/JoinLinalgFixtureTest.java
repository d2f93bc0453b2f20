package jtorch.internal.ops;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import jtorch.testing.OpFixtures;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** cat/stack/split/chunk/repeat and mm/bmm/mv/dot/outer/matmul against PyTorch fixtures (tools/golden/join_linalg.py). */
class JoinLinalgFixtureTest {
    static final Map<String, Op> OPS = Map.ofEntries(
            entry("cat", a -> Torch.cat(a.ts(0), a.kwInt("dim", 0))),
            entry("cat_self_twice", a -> Torch.cat(List.of(a.t(0), a.t(0)), 1)),
            entry("cat_empty", a -> Torch.cat(List.of(), a.kwInt("dim", 0))),
            entry("stack", a -> Torch.stack(a.ts(0), a.kwInt("dim", 0))),
            entry("stack_empty", a -> Torch.stack(List.of(), a.kwInt("dim", 0))),
            entry("split", a -> a.t(0).split(a.i(1), a.kwInt("dim", 0))),
            entry("split_with_sizes", a -> a.t(0).split(a.ints(1), a.kwInt("dim", 0))),
            entry("chunk", a -> a.t(0).chunk(a.i(1), a.kwInt("dim", 0))),
            entry("repeat", a -> a.t(0).repeat(a.ints(1))),
            entry("mm", a -> a.t(0).mm(a.t(1))),
            entry("two_layer_net", a -> a.t(0).mm(a.t(1)).clampMin(0).mm(a.t(2))),
            entry("bmm", a -> a.t(0).bmm(a.t(1))),
            entry("mv", a -> a.t(0).mv(a.t(1))),
            entry("dot", a -> a.t(0).dot(a.t(1))),
            entry("outer", a -> a.t(0).outer(a.t(1))),
            entry("matmul", a -> a.t(0).matmul(a.t(1))),
            entry("matmul_permuted", a -> a.t(0).permute(0, 2, 1).matmul(a.t(1))));

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("join_linalg");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    private static void gradgrad(Function<List<Tensor>, Tensor> fn, Tensor... inputs) {
        GradCheck.gradgradcheck(fn, List.of(inputs));
    }

    /** Backward formulas are built from differentiable ops, so second derivatives are right too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(7);
        gradgrad(in -> in.get(0).mm(in.get(1)), leaf(2, 3), leaf(3, 2));
        gradgrad(in -> in.get(0).bmm(in.get(1)), leaf(2, 2, 3), leaf(2, 3, 2));
        gradgrad(in -> in.get(0).mv(in.get(1)), leaf(2, 3), leaf(3));
        gradgrad(in -> in.get(0).dot(in.get(1)), leaf(3), leaf(3));
        gradgrad(in -> in.get(0).matmul(in.get(1)), leaf(2, 1, 2, 3), leaf(3, 3, 2));
        gradgrad(in -> Torch.cat(List.of(in.get(0).mul(in.get(0)), in.get(1)), 1), leaf(2, 2), leaf(2, 1));
        gradgrad(in -> Torch.stack(List.of(in.get(0).mul(in.get(1)), in.get(1)), 1), leaf(2, 2), leaf(2, 2));
        gradgrad(in -> in.get(0).mul(in.get(0)).split(2, 0).get(1), leaf(5, 2));
        gradgrad(in -> in.get(0).mul(in.get(0)).repeat(2, 1, 3), leaf(2, 2));
    }

    /** Like PyTorch's _unsafe_view, matmul's reshaped result is not a view, so in-place ops on it record. */
    @Test
    void matmulResultAllowsInPlaceWithGrad() {
        Tensor a = leaf(2, 2, 3);
        Tensor b = leaf(3);
        Tensor y = a.matmul(b);
        assertNull(y.base());
        y.mul_(2.0).sum().backward();
        Tensor expected = b.detach().mul(2.0).expand(2, 2, 3);
        assertArrayEquals(expected.toDoubleArray(), a.grad().toDoubleArray(), 1e-12);
    }

    /** stack saves no tensors, so (as in PyTorch) a second backward through it needs no retain_graph. */
    @Test
    void stackBackwardTwice() {
        Tensor a = Torch.ones(2).requiresGrad_(true);
        Tensor y = Torch.stack(List.of(a, a)).sum();
        y.backward();
        y.backward();
        assertArrayEquals(new double[] {4, 4}, a.grad().toDoubleArray(), 0);
    }

    /** split/chunk pieces share the input's storage and record one node for all pieces. */
    @Test
    void splitReturnsViewsWithOneNode() {
        Tensor x = leaf(5, 2);
        List<Tensor> parts = x.split(2, 0);
        assertEquals(3, parts.size());
        assertEquals(x.storage(), parts.get(2).storage());
        assertEquals("SplitBackward0", parts.get(0).gradFn().name());
        assertEquals(parts.get(0).gradFn(), parts.get(2).gradFn());
        assertEquals("SplitWithSizesBackward0", x.split(new int[] {1, 4}, 0).get(1).gradFn().name());
        parts.get(2).sum().backward();
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1}, x.grad().toDoubleArray(), 0);
    }
}
