package jtorch.internal.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jtorch.BucketizeOptions;
import jtorch.DType;
import jtorch.DiffOptions;
import jtorch.HistogramOptions;
import jtorch.HistogramddOptions;
import jtorch.QuantileOptions;
import jtorch.SearchsortedOptions;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.UniqueConsecutiveOptions;
import jtorch.UniqueOptions;
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
 * amax/amin/aminmax, median/nanmedian, mode, quantile/nanquantile, msort, cummax/cummin, logcumsumexp, diff,
 * nansum/nanmean, var_mean/std_mean, sum_to_size, bincount, histc, histogram, searchsorted/bucketize, unique and
 * unique_consecutive against PyTorch fixtures (tools/golden/reductions_more.py), in
 * three memory layouts, with gradients, float64 gradcheck and second derivatives.
 */
class ReductionsMoreFixtureTest {
    static final Map<String, Op> OPS = new HashMap<>();

    // an int or a list argument
    private static int[] ints(Args a, int i) {
        return a.raw(i).isJsonArray() ? a.ints(i) : new int[] {a.i(i)};
    }

    private static DType dtype(Args a) {
        return a.has("dtype") ? DType.fromName(a.kwString("dtype", null)) : null;
    }

    static {
        OPS.put("amax", a -> a.size() == 1 ? a.t(0).amax()
                : a.size() == 2 ? a.t(0).amax(ints(a, 1)) : a.t(0).amax(ints(a, 1), a.b(2)));
        OPS.put("amin", a -> a.size() == 1 ? a.t(0).amin()
                : a.size() == 2 ? a.t(0).amin(ints(a, 1)) : a.t(0).amin(ints(a, 1), a.b(2)));
        OPS.put("aminmax", a -> a.has("dim") ? Torch.aminmax(a.t(0), a.kwInt("dim", 0), a.kwBool("keepdim", false))
                : Torch.aminmax(a.t(0)));
        OPS.put("median", a -> a.size() == 1 ? a.t(0).median()
                : a.size() == 2 ? a.t(0).median(a.i(1)) : a.t(0).median(a.i(1), a.b(2)));
        OPS.put("nanmedian", a -> a.size() == 1 ? Torch.nanmedian(a.t(0))
                : a.size() == 2 ? Torch.nanmedian(a.t(0), a.i(1)) : Torch.nanmedian(a.t(0), a.i(1), a.b(2)));
        OPS.put("mode", a -> a.size() == 1 ? a.t(0).mode()
                : a.size() == 2 ? a.t(0).mode(a.i(1)) : a.t(0).mode(a.i(1), a.b(2)));
        OPS.put("quantile", a -> quantile(a, false));
        OPS.put("nanquantile", a -> quantile(a, true));
        OPS.put("msort", a -> a.t(0).msort());
        OPS.put("cummax", a -> a.t(0).cummax(a.i(1)));
        OPS.put("cummin", a -> Torch.cummin(a.t(0), a.i(1)));
        OPS.put("logcumsumexp", a -> a.t(0).logcumsumexp(a.i(1)));
        OPS.put("diff", ReductionsMoreFixtureTest::diff);
        OPS.put("nansum", a -> nan(a, false));
        OPS.put("nanmean", a -> nan(a, true));
        OPS.put("var_mean", a -> moments(a, false));
        OPS.put("std_mean", a -> moments(a, true));
        OPS.put("var_mean.mean", a -> moments(a, false).get(1));
        OPS.put("std_mean.mean", a -> moments(a, true).get(1));
        OPS.put("bincount", a -> a.size() == 2 ? (a.has("minlength") ? a.t(0).bincount(a.t(1), a.kwInt("minlength", 0))
                : Torch.bincount(a.t(0), a.t(1))) : a.has("minlength") ? Torch.bincount(a.t(0), a.kwInt("minlength", 0))
                : a.t(0).bincount());
        OPS.put("histc", a -> a.size() == 1 ? a.t(0).histc()
                : a.size() == 2 ? Torch.histc(a.t(0), a.i(1)) : a.t(0).histc(a.i(1), a.d(2), a.d(3)));
        OPS.put("histogram", a -> histogram(a, null));
        OPS.put("histogram.weight", a -> histogram(a, a.t(2)));
        OPS.put("histogramdd", ReductionsMoreFixtureTest::histogramdd);
        OPS.put("searchsorted", ReductionsMoreFixtureTest::searchsorted);
        OPS.put("bucketize", a -> {
            BucketizeOptions o = Torch.bucketizeOptions().right(a.kwBool("right", false))
                    .outInt32(a.kwBool("out_int32", false));
            if (!a.isTensor(0)) {
                return a.has("right") ? Torch.bucketize(a.d(0), a.t(1), o) : Torch.bucketize(a.d(0), a.t(1));
            }
            return a.has("right") ? Torch.bucketize(a.t(0), a.t(1), o) : Torch.bucketize(a.t(0), a.t(1));
        });
        OPS.put("unique", a -> {
            if (!a.has("return_inverse") && !a.has("return_counts") && !a.has("dim")) {
                return a.t(0).unique();
            }
            UniqueOptions o = Torch.uniqueOptions().returnInverse(a.kwBool("return_inverse", false))
                    .returnCounts(a.kwBool("return_counts", false));
            return Torch.unique(a.t(0), a.has("dim") ? o.dim(a.kwInt("dim", 0)) : o);
        });
        OPS.put("unique.sortedAfter", a -> a.t(0).unique(Torch.uniqueOptions().sorted(false)).get(0).sort().values());
        OPS.put("unique_consecutive", a -> {
            if (!a.has("return_inverse") && !a.has("return_counts") && !a.has("dim")) {
                return Torch.uniqueConsecutive(a.t(0));
            }
            UniqueConsecutiveOptions o = Torch.uniqueConsecutiveOptions()
                    .returnInverse(a.kwBool("return_inverse", false)).returnCounts(a.kwBool("return_counts", false));
            return a.t(0).uniqueConsecutive(a.has("dim") ? o.dim(a.kwInt("dim", 0)) : o);
        });
        OPS.put("sumToSize", a -> {
            int[] size = new int[a.size() - 1];
            for (int i = 0; i < size.length; i++) {
                size[i] = a.i(i + 1);
            }
            return a.t(0).sumToSize(size);
        });
    }

