package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Second derivatives of the convolution, pooling, normalisation, resizing and padding ops: gradgradcheck
 * (finite differences of the create_graph gradient) on small float64 inputs, and the backward node names.
 */
class NnConvGradGradTest {
    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    private static Arguments op(String name, Function<List<Tensor>, Tensor> fn, Tensor... inputs) {
        return Arguments.of(name, fn, List.of(inputs));
    }

    static Stream<Arguments> ops() {
        Torch.manualSeed(7);
        return Stream.of(
                op("conv2d", in -> F.conv2d(in.get(0), in.get(1), in.get(2), new int[] {2, 1}, new int[] {1},
                        new int[] {1, 2}, 2), leaf(1, 4, 5, 5), leaf(2, 2, 2, 2), leaf(2)),
                op("conv1d", in -> F.conv1d(in.get(0), in.get(1), null, 2, 1, 1, 1), leaf(1, 2, 6), leaf(2, 2, 3)),
                op("conv_transpose2d", in -> F.convTranspose2d(in.get(0), in.get(1), in.get(2), new int[] {2},
                        new int[] {1}, new int[] {1}, 1, new int[] {1}), leaf(1, 2, 3, 3), leaf(2, 1, 3, 3), leaf(1)),
                op("max_pool2d", in -> F.maxPool2d(in.get(0), new int[] {2}, new int[] {1}, new int[] {0},
                        new int[] {1}, false), leaf(1, 2, 4, 4)),
                op("avg_pool2d", in -> F.avgPool2d(in.get(0), new int[] {3},
                        F.avgPoolOptions().stride(2).padding(1).ceilMode(true).countIncludePad(false)), leaf(1, 1, 5, 5)),
                op("adaptive_avg_pool2d", in -> F.adaptiveAvgPool2d(in.get(0), 2, 3), leaf(1, 2, 5, 4)),
                op("adaptive_max_pool2d", in -> F.adaptiveMaxPool2d(in.get(0), 2, 2), leaf(1, 2, 5, 4)),
                op("batch_norm_train", in -> F.batchNorm(in.get(0), null, null, in.get(1), in.get(2), true, 0.1, 1e-5),
                        leaf(4, 2, 3), leaf(2), leaf(2)),
                op("batch_norm_eval", in -> F.batchNorm(in.get(0), Torch.zeros(Torch.options().dtype(DType.FLOAT64), 2),
                        Torch.ones(Torch.options().dtype(DType.FLOAT64), 2), in.get(1), in.get(2), false, 0.1, 1e-5),
                        leaf(3, 2, 2), leaf(2), leaf(2)),
                op("layer_norm", in -> F.layerNorm(in.get(0), new int[] {4}, in.get(1), in.get(2), 1e-5),
                        leaf(3, 4), leaf(4), leaf(4)),
                op("group_norm", in -> F.groupNorm(in.get(0), 2, in.get(1), in.get(2), 1e-5),
                        leaf(2, 4, 3), leaf(4), leaf(4)),
                op("bilinear", in -> F.interpolate(in.get(0), F.interpolateOptions().scaleFactor(1.5).mode("bilinear").alignCorners(false)),
                        leaf(1, 1, 3, 3)),
                op("nearest", in -> F.interpolate(in.get(0), new int[] {5, 4}, "nearest"), leaf(1, 1, 3, 3)),
                op("pad_reflect", in -> F.pad(in.get(0), new int[] {1, 2, 2, 1}, "reflect"), leaf(1, 1, 3, 4)),
                op("pad_circular", in -> F.pad(in.get(0), new int[] {1, 2}, "circular"), leaf(1, 2, 3)),
                op("pad_constant", in -> F.pad(in.get(0), new int[] {1, -1, 2, 0}, "constant", 3), leaf(1, 2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void secondDerivativesMatchFiniteDifferences(String name, Function<List<Tensor>, Tensor> fn, List<Tensor> inputs) {
        assertTrue(GradCheck.gradcheck(fn, inputs), name);
        assertTrue(GradCheck.gradgradcheck(fn, inputs), name);
    }

    @Test
    void backwardNodesHavePyTorchsNames() {
        Tensor x = Torch.randn(1, 2, 6, 6).requiresGrad_(true);
        Tensor w = Torch.randn(3, 2, 3, 3).requiresGrad_(true);
        assertEquals("ConvolutionBackward0", F.conv2d(x, w).gradFn().name());
        assertEquals("ConvolutionBackward0", F.conv1d(x.get(":, :, 0"), w.get(":, :, 0")).gradFn().name());
        assertEquals("ConvolutionBackward0", F.convTranspose2d(x, Torch.randn(2, 1, 2, 2)).gradFn().name());
        assertEquals("MaxPool2DWithIndicesBackward0", F.maxPool2d(x, 2).gradFn().name());
        assertEquals("SqueezeBackward1", F.maxPool1d(x.get("0"), 2).gradFn().name());
        assertEquals("AvgPool2DBackward0", F.avgPool2d(x, 2).gradFn().name());
        assertEquals("AdaptiveAvgPool2DBackward0", F.adaptiveAvgPool2d(x, 2).gradFn().name());
        assertEquals("MeanBackward1", F.adaptiveAvgPool2d(x, 1).gradFn().name());
        assertEquals("AdaptiveMaxPool2DBackward0", F.adaptiveMaxPool2d(x, 2).gradFn().name());
        assertEquals("NativeBatchNormBackward0", F.batchNorm(x, null, null, null, null, true, 0.1, 1e-5).gradFn().name());
        assertEquals("NativeLayerNormBackward0", F.layerNorm(x, new int[] {6}).gradFn().name());
        assertEquals("NativeGroupNormBackward0", F.groupNorm(x, 1).gradFn().name());
        assertEquals("UpsampleNearest2DBackward1", F.interpolate(x, 2, "nearest").gradFn().name());
        assertEquals("UpsampleBilinear2DBackward1", F.interpolate(x, 2, "bilinear").gradFn().name());
        assertEquals("ConstantPadNdBackward0", F.pad(x, new int[] {1, 1}).gradFn().name());
        assertEquals("ReflectionPad2DBackward0", F.pad(x, new int[] {1, 1, 1, 1}, "reflect").gradFn().name());
        assertEquals("ReplicationPad2DBackward0", F.pad(x, new int[] {1, 1, 1, 1}, "replicate").gradFn().name());
    }
}
