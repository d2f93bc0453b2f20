package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every example of the seed notes' tensor chapter ("3、张量" in seeds/004_*.txt), in jtorch, with the
 * shapes and values the notes show. Random examples use {@code Torch.manualSeed} and compare with the
 * numbers PyTorch 1.13 gives for the same seed (printed by tools/golden/seed_tensor_chapter.py), since
 * jtorch's generator is PyTorch's.
 *
 */
class SeedTensorChapterTest {

    @AfterEach
    void restoreDefaultDtype() {
        Torch.setDefaultDtype(DType.FLOAT32);
    }

    private static void assertShape(Tensor t, int... shape) {
        assertArrayEquals(shape, t.sizes());
    }

    private static void assertValues(Tensor t, double... expected) {
        double[] got = t.toDoubleArray();
        assertEquals(expected.length, got.length, "number of elements");
        for (int i = 0; i < got.length; i++) {
            assertEquals(expected[i], got[i], 1e-6 * Math.max(1, Math.abs(expected[i])), "element " + i);
        }
    }

    private static void assertLongs(Tensor t, long... expected) {
        assertArrayEquals(expected, t.toLongArray());
    }

    // ---------------------------------------------------------------- 数据类型 (data types)

    @Test
    void typeStringsOfTheTable() {
        // a = torch.randn(2,3); a.type() -> 'torch.FloatTensor'; isinstance(a, torch.FloatTensor) -> True
        Tensor a = Torch.randn(2, 3);
        assertEquals("torch.FloatTensor", a.type());
        assertEquals("torch.DoubleTensor", a.toDouble().type());
        assertEquals("torch.ByteTensor", a.to(DType.UINT8).type());
        assertEquals("torch.IntTensor", a.toInt().type());
        assertEquals("torch.LongTensor", a.toLong().type());
        assertEquals(DType.FLOAT32, DType.fromName("torch.float"));
        assertEquals(DType.FLOAT64, DType.fromName("torch.double"));
        assertEquals(DType.INT32, DType.fromName("torch.int"));
        assertEquals(DType.INT64, DType.fromName("torch.long"));
    }

    @Test
    void dimZeroTensorsAreScalars() {
        // torch.tensor(1.)  torch.tensor(2.2)  torch.full([],7.)  # dim 为 0
        assertEquals(0, Torch.tensor(1.).dim());
        assertEquals(2.2, Torch.tensor(2.2).item(), 1e-6);
        Tensor seven = Torch.full(new int[0], 7.);
        assertEquals(0, seven.dim());
        assertEquals(7.0, seven.item());
        assertEquals(DType.FLOAT32, seven.dtype());
    }

    @Test
    void dimOneTensors() {
        // torch.tensor([1.1])  torch.tensor([2.2,3.3])  torch.FloatTensor(1)  torch.FloatTensor(2)
        assertShape(Torch.tensor(new double[] {1.1}), 1);
        Tensor b = Torch.tensor(new double[] {2.2, 3.3});
        assertShape(b, 2);
        assertValues(b, 2.2f, 3.3f);
        assertShape(Torch.empty(1), 1);
        assertShape(Torch.empty(2), 2);
        // data = np.ones(2); torch.from_numpy(data) -> tensor([1., 1.], dtype=torch.float64)
        Tensor fromNumpy = Torch.fromArray(new double[] {1, 1});
        assertEquals(DType.FLOAT64, fromNumpy.dtype());
        assertValues(fromNumpy, 1, 1);
    }

    @Test
    void dimTwoAndThreeShapes() {
        // a = torch.randn(2,3); a.shape -> torch.Size([2, 3])
        Tensor a = Torch.randn(2, 3);
        assertShape(a, 2, 3);
        assertEquals(2, a.size(0));
        assertEquals(3, a.size(1));
        assertEquals(3, a.sizes()[1]);
        assertEquals(2, a.dim());
        // a = torch.rand(1,2,3); a.shape; a[0]; list(a.shape)
        Tensor r = Torch.rand(1, 2, 3);
        assertShape(r, 1, 2, 3);
        assertShape(r.select(0, 0), 2, 3);
        assertEquals(java.util.List.of(1, 2, 3), r.size());
        assertEquals("torch.Size([1, 2, 3])", r.shape().toString());
        assertEquals(6, r.numel());
    }