    private static Object quantile(Args a, boolean nan) {
        Tensor x = a.t(0);
        boolean plain = !a.has("keepdim") && !a.has("interpolation");
        if (a.isTensor(1)) {
            Tensor q = a.t(1);
            if (plain) {
                return !a.has("dim") ? (nan ? x.nanquantile(q) : Torch.quantile(x, q))
                        : nan ? Torch.nanquantile(x, q, a.kwInt("dim", 0)) : x.quantile(q, a.kwInt("dim", 0));
            }
            return nan ? x.nanquantile(q, options(a)) : Torch.quantile(x, q, options(a));
        }
        double q = a.d(1);
        if (plain) {
            return !a.has("dim") ? (nan ? Torch.nanquantile(x, q) : x.quantile(q))
                    : nan ? x.nanquantile(q, a.kwInt("dim", 0)) : Torch.quantile(x, q, a.kwInt("dim", 0));
        }
        return nan ? Torch.nanquantile(x, q, options(a)) : x.quantile(q, options(a));
    }

    private static Object histogram(Args a, Tensor weight) {
        Tensor x = a.t(0);
        HistogramOptions o = Torch.histogramOptions().density(a.kwBool("density", false));
        if (weight != null) {
            o.weight(weight);
        }
        if (a.has("range")) {
            double[] r = a.kwDoubles("range");
            o.range(r[0], r[1]);
        }
        boolean plain = weight == null && !a.has("range") && !a.has("density");
        if (a.isTensor(1)) {
            return plain ? x.histogram(a.t(1)) : Torch.histogram(x, a.t(1), o);
        }
        return plain ? Torch.histogram(x, a.i(1)) : x.histogram(a.i(1), o);
    }

    // (x, bins: int | [int] | [Tensor] (flagged by "edges"), weight if "weighted"), keywords range and density
    private static Object histogramdd(Args a) {
        Tensor x = a.t(0);
        HistogramddOptions o = Torch.histogramddOptions().density(a.kwBool("density", false));
        if (a.kwBool("weighted", false)) {
            o.weight(a.t(2));
        }
        if (a.has("range")) {
            o.range(a.kwDoubles("range"));
        }
        boolean plain = a.size() == 2 && !a.has("range") && !a.has("density");
        if (a.kwBool("edges", false)) {
            return plain ? Torch.histogramdd(x, a.ts(1)) : Torch.histogramdd(x, a.ts(1), o);
        }
        if (a.raw(1).isJsonArray()) {
            return plain ? Torch.histogramdd(x, a.ints(1)) : Torch.histogramdd(x, a.ints(1), o);
        }
        return plain ? Torch.histogramdd(x, a.i(1)) : Torch.histogramdd(x, a.i(1), o);
    }

    private static Object searchsorted(Args a) {
        SearchsortedOptions o = Torch.searchsortedOptions().right(a.kwBool("right", false))
                .outInt32(a.kwBool("out_int32", false));
        if (a.has("side")) {
            o.side(a.kwString("side", null));
        }
        if (a.size() == 3) {
            o.sorter(a.t(2));
        }
        boolean plain = a.size() == 2 && !a.has("right") && !a.has("side") && !a.has("out_int32");
        if (!a.isTensor(1)) {
            return plain ? Torch.searchsorted(a.t(0), a.d(1)) : Torch.searchsorted(a.t(0), a.d(1), o);
        }
        return plain ? Torch.searchsorted(a.t(0), a.t(1)) : Torch.searchsorted(a.t(0), a.t(1), o);
    }

