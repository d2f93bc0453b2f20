package jtorch.nn.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

/**
 * pixel_shuffle, pixel_unshuffle, channel_shuffle, unfold, fold, instance_norm (with its running-statistics
 * updates), local_response_norm, dropout1d/dropout3d (seeded), lp_pool1d/2d and the 1-D adaptive pools against
 * PyTorch (tools/golden/nn_shape_norm.py), in three memory layouts, with gradients and float64 gradcheck.
 */
class NnShapeNormFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static int[] ints(Args a, String k, int def) {
        int[] v = a.kwInts(k);
        return v != null ? v : new int[] {def};
    }

    private static Tensor opt(Args a, int i) {
        return a.size() > i ? a.t(i) : null;
    }

    static {
        OPS.put("pixelShuffle", a -> F.pixelShuffle(a.t(0), a.i(1)));
        OPS.put("pixelUnshuffle", a -> F.pixelUnshuffle(a.t(0), a.i(1)));
        OPS.put("channelShuffle", a -> F.channelShuffle(a.t(0), a.i(1)));
        OPS.put("unfold", a -> F.unfold(a.t(0), a.kwInts("kernel_size"), ints(a, "dilation", 1), ints(a, "padding", 0),
                ints(a, "stride", 1)));
        OPS.put("fold", a -> F.fold(a.t(0), a.kwInts("output_size"), a.kwInts("kernel_size"), ints(a, "dilation", 1),
                ints(a, "padding", 0), ints(a, "stride", 1)));
        OPS.put("instanceNorm", a -> a.passed("use_input_stats")
                ? F.instanceNorm(a.t(0), null, null, null, null, a.kwBool("use_input_stats", true), 0.1, 1e-5)
                : F.instanceNorm(a.t(0)));
        OPS.put("instanceNormStats", a -> {
            Tensor rm = a.t(1).clone();
            Tensor rv = a.t(2).clone();
            Tensor out = F.instanceNorm(a.t(0), rm, rv, opt(a, 3), opt(a, 4), a.kwBool("use_input_stats", true),
                    a.kwDouble("momentum", 0.1), a.kwDouble("eps", 1e-5));
            return List.of(out, rm, rv);
        });
        OPS.put("localResponseNorm", a -> F.localResponseNorm(a.t(0), a.kwInt("size", 0), a.kwDouble("alpha", 1e-4),
                a.kwDouble("beta", 0.75), a.kwDouble("k", 1.0)));
        OPS.put("dropout1d", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout1d(a.t(0), a.d(2), a.b(3));
        });
        OPS.put("dropout1d_", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout1d(a.t(0), a.d(2), a.b(3), true);
        });
        OPS.put("dropout3d", a -> {
            Torch.manualSeed(a.l(1));
            return F.dropout3d(a.t(0), a.d(2), a.b(3));
        });
        // stride absent is PyTorch's None: the kernel size
        OPS.put("lpPool1d", a -> F.lpPool1d(a.t(0), a.d(1), a.i(2), a.has("stride") ? a.kwInt("stride", 0) : a.i(2),
                a.kwBool("ceil_mode", false)));
        OPS.put("lpPool2d", a -> F.lpPool2d(a.t(0), a.d(1), a.ints(2),
                a.has("stride") ? a.kwInts("stride") : a.ints(2), a.kwBool("ceil_mode", false)));
        OPS.put("adaptiveAvgPool1d", a -> F.adaptiveAvgPool1d(a.t(0), a.i(1)));
        OPS.put("adaptiveMaxPool1d", a -> F.adaptiveMaxPool1d(a.t(0), a.i(1)));
        OPS.put("adaptiveMaxPool1dWithIndices", a -> F.adaptiveMaxPool1dWithIndices(a.t(0), a.i(1)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("nn_shape_norm");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    /** PyTorch 1.13 records channel_shuffle with a node whose backward raises. */
    @Test
    void channelShuffleHasNoDerivative() {
        Tensor x = Torch.randn(Torch.options().requiresGrad(true), 2, 4, 3);
        Tensor y = F.channelShuffle(x, 2);
        assertEquals("NotImplemented", y.gradFn().name());
        assertEquals("derivative for channel_shuffle is not implemented",
                assertThrows(UnsupportedOperationException.class, () -> y.sum().backward()).getMessage());
    }
}