    @Test
    void setDefaultTensorTypeToDouble() {
        // torch.set_default_tensor_type(torch.DoubleTensor): new float tensors become double
        assertEquals("torch.FloatTensor", Torch.tensor(new double[] {1.2, 3}).type());
        Torch.setDefaultDtype(DType.FLOAT64);
        assertEquals("torch.DoubleTensor", Torch.tensor(new double[] {1.2, 3}).type());
        assertEquals(DType.FLOAT64, Torch.rand(2).dtype());
    }

    @Test
    void randomFactoriesMatchPyTorchSeedForSeed() {
        Torch.manualSeed(1);
        Tensor ri = Torch.randint(1, 10, 3, 3);
        assertEquals(DType.INT64, ri.dtype());
        assertLongs(ri, 5, 6, 1, 6, 8, 2, 3, 6, 9);
        assertLongs(Torch.randperm(10), 2, 3, 1, 8, 9, 0, 6, 7, 4, 5);
        assertValues(Torch.randn(2, 3), -1.194824457168579, 0.02502315863966942, -0.7626993656158447,
                1.3969426155090332, -0.3245088458061218, 0.2878694534301758);
        // torch.rand_like(a): same shape, uniform [0, 1)
        Tensor like = Torch.randLike(Torch.zeros(3, 3));
        assertShape(like, 3, 3);
        for (double v : like.toDoubleArray()) {
            assertTrue(v >= 0 && v < 1);
        }
    }

