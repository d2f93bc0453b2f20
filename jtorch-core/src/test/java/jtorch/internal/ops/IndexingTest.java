package jtorch.internal.ops;

import static jtorch.Indexing.ELLIPSIS;
import static jtorch.Indexing.NEW_AXIS;
import static jtorch.Indexing.all;
import static jtorch.Indexing.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Indexing;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import org.junit.jupiter.api.Test;

/**
 * Indexing behaviour the PyTorch fixtures cannot show: storage sharing of views, version counters,
 * Java-only index forms, second-order gradients, and the places where jtorch refuses input that
 * PyTorch 1.13 silently mishandles.
 */
class IndexingTest {
    // shape and values (Tensor.equal needs reductions not in this package's scope)
    private static boolean same(Tensor a, Tensor b) {
        return java.util.Arrays.equals(a.sizes(), b.sizes())
                && java.util.Arrays.equals(a.toDoubleArray(), b.toDoubleArray());
    }

    private static Tensor grid() {
        return Torch.fromArray(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 3, 4);
    }

    @Test
    void basicIndexingReturnsViewsAdvancedIndexingCopies() {
        Tensor x = grid();
        Tensor row = x.get("1, ::2");
        assertSame(x.storage(), row.storage());
        row.fill_(-1);
        assertArrayEquals(new double[] {-1, 5, -1, 7}, x.get("1").toDoubleArray());

        Tensor copy = x.index(new long[] {1});
        assertNotSame(x.storage(), copy.storage());
        copy.fill_(100);
        assertEquals(5, x.get("1, 1").item());
    }

    @Test
    void indexObjectsMatchTheStringForm() {
        Tensor x = Torch.randn(Torch.options().dtype(DType.FLOAT64), 2, 3, 4);
        assertTrue(same(x.index(1, ELLIPSIS, slice(null, null, 2)), x.get("1, ..., ::2")));
        assertTrue(same(x.index(NEW_AXIS, all(), -1), x.get("None, :, -1")));
        assertTrue(same(x.index(Boolean.TRUE, 0L), x.get("True, 0")));
        Object[] parsed = Indexing.parse("True, False, None, ..., 1:3:2, -1");
        assertEquals(List.of(true, false, NEW_AXIS, ELLIPSIS, slice(1, 3, 2), -1), List.of(parsed));
    }

    @Test
    void javaArraysIndexLikePythonLists() {
        Tensor x = grid();
        assertTrue(same(x.index(new long[] {2, 0}), x.index(Torch.tensor(new long[] {2, 0}))));
        assertTrue(same(x.index(new int[] {2, 0}), x.index(Torch.tensor(new long[] {2, 0}))));
        Tensor masked = x.index(all(), new boolean[] {true, false, false, true});
        assertArrayEquals(new int[] {3, 2}, masked.sizes());
        assertArrayEquals(new double[] {0, 3, 4, 7, 8, 11}, masked.toDoubleArray());
    }

    @Test
    void setWritesInPlaceAndBumpsTheVersion() {
        Tensor x = grid();
        int v = x.version();
        x.set(":, 0", Torch.fromArray(new double[] {7, 8, 9}, 1, 3));
        x.setIndex(new Object[] {new long[] {2}, -1}, 42);
        assertTrue(x.version() > v);
        assertArrayEquals(new double[] {7, 1, 2, 3, 8, 5, 6, 7, 9, 9, 10, 42}, x.toDoubleArray());
    }

    @Test
    void indexPutSkipsNullDims() {
        Tensor x = Torch.zeros(Torch.options().dtype(DType.FLOAT64), 2, 3);
        Tensor idx = Torch.tensor(new long[] {2, 0});
        x.indexPut_(new Tensor[] {null, idx}, Torch.fromArray(new double[] {1, 2}));
        assertArrayEquals(new double[] {2, 0, 1, 2, 0, 1}, x.toDoubleArray());
        Tensor mask = Torch.tensor(new boolean[] {false, true, true});
        x.indexPut_(new Tensor[] {null, mask}, Torch.scalarTensor(5, DType.FLOAT64));
        assertArrayEquals(new double[] {2, 5, 5, 2, 5, 5}, x.toDoubleArray());
    }

