package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.ReturnTypes;
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

/**
 * dist, renorm(_), adjoint/mH/H, fill_diagonal_, lu, lu_solve, lu_unpack, geqrf, orgqr and ormqr against PyTorch
 * fixtures (tools/golden/linalg_more.py) in three memory layouts, with gradients, float64 gradcheck and second
 * derivatives.
 */
class LinalgMoreFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    static {
        OPS.put("dist", a -> a.size() == 2 ? a.t(0).dist(a.t(1)) : a.t(0).dist(a.t(1), a.d(2)));
        OPS.put("torch.dist", a -> Torch.dist(a.t(0), a.t(1), a.d(2)));
        OPS.put("renorm", a -> a.t(0).renorm(a.d(1), a.i(2), a.d(3)));
        OPS.put("torch.renorm", a -> Torch.renorm(a.t(0), a.d(1), a.i(2), a.d(3)));
        OPS.put("renorm_", a -> target(a.t(0)).renorm_(a.d(1), a.i(2), a.d(3)));
        OPS.put("adjoint", a -> a.t(0).adjoint());
        OPS.put("torch.adjoint", a -> Torch.adjoint(a.t(0)));
        OPS.put("mH", a -> a.t(0).mH());
        OPS.put("H", a -> a.t(0).H());
        OPS.put("adjointView", a -> {
            Tensor base = a.t(0).clone();
            base.adjoint().mul_(10);
            return base;
        });
        OPS.put("fillDiagonal_", a -> target(a.t(0)).fillDiagonal_(a.d(1), a.kwBool("wrap", false)));
        // error cases get inputs without grad: the fixture's input was a leaf that requires grad
        OPS.put("fillDiagonalLeaf_", a -> a.t(0).requiresGrad_(true).fillDiagonal_(a.d(1)));
        OPS.put("lu", a -> {
            ReturnTypes.Lu r = a.t(0).lu();
            return List.of(r.LU(), r.pivots());
        });
        OPS.put("luNoPivot", a -> a.t(0).lu(false));
        OPS.put("luInfos", a -> Torch.lu(a.t(0)));
        OPS.put("luSolveOfLu", a -> {
            ReturnTypes.Lu r = Torch.lu(a.t(1));
            return a.t(0).luSolve(r.LU(), r.pivots());
        });
        OPS.put("luSolve", a -> Torch.luSolve(a.t(0), a.t(1), a.t(2)));
        OPS.put("luUnpack", a -> Torch.luUnpack(a.t(0), a.t(1), a.kwBool("unpack_data", true),
                a.kwBool("unpack_pivots", true)));
        OPS.put("luUnpackL", a -> Torch.luUnpack(a.t(0), a.t(1)).L());
        OPS.put("luUnpackU", a -> Torch.luUnpack(a.t(0), a.t(1)).U());
        OPS.put("geqrf", a -> a.t(0).geqrf());
        OPS.put("orgqr", a -> a.t(0).orgqr(a.t(1)));
        OPS.put("ormqr", a -> a.t(0).ormqr(a.t(1), a.t(2), a.kwBool("left", true), a.kwBool("transpose", false)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("linalg_more");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    // a well-conditioned matrix (its LU pivots do not change under gradcheck's steps)
    private static Tensor wellConditioned(int n) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), n, n).add(Torch.eye(Torch.options()
                .dtype(DType.FLOAT64), n, n).mul(3.0)).requiresGrad_(true);
    }

    /** The backward formulas are differentiable tensor ops, so second derivatives check out. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(17);
        GradCheck.gradgradcheck(in -> in.get(0).dist(in.get(1), 3), List.of(leaf(2, 3), leaf(3)));
        GradCheck.gradgradcheck(in -> in.get(0).renorm(2, 0, 1.0), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> Torch.lu(in.get(0)).LU(), List.of(wellConditioned(3)));
        GradCheck.gradgradcheck(in -> {
            ReturnTypes.Lu r = Torch.lu(in.get(1));
            return in.get(0).luSolve(r.LU(), r.pivots());
        }, List.of(leaf(3, 2), wellConditioned(3)));
        Tensor[] qr = HouseholderOps.geqrf(Torch.randn(Torch.options().dtype(DType.FLOAT64), 4, 3));
        GradCheck.gradgradcheck(in -> in.get(0).orgqr(in.get(1)),
                List.of(qr[0].requiresGrad_(true), qr[1].requiresGrad_(true)));
    }

    /** PyTorch 1.13 records geqrf and ormqr but implements no derivative for them: backward fails naming the op. */
    @Test
    void geqrfAndOrmqrHaveNoDerivative() {
        Tensor a = Torch.randn(3, 3).requiresGrad_(true);
        var e = assertThrows(UnsupportedOperationException.class, () -> a.geqrf().a().sum().backward());
        assertEquals("the derivative for 'geqrf' is not implemented.", e.getMessage());
        ReturnTypes.Geqrf f = Torch.geqrf(Torch.randn(3, 3));
        Tensor c = Torch.randn(3, 2).requiresGrad_(true);
        e = assertThrows(UnsupportedOperationException.class, () -> f.a().ormqr(f.tau(), c).sum().backward());
        assertEquals("the derivative for 'ormqr' is not implemented.", e.getMessage());
    }

    /** dist's p = 0 gradient is zero (PyTorch 1.13's backward fails there on an undefined tensor). */
    @Test
    void distP0HasZeroGradient() {
        Tensor a = Torch.randn(3).requiresGrad_(true);
        Tensor b = Torch.randn(3).requiresGrad_(true);
        a.dist(b, 0).backward();
        assertTrue(a.grad().eq(0.0).all().itemBool());
        assertTrue(b.grad().eq(0.0).all().itemBool());
    }

    /** A = P L U for tall, wide and batched matrices, with ormqr's four products agreeing with Q from orgqr. */
    @Test
    void factorizationsReconstruct() {
        Torch.manualSeed(5);
        for (int[] shape : new int[][] {{4, 4}, {5, 3}, {3, 5}, {2, 3, 3}}) {
            Tensor x = Torch.randn(shape);
            ReturnTypes.Lu r = x.lu();
            ReturnTypes.LuUnpack p = Torch.luUnpack(r.LU(), r.pivots());
            assertTrue(p.P().matmul(p.L()).matmul(p.U()).allclose(x, 1e-5, 1e-5, false), "P L U of " + x);
        }
        Tensor x = Torch.randn(Torch.options().dtype(DType.FLOAT64), 5, 3);
        ReturnTypes.Geqrf g = x.geqrf();
        Tensor q = g.a().orgqr(g.tau());
        Tensor full = Torch.eye(Torch.options().dtype(DType.FLOAT64), 5, 5);
        Tensor qFull = g.a().ormqr(g.tau(), full);
        assertTrue(qFull.narrow(-1, 0, 3).allclose(q));
        Tensor c = Torch.randn(Torch.options().dtype(DType.FLOAT64), 5, 2);
        assertTrue(g.a().ormqr(g.tau(), c, true, true).allclose(qFull.mT().matmul(c)));
        Tensor d = Torch.randn(Torch.options().dtype(DType.FLOAT64), 2, 5);
        assertTrue(g.a().ormqr(g.tau(), d, false, false).allclose(d.matmul(qFull)));
        assertTrue(g.a().ormqr(g.tau(), d, false, true).allclose(d.matmul(qFull.mT())));
    }
}