    @Test
    void deterministicFactoriesOfTheTable() {
        assertValues(Torch.ones(2, 2), 1, 1, 1, 1);
        assertValues(Torch.zeros(2), 0, 0);
        assertValues(Torch.eye(3), 1, 0, 0, 0, 1, 0, 0, 0, 1);
        assertValues(Torch.eye(2, 3), 1, 0, 0, 0, 1, 0);
        Tensor full = Torch.full(new int[] {2, 3}, 7);
        assertEquals(DType.INT64, full.dtype(), "torch.full([2,3], 7) is int64 in PyTorch 1.13");
        assertLongs(full, 7, 7, 7, 7, 7, 7);
        assertLongs(Torch.arange(0, 10), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertLongs(Torch.arange(0, 10, 2), 0, 2, 4, 6, 8);
        assertValues(Torch.linspace(0, 10, 4), 0, 3.3333333, 6.6666665, 10);
        assertValues(Torch.linspace(0, 10, 11), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertShape(Torch.empty(2, 3), 2, 3);
    }

    // ---------------------------------------------------------------- 索引及切片 (indexing and slicing)

    @Test
    void indexingDropsDimensions() {
        Torch.manualSeed(0);
        Tensor a = Torch.rand(4, 3, 28, 28);
        assertShape(a.get("0"), 3, 28, 28);
        assertShape(a.get("0,0"), 28, 28);
        // a[0,0,2,4] -> tensor(0.7262) for seed 0 (the notes show another seed's 0.8082)
        assertEquals(0.7262365221977234, a.get("0,0,2,4").item(), 1e-7);
        assertEquals(0.7260924577713013, a.index(1, 2, 27, 0).item(), 1e-7);
    }

    @Test
    void selectAndNarrowAreTheViewFormsOfIndexing() {
        Torch.manualSeed(0);
        Tensor a = Torch.rand(4, 3, 28, 28);
        assertEquals(0.7262365221977234, a.select(0, 0).select(0, 0).select(0, 2).select(0, 4).item(), 1e-7);
        assertShape(a.narrow(0, 0, 2), 2, 3, 28, 28);
        assertShape(a.slice(2, 0, 28, 2).slice(3, 0, 28, 2), 4, 3, 14, 14);
    }

    @Test
    void slicingShapes() {
        Tensor a = Torch.rand(4, 3, 28, 28);
        assertShape(a.get(":2"), 2, 3, 28, 28);
        assertShape(a.get(":2,:1,:,:"), 2, 1, 28, 28);
        assertShape(a.get(":2,1:,:,:"), 2, 2, 28, 28);
        assertShape(a.get(":2,-1:,:,:"), 2, 1, 28, 28);
        assertShape(a.get(":,:,0:28:2,0:28:2"), 4, 3, 14, 14);
    }

    @Test
    void indexSelect() {
        Tensor a = Torch.rand(4, 3, 28, 28);
        assertShape(a.indexSelect(0, Torch.tensor(new long[] {0, 2})), 2, 3, 28, 28);
        assertShape(a.indexSelect(1, Torch.tensor(new long[] {1, 2})), 4, 2, 28, 28);
        assertShape(a.indexSelect(2, Torch.arange(28)), 4, 3, 28, 28);
    }

    @Test
    void ellipsis() {
        Tensor a = Torch.rand(4, 3, 28, 28);
        assertShape(a.get("..."), 4, 3, 28, 28);
        assertShape(a.get("0,..."), 3, 28, 28);
        assertShape(a.get(":,1,..."), 4, 28, 28);
        assertShape(a.get("...,:2"), 4, 3, 28, 2);
    }

    @Test
    void maskedSelect() {
        Torch.manualSeed(2);
        Tensor x = Torch.randn(3, 4);
        Tensor mask = x.ge(0.5);
        assertEquals(DType.BOOL, mask.dtype());
        Tensor picked = Torch.maskedSelect(x, mask);
        assertShape(picked, 5);
        assertValues(picked, 1.0444635152816772, 0.5731067657470703, 0.540947437286377, 1.318617343902588,
                0.747639000415802);
    }

    @Test
    void take() {
        // src = torch.tensor([[4,3,5],[6,7,8]]); torch.take(src, torch.tensor([0,2,5])) -> tensor([4,5,8])
        Tensor src = Torch.tensor(new long[][] {{4, 3, 5}, {6, 7, 8}});
        assertLongs(Torch.take(src, Torch.tensor(new long[] {0, 2, 5})), 4, 5, 8);
    }

    // ---------------------------------------------------------------- 维度变换 (shape changes)

    @Test
    void viewAndReshape() {
        Tensor a = Torch.rand(4, 1, 28, 28);
        assertShape(a.view(4, 28 * 28), 4, 784);
        assertShape(a.view(4 * 1, 28, 28), 4, 28, 28);
        Tensor b = a.view(4, 784);
        // b.view(4,28,28,1): legal, but it loses the original dim order ("Logic Bug" in the notes)
        Tensor back = b.view(4, 28, 28, 1);
        assertShape(back, 4, 28, 28, 1);
        assertTrue(back.reshape(4, 1, 28, 28).equal(a), "same memory order, so reshaping back restores a");
        assertShape(a.reshape(4, 784), 4, 784);
    }

    @Test
    void unsqueeze() {
        Tensor a = Torch.rand(4, 1, 28, 28);
        assertShape(a.unsqueeze(0), 1, 4, 1, 28, 28);
        assertShape(a.unsqueeze(-1), 4, 1, 28, 28, 1);
        assertShape(a.unsqueeze(4), 4, 1, 28, 28, 1);
        assertShape(a.unsqueeze(-5), 1, 4, 1, 28, 28);
        assertThrows(IndexOutOfBoundsException.class, () -> a.unsqueeze(5));
    }

    @Test
    void squeeze() {
        Tensor b = Torch.rand(1, 32, 1, 1);
        assertShape(b.squeeze(), 32);
        assertShape(b.squeeze(0), 32, 1, 1);
        assertShape(b.squeeze(-1), 1, 32, 1);
        assertShape(b.squeeze(1), 1, 32, 1, 1);
        assertShape(b.squeeze(-4), 32, 1, 1);
    }

    @Test
    void expand() {
        Tensor b = Torch.rand(1, 32, 1, 1);
        Tensor e = b.expand(4, 32, 14, 14);
        assertShape(e, 4, 32, 14, 14);
        assertSame(b.storage(), e.storage(), "expand is a view: no copy");
        assertShape(b.expand(-1, 32, -1, -1), 1, 32, 1, 1);
        // the notes say expand(-1,32,-1,-4) gives [1, 32, 1, -4]; PyTorch 1.13 refuses a negative size
        assertThrows(IllegalArgumentException.class, () -> b.expand(-1, 32, -1, -4));
    }

    @Test
    void repeat() {
        Tensor b = Torch.rand(1, 32, 1, 1);
        assertShape(b.repeat(4, 32, 1, 1), 4, 1024, 1, 1);
        assertShape(b.repeat(4, 1, 1, 1), 4, 32, 1, 1);
        assertShape(b.repeat(4, 1, 32, 32), 4, 32, 32, 32);
    }

    @Test
    void transposeOfAMatrix() {
        Tensor a = Torch.randn(3, 4);
        Tensor t = a.t();
        assertShape(t, 4, 3);
        assertEquals(a.select(0, 1).select(0, 2).item(), t.select(0, 2).select(0, 1).item());
        assertThrows(IllegalArgumentException.class, () -> Torch.randn(2, 3, 4).t());
    }

    @Test
    void transposeNeedsContiguousBeforeView() {
        Tensor a = Torch.rand(4, 3, 32, 32);
        Tensor a1 = a.transpose(1, 3);
        assertShape(a1, 4, 32, 32, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a1.view(4, 3 * 32 * 32));
        assertTrue(e.getMessage().startsWith("view size is not compatible with input tensor's size and stride"));
        Tensor a2 = a.transpose(1, 3).contiguous().view(4, 3 * 32 * 32).view(4, 32, 32, 3).transpose(1, 3);
        assertShape(a2, 4, 3, 32, 32);
        assertTrue(Torch.equal(a, a2));
        // viewing without the matching transpose back scrambles the data
        Tensor a3 = a.transpose(1, 3).contiguous().view(4, 3 * 32 * 32).view(4, 3, 32, 32);
        assertFalse(Torch.equal(a, a3));
        // torch.all(torch.eq(a, a2)) -> tensor(True)
        assertTrue(a.eq(a2).all().itemBool());
    }

    @Test
    void permute() {
        Tensor a = Torch.rand(4, 3, 28, 32);
        assertShape(a.permute(0, 2, 3, 1), 4, 28, 32, 3);
        assertShape(a.transpose(1, 3).transpose(1, 2), 4, 28, 32, 3);
        assertTrue(Torch.equal(a.permute(0, 2, 3, 1), a.transpose(1, 3).transpose(1, 2)));
    }

    @Test
    void broadcasting() {
        // dims of size 1 (or missing) expand to match: [4,32,14,14] + [1,32,1,1] -> [4,32,14,14]
        Tensor a = Torch.rand(4, 32, 14, 14);
        Tensor b = Torch.rand(1, 32, 1, 1);
        assertShape(a.add(b), 4, 32, 14, 14);
        assertShape(a.add(Torch.rand(14)), 4, 32, 14, 14);
        assertShape(Torch.rand(4, 1, 14).mul(Torch.rand(32, 1)), 4, 32, 14);
        assertThrows(IllegalArgumentException.class, () -> a.add(Torch.rand(2, 14)));
    }

    // ---------------------------------------------------------------- 合并与分割 (join and split)

    @Test
    void catAndStack() {
        assertShape(Torch.cat(List.of(Torch.rand(4, 32, 8), Torch.rand(5, 32, 8)), 0), 9, 32, 8);
        assertShape(Torch.stack(List.of(Torch.rand(32, 8), Torch.rand(32, 8)), 0), 2, 32, 8);
    }

    @Test
    void splitAndChunk() {
        Tensor c = Torch.stack(List.of(Torch.rand(32, 8), Torch.rand(32, 8)), 0);
        assertShape(c, 2, 32, 8);
        List<Tensor> bySections = c.split(new int[] {1, 1}, 0);
        assertEquals(2, bySections.size());
        assertShape(bySections.get(0), 1, 32, 8);
        assertShape(bySections.get(1), 1, 32, 8);
        List<Tensor> byLength = c.split(1, 0);
        assertEquals(2, byLength.size());
        assertShape(byLength.get(1), 1, 32, 8);
        // aa, bb = c.split(2, dim=0) -> error in Python: one chunk of [2, 32, 8] cannot unpack into two
        assertEquals(1, c.split(2, 0).size());
        List<Tensor> chunks = c.chunk(2, 0);
        assertEquals(2, chunks.size());
        assertShape(chunks.get(0), 1, 32, 8);
    }

    // ---------------------------------------------------------------- 数学运算 (math)

    @Test
    void arithmeticWithOperatorsAndMethods() {
        Tensor a = Torch.rand(3, 4);
        Tensor b = Torch.rand(4);
        assertTrue(Torch.allclose(a.add(b), Torch.add(a, b)));
        assertTrue(Torch.allclose(a.sub(b), a.add(b.neg())));
        assertTrue(Torch.allclose(a.mul(b), Torch.mul(a, b)));
        assertTrue(Torch.allclose(a.div(b), a.mul(b.reciprocal())));
        assertTrue(Torch.equal(a.sub(b), Torch.sub(a, b)));
        assertTrue(Torch.equal(a.div(b), Torch.div(a, b)));
    }

    @Test
    void matrixProducts() {
        Tensor a = Torch.full(new int[] {2, 2}, 3.);
        Tensor b = Torch.ones(2, 2);
        assertValues(Torch.mm(a, b), 6, 6, 6, 6);
        assertValues(Torch.matmul(a, b), 6, 6, 6, 6);
        // multi-dim matmul multiplies the last two dims and broadcasts the rest (@)
        assertShape(Torch.rand(4, 3, 28, 64).matmul(Torch.rand(4, 3, 64, 32)), 4, 3, 28, 32);
        assertShape(Torch.rand(4, 3, 28, 64).matmul(Torch.rand(4, 1, 64, 32)), 4, 3, 28, 32);
        assertThrows(RuntimeException.class, () -> Torch.mm(Torch.rand(2, 2, 2), b));
    }

    @Test
    void powersAndLogs() {
        Tensor a = Torch.full(new int[] {2, 2}, 3.);
        assertValues(a.pow(2), 9, 9, 9, 9);
        Tensor aa = a.pow(2);
        assertValues(aa.sqrt(), 3, 3, 3, 3);
        assertValues(aa.rsqrt(), 1 / 3., 1 / 3., 1 / 3., 1 / 3.);
        assertValues(aa.pow(0.5), 3, 3, 3, 3);
        Tensor e = Torch.exp(Torch.ones(2, 2));
        assertValues(e, Math.E, Math.E, Math.E, Math.E);
        assertValues(Torch.log(e), 1, 1, 1, 1);
    }

    @Test
    void roundingAndClamp() {
        Tensor a = Torch.tensor(3.14);
        assertEquals(3.0, a.floor().item());
        assertEquals(4.0, a.ceil().item());
        assertEquals(3.0, a.trunc().item());
        assertEquals(0.14, a.frac().item(), 1e-6);
        assertEquals(3.0, Torch.tensor(3.499).round().item());
        assertEquals(4.0, Torch.tensor(3.5).round().item());
        // grad = torch.rand(2,3)*15; grad.clamp(10) (a floor of 10); grad.clamp(0, 10) (into [0, 10])
        Tensor grad = Torch.tensor(new double[][] {{14.2, 3.1, 9.9}, {0.5, 10.0, 12.7}});
        assertValues(grad.clamp(10.0, null), 14.2f, 10, 10, 10, 10, 12.7f);
        assertValues(grad.clampMin(10), 14.2f, 10, 10, 10, 10, 12.7f);
        assertValues(grad.clamp(0, 10), 10, 3.1f, 9.9f, 0.5, 10, 10);
        assertEquals(14.2f, grad.max().item(), 1e-6);
        assertEquals(0.5, grad.min().item());
    }

    @Test
    void sumAndMean() {
        Tensor a = Torch.arange(8).view(2, 4).toFloat();
        assertEquals(28, a.sum().item());
        assertEquals(3.5, a.mean().item());
        assertValues(a.sum(1), 6, 22);
        assertValues(a.mean(0), 2, 3, 4, 5);
    }

    @Test
    void prodArgmaxArgmin() {
        Tensor a = Torch.arange(8).view(2, 4).toFloat();
        assertEquals(0, a.prod().item());
        assertEquals(5040, a.add(1).narrow(1, 0, 4).view(-1).narrow(0, 0, 7).prod().item());
        assertEquals(7, a.argmax().itemLong());
        assertEquals(0, a.argmin().itemLong());
    }

    // ---------------------------------------------------------------- 属性统计 (statistics)

    @Test
    void norms() {
        Torch.manualSeed(4);
        Tensor a = Torch.randn(4, 10);
        assertEquals(32.405517578125, a.norm(1).item(), 1e-4);
        assertEquals(6.815737247467041, a.norm(2).item(), 1e-5);
        assertValues(a.norm(2, 1), 3.2533822059631348, 3.317934513092041, 3.7206127643585205, 3.3193564414978027);
        assertShape(a.norm(2, 1), 4);
    }

    @Test
    void maxMinWithDimAndKeepdim() {
        Torch.manualSeed(4);
        Tensor a = Torch.randn(4, 10);
        ReturnTypes.Max m = a.max(1);
        assertValues(m.values(), 1.263246774673462, 1.5190969705581665, 2.2344253063201904, 2.1761512756347656);
        assertLongs(m.indices(), 1, 6, 9, 4);
        ReturnTypes.Max k = a.max(1, true);
        assertShape(k.values(), 4, 1);
        assertShape(k.indices(), 4, 1);
        // argmax without dim flattens; with dim it reduces that dim
        assertEquals(29, a.argmax().itemLong());
        assertLongs(a.argmax(1), 1, 6, 9, 4);
        assertShape(a.argmax(1, true), 4, 1);
    }

    @Test
    void topkAndKthvalue() {
        Torch.manualSeed(4);
        Tensor a = Torch.randn(4, 10);
        ReturnTypes.Topk top = a.topk(3, 1);
        assertShape(top.values(), 4, 3);
        assertLongs(a.topk(5, 1, false).indices(), 6, 0, 8, 5, 9, 5, 4, 7, 9, 2, 4, 1, 8, 7, 3, 6, 9, 5, 1, 3);
        ReturnTypes.Kthvalue kth = a.kthvalue(8, 1);
        assertValues(kth.values(), 0.1505054533481598, 0.3975607752799988, 1.1877325773239136, 1.2743827104568481);
        assertLongs(kth.indices(), 3, 0, 2, 2);
    }

    @Test
    void compare() {
        Tensor a = Torch.tensor(new double[][] {{0.6, 0.7}, {0.8, 0.4}});
        assertArrayEquals(new boolean[] {true, true, true, false}, a.gt(0.5).toBoolArray());
        assertArrayEquals(new boolean[] {false, false, false, true}, a.le(0.5).toBoolArray());
        assertArrayEquals(new boolean[] {true, true, true, true}, a.ne(0.5).toBoolArray());
        // torch.eq(a, b) compares elementwise; torch.equal(a, b) says whether they are the same tensor
        Tensor b = Torch.tensor(new double[][] {{0.6, 0.0}, {0.8, 0.4}});
        assertArrayEquals(new boolean[] {true, false, true, true}, Torch.eq(a, b).toBoolArray());
        assertFalse(Torch.equal(a, b));
        assertTrue(Torch.equal(a, a.clone()));
    }

    // ---------------------------------------------------------------- 高阶操作 (where, gather)

    @Test
    void where() {
        // cond [[0.6,0.7],[0.8,0.4]], a zeros, b ones: torch.where(cond>0.5, a, b) -> [[0,0],[0,1]]
        Tensor cond = Torch.tensor(new double[][] {{0.6, 0.7}, {0.8, 0.4}});
        Tensor a = Torch.zeros(2, 2);
        Tensor b = Torch.ones(2, 2);
        assertValues(Torch.where(cond.gt(0.5), a, b), 0, 0, 0, 1);
    }

    @Test
    void gatherLabelsOfTopk() {
        Torch.manualSeed(3);
        Tensor prob = Torch.randn(4, 10);
        ReturnTypes.Topk idx = prob.topk(3, 1);
        assertValues(idx.values(), 1.6205507516860962, 0.6648393869400024, 0.35988152027130127, 0.9311244487762451,
                0.9131519198417664, 0.573984682559967, 1.0460227727890015, 1.02799654006958, 0.912517249584198,
                0.7242393493652344, 0.5916217565536499, 0.5615938901901245);
        assertLongs(idx.indices(), 6, 4, 1, 7, 2, 4, 0, 5, 9, 6, 5, 2);
        Tensor label = Torch.arange(10).add(100);
        assertLongs(label, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109);
        Tensor picked = Torch.gather(label.expand(4, 10), 1, idx.indices().toLong());
        assertLongs(picked, 106, 104, 101, 107, 102, 104, 100, 105, 109, 106, 105, 102);
    }
}
