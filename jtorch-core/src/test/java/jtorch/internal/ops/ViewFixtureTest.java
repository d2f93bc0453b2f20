package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** View ops against PyTorch fixtures (tools/golden/views.py), plus storage-sharing checks. */
class ViewFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    /**
     * Ops whose result depends on the input's strides (view succeeds or fails by them): PyTorch's
     * inputs were contiguous, so these replay only in that layout.
     */
    static final Set<String> STRIDE_DEPENDENT = Set.of("view", "viewAs", "viewTransposed", "viewTransposed13",
            "unflatten", "chainViews");

    private static Integer optInt(Args a, int i) {
        return a.isNull(i) ? null : a.i(i);
    }

    /** The base of a clone after adding arange(numel) through {@code view} (see views.py's write_through). */
    private static Tensor writeThrough(Tensor x, java.util.function.UnaryOperator<Tensor> view) {
        Tensor base = x.detach().clone();
        Tensor v = view.apply(base);
        v.add_(Torch.arange(v.numel()).to(v.dtype()).reshape(v.sizes()));
        return base;
    }

    private static void put(String name, BiFunction<Tensor, Args, Object> f) {
        OPS.put(name, a -> f.apply(a.t(0), a));
    }

    static {
        put("view", (x, a) -> x.view(a.ints(1)));
        // as_strided addresses storage, so it is defined on the contiguous layout PyTorch recorded
        put("as_strided", (x, a) -> x.contiguous().asStrided(a.ints(1), a.ints(2), a.i(3)));
        put("reshape", (x, a) -> x.reshape(a.ints(1)));
        put("viewTransposed", (x, a) -> x.transpose(0, 1).view(a.ints(1)));
        put("reshapeTransposed", (x, a) -> x.transpose(0, 1).reshape(a.ints(1)));
        put("viewAs", (x, a) -> x.viewAs(a.t(1)));
        put("reshapeAs", (x, a) -> x.reshapeAs(a.t(1)));
        put("viewWrite", (x, a) -> writeThrough(x, v -> v.view(a.ints(1))));
        put("squeeze", (x, a) -> x.squeeze());
        put("squeezeDim", (x, a) -> x.squeeze(a.i(1)));
        put("unsqueeze", (x, a) -> x.unsqueeze(a.i(1)));
        put("unsqueezeWrite", (x, a) -> writeThrough(x, v -> v.unsqueeze(a.i(1))));
        put("expand", (x, a) -> x.expand(a.ints(1)));
        put("expandAs", (x, a) -> x.expandAs(a.t(1)));
        put("t", (x, a) -> x.t());
        put("transpose", (x, a) -> x.transpose(a.i(1), a.i(2)));
        put("transposeWrite", (x, a) -> writeThrough(x, v -> v.transpose(a.i(1), a.i(2))));
        put("permute", (x, a) -> x.permute(a.ints(1)));
        put("permuteWrite", (x, a) -> writeThrough(x, v -> v.permute(a.ints(1))));
        put("movedim", (x, a) -> x.movedim(a.ints(1), a.ints(2)));
        put("flatten", (x, a) -> x.flatten(a.i(1), a.i(2)));
        put("unflatten", (x, a) -> x.unflatten(a.i(1), a.ints(2)));
        put("narrow", (x, a) -> x.narrow(a.i(1), a.i(2), a.i(3)));
        put("narrowWrite", (x, a) -> writeThrough(x, v -> v.narrow(a.i(1), a.i(2), a.i(3))));
        put("select", (x, a) -> x.select(a.i(1), a.i(2)));
        put("selectWrite", (x, a) -> writeThrough(x, v -> v.select(a.i(1), a.i(2))));
        put("slice", (x, a) -> x.slice(a.i(1), optInt(a, 2), optInt(a, 3), a.i(4)));
        put("sliceWrite", (x, a) -> writeThrough(x, v -> v.slice(a.i(1), optInt(a, 2), optInt(a, 3), a.i(4))));
        put("unbind", (x, a) -> x.unbind(a.i(1)));
        put("contiguous", (x, a) -> x.contiguous());
        put("contiguousTransposed", (x, a) -> x.t().contiguous());
        put("chainViews", (x, a) -> x.view(4, 6).t().narrow(0, 1, 3).unsqueeze(0).expand(2, 3, 4));
        put("chainSlices", (x, a) -> x.slice(1, 1, null, 2).select(2, -1).squeeze());
        put("viewTransposed13", (x, a) -> x.transpose(1, 3).view(a.ints(1)));
        put("seedRoundTrip", (x, a) -> seedRoundTrip(x));
        put("seedRoundTripEqual", (x, a) -> Torch.tensor(x.equal(seedRoundTrip(x))));
    }

    // the seed notes: a.transpose(1,3).contiguous().view(4,3*32*32).view(4,32,32,3).transpose(1,3)
    private static Tensor seedRoundTrip(Tensor a) {
        return a.transpose(1, 3).contiguous().view(4, 3 * 32 * 32).view(4, 32, 32, 3).transpose(1, 3);
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("views", (c, l) -> l == Layout.CONTIGUOUS || !STRIDE_DEPENDENT.contains(c.op()));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    // ---------------------------------------------------------------- storage sharing

    @Test
    void viewsShareStorageAndVersion() {
        Tensor x = Torch.zeros(3, 4);
        for (Tensor v : new Tensor[] {x.view(4, 3), x.t(), x.transpose(0, 1), x.permute(1, 0), x.unsqueeze(1),
            x.narrow(1, 1, 2), x.select(0, 1), x.slice(1, 0, null, 2), x.expand(2, 3, 4), x.unbind(0).get(2),
            x.flatten(), x.movedim(0, 1), x.unflatten(1, 2, 2), x.squeeze()}) {
            assertSame(x.storage(), v.storage());
            assertSame(x, v.base());
        }
        int before = x.version();
        x.t().mul_(2);
        assertEquals(before + 1, x.version(), "an in-place write through a view bumps the shared version");
    }

    @Test
    void viewOfViewKeepsTheRootBase() {
        Tensor x = Torch.zeros(2, 3);
        Tensor v = x.t().unsqueeze(0).select(0, 0);
        assertSame(x, v.base());
    }

    @Test
    void contiguousReturnsSelfOnlyWhenContiguous() {
        Tensor x = Torch.zeros(2, 3);
        assertSame(x, x.contiguous());
        Tensor t = x.t();
        Tensor c = t.contiguous();
        assertNotSame(t.storage(), c.storage());
        assertTrue(c.isContiguous());
    }

    @Test
    void reshapeViewsWhenItCanAndCopiesWhenItMust() {
        Tensor x = Torch.zeros(2, 3, 4);
        assertSame(x.storage(), x.reshape(6, 4).storage());
        assertSame(x.storage(), x.transpose(0, 1).reshape(3, 2, 2, 2).storage());
        assertNotSame(x.storage(), x.transpose(0, 1).reshape(24).storage());
    }

    @Test
    void expandUsesZeroStrides() {
        Tensor b = Torch.zeros(1, 32, 1, 1);
        Tensor e = b.expand(4, 32, 14, 14);
        assertArrayEquals(new int[] {0, 1, 0, 0}, e.stride());
        // PyTorch keeps the strides of dims that are not expanded, size-1 ones included
        assertArrayEquals(new int[] {0, 32, 1, 1, 1}, b.expand(2, -1, -1, -1, -1).stride());
        assertArrayEquals(new int[] {12, 4, 1}, Torch.zeros(3, 4).expand(1, 3, 4).stride());
    }

    @Test
    void viewStridesFollowPyTorch() {
        Tensor x = Torch.zeros(Torch.options().dtype(DType.FLOAT64), 2, 3, 4);
        assertArrayEquals(new int[] {12, 4, 1}, x.stride());
        assertArrayEquals(new int[] {1, 4, 12}, x.permute(2, 1, 0).stride());
        assertArrayEquals(new int[] {4, 1, 12}, x.transpose(0, 1).transpose(1, 2).stride());
        assertArrayEquals(new int[] {12, 12, 4, 1}, x.unsqueeze(1).stride());
        assertArrayEquals(new int[] {12, 4, 1, 1}, x.unsqueeze(3).stride());
        assertEquals(5, x.select(1, 1).narrow(1, 1, 2).storageOffset());
    }

    @Test
    void viewRefusesWhatStridesCannotExpress() {
        Tensor x = Torch.zeros(3, 4).t();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.view(12));
        assertTrue(e.getMessage().startsWith("view size is not compatible"));
    }
}
