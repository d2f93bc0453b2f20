package jtorch.internal.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;

/**
 * The meta device is one backend that computes nothing: every op family runs its checks and shape logic above
 * it unchanged. Each case runs on CPU tensors and on meta tensors of the same shapes and compares what a meta
 * tensor has: shape, dtype, device.
 */
class MetaBackendTest {
    private static final Map<String, Function<Tensor[], Tensor>> OPS = new LinkedHashMap<>();

    static {
        OPS.put("add broadcast", t -> t[0].add(t[1].select(0, 0)));
        OPS.put("mul scalar", t -> t[0].mul(2.5));
        OPS.put("exp", t -> t[0].exp());
        OPS.put("lt", t -> t[0].lt(t[1]));
        OPS.put("where", t -> Torch.where(t[0].gt(0), t[0], t[1]));
        OPS.put("isnan", t -> t[0].isnan());
        OPS.put("to float64", t -> t[0].to(DType.FLOAT64));
        OPS.put("to bfloat16", t -> t[0].to(DType.BFLOAT16));
        OPS.put("transpose contiguous", t -> t[0].transpose(0, 1).contiguous());
        OPS.put("sum dim", t -> t[0].sum(1));
        OPS.put("mean", t -> t[0].mean());
        OPS.put("max dim", t -> t[0].max(1, true).values());
        OPS.put("argmax", t -> t[0].argmax(0));
        OPS.put("softmax", t -> F.softmax(t[0], 1));
        OPS.put("log_softmax", t -> F.logSoftmax(t[0], 0));
        OPS.put("sort", t -> t[0].sort(1).indices());
        OPS.put("topk", t -> t[0].topk(2, 1).values());
        OPS.put("kthvalue", t -> t[0].kthvalue(2, 0).values());
        OPS.put("cumsum", t -> t[0].cumsum(1));
        OPS.put("cumprod", t -> t[0].cumprod(0));
        OPS.put("cat", t -> Torch.cat(List.of(t[0], t[1]), 1));
        OPS.put("stack", t -> Torch.stack(List.of(t[0], t[1]), 0));
        OPS.put("repeat", t -> t[0].repeat(2, 1));
        OPS.put("pad constant", t -> F.pad(t[0], new int[] {1, 2}));
        OPS.put("mm", t -> t[0].mm(t[1].t()));
        OPS.put("bmm", t -> Torch.bmm(t[0].unsqueeze(0), t[1].t().unsqueeze(0)));
        OPS.put("gather", t -> t[0].gather(1, Torch.zeros(Torch.options().dtype(DType.INT64).device(t[0].device()), 4, 2)));
        OPS.put("index with tensor", t -> t[0].index(Torch.tensor(new long[] {0, 2}).to(t[0].device())));
        OPS.put("linear", t -> F.linear(t[0], t[1]));
        OPS.put("asinh", t -> t[0].asinh());
        OPS.put("erfc", t -> t[0].erfc());
        OPS.put("hypot", t -> t[0].hypot(t[1]));
        OPS.put("hardswish", t -> F.hardswish(t[0]));
        OPS.put("flip", t -> t[0].flip(0, 1));
        OPS.put("roll", t -> t[0].roll(2, 1));
        OPS.put("tril", t -> t[0].tril(1));
        OPS.put("pixel_shuffle", t -> F.pixelShuffle(t[0].reshape(1, 4, 2, 3), 2));
        OPS.put("unfold", t -> F.unfold(t[0].reshape(1, 1, 4, 6), 2));
        // reductions of issue 21 (OrderStatisticsOps, CumulativeOps, HistogramOps)
        OPS.put("amax dims", t -> t[0].amax(new int[] {0, 1}, true));
        OPS.put("median dim", t -> t[0].median(1).indices());
        OPS.put("mode", t -> t[0].mode(0).values());
        OPS.put("quantile", t -> t[0].quantile(0.3, 1));
        OPS.put("cummax", t -> t[0].cummax(1).indices());
        OPS.put("logcumsumexp", t -> t[0].logcumsumexp(0));
        OPS.put("diff", t -> t[0].diff(2, 0));
        OPS.put("nansum", t -> t[0].nansum(1));
        OPS.put("searchsorted", t -> Torch.searchsorted(t[0].sort(1).values(), t[1]));
    }

