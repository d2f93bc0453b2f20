package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import jtorch.nn.functional.F;
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
 * Issue 21's shape and indexing ops (StackSplitOps, IndexUpdateOps, IndexLookupOps, ProductOps) against PyTorch
 * fixtures (tools/golden/shape_indexing_more.py), in three memory layouts, with gradients, float64 gradcheck and
 * second derivatives.
 */
class ShapeIndexingMoreFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static Tensor target(Tensor t) {
        return t.requiresGrad() ? t.clone() : t;
    }

    private static int[] intList(Args a, int i) {
        return a.raw(i).isJsonArray() ? a.ints(i) : new int[] {a.i(i)};
    }

    private static Tensor[] tensors(Args a) {
        return tensorsFrom(a, 0);
    }

    private static Tensor[] tensorsFrom(Args a, int first) {
        Tensor[] out = new Tensor[a.size() - first];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.t(first + i);
        }
        return out;
    }

    static {
        OPS.put("atleast1d", a -> Torch.atleast1d(a.t(0)));
        OPS.put("atleast2d", a -> Torch.atleast2d(a.t(0)));
        OPS.put("atleast3d", a -> Torch.atleast3d(a.t(0)));
        OPS.put("atleast1dList", a -> Torch.atleast1d(List.of(tensors(a))));
        OPS.put("atleast2dList", a -> Torch.atleast2d(List.of(tensors(a))));
        OPS.put("atleast3dList", a -> Torch.atleast3d(List.of(tensors(a))));
        OPS.put("hstack", a -> Torch.hstack(a.ts(0)));
        OPS.put("vstack", a -> Torch.vstack(a.ts(0)));
        OPS.put("rowStack", a -> Torch.rowStack(a.ts(0)));
        OPS.put("dstack", a -> Torch.dstack(a.ts(0)));
        OPS.put("columnStack", a -> Torch.columnStack(a.ts(0)));
        // an empty Python list reaches the harness as a plain value, so these cases name the function instead
        OPS.put("emptyList", a -> switch (a.s(0)) {
            case "hstack" -> Torch.hstack(List.of());
            case "vstack" -> Torch.vstack(List.of());
            case "row_stack" -> Torch.rowStack(List.of());
            case "dstack" -> Torch.dstack(List.of());
            default -> Torch.columnStack(List.of());
        });
        OPS.put("tensorSplit", a -> a.raw(1).isJsonArray() ? a.t(0).tensorSplit(a.ints(1), a.i(2))
                : a.t(0).tensorSplit(a.i(1), a.i(2)));
        OPS.put("tensorSplitTensor", a -> a.t(0).tensorSplit(a.t(1), a.i(2)));
        OPS.put("hsplit", a -> a.raw(1).isJsonArray() ? a.t(0).hsplit(a.ints(1)) : a.t(0).hsplit(a.i(1)));
        OPS.put("vsplit", a -> a.raw(1).isJsonArray() ? a.t(0).vsplit(a.ints(1)) : a.t(0).vsplit(a.i(1)));
        OPS.put("dsplit", a -> a.raw(1).isJsonArray() ? a.t(0).dsplit(a.ints(1)) : a.t(0).dsplit(a.i(1)));
        OPS.put("splitWithSizes", a -> a.t(0).splitWithSizes(a.ints(1), a.i(2)));
        OPS.put("ravel", a -> a.t(0).ravel());
        OPS.put("tile", a -> a.t(0).tile(a.ints(1)));
        OPS.put("broadcastTo", a -> a.t(0).broadcastTo(a.ints(1)));
        OPS.put("broadcastTensors", a -> Torch.broadcastTensors(a.ts(0).toArray(Tensor[]::new)));
        OPS.put("broadcastShapes", a -> {
            int[][] shapes = new int[a.size()][];
            for (int i = 0; i < shapes.length; i++) {
                shapes[i] = a.ints(i);
            }
            return Arrays.stream(Torch.broadcastShapes(shapes)).boxed().toList();
        });
        OPS.put("moveaxis", a -> a.raw(1).isJsonArray() ? a.t(0).moveaxis(a.ints(1), a.ints(2))
                : a.t(0).moveaxis(a.i(1), a.i(2)));
        OPS.put("meshgrid", a -> Torch.meshgrid(List.of(tensors(a)), a.kwString("indexing", "ij")));
        OPS.put("cartesianProd", a -> Torch.cartesianProd(tensors(a)));
        OPS.put("nonzero", a -> a.t(0).nonzero());
        OPS.put("nonzeroAsTuple", a -> a.t(0).nonzeroAsTuple());
        OPS.put("argwhere", a -> Torch.argwhere(a.t(0)));
        OPS.put("where", a -> Torch.where(a.t(0)));
        OPS.put("whereMethod", a -> a.t(0).where(a.t(1), a.t(2)));
        OPS.put("trilIndices", a -> a.has("dtype")
                ? Torch.trilIndices(Torch.options().dtype(DType.fromName(a.kwString("dtype", ""))), a.i(0), a.i(1),
                        a.i(2))
                : Torch.trilIndices(a.i(0), a.i(1), a.i(2)));
        OPS.put("triuIndices", a -> a.has("dtype")
                ? Torch.triuIndices(Torch.options().dtype(DType.fromName(a.kwString("dtype", ""))), a.i(0), a.i(1),
                        a.i(2))
                : Torch.triuIndices(a.i(0), a.i(1), a.i(2)));
        OPS.put("takeAlongDim", a -> !a.isTensor(1) ? a.t(0).takeAlongDim(a.t(0).argsort(a.i(1)), a.i(1))
                : a.size() == 2 ? a.t(0).takeAlongDim(a.t(1)) : a.t(0).takeAlongDim(a.t(1), a.i(2)));
        OPS.put("indexAdd", a -> a.has("alpha") ? a.t(0).indexAdd(a.i(1), a.t(2), a.t(3), a.kwDouble("alpha", 1))
                : a.t(0).indexAdd(a.i(1), a.t(2), a.t(3)));
        OPS.put("indexAdd_", a -> a.has("alpha")
                ? target(a.t(0)).indexAdd_(a.i(1), a.t(2), a.t(3), a.kwDouble("alpha", 1))
                : target(a.t(0)).indexAdd_(a.i(1), a.t(2), a.t(3)));
        OPS.put("indexCopy", a -> a.t(0).indexCopy(a.i(1), a.t(2), a.t(3)));
        OPS.put("indexCopy_", a -> target(a.t(0)).indexCopy_(a.i(1), a.t(2), a.t(3)));
        OPS.put("indexFill", a -> a.t(0).indexFill(a.i(1), a.t(2), a.d(3)));
        OPS.put("indexFill_", a -> target(a.t(0)).indexFill_(a.i(1), a.t(2), a.d(3)));
        OPS.put("indexFillTensor", a -> a.t(0).indexFill(a.i(1), a.t(2), a.t(3)));
        OPS.put("indexFillTensor_", a -> target(a.t(0)).indexFill_(a.i(1), a.t(2), a.t(3)));
        OPS.put("selectScatter", a -> Torch.selectScatter(a.t(0), a.t(1), a.i(2), a.i(3)));
        OPS.put("sliceScatter", a -> switch (a.size()) {
            case 2 -> Torch.sliceScatter(a.t(0), a.t(1));
            case 3 -> Torch.sliceScatter(a.t(0), a.t(1), a.i(2));
            case 4 -> Torch.sliceScatter(a.t(0), a.t(1), a.i(2), a.i(3));
            default -> Torch.sliceScatter(a.t(0), a.t(1), a.i(2), a.i(3), a.i(4), a.i(5));
        });
        OPS.put("diagonalScatter", a -> a.size() == 2 ? Torch.diagonalScatter(a.t(0), a.t(1))
                : Torch.diagonalScatter(a.t(0), a.t(1), a.i(2), a.i(3), a.i(4)));
        OPS.put("tensordot", a -> switch (a.size()) {
            case 2 -> Torch.tensordot(a.t(0), a.t(1));
            case 3 -> Torch.tensordot(a.t(0), a.t(1), a.i(2));
            default -> Torch.tensordot(a.t(0), a.t(1), intList(a, 2), intList(a, 3));
        });
        OPS.put("inner", a -> Torch.inner(a.t(0), a.t(1)));
        OPS.put("vdot", a -> a.t(0).vdot(a.t(1)));
        OPS.put("kron", a -> Torch.kron(a.t(0), a.t(1)));
        OPS.put("einsum", a -> Torch.einsum(a.s(0), tensorsFrom(a, 1)));
        OPS.put("cross", a -> a.size() == 2 ? Torch.cross(a.t(0), a.t(1)) : Torch.cross(a.t(0), a.t(1), a.i(2)));
        OPS.put("blockDiag", a -> Torch.blockDiag(tensors(a)));
        OPS.put("diagflat", a -> a.size() == 1 ? Torch.diagflat(a.t(0)) : Torch.diagflat(a.t(0), a.i(1)));
        OPS.put("narrowCopy", a -> Torch.narrowCopy(a.t(0), a.i(1), a.i(2), a.i(3)));
        OPS.put("repeatInterleave", a -> {
            Tensor x = a.t(0);
            if (a.isTensor(1)) {
                return !a.has("dim") ? x.repeatInterleave(a.t(1)) : a.has("output_size")
                        ? x.repeatInterleave(a.t(1), a.kwInt("dim", 0), a.kwInt("output_size", 0))
                        : x.repeatInterleave(a.t(1), a.kwInt("dim", 0));
            }
            return !a.has("dim") ? x.repeatInterleave(a.i(1)) : a.has("output_size")
                    ? x.repeatInterleave(a.i(1), a.kwInt("dim", 0), a.kwInt("output_size", 0))
                    : x.repeatInterleave(a.i(1), a.kwInt("dim", 0));
        });
        OPS.put("repeatInterleaveRepeats", a -> Torch.repeatInterleave(a.t(0)));
        OPS.put("combinations", a -> switch (a.size()) {
            case 1 -> Torch.combinations(a.t(0));
            case 2 -> Torch.combinations(a.t(0), a.i(1));
            default -> Torch.combinations(a.t(0), a.i(1), a.b(2));
        });
        OPS.put("put", a -> a.size() == 3 ? a.t(0).put(a.t(1), a.t(2)) : a.t(0).put(a.t(1), a.t(2), a.b(3)));
        OPS.put("put_", a -> a.size() == 3 ? target(a.t(0)).put_(a.t(1), a.t(2))
                : target(a.t(0)).put_(a.t(1), a.t(2), a.b(3)));
        OPS.put("maskedScatter", a -> a.t(0).maskedScatter(a.t(1), a.t(2)));
        OPS.put("maskedScatter_", a -> target(a.t(0)).maskedScatter_(a.t(1), a.t(2)));
        OPS.put("cdist", a -> switch (a.size()) {
            case 2 -> Torch.cdist(a.t(0), a.t(1));
            case 3 -> Torch.cdist(a.t(0), a.t(1), a.d(2));
            default -> Torch.cdist(a.t(0), a.t(1), a.d(2), a.s(3));
        });
        OPS.put("pdist", a -> a.size() == 1 ? Torch.pdist(a.t(0)) : F.pdist(a.t(0), a.d(1)));
        OPS.put("cov", a -> a.has("correction") ? a.t(0).cov(Torch.covOptions().correction(a.kwInt("correction", 1)))
                : Torch.cov(a.t(0)));
        OPS.put("covFweights", a -> Torch.cov(a.t(0), Torch.covOptions().fweights(a.t(1))));
        OPS.put("covAweights", a -> Torch.cov(a.t(0), Torch.covOptions().aweights(a.t(1))));
        OPS.put("covBothWeights", a -> Torch.cov(a.t(0), Torch.covOptions().fweights(a.t(1)).aweights(a.t(2))));
        OPS.put("corrcoef", a -> Torch.corrcoef(a.t(0)));
        OPS.put("scatterReduce", a -> a.t(0).scatterReduce(a.i(1), a.t(2), a.t(3), a.s(4), a.b(5)));
        OPS.put("scatterReduce_", a -> target(a.t(0)).scatterReduce_(a.i(1), a.t(2), a.t(3), a.s(4), a.b(5)));
        OPS.put("indexReduce", a -> a.t(0).indexReduce(a.i(1), a.t(2), a.t(3), a.s(4), a.b(5)));
        OPS.put("indexReduce_", a -> target(a.t(0)).indexReduce_(a.i(1), a.t(2), a.t(3), a.s(4), a.b(5)));
        OPS.put("vander", a -> a.has("N") ? Torch.vander(a.t(0), a.kwInt("N", 0), a.kwBool("increasing", false))
                : Torch.vander(a.t(0), a.kwBool("increasing", false)));
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    private static Tensor index(long... values) {
        return Torch.tensor(values);
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(21);
        GradCheck.gradgradcheck(in -> in.get(0).indexAdd(0, index(0, 2, 0), in.get(1), 1.5).square(),
                List.of(leaf(3, 2), leaf(3, 2)));
        GradCheck.gradgradcheck(in -> in.get(0).indexCopy(1, index(2, 0), in.get(1)).square(),
                List.of(leaf(2, 3), leaf(2, 2)));
        GradCheck.gradgradcheck(in -> in.get(0).indexFill(0, index(1), in.get(1)).square(),
                List.of(leaf(3, 2), leaf()));
        GradCheck.gradgradcheck(in -> in.get(0).selectScatter(in.get(1), 1, 0).square(),
                List.of(leaf(2, 3), leaf(2)));
        GradCheck.gradgradcheck(in -> in.get(0).sliceScatter(in.get(1), 1, 0, 3, 2).square(),
                List.of(leaf(2, 3), leaf(2, 2)));
        GradCheck.gradgradcheck(in -> in.get(0).diagonalScatter(in.get(1), 1, 0, 1).square(),
                List.of(leaf(3, 3), leaf(2)));
        GradCheck.gradgradcheck(in -> in.get(0).vdot(in.get(1)).square(), List.of(leaf(3), leaf(3)));
        GradCheck.gradgradcheck(in -> in.get(0).kron(in.get(1)), List.of(leaf(2, 2), leaf(1, 2)));
        GradCheck.gradgradcheck(in -> Torch.tensordot(in.get(0), in.get(1), new int[] {1}, new int[] {0}),
                List.of(leaf(2, 3), leaf(3, 2)));
        GradCheck.gradgradcheck(in -> in.get(0).cross(in.get(1), 1), List.of(leaf(2, 3), leaf(2, 3)));
        GradCheck.gradgradcheck(in -> Torch.blockDiag(in.get(0), in.get(1)).square(), List.of(leaf(2, 1), leaf(3)));
        GradCheck.gradgradcheck(in -> in.get(0).put(index(3, 0), in.get(1), true).square(),
                List.of(leaf(2, 2), leaf(2)));
        GradCheck.gradgradcheck(in -> in.get(0).maskedScatter(Torch.tensor(new boolean[] {true, false, true}),
                in.get(1)).square(), List.of(leaf(2, 3), leaf(5)));
        GradCheck.gradgradcheck(in -> Torch.cdist(in.get(0), in.get(1), 3), List.of(leaf(3, 2), leaf(2, 2)));
        GradCheck.gradgradcheck(in -> Torch.pdist(in.get(0)), List.of(leaf(3, 2)));
        GradCheck.gradgradcheck(in -> in.get(0).scatterReduce(0, Torch.tensor(new long[] {0, 2, 0}), in.get(1), "mean",
                false), List.of(leaf(3), leaf(3)));
        GradCheck.gradgradcheck(in -> in.get(0).indexReduce(0, index(1, 1), in.get(1), "amax"),
                List.of(leaf(2, 2), leaf(2, 2)));
        GradCheck.gradgradcheck(in -> Torch.einsum("bn,anm,bm->ba", in.get(0), in.get(1), in.get(2)),
                List.of(leaf(2, 3), leaf(2, 3, 2), leaf(2, 2)));
    }

    /** PyTorch 1.13's own vander backward fails (see the generator), so jtorch's gradient is checked numerically. */
    @Test
    void vanderGradients() {
        Torch.manualSeed(22);
        GradCheck.gradcheck(in -> Torch.vander(in.get(0)), List.of(leaf(4)));
        GradCheck.gradcheck(in -> Torch.vander(in.get(0), 5, true), List.of(leaf(3)));
        GradCheck.gradgradcheck(in -> Torch.vander(in.get(0), 3, false), List.of(leaf(3)));
    }

    /** PyTorch 1.13 records narrow_copy without a derivative: backward fails with its message. */
    @Test
    void narrowCopyHasNoDerivative() {
        Tensor x = Torch.randn(3, 4).requiresGrad_(true);
        Tensor y = x.narrowCopy(1, 1, 2);
        assertEquals("NotImplemented", y.gradFn().name());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> y.sum().backward());
        assertEquals("derivative for aten::narrow_copy is not implemented", e.getMessage());
    }

    /** put_ on a non-contiguous view writes through it at row-major positions. */
    @Test
    void putIntoTransposedView() {
        Tensor base = Torch.zeros(2, 3);
        Tensor view = base.t();
        view.put_(Torch.tensor(new long[] {1, 4}), Torch.tensor(new double[] {5, 7}).toFloat());
        assertEquals(5.0, base.get("1, 0").item());
        assertEquals(7.0, base.get("0, 2").item());
    }

    /** The in-place forms write into self and return it. */
    @Test
    void inPlaceFormsReturnSelf() {
        Tensor x = Torch.zeros(3, 2);
        Tensor src = Torch.ones(2, 2);
        assertEquals(x, x.indexAdd_(0, index(0, 2), src));
        assertEquals(x, x.indexCopy_(0, index(1, 0), src.mul(3)));
        assertEquals(x, x.indexFill_(1, index(1), -1.0));
        assertEquals(List.of(3.0, -1.0, 3.0, -1.0, 1.0, -1.0),
                Arrays.stream(x.toDoubleArray()).boxed().toList());
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("shape_indexing_more");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
