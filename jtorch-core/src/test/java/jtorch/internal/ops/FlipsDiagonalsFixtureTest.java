package jtorch.internal.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
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
 * flip, fliplr, flipud, roll, rot90, tril, triu, diagonal (a view), diag, diag_embed and trace against PyTorch
 * fixtures (tools/golden/flips_diagonals.py), in three memory layouts, with gradients, float64 gradcheck and
 * second derivatives.
 */
class FlipsDiagonalsFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    // an int or a list argument
    private static int[] ints(Args a, int i) {
        return a.raw(i).isJsonArray() ? a.ints(i) : new int[] {a.i(i)};
    }

    static {
        OPS.put("flip", a -> a.t(0).flip(a.ints(1)));
        OPS.put("fliplr", a -> a.t(0).fliplr());
        OPS.put("flipud", a -> a.t(0).flipud());
        OPS.put("roll", a -> a.size() == 2 ? a.t(0).roll(a.i(1))
                : a.raw(1).isJsonArray() ? a.t(0).roll(ints(a, 1), ints(a, 2)) : a.t(0).roll(a.i(1), a.i(2)));
        OPS.put("rot90", a -> a.size() == 1 ? a.t(0).rot90() : a.t(0).rot90(a.i(1), a.ints(2)));
        OPS.put("tril", a -> a.t(0).tril(a.i(1)));
        OPS.put("triu", a -> a.t(0).triu(a.i(1)));
        OPS.put("tril_", a -> target(a.t(0)).tril_(a.i(1)));
        OPS.put("triu_", a -> target(a.t(0)).triu_(a.i(1)));
        OPS.put("diagonal", a -> a.t(0).diagonal(a.i(1), a.i(2), a.i(3)));
        OPS.put("diagonalView", a -> {
            Tensor base = a.t(0).clone();
            base.diagonal().mul_(10);
            return base;
        });
        OPS.put("diag", a -> a.t(0).diag(a.i(1)));
        OPS.put("diagEmbed", a -> a.has("offset") ? a.t(0).diagEmbed(a.kwInt("offset", 0), a.kwInt("dim1", -2),
                a.kwInt("dim2", -1)) : a.t(0).diagEmbed());
        OPS.put("trace", a -> a.t(0).trace());
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(13);
        GradCheck.gradgradcheck(in -> in.get(0).flip(0, 1).square(), List.of(leaf(2, 3)));
        GradCheck.gradgradcheck(in -> in.get(0).roll(new int[] {1, -1}, new int[] {0, 1}).square(), List.of(leaf(2, 3)));
        GradCheck.gradgradcheck(in -> in.get(0).rot90(1).square(), List.of(leaf(2, 3)));
        GradCheck.gradgradcheck(in -> in.get(0).tril(-1).square(), List.of(leaf(3, 3)));
        GradCheck.gradgradcheck(in -> in.get(0).diagonal(1).square(), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> in.get(0).diag().square(), List.of(leaf(3)));
        GradCheck.gradgradcheck(in -> in.get(0).diagEmbed().square(), List.of(leaf(2, 3)));
        GradCheck.gradgradcheck(in -> in.get(0).trace().square(), List.of(leaf(3, 3)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("flips_diagonals");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