    @Test
    void everyFamilyGivesShapesAndDtypesOnly() {
        Tensor a = Torch.randn(4, 6);
        Tensor b = Torch.randn(4, 6);
        Tensor ma = a.to(Device.META);
        Tensor mb = b.to(Device.META);
        OPS.forEach((name, op) -> {
            Tensor cpu = op.apply(new Tensor[] {a, b});
            Tensor meta = op.apply(new Tensor[] {ma, mb});
            assertEquals(Device.META, meta.device(), name);
            assertArrayEquals(cpu.sizes(), meta.sizes(), name);
            assertEquals(cpu.dtype(), meta.dtype(), name);
        });
    }

    /** A small conv net's forward and backward on meta: every gradient arrives with its parameter's shape. */
    @Test
    void convNetTrainingStepOnMeta() {
        Tensor x = Torch.empty(Torch.options().device(Device.META), 8, 1, 28, 28);
        Tensor w1 = Torch.empty(Torch.options().device(Device.META), 6, 1, 5, 5).requiresGrad_(true);
        Tensor w2 = Torch.empty(Torch.options().device(Device.META), 10, 6 * 12 * 12).requiresGrad_(true);
        Tensor target = Torch.empty(Torch.options().dtype(DType.INT64).device(Device.META), 8);
        Tensor h = F.maxPool2d(F.relu(F.conv2d(x, w1)), 2);
        Tensor h2 = F.avgPool2d(F.adaptiveAvgPool2d(h, 6, 6), 1);
        Tensor logits = F.linear(F.interpolate(h2, new int[] {12, 12}, "nearest").flatten(1), w2);
        Tensor loss = F.crossEntropy(logits, target);
        assertArrayEquals(new int[0], loss.sizes());
        loss.backward();
        assertEquals(Device.META, w1.grad().device());
        assertArrayEquals(w1.sizes(), w1.grad().sizes());
        assertArrayEquals(w2.sizes(), w2.grad().sizes());
        Tensor up = F.convTranspose2d(h, Torch.empty(Torch.options().device(Device.META), 6, 3, 2, 2), null, 2, 0);
        assertArrayEquals(new int[] {8, 3, 24, 24}, up.sizes());
    }

    @Test
    void factoriesAllocateNoData() {
        var meta = Torch.options().device(Device.META);
        // a billion elements: only shapes, no array
        assertArrayEquals(new int[] {1 << 30}, Torch.ones(meta, 1 << 30).sizes());
        assertArrayEquals(new int[] {1 << 30}, Torch.full(meta, 7L, 1 << 30).sizes());
        assertEquals(DType.INT64, Torch.arange(meta, 10).dtype());
        assertArrayEquals(new int[] {5}, Torch.linspace(meta, 0, 1, 5).sizes());
        assertArrayEquals(new int[] {3, 4}, Torch.eye(meta, 3, 4).sizes());
        assertEquals(DType.FLOAT64, Torch.tensor(new double[] {1, 2}, Torch.options().dtype(DType.FLOAT64).device(
                Device.META)).dtype());
    }

    /** As on PyTorch's meta device, random fills draw nothing: the generator's stream is untouched. */
    @Test
    void randomFillsOnMetaDrawNothing() {
        Torch.manualSeed(3);
        Tensor expected = Torch.randn(5);
        Torch.manualSeed(3);
        Torch.empty(Torch.options().device(Device.META), 1000).normal_(0, 1);
        Torch.empty(Torch.options().device(Device.META), 1000).uniform_(0, 1);
        assertTrue(Torch.randn(5).equal(expected));
    }

    @Test
    void dataAccessAndDeviceMixesFail() {
        Tensor m = Torch.ones(Torch.options().device(Device.META), 3);
        assertThrows(UnsupportedOperationException.class, () -> m.sum().item());
        var mix = assertThrows(IllegalArgumentException.class, () -> m.add(Torch.ones(3)));
        assertEquals("Expected all tensors to be on the same device, but found at least two devices, meta and cpu!",
                mix.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Torch.cat(List.of(m, Torch.ones(3))));
        assertThrows(UnsupportedOperationException.class, () -> m.index(m.gt(0)));
        assertThrows(UnsupportedOperationException.class, () -> Torch.zeros(3).copy_(m));
        // a CPU scalar joins a meta tensor's op, as in PyTorch
        assertEquals(Device.META, m.mul(Torch.tensor(2.0)).device());
        assertEquals(Device.META, Torch.tensor(2.0).mul(m).device());
    }
}
