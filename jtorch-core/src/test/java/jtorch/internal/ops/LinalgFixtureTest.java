package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.ReturnTypes;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.Warnings;
import jtorch.autograd.GradCheck;
import jtorch.linalg.Linalg;
import jtorch.linalg.MatrixNormOptions;
import jtorch.linalg.ToleranceOptions;
import jtorch.linalg.VectorNormOptions;
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
 * torch.linalg and the torch.* linear algebra forms against PyTorch fixtures (tools/golden/linalg.py), in three
 * memory layouts, with gradients and float64 gradcheck; eigen- and singular vectors through the sign-invariant
 * functions the generator records (see its docstring).
 */
class LinalgFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    // X X^T + n I: a symmetric positive-definite input made inside the op, so gradcheck perturbs X freely
    private static Tensor gram(Tensor x) {
        int n = x.size(-1);
        return x.matmul(x.mT()).add(Torch.eye(Torch.options().dtype(x.dtype()), n, n).mul(n));
    }

    // the in-place forms write into a clone when the input is a leaf that requires grad, as the generator does
    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    private static jtorch.ScaleOptions scale(Args a) {
        return Torch.scaleOptions().beta(a.kwDouble("beta", 1)).alpha(a.kwDouble("alpha", 1));
    }

    private static Tensor symmetrize(Tensor x) {
        return x.add(x.mT());
    }

    private static DType dtype(Args a) {
        return a.has("dtype") ? DType.fromName(a.kwString("dtype", null)) : null;
    }

    private static VectorNormOptions vectorNorm(Args a) {
        VectorNormOptions o = Linalg.vectorNormOptions().ord(a.kwDouble("ord", 2)).keepdim(a.kwBool("keepdim", false));
        if (a.has("dim")) {
            o.dim(a.kwInts("dim"));
        }
        return dtype(a) == null ? o : o.dtype(dtype(a));
    }

    // ord, dim, keepdim and dtype of matrix_norm / norm onto the options (a string ord is 'fro', 'nuc' or bad)
    private static MatrixNormOptions matrixNorm(Args a, MatrixNormOptions o) {
        JsonElement ord = a.kwRaw("ord");
        if (ord != null && ord.isJsonPrimitive() && ord.getAsJsonPrimitive().isString()
                && !ord.getAsString().matches("-?(inf|Infinity)")) {
            o.ord(ord.getAsString());
        } else if (ord != null) {
            o.ord(a.kwDouble("ord", 0));
        }
        if (a.has("dim")) {
            o.dim(a.kwInts("dim"));
        }
        o.keepdim(a.kwBool("keepdim", false));
        return dtype(a) == null ? o : o.dtype(dtype(a));
    }

    private static ToleranceOptions tolerances(Args a) {
        ToleranceOptions o = Linalg.toleranceOptions().hermitian(a.kwBool("hermitian", false));
        if (a.has("atol")) {
            o.atol(a.kwDouble("atol", 0));
        }
        if (a.has("rtol")) {
            o.rtol(a.kwDouble("rtol", 0));
        }
        return o;
    }

    private static List<Tensor> eighAbs(Linalg.Eigh r) {
        return List.of(r.eigenvalues(), r.eigenvectors().abs());
    }

    private static List<Tensor> svdAbs(Linalg.Svd r) {
        int k = r.S().size(-1);
        return List.of(r.U().narrow(-1, 0, k).abs(), r.S(), r.Vh().narrow(-2, 0, k).abs(), r.U().mT().matmul(r.U()),
                r.Vh().matmul(r.Vh().mT()));
    }

    // a sign-invariant function of the singular vectors: (U^2 * S) @ Vh^2 over the k singular pairs
    private static Tensor svdGauge(Linalg.Svd r) {
        int k = r.S().size(-1);
        return r.U().narrow(-1, 0, k).square().mul(r.S().unsqueeze(-2)).matmul(r.Vh().narrow(-2, 0, k).square());
    }

    static {
        OPS.put("vectorNorm", a -> Linalg.vectorNorm(a.t(0), vectorNorm(a)));
        OPS.put("matrixNorm", a -> Linalg.matrixNorm(a.t(0), matrixNorm(a, Linalg.matrixNormOptions())));
        OPS.put("norm", a -> Linalg.norm(a.t(0), matrixNorm(a, Linalg.normOptions())));
        OPS.put("det", a -> Linalg.det(a.t(0)));
        OPS.put("torch.det", a -> Torch.det(a.t(0)));
        OPS.put("slogdet", a -> Linalg.slogdet(a.t(0)));
        OPS.put("slogdetLogabs", a -> {
            Linalg.Slogdet r = Linalg.slogdet(a.t(0));
            return List.of(r.logabsdet(), r.sign());
        });
        OPS.put("torch.slogdet", a -> Torch.slogdet(a.t(0)));
        OPS.put("torch.logdet", a -> Torch.logdet(a.t(0)));
        OPS.put("inv", a -> Linalg.inv(a.t(0)));
        OPS.put("invEx", a -> Linalg.invEx(a.t(0)));
        OPS.put("invExInfo", a -> Linalg.invEx(a.t(0)).info());
        OPS.put("torch.inverse", a -> Torch.inverse(a.t(0)));
        OPS.put("solve", a -> Linalg.solve(a.t(0), a.t(1), a.kwBool("left", true)));
        OPS.put("cholesky", a -> Linalg.cholesky(a.t(0), a.kwBool("upper", false)));
        OPS.put("choleskyGram", a -> Linalg.cholesky(gram(a.t(0)), a.t(0).dim() == 3));
        OPS.put("torch.choleskyGram", a -> Torch.cholesky(gram(a.t(0))));
        OPS.put("torch.cholesky", a -> a.size() > 1 ? Torch.cholesky(a.t(0), a.b(1)) : Torch.cholesky(a.t(0)));
        OPS.put("qr", a -> Linalg.qr(a.t(0), a.kwString("mode", "reduced")));
        OPS.put("qrR", a -> {
            Linalg.Qr r = Linalg.qr(a.t(0));
            return List.of(r.R(), r.Q());
        });
        OPS.put("torch.qr", a -> a.size() > 1 ? Torch.qr(a.t(0), a.b(1)) : Torch.qr(a.t(0)));
        OPS.put("eighAbs", a -> eighAbs(Linalg.eigh(a.t(0), a.s(1))));
        OPS.put("eigvalsh", a -> Linalg.eigvalsh(a.t(0), a.s(1)));
        OPS.put("eighSymAbs", a -> eighAbs(Linalg.eigh(symmetrize(a.t(0)))));
        OPS.put("eighSymGauge", a -> {
            Linalg.Eigh r = Linalg.eigh(symmetrize(a.t(0)));
            return r.eigenvectors().square().mul(r.eigenvalues().unsqueeze(-2));
        });
        OPS.put("eigvalshSym", a -> Linalg.eigvalsh(symmetrize(a.t(0))));
        OPS.put("svdAbs", a -> svdAbs(Linalg.svd(a.t(0), a.kwBool("full_matrices", true))));
        OPS.put("svdOrtho", a -> {
            Linalg.Svd r = Linalg.svd(a.t(0));
            return List.of(r.S(), r.U().mT().matmul(r.U()), r.Vh().matmul(r.Vh().mT()));
        });
        OPS.put("svdGauge", a -> svdGauge(Linalg.svd(a.t(0), false)));
        OPS.put("svdGaugeFull", a -> svdGauge(Linalg.svd(a.t(0))));
        OPS.put("svdvals", a -> Linalg.svdvals(a.t(0)));
        OPS.put("torch.svdAbs", a -> {
            ReturnTypes.Svd r = a.size() > 1 ? Torch.svd(a.t(0), a.b(1)) : Torch.svd(a.t(0));
            int k = r.S().size(-1);
            return List.of(r.U().narrow(-1, 0, k).abs(), r.S(), r.V().abs());
        });
        OPS.put("torch.svd", a -> Torch.svd(a.t(0), a.b(1), a.b(2)));
        OPS.put("lstsq", a -> {
            var o = Linalg.lstsqOptions().driver(a.kwString("driver", "gelsy"));
            if (a.size() > 2) {
                o.rcond(a.d(2));
            }
            return Linalg.lstsq(a.t(0), a.t(1), o);
        });
        OPS.put("pinv", a -> a.size() == 3 ? Linalg.pinv(a.t(0), a.d(1), a.b(2))
                : a.size() == 2 ? Linalg.pinv(a.t(0), a.d(1)) : Linalg.pinv(a.t(0), tolerances(a)));
        OPS.put("pinvSym", a -> Linalg.pinv(symmetrize(a.t(0)), Linalg.toleranceOptions().hermitian(true)));
        OPS.put("torch.pinverse", a -> a.size() > 1 ? Torch.pinverse(a.t(0), a.d(1)) : Torch.pinverse(a.t(0)));
        OPS.put("matrixRank", a -> a.size() == 3 ? Linalg.matrixRank(a.t(0), a.d(1), a.b(2))
                : a.size() == 2 ? Linalg.matrixRank(a.t(0), a.d(1)) : Linalg.matrixRank(a.t(0), tolerances(a)));
        OPS.put("matrixPower", a -> Linalg.matrixPower(a.t(0), a.i(1)));
        OPS.put("torch.matrixPower", a -> Torch.matrixPower(a.t(0), a.i(1)));
        OPS.put("multiDot", a -> Linalg.multiDot(a.ts(0)));
        OPS.put("cross", a -> Linalg.cross(a.t(0), a.t(1), a.kwInt("dim", -1)));
        OPS.put("torch.cross", a -> a.size() > 2 ? Torch.cross(a.t(0), a.t(1), a.i(2)) : Torch.cross(a.t(0), a.t(1)));
        OPS.put("vecdot", a -> Linalg.vecdot(a.t(0), a.t(1), a.kwInt("dim", -1)));
        OPS.put("matrixExp", a -> Linalg.matrixExp(a.t(0)));
        OPS.put("torch.normNuc", a -> a.size() > 1 ? a.t(0).norm("nuc", a.ints(1), a.b(2))
                : a.t(0).norm("nuc", null, false));
        OPS.put("torch.matrixExp", a -> Torch.matrixExp(a.t(0)));
        OPS.put("choleskyInverse", a -> Torch.choleskyInverse(a.t(0), a.b(1)));
        OPS.put("choleskySolve", a -> Torch.choleskySolve(a.t(0), a.t(1), a.b(2)));
        OPS.put("addmm", a -> Torch.addmm(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("addmm_", a -> target(a.t(0)).addmm_(a.t(1), a.t(2), scale(a)));
        OPS.put("addbmm", a -> Torch.addbmm(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("addbmm_", a -> target(a.t(0)).addbmm_(a.t(1), a.t(2), scale(a)));
        OPS.put("baddbmm", a -> Torch.baddbmm(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("baddbmm_", a -> target(a.t(0)).baddbmm_(a.t(1), a.t(2), scale(a)));
        OPS.put("addmv", a -> Torch.addmv(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("addmv_", a -> target(a.t(0)).addmv_(a.t(1), a.t(2), scale(a)));
        OPS.put("addr", a -> Torch.addr(a.t(0), a.t(1), a.t(2), scale(a)));
        OPS.put("addr_", a -> target(a.t(0)).addr_(a.t(1), a.t(2), scale(a)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("linalg");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(5);
        GradCheck.gradgradcheck(in -> Linalg.det(in.get(0)), List.of(leaf(3, 3)));
        GradCheck.gradgradcheck(in -> Linalg.inv(in.get(0)), List.of(leaf(3, 3)));
        GradCheck.gradgradcheck(in -> Linalg.solve(in.get(0), in.get(1)), List.of(leaf(3, 3), leaf(3, 2)));
        GradCheck.gradgradcheck(in -> Linalg.cholesky(gram(in.get(0))), List.of(leaf(3, 3)));
        GradCheck.gradgradcheck(in -> Linalg.qr(in.get(0)).Q(), List.of(leaf(4, 3)));
        GradCheck.gradgradcheck(in -> Linalg.eigvalsh(symmetrize(in.get(0))), List.of(leaf(3, 3)));
        GradCheck.gradgradcheck(in -> Linalg.svdvals(in.get(0)), List.of(leaf(4, 3)));
        GradCheck.gradgradcheck(in -> Linalg.vectorNorm(in.get(0), 3), List.of(leaf(2, 3)));
        GradCheck.gradgradcheck(in -> Linalg.cross(in.get(0), in.get(1)), List.of(leaf(2, 3), leaf(2, 3)));
        GradCheck.gradgradcheck(in -> Linalg.matrixExp(in.get(0)), List.of(leaf(2, 2)));
        GradCheck.gradgradcheck(in -> Linalg.pinv(in.get(0)), List.of(leaf(3, 2)));
        GradCheck.gradgradcheck(in -> Torch.addmm(in.get(0), in.get(1), in.get(2), Torch.scaleOptions().beta(0.5)
                .alpha(2)), List.of(leaf(2, 2), leaf(2, 3), leaf(3, 2)));
    }

    /**
     * On the meta device every function runs its checks and shape logic and computes nothing: each result has the
     * CPU result's shapes and dtypes, on meta.
     */
    @Test
    void metaTensorsKeepShapes() {
        Map<String, java.util.function.Function<Tensor[], Object>> fns = new java.util.LinkedHashMap<>();
        fns.put("det", t -> Linalg.det(t[0]));
        fns.put("slogdet", t -> Linalg.slogdet(t[0]));
        fns.put("invEx", t -> Linalg.invEx(t[0]));
        fns.put("solve", t -> Linalg.solve(t[0], t[1]));
        fns.put("cholesky", t -> Linalg.cholesky(t[0]));
        fns.put("qr", t -> Linalg.qr(t[0], "complete"));
        fns.put("eigh", t -> Linalg.eigh(t[0]));
        fns.put("svd", t -> Linalg.svd(t[0]));
        fns.put("lstsq", t -> Linalg.lstsq(t[0], t[1], Linalg.lstsqOptions().driver("gelsd")));
        fns.put("pinv", t -> Linalg.pinv(t[0]));
        fns.put("matrixNorm nuc", t -> Linalg.matrixNorm(t[0], "nuc"));
        fns.put("matrixRank", t -> Linalg.matrixRank(t[0]));
        Tensor a = Torch.eye(3).mul(4).add(Torch.ones(2, 3, 3));
        Tensor b = Torch.ones(2, 3, 2);
        for (var e : fns.entrySet()) {
            Object cpu = e.getValue().apply(new Tensor[] {a, b});
            Object meta = e.getValue().apply(new Tensor[] {a.to(jtorch.Device.META), b.to(jtorch.Device.META)});
            List<Tensor> cpuParts = parts(cpu);
            List<Tensor> metaParts = parts(meta);
            for (int i = 0; i < cpuParts.size(); i++) {
                Tensor c = cpuParts.get(i);
                Tensor m = metaParts.get(i);
                org.junit.jupiter.api.Assertions.assertArrayEquals(c.sizes(), m.sizes(), e.getKey() + " shape " + i);
                assertEquals(c.dtype(), m.dtype(), e.getKey() + " dtype " + i);
                assertEquals(true, m.isMeta(), e.getKey() + " device " + i);
            }
        }
    }

    private static List<Tensor> parts(Object o) {
        if (o instanceof Tensor t) {
            return List.of(t);
        }
        List<Tensor> out = new java.util.ArrayList<>();
        for (var c : o.getClass().getRecordComponents()) {
            try {
                out.add((Tensor) c.getAccessor().invoke(o));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }

    /** PyTorch: "The derivative of linalg.qr depends on Q, which is not computed when mode='r'". */
    @Test
    void qrBackwardErrors() {
        Tensor a = leaf(3, 3);
        Tensor r = Linalg.qr(a, "r").R();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.sum().backward());
        assertEquals("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use "
                + "linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.", e.getMessage());
        Tensor q = Linalg.qr(leaf(4, 3), "complete").Q();
        e = assertThrows(IllegalStateException.class, () -> q.sum().backward());
        assertEquals("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.",
                e.getMessage());
    }

    /** torch.cholesky and torch.qr warn once that they are deprecated, as PyTorch's TORCH_WARN_ONCE. */
    @Test
    void deprecatedFormsWarn() {
        var warned = Warnings.record(() -> {
            Torch.qr(Torch.eye(2));
            Torch.cholesky(Torch.eye(2));
        });
        assertEquals(2, warned.size(), warned.toString());
        assertEquals(true, warned.get(0).message().startsWith("torch.qr is deprecated in favor of torch.linalg.qr and "
                + "will be removed in a future PyTorch release.\nThe boolean parameter 'some'"), warned.toString());
        assertEquals(true, warned.get(1).message().startsWith("torch.cholesky is deprecated in favor of "
                + "torch.linalg.cholesky and will be removed in a future PyTorch release.\nL = torch.cholesky(A)"),
                warned.toString());
    }
}
