package jtorch.internal.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BinaryOperator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Autograd;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Images with few output pixels are lowered to one product per batch of images ({@link CpuConv}'s batched
 * path); one image at a time takes the per-image path, which the PyTorch fixtures of NnConvFixtureTest check.
 * Here a batch through the batched path must give what its images give one by one — forward, input gradient
 * and weight gradient — including batches split into several products (more columns than one buffer holds)
 * and grouped, strided and transposed convolutions.
 */
class CpuConvBatchingTest {

    /** conv2d of the whole batch against conv2d of each image alone, with the gradients of a fixed loss. */
    private static void batchEqualsImages(int n, int c, int hw, int o, int k, int stride, int padding, int groups) {
        Torch.manualSeed(3);
        var opts = F.convOptions().stride(stride).padding(padding).groups(groups);
        batchEqualsImages(Torch.randn(n, c, hw, hw), Torch.randn(o, c / groups, k, k), (x, w) -> F.conv2d(x, w, opts));
    }

    /** conv(x, w) of the whole batch against conv of each image alone: output, input and summed weight gradients. */
    private static void batchEqualsImages(Tensor batch, Tensor weight, BinaryOperator<Tensor> conv) {
        Tensor x = batch.requiresGrad_(true);
        Tensor w = weight.requiresGrad_(true);
        Tensor y = conv.apply(x, w);
        Tensor go = Torch.randn(y.sizes());
        List<Tensor> grads = grads(y, go, x, w);
        Tensor weightGradSum = Torch.zerosLike(w.detach());
        for (int i = 0; i < x.size(0); i++) {
            Tensor xi = x.detach().narrow(0, i, 1).contiguous().requiresGrad_(true);
            Tensor wi = w.detach().requiresGrad_(true);
            Tensor yi = conv.apply(xi, wi);
            List<Tensor> gi = grads(yi, go.narrow(0, i, 1), xi, wi);
            close(y.detach().narrow(0, i, 1), yi.detach(), "output of image " + i);
            close(grads.get(0).narrow(0, i, 1), gi.get(0), "input gradient of image " + i);
            weightGradSum = weightGradSum.add(gi.get(1));
        }
        close(grads.get(1), weightGradSum, "weight gradient");
    }

    private static List<Tensor> grads(Tensor y, Tensor go, Tensor... inputs) {
        return Autograd.INSTANCE.grad(List.of(y), List.of(inputs), List.of(go), null, false, false);
    }

    private static void close(Tensor actual, Tensor expected, String what) {
        double scale = Math.max(1, expected.abs().max().item());
        double err = actual.sub(expected).abs().max().item();
        assertTrue(err <= 2e-5 * scale, what + ": max difference " + err + " (scale " + scale + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void smallImagesBatched(int stride) {
        batchEqualsImages(5, 6, 5, 4, 3, stride, 1, 1);
    }

    @Test
    void groupedAndOneByOne() {
        batchEqualsImages(4, 6, 4, 6, 3, 1, 1, 3);
        batchEqualsImages(4, 6, 4, 8, 1, 1, 0, 2);
    }

    @Test
    void batchSplitIntoSeveralProducts() {
        // 576 rows x 64 pixels: a 4M-element column buffer holds 113 images, so 120 images take two products
        batchEqualsImages(120, 64, 8, 8, 3, 1, 1, 1);
    }

    @Test
    void transposedSmallImagesBatched() {
        Torch.manualSeed(5);
        var opts = F.convTransposeOptions().stride(2).padding(1);
        batchEqualsImages(Torch.randn(6, 4, 3, 3), Torch.randn(4, 3, 3, 3), (x, w) -> F.convTranspose2d(x, w, opts));
    }
}