    private static QuantileOptions options(Args a) {
        QuantileOptions o = Torch.quantileOptions().keepdim(a.kwBool("keepdim", false))
                .interpolation(a.kwString("interpolation", "linear"));
        return a.has("dim") ? o.dim(a.kwInt("dim", 0)) : o;
    }

    // positional (x, n, dim), or keywords; prepend/append tensors follow x positionally when flagged
    private static Object diff(Args a) {
        Tensor x = a.t(0);
        boolean pre = a.kwBool("prepend", false);
        boolean app = a.kwBool("append", false);
        if (!pre && !app && !a.has("n") && !a.has("dim")) {
            return a.size() == 1 ? x.diff() : a.size() == 2 ? Torch.diff(x, a.i(1)) : x.diff(a.i(1), a.i(2));
        }
        DiffOptions o = Torch.diffOptions().n(a.kwInt("n", 1)).dim(a.kwInt("dim", -1));
        int next = 1;
        if (pre) {
            o.prepend(a.t(next++));
        }
        if (app) {
            o.append(a.t(next));
        }
        return x.diff(o);
    }

    private static Tensor nan(Args a, boolean mean) {
        Tensor x = a.t(0);
        if (a.size() == 1) {
            return mean ? x.nanmean() : Torch.nansum(x);
        }
        boolean keepdim = a.size() > 2 && a.b(2);
        if (a.has("dtype")) {
            return mean ? Torch.nanmean(x, ints(a, 1), keepdim, dtype(a)) : x.nansum(ints(a, 1), keepdim, dtype(a));
        }
        if (a.raw(1).isJsonArray()) {
            return mean ? x.nanmean(ints(a, 1), keepdim) : Torch.nansum(x, ints(a, 1), keepdim);
        }
        return mean ? Torch.nanmean(x, a.i(1)) : x.nansum(a.i(1), keepdim);
    }

    // torch.var_mean(x), (x, unbiased), (x, dim), (x, dims, unbiased, keepdim), (x, dims|None, correction=, keepdim=)
    private static List<Tensor> moments(Args a, boolean std) {
        Tensor x = a.t(0);
        if (a.has("correction")) {
            int[] dims = a.isNull(1) ? null : ints(a, 1);
            double c = a.kwDouble("correction", 1);
            boolean keepdim = a.kwBool("keepdim", false);
            return std ? Torch.stdMean(x, dims, c, keepdim) : Torch.varMean(x, dims, c, keepdim);
        }
        if (a.size() == 1) {
            return std ? Torch.stdMean(x) : Torch.varMean(x);
        }
        if (a.size() == 2) {
            if (a.raw(1).getAsJsonPrimitive().isBoolean()) {
                return std ? Torch.stdMean(x, a.b(1)) : Torch.varMean(x, a.b(1));
            }
            return std ? Torch.stdMean(x, a.i(1)) : Torch.varMean(x, a.i(1));
        }
        return std ? Torch.stdMean(x, ints(a, 1), a.b(2), a.b(3)) : Torch.varMean(x, ints(a, 1), a.b(2), a.b(3));
    }

    private static Tensor leaf(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    /** Backward formulas are built from differentiable ops, so second derivatives check out too. */
    @Test
    void doubleBackward() {
        Torch.manualSeed(21);
        GradCheck.gradgradcheck(in -> in.get(0).amax(1).square(), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> in.get(0).median(1).values().square(), List.of(leaf(3, 5)));
        GradCheck.gradgradcheck(in -> in.get(0).nanmedian().square(), List.of(leaf(7)));
        GradCheck.gradgradcheck(in -> in.get(0).mode(1).values().square(), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> in.get(0).quantile(0.3, 1).square(), List.of(leaf(3, 5)));
        GradCheck.gradgradcheck(in -> in.get(0).cummax(1).values().square(), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> in.get(0).logcumsumexp(1), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> in.get(0).nansum(1).square(), List.of(leaf(3, 4)));
        GradCheck.gradgradcheck(in -> {
            List<Tensor> vm = Torch.stdMean(in.get(0), 1);
            return vm.get(0).mul(vm.get(1));
        }, List.of(leaf(3, 4)));
    }

    static Stream<Arguments> cases() {
        return OpFixtures.arguments("reductions_more");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void matchesPyTorch(Case c, Layout layout) {
        OpFixtures.run(c, OPS, layout);
    }
}
