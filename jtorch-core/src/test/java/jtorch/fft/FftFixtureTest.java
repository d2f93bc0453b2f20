package jtorch.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.IstftOptions;
import jtorch.StftOptions;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
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
 * torch.fft against PyTorch fixtures (tools/golden/fft.py: every transform on real and view_as_real complex inputs,
 * every option, special values, errors; stft and istft), in three memory layouts, with gradients and float64 gradcheck; plus second
 * derivatives, the positional overloads and the meta device.
 */
class FftFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    private static FftOptions oneD(Args a) {
        FftOptions o = Fft.fftOptions();
        if (a.has("n")) {
            o.n(a.kwInt("n", 0));
        }
        if (a.has("dim")) {
            o.dim(a.kwInt("dim", -1));
        }
        if (a.has("norm")) {
            o.norm(a.kwString("norm", null));
        }
        return o;
    }

    private static FftnOptions nD(FftnOptions o, Args a) {
        if (a.has("s")) {
            o.s(a.kwInts("s"));
        }
        if (a.has("dim")) {
            o.dim(a.kwInts("dim"));
        }
        if (a.has("norm")) {
            o.norm(a.kwString("norm", null));
        }
        return o;
    }

    private static TensorOptions factoryOptions(Args a) {
        return a.has("dtype") ? Torch.options().dtype(DType.fromName(a.kwString("dtype", null))) : Torch.options();
    }

    private static StftOptions stftOptions(Args a) {
        StftOptions o = Torch.stftOptions();
        if (a.isTensor(2)) {
            o.window(a.t(2));
        }
        if (a.has("hop_length")) {
            o.hopLength(a.kwInt("hop_length", 0));
        }
        if (a.has("win_length")) {
            o.winLength(a.kwInt("win_length", 0));
        }
        if (a.has("center")) {
            o.center(a.kwBool("center", true));
        }
        if (a.has("pad_mode")) {
            o.padMode(a.kwString("pad_mode", null));
        }
        if (a.has("normalized")) {
            o.normalized(a.kwBool("normalized", false));
        }
        if (a.has("onesided")) {
            o.onesided(a.kwBool("onesided", true));
        }
        return o;
    }

    private static IstftOptions istftOptions(Args a) {
        IstftOptions o = Torch.istftOptions();
        if (a.isTensor(2)) {
            o.window(a.t(2));
        }
        if (a.has("hop_length")) {
            o.hopLength(a.kwInt("hop_length", 0));
        }
        if (a.has("win_length")) {
            o.winLength(a.kwInt("win_length", 0));
        }
        if (a.has("center")) {
            o.center(a.kwBool("center", true));
        }
        if (a.has("normalized")) {
            o.normalized(a.kwBool("normalized", false));
        }
        if (a.has("onesided")) {
            o.onesided(a.kwBool("onesided", true));
        }
        if (a.has("length")) {
            o.length(a.kwInt("length", 0));
        }
        if (a.has("return_complex")) {
            o.returnComplex(a.kwBool("return_complex", false));
        }
        return o;
    }

    static {
        OPS.put("stft", a -> a.t(0).stft(a.i(1), stftOptions(a)));
        OPS.put("stft_c", a -> Torch.stft(a.t(0), a.i(1), stftOptions(a)));
        OPS.put("istft", a -> a.t(0).istft(a.i(1), istftOptions(a)));
        Map<String, BiFunction<Tensor, FftOptions, Tensor>> one = Map.of("fft", Fft::fft, "ifft", Fft::ifft,
                "rfft", Fft::rfft, "irfft", Fft::irfft, "hfft", Fft::hfft, "ihfft", Fft::ihfft);
        // "_c" ops get their input in view_as_real form and rely on the last-dim-2 rule; the others get real tensors
        one.forEach((name, f) -> {
            OPS.put(name, a -> f.apply(a.t(0), oneD(a)));
            OPS.put(name + "_c", a -> f.apply(a.t(0), oneD(a)));
        });
        OPS.put("fft_real", a -> Fft.fft(a.t(0), oneD(a).complexInput(false)));
        OPS.put("irfft_real", a -> Fft.irfft(a.t(0), oneD(a).complexInput(false)));
        Map<String, BiFunction<Tensor, FftnOptions, Tensor>> nd = new HashMap<>();
        nd.put("fft2", Fft::fft2);
        nd.put("ifft2", Fft::ifft2);
        nd.put("rfft2", Fft::rfft2);
        nd.put("irfft2", Fft::irfft2);
        nd.put("hfft2", Fft::hfft2);
        nd.put("ihfft2", Fft::ihfft2);
        nd.put("fftn", Fft::fftn);
        nd.put("ifftn", Fft::ifftn);
        nd.put("rfftn", Fft::rfftn);
        nd.put("irfftn", Fft::irfftn);
        nd.put("hfftn", Fft::hfftn);
        nd.put("ihfftn", Fft::ihfftn);
        nd.forEach((name, f) -> {
            Op op = a -> f.apply(a.t(0), nD(name.endsWith("2") ? Fft.fft2Options() : Fft.fftnOptions(), a));
            OPS.put(name, op);
            OPS.put(name + "_c", op);
        });
        OPS.put("fftfreq", a -> Fft.fftfreq(a.i(0), a.size() > 1 ? a.d(1) : 1.0, factoryOptions(a)));
        OPS.put("rfftfreq", a -> Fft.rfftfreq(a.i(0), a.size() > 1 ? a.d(1) : 1.0, factoryOptions(a)));
        for (boolean inverse : new boolean[] {false, true}) {
            String name = inverse ? "ifftshift" : "fftshift";
            Op op = a -> {
                int[] dim = a.kwInts("dim");
                return dim == null ? (inverse ? Fft.ifftshift(a.t(0)) : Fft.fftshift(a.t(0)))
                        : inverse ? Fft.ifftshift(a.t(0), dim) : Fft.fftshift(a.t(0), dim);
            };
            OPS.put(name, op);
            OPS.put(name + "_c", op);
        }
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("fft");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    /** The backward formulas are transforms themselves, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(3);
        GradCheck.gradgradcheck(in -> Fft.fft(in.get(0)).square(), List.of(leaf(5, 2)));
        GradCheck.gradgradcheck(in -> Fft.fftn(in.get(0), Fft.fftnOptions().norm("ortho")).square(),
                List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> Fft.rfft(in.get(0)).square(), List.of(leaf(6)));
        GradCheck.gradgradcheck(in -> Fft.ihfft(in.get(0)).square(), List.of(leaf(7)));
        GradCheck.gradgradcheck(in -> Fft.irfft(in.get(0), 7).square(), List.of(leaf(4, 2)));
        GradCheck.gradgradcheck(in -> Fft.irfftn(in.get(0)).square(), List.of(leaf(3, 4, 2)));
        GradCheck.gradgradcheck(in -> Fft.hfftn(in.get(0)).square(), List.of(leaf(3, 4, 2)));
        GradCheck.gradgradcheck(in -> Fft.ihfft2(in.get(0)).square(), List.of(leaf(3, 5)));
        GradCheck.gradgradcheck(in -> Torch.stft(in.get(0), 6, Torch.stftOptions().hopLength(2)).square(),
                List.of(leaf(2, 13)));
        GradCheck.gradgradcheck(in -> Torch.istft(in.get(0), 6, Torch.istftOptions().hopLength(2)).square(),
                List.of(leaf(4, 5, 2)));
    }

    @Test
    void positionalOverloadsMatchTheOptions() {
        Torch.manualSeed(4);
        Tensor x = Torch.randn(4, 6);
        Tensor z = Torch.randn(4, 6, 2);
        assertTrue(Fft.fft(x, 8, 0, "ortho").equal(Fft.fft(x, Fft.fftOptions().n(8).dim(0).norm("ortho"))));
        assertTrue(Fft.ifft(z, 5).equal(Fft.ifft(z, Fft.fftOptions().n(5))));
        assertTrue(Fft.rfft(x, 4, 0).equal(Fft.rfft(x, Fft.fftOptions().n(4).dim(0))));
        assertTrue(Fft.irfft(z).equal(Fft.irfft(z, Fft.fftOptions())));
        assertTrue(Fft.hfft(z, 9, -1, "forward").equal(Fft.hfft(z, Fft.fftOptions().n(9).norm("forward"))));
        assertTrue(Fft.ihfft(x, 3).equal(Fft.ihfft(x, Fft.fftOptions().n(3))));
        assertTrue(Fft.fft2(x, new int[] {3, 3}).equal(Fft.fftn(x, new int[] {3, 3}, new int[] {-2, -1})));
        assertTrue(Fft.rfftn(x, new int[] {5}, new int[] {0}, "ortho")
                .equal(Fft.rfftn(x, Fft.fftnOptions().s(5).dim(0).norm("ortho"))));
        assertTrue(Fft.irfft2(z).equal(Fft.irfftn(z, Fft.fftnOptions().dim(-2, -1))));
        assertTrue(Fft.fftfreq(5).equal(Fft.fftfreq(5, 1.0)));
        assertTrue(Fft.rfftfreq(5, Torch.options().dtype(DType.FLOAT64)).equal(Fft.rfftfreq(5, 1.0,
                Torch.options().dtype(DType.FLOAT64))));
        // a round trip through the transforms and their inverses
        assertTrue(Fft.irfft(Fft.rfft(x), 6).allclose(x, 1e-5, 1e-6, false));
        assertTrue(Fft.ifftn(Fft.fftn(z)).allclose(z, 1e-5, 1e-6, false));
        assertTrue(Fft.ifftshift(Fft.fftshift(z)).equal(z));
    }

    @Test
    void explicitComplexInputNeedsThePairDim() {
        Tensor x = Torch.randn(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fft.fft(x, Fft.fftOptions().complexInput(true)));
        assertEquals("expected a complex tensor in view_as_real form (floating, with a last dim of size 2), but got "
                + "torch.float32 of shape [3, 4]", e.getMessage());
    }

    @Test
    void metaDeviceGivesShapesOnly() {
        Tensor x = Torch.empty(Torch.options().device(Device.META), 3, 8);
        assertEquals(List.of(3, 5, 2), Fft.rfft(x).shape());
        assertEquals(List.of(3, 14), Fft.irfft(Fft.fft(x)).shape());
        assertEquals(List.of(3, 8, 2), Fft.fftn(x).shape());
    }
}