    @Test
    void refusesWhatPyTorchAcceptsWithoutMeaning() {
        Tensor x = grid();
        // PyTorch 1.13 leaves x unchanged for a float mask; a wrong answer, so jtorch refuses
        IllegalArgumentException mask = assertThrows(IllegalArgumentException.class,
                () -> x.maskedFill(Torch.onesLike(x), 1.0));
        assertEquals("masked_fill_ only supports boolean masks, but got mask with dtype double", mask.getMessage());
        IndexOutOfBoundsException ellipses = assertThrows(IndexOutOfBoundsException.class, () -> x.get("..., 0, ..."));
        assertEquals("an index can only have a single ellipsis ('...')", ellipses.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> x.index(1.5));
        assertEquals("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid "
                + "indices (got float)", type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> x.get("0, x"));
    }

    @Test
    void inPlaceRulesFollowAutograd() {
        Tensor leaf = grid().requiresGrad_();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leaf.set("0", 1.0));
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", e.getMessage());

        Tensor idx = Torch.tensor(new long[] {0, 2});
        Tensor y = grid().requiresGrad_().index(idx);
        idx.add_(1L); // the saved index changed: backward must refuse, not use the new values
        assertThrows(IllegalStateException.class, () -> y.sum().backward());
    }

    @Test
    void setRecordsGradientsForSelfAndValue() {
        Tensor x = grid().requiresGrad_();
        Tensor v = Torch.fromArray(new double[] {1, 2}).requiresGrad_();
        Tensor y = x.mul(1L);
        y.setIndex(new Object[] {all(), new long[] {3, 0}}, v);
        y.mul(Torch.arange(12).reshape(3, 4)).sum().backward();
        assertArrayEquals(new double[] {0, 1, 2, 0, 0, 5, 6, 0, 0, 9, 10, 0}, x.grad().toDoubleArray());
        assertArrayEquals(new double[] {3 + 7 + 11, 0 + 4 + 8}, v.grad().toDoubleArray());
    }

    private static void gradgrad(Function<Tensor, Tensor> f, int... shape) {
        Tensor x = Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_();
        // squaring makes the second derivative non-zero, so the double backward is really exercised
        assertTrue(GradCheck.gradgradcheck(in -> f.apply(in.get(0)).square(), List.of(x)));
    }

    @Test
    void secondOrderGradients() {
        Tensor idx = Torch.tensor(new long[][] {{0, 2}, {1, 1}});
        Tensor mask = Torch.tensor(new boolean[] {true, false, true, true});
        gradgrad(x -> x.index(idx, all(), new long[] {1, 0}), 3, 4, 2);
        gradgrad(x -> x.get("1:, None, ::2"), 3, 4);
        gradgrad(x -> Torch.zeros(Torch.options().dtype(DType.FLOAT64), 3, 4)
                .indexPut(new Tensor[] {idx}, x, true), 2, 2, 4);
        gradgrad(x -> x.gather(1, idx), 3, 4);
        gradgrad(x -> Torch.ones(Torch.options().dtype(DType.FLOAT64), 2, 4).scatterAdd(1, idx, x), 2, 2);
        gradgrad(x -> x.scatter(1, Torch.tensor(new long[][] {{3}, {0}}), 0.5), 2, 4);
        gradgrad(x -> x.maskedSelect(mask), 3, 4);
        gradgrad(x -> x.maskedFill(mask, 2.0), 3, 4);
        gradgrad(x -> x.take(idx), 3, 4);
        gradgrad(x -> x.indexSelect(0, Torch.tensor(new long[] {2, 0, 2})), 3, 4);
        gradgrad(x -> {
            Tensor y = x.mul(1L);
            y.setIndex(new Object[] {mask.logicalNot()}, 0.0);
            return y;
        }, 4, 2);
    }
}
