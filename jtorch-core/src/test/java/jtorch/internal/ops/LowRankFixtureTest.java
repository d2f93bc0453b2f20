package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.DType;
import jtorch.LobpcgOptions;
import jtorch.PcaLowrankOptions;
import jtorch.SvdLowrankOptions;
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
 * svd_lowrank, pca_lowrank and lobpcg against PyTorch fixtures (tools/golden/lowrank.py): the same seed gives PyTorch's
 * random draws, so values agree to float tolerance; singular and eigen vectors are compared after both sides flip each
 * column's sign so its largest-magnitude entry is positive. Gradients and float64 gradcheck (re-seeded per evaluation)
 * through the composition, and lobpcg's own backward.
 */
class LowRankFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    // per column: the sign of its largest-magnitude entry
    private static Tensor signs(Tensor v) {
        return v.gather(-2, v.abs().argmax(-2, true)).sign();
    }

    private static List<Tensor> ordered(Map<String, Tensor> outs, String first) {
        List<Tensor> list = new ArrayList<>();
        list.add(outs.get(first));
        outs.forEach((k, v) -> {
            if (!k.equals(first)) {
                list.add(v);
            }
        });
        return list;
    }

    private static List<Tensor> usv(Torch.SvdLowrank r, String first) {
        Tensor s = signs(r.V());
        Map<String, Tensor> outs = new LinkedHashMap<>();
        outs.put("U", r.U().mul(s));
        outs.put("S", r.S());
        outs.put("V", r.V().mul(s));
        return ordered(outs, first);
    }

    private static List<Tensor> ex(Torch.Lobpcg r, String first) {
        Map<String, Tensor> outs = new LinkedHashMap<>();
        outs.put("E", r.E());
        outs.put("X", r.X().mul(signs(r.X())));
        return ordered(outs, first);
    }

    private static LobpcgOptions lobpcgOptions(Args a) {
        LobpcgOptions o = Torch.lobpcgOptions();
        if (a.has("k")) {
            o.k(a.kwInt("k", 1));
        }
        if (a.has("n")) {
            o.n(a.kwInt("n", 1));
        }
        if (a.has("niter")) {
            o.niter(a.kwInt("niter", 1000));
        }
        if (a.has("tol")) {
            o.tol(a.kwDouble("tol", 0));
        }
        if (a.has("largest")) {
            o.largest(a.kwBool("largest", true));
        }
        if (a.has("method")) {
            o.method(a.kwString("method", "ortho"));
        }
        if (a.has("ortho_iparams")) {
            Map<String, Integer> ip = new HashMap<>();
            a.kwRaw("ortho_iparams").getAsJsonObject().entrySet().forEach(e -> ip.put(e.getKey(), e.getValue().getAsInt()));
            o.orthoIparams(ip);
        }
        if (a.has("ortho_fparams")) {
            Map<String, Double> fp = new HashMap<>();
            a.kwRaw("ortho_fparams").getAsJsonObject().entrySet()
                    .forEach(e -> fp.put(e.getKey(), e.getValue().getAsDouble()));
            o.orthoFparams(fp);
        }
        return o;
    }

    static {
        OPS.put("svdLowrank", a -> {
            Torch.manualSeed(a.kwInt("seed", 0));
            SvdLowrankOptions o = Torch.svdLowrankOptions();
            if (a.has("q")) {
                o.q(a.kwInt("q", 6));
            }
            if (a.has("niter")) {
                o.niter(a.kwInt("niter", 2));
            }
            if (a.size() > 1) {
                o.M(a.t(1));
            }
            return usv(Torch.svdLowrank(a.t(0), o), a.kwString("first", "U"));
        });
        OPS.put("pcaLowrank", a -> {
            Torch.manualSeed(a.kwInt("seed", 0));
            PcaLowrankOptions o = Torch.pcaLowrankOptions().center(a.kwBool("center", true));
            if (a.has("q")) {
                o.q(a.kwInt("q", 6));
            }
            if (a.has("niter")) {
                o.niter(a.kwInt("niter", 2));
            }
            return usv(Torch.pcaLowrank(a.t(0), o), a.kwString("first", "U"));
        });
        OPS.put("lobpcg", a -> {
            Torch.manualSeed(a.kwInt("seed", 0));
            return ex(Torch.lobpcg(a.t(0), lobpcgOptions(a)), a.kwString("first", "E"));
        });
        OPS.put("lobpcgB", a -> {
            Torch.manualSeed(a.kwInt("seed", 0));
            return ex(Torch.lobpcg(a.t(0), lobpcgOptions(a).B(a.t(1))), a.kwString("first", "E"));
        });
        OPS.put("lobpcgX", a -> {
            Torch.manualSeed(a.kwInt("seed", 0));
            return ex(Torch.lobpcg(a.t(0), lobpcgOptions(a).X(a.t(1))), a.kwString("first", "E"));
        });
        OPS.put("lobpcgIK", a -> {
            Torch.manualSeed(a.kwInt("seed", 0));
            return ex(Torch.lobpcg(a.t(0), lobpcgOptions(a).iK(a.t(1))), a.kwString("first", "E"));
        });
    }

    private static Tensor spd(int m) {
        Tensor x = Torch.randn(Torch.options().dtype(DType.FLOAT64), m, m);
        return x.matmul(x.mT()).div(m).add(Torch.eye(Torch.options().dtype(DType.FLOAT64), m, m));
    }

    /** The eigenpairs satisfy A X = X diag(E), B-orthonormal for the generalized problem. */
    @Test
    void lobpcgSolvesTheProblem() {
        Torch.manualSeed(3);
        Tensor a = spd(15);
        Tensor b = spd(15);
        Torch.Lobpcg r = Torch.lobpcg(a, Torch.lobpcgOptions().k(3).B(b));
        Tensor residual = a.matmul(r.X()).sub(b.matmul(r.X()).mul(r.E()));
        assertTrue(residual.abs().max().item() < 1e-6, "residual " + residual.abs().max().item());
        Tensor gram = r.X().mT().matmul(b).matmul(r.X());
        assertTrue(gram.sub(Torch.eye(Torch.options().dtype(DType.FLOAT64), 3, 3)).abs().max().item() < 1e-8);
    }

    /** PyTorch's LOBPCGAutogradFunction has no backward for a generalized problem: the same message. */
    @Test
    void lobpcgBackwardWithBFails() {
        Torch.manualSeed(4);
        Tensor a = spd(12).requiresGrad_(true);
        Torch.Lobpcg r = Torch.lobpcg(a, Torch.lobpcgOptions().k(2).B(spd(12)));
        assertEquals("LOBPCGAutogradFunctionBackward", r.E().gradFn().name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.E().sum().backward());
        assertEquals("lobpcg.backward does not support backward with B != I yet.", e.getMessage());
    }

    /** A given X is the caller's: PyTorch's "basic" method overwrites it in place, jtorch works on a copy. */
    @Test
    void lobpcgLeavesAGivenXAlone() {
        Torch.manualSeed(5);
        Tensor a = spd(12);
        Tensor x = Torch.randn(Torch.options().dtype(DType.FLOAT64), 12, 2);
        Tensor before = x.clone();
        Torch.lobpcg(a, Torch.lobpcgOptions().X(x).method("basic"));
        assertTrue(x.equal(before));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("lowrank");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
