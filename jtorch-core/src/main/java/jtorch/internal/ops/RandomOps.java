package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.backend.Backend;
import jtorch.internal.kernels.GammaGradients;

/**
 * Random fills and samplers, drawing from a {@link Generator} (the default one when null) exactly as
 * PyTorch 1.13's CPU kernels do, so the same seed gives the same numbers. Other dtypes are drawn in float64
 * and cast (a C++ static_cast, as the kernels' returns). Element by element kernels (PyTorch's
 * {@code cpu_serial_kernel}) visit a strided target in memory order, as its TensorIterator does.
 */
public final class RandomOps {
    static final OpDef UNIFORM_ = OpDef.nonDifferentiable("uniform_");
    static final OpDef NORMAL_ = OpDef.nonDifferentiable("normal_");
    static final OpDef BERNOULLI_ = OpDef.nonDifferentiable("bernoulli_");
    static final OpDef RANDOM_ = OpDef.nonDifferentiable("random_");

    private RandomOps() {
    }

    private static Generator gen(Generator g) {
        return g != null ? g : Generator.defaultGenerator();
    }

    private static Tensor fill(OpDef op, Tensor self, DType drawType, Backend.HostValues draws) {
        return Dispatch.inPlace(op, self, new Tensor[0], s -> {
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
        }, () -> Operands.backend(self).generate(Operands.of(inMemoryOrder(self)), drawType, draws));
    }

    /**
     * {@code t}'s dims permuted outermost stride first (ties keep their order): the order in which PyTorch's
     * TensorIterator walks a strided output, so the k-th draw lands where PyTorch puts it (a transposed target
     * is filled down its storage, not along its rows).
     */
    private static Tensor inMemoryOrder(Tensor t) {
        int[] stride = t.stride();
        Integer[] dims = new Integer[t.dim()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = i;
        }
        Arrays.sort(dims, (a, b) -> Integer.compare(stride[b], stride[a]));
        int[] perm = Arrays.stream(dims).mapToInt(Integer::intValue).toArray();
        return ViewOps.permute(t, perm);
    }

    private static DType floatDrawType(Tensor t) {
        if (!t.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"check_uniform_bounds\" not implemented for '"
                    + TypePromotion.scalarTypeName(t.dtype()) + "'");
        }
        return t.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    public static Tensor uniform_(Tensor self, double from, double to, Generator g) {
        if (from > to) {
            throw new IllegalArgumentException("uniform_ expects to return a [from, to) range, but found from=" + from
                    + " > to=" + to);
        }
        return fill(UNIFORM_, self, floatDrawType(self), (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).uniform((float[]) t.data(), off, n, from, to);
            } else {
                gen(g).uniform((double[]) t.data(), off, n, from, to);
            }
        });
    }

    public static Tensor normal_(Tensor self, double mean, double std, Generator g) {
        if (std < 0) {
            throw new IllegalArgumentException("normal expects std >= 0.0, but found std " + std);
        }
        if (!self.isContiguous()) {
            // PyTorch's batched Box-Muller needs a contiguous tensor; a strided one takes the scalar sampler
            floatDrawType(self);
            return fill(NORMAL_, self, DType.FLOAT64, each(g, gen -> gen.nextNormal(mean, std)));
        }
        return fill(NORMAL_, self, floatDrawType(self), (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).normal((float[]) t.data(), off, n, mean, std);
            } else {
                gen(g).normal((double[]) t.data(), off, n, mean, std);
            }
        });
    }

    public static Tensor bernoulli_(Tensor self, double p, Generator g) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("bernoulli_ expects p to be in [0, 1], but got p=" + p);
        }
        DType draw = self.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        return fill(BERNOULLI_, self, draw, (t, off, n) -> {
            if (t.dtype() == DType.FLOAT32) {
                gen(g).bernoulli((float[]) t.data(), off, n, p);
            } else {
                gen(g).bernoulli((double[]) t.data(), off, n, p);
            }
        });
    }

    /** Integers uniformly from [from, to). PyTorch: {@code Tensor.random_(from, to)}. */
    public static Tensor random_(Tensor self, long from, long to, Generator g) {
        if (from >= to) {
            throw new IllegalArgumentException("random_ expects 'from' to be less than 'to', but got from=" + from
                    + " >= to=" + to);
        }
        return fill(RANDOM_, self, DType.INT64, (t, off, n) ->
                gen(g).randomFromTo((long[]) t.data(), off, n, from, to));
    }

    /** A random permutation of 0..n-1 (int64 unless another dtype is asked for). */
    public static Tensor randperm(int n, Generator g) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got" + n);
        }
        Tensor out = Operands.empty(Torch.options().dtype(DType.INT64), n);
        Operands.backend(out).generate(Operands.of(out), DType.INT64, (t, off, count) ->
                gen(g).randperm((long[]) t.data(), off, count));
        return out;
    }

    // ---------------------------------------------------------------- per-element samplers (issue 21)

    static final OpDef EXPONENTIAL_ = OpDef.nonDifferentiable("exponential_");
    static final OpDef GEOMETRIC_ = OpDef.nonDifferentiable("geometric_");
    static final OpDef LOG_NORMAL_ = OpDef.nonDifferentiable("log_normal_");
    static final OpDef CAUCHY_ = OpDef.nonDifferentiable("cauchy_");
    // PyTorch records these samplers in the graph with zero gradients (derivatives.yaml), so a loss built on
    // them backpropagates zeros instead of failing
    static final OpDef BERNOULLI = OpDef.of("bernoulli", Saves.NOTHING);
    static final OpDef BERNOULLI_P = OpDef.nonDifferentiable("bernoulli");
    static final OpDef NORMAL_TENSOR_FLOAT = OpDef.of("normal", 1, Saves.NOTHING);
    static final OpDef NORMAL_FLOAT_TENSOR = OpDef.of("normal", 2, Saves.NOTHING);
    static final OpDef NORMAL_TENSOR_TENSOR = OpDef.of("normal", 3, Saves.NOTHING);
    static final OpDef POISSON = OpDef.of("poisson", Saves.NOTHING);
    static final OpDef BINOMIAL = OpDef.nonDifferentiable("binomial");
    static final OpDef MULTINOMIAL = OpDef.nonDifferentiable("multinomial");
    // the reparameterised gradient of a gamma sample (StandardGammaBackward0: grad * _standard_gamma_grad(self, result))
    static final OpDef STANDARD_GAMMA = OpDef.of("_standard_gamma", Saves.inputs(0).andOutput());
    // PyTorch records these with a not-implemented derivative: their results are treated as constants here
    static final OpDef STANDARD_GAMMA_GRAD = OpDef.nonDifferentiable("_standard_gamma_grad");
    static final OpDef DIRICHLET_GRAD = OpDef.nonDifferentiable("_dirichlet_grad");
    static final OpDef SAMPLE_DIRICHLET = OpDef.nonDifferentiable("_sample_dirichlet");

    /** One sample from the generator (PyTorch: the lambda a {@code cpu_serial_kernel} calls per element). */
    @FunctionalInterface
    private interface Sampler {
        double next(Generator g);
    }

    /** One sample given the element's parameters (read in float64, {@code f32} when they were float32). */
    @FunctionalInterface
    private interface ParamSampler {
        double next(Generator g, double[] params, boolean f32);
    }

    /** Host values of one sample per element, drawn under the generator's lock as PyTorch's kernels hold it. */
    private static Backend.HostValues each(Generator g, Sampler sampler) {
        return (host, off, n) -> {
            Generator gen = gen(g);
            double[] d = (double[]) host.data();
            synchronized (gen) {
                for (int i = 0; i < n; i++) {
                    d[off + i] = sampler.next(gen);
                }
            }
        };
    }

    private static void checkFloating(Tensor t, String kernel) {
        if (!t.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + TypePromotion.scalarTypeName(t.dtype()) + "'");
        }
    }

    /** {@code -1/lambda * log(1 - u)}. PyTorch: {@code Tensor.exponential_(lambd=1)}. */
    public static Tensor exponential_(Tensor self, double lambda, Generator g) {
        if (!(lambda >= 0.0)) {
            throw new IllegalArgumentException("exponential_ expects lambda >= 0.0, but found lambda=" + fmt(lambda));
        }
        checkFloating(self, "exponential_cpu");
        return fill(EXPONENTIAL_, self, DType.FLOAT64, each(g, gen -> -1.0 / lambda * Math.log(1.0 - gen.nextDouble())));
    }

    /** {@code ceil(log(u) / log(1 - p))}, the number of trials to the first success. PyTorch: {@code geometric_}. */
    public static Tensor geometric_(Tensor self, double p, Generator g) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("geometric_ expects p to be in (0, 1), but got p=" + fmt(p));
        }
        if (self.dtype() == DType.BOOL) {
            checkFloating(self, "geometric_cpu");
        }
        double logq = Math.log(1.0 - p);
        return fill(GEOMETRIC_, self, DType.FLOAT64, each(g, gen -> Math.ceil(Math.log(gen.nextDouble()) / logq)));
    }

    /** {@code exp} of a scalar normal sample. PyTorch: {@code Tensor.log_normal_(mean=1, std=2)}. */
    public static Tensor logNormal_(Tensor self, double mean, double std, Generator g) {
        if (!(std > 0.0)) {
            throw new IllegalArgumentException("log_normal_ expects std > 0.0, but found std=" + fmt(std));
        }
        checkFloating(self, "log_normal_cpu");
        return fill(LOG_NORMAL_, self, DType.FLOAT64, each(g, gen -> Math.exp(gen.nextNormal(mean, std))));
    }

    /** {@code median + sigma * tan(pi * (u - 1/2))}. PyTorch: {@code Tensor.cauchy_(median=0, sigma=1)}. */
    public static Tensor cauchy_(Tensor self, double median, double sigma, Generator g) {
        checkFloating(self, "cauchy_cpu");
        return fill(CAUCHY_, self, DType.FLOAT64,
                each(g, gen -> median + sigma * Math.tan(Math.PI * (gen.nextDouble() - 0.5))));
    }

    // PyTorch prints doubles in its messages with C++'s default format (6 significant digits, no trailing .0)
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format("%.6g", v);
        if (s.contains("e")) {
            return s.replaceAll("\\.?0+e", "e").replaceAll("e([+-])0*(\\d\\d)", "e$1$2");
        }
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }

    /**
     * Writes one sample per element of {@code self} (in its memory order) from the matching elements of
     * {@code params} (each broadcast to self's shape).
     */
    private static Tensor sampleInto(OpDef op, Tensor self, Tensor[] params, Generator g, ParamSampler sampler) {
        Tensor target = inMemoryOrder(self);
        int[] perm = memoryPermutation(self);
        return Dispatch.inPlace(op, self, new Tensor[0], s -> {
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
        }, () -> Operands.backend(self).generate(Operands.of(target), DType.FLOAT64, (host, off, n) -> {
            double[][] values = new double[params.length][];
            boolean[] f32 = new boolean[params.length];
            for (int k = 0; k < params.length; k++) {
                Tensor p = ViewOps.permute(ViewOps.expand(params[k], self.sizes()), perm);
                values[k] = (double[]) CopyOps.toArray(p, DType.FLOAT64);
                f32[k] = params[k].dtype() != DType.FLOAT64;
            }
            Generator gen = gen(g);
            double[] d = (double[]) host.data();
            double[] at = new double[params.length];
            synchronized (gen) {
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < at.length; k++) {
                        at[k] = values[k][i];
                    }
                    d[off + i] = sampler.next(gen, at, f32.length > 0 && f32[0]);
                }
            }
        }));
    }

    private static int[] memoryPermutation(Tensor t) {
        int[] stride = t.stride();
        return java.util.stream.IntStream.range(0, t.dim()).boxed()
                .sorted((a, b) -> Integer.compare(stride[b], stride[a])).mapToInt(Integer::intValue).toArray();
    }

    /** A backward giving each input a zero gradient of its own shape (only shapes and dtypes are kept). */
    private static jtorch.autograd.Backward zeroGradients(Tensor... inputs) {
        int[][] shapes = new int[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            shapes[i] = inputs[i].sizes();
        }
        return (ctx, g) -> {
            Tensor[] out = new Tensor[shapes.length];
            for (int i = 0; i < shapes.length; i++) {
                out[i] = Torch.zeros(Torch.options().dtype(g[0].dtype()).device(g[0].device()), shapes[i]);
            }
            return out;
        };
    }

    private static Tensor freshLike(Tensor t) {
        return Operands.empty(Torch.options().dtype(t.dtype()).device(t.device()), t.sizes());
    }

    /**
     * 1 with probability {@code p[i]}: a float64 {@code p} compares a double uniform, any other a float one (PyTorch's
     * {@code bernoulli_distribution<float>}). PyTorch: {@code Tensor.bernoulli_(p: Tensor)}.
     */
    public static Tensor bernoulli_(Tensor self, Tensor p, Generator g) {
        checkFloating(p, "bernoulli_tensor_cpu_p_");
        if (!Arrays.equals(Shapes.broadcast(p.sizes(), self.sizes()), self.sizes())) {
            throw new IllegalArgumentException("output with shape " + Shapes.format(self.sizes())
                    + " doesn't match the broadcast shape " + Shapes.format(Shapes.broadcast(p.sizes(), self.sizes())));
        }
        boolean dbl = p.dtype() == DType.FLOAT64;
        return sampleInto(BERNOULLI_, self, new Tensor[] {p}, g, (gen, v, f32) -> {
            double pv = v[0];
            if (!(pv >= 0 && pv <= 1)) {
                throw new IllegalArgumentException("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  "
                        + "(Could this error message be improved?  If so, please report an enhancement request to "
                        + "PyTorch.)");
            }
            return dbl ? (gen.nextDouble() < pv ? 1 : 0) : (gen.nextFloat() < (float) pv ? 1 : 0);
        });
    }

    /** Ones with the probabilities in {@code p}, in p's dtype. PyTorch: {@code torch.bernoulli(input)}. */
    public static Tensor bernoulli(Tensor p, Generator g) {
        return Dispatch.apply(BERNOULLI, new Tensor[] {p}, () -> bernoulli_(freshLike(p), p, g), zeroGradients(p));
    }

    /** Ones with probability {@code p}, in input's shape and dtype. PyTorch: {@code torch.bernoulli(input, p)}. */
    public static Tensor bernoulli(Tensor input, double p, Generator g) {
        return Dispatch.apply(BERNOULLI_P, new Tensor[] {input}, () -> bernoulli_(freshLike(input), p, g), null);
    }

    private static void checkStdTensor(Tensor std) {
        if (std.numel() > 0 && !std.isMeta() && ReductionOps.min(std).item() < 0) {
            throw new IllegalArgumentException("normal expects all elements of std >= 0.0");
        }
    }

    /**
     * PyTorch's {@code torch.normal(mean, std)} with tensors: standard normals (the batched fill from 16 elements)
     * scaled by std, then shifted by mean, two roundings as PyTorch's {@code mul_}/{@code add_}. Mean and std get
     * zero gradients, as in PyTorch (use a distribution's rsample for a reparameterised sample).
     */
    public static Tensor normal(Tensor mean, Tensor std, Generator g) {
        checkStdTensor(std);
        int[] shape = Shapes.broadcast(mean.sizes(), std.sizes());
        return Dispatch.apply(NORMAL_TENSOR_TENSOR, new Tensor[] {mean, std}, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(mean.dtype()).device(mean.device()), shape);
            normal_(out, 0, 1, g);
            ArithmeticOps.mul_(out, std);
            return ArithmeticOps.add_(out, mean, 1);
        }, zeroGradients(mean, std));
    }

    /** {@code torch.normal(mean: Tensor, std: float = 1)}: normals of std around each mean. */
    public static Tensor normal(Tensor mean, double std, Generator g) {
        if (std < 0) {
            throw new IllegalArgumentException("normal expects std >= 0.0, but found std " + fmt(std));
        }
        return Dispatch.apply(NORMAL_TENSOR_FLOAT, new Tensor[] {mean}, () -> {
            Tensor out = freshLike(mean);
            normal_(out, 0, std, g);
            return ArithmeticOps.add_(out, mean, 1);
        }, zeroGradients(mean));
    }

    /** {@code torch.normal(mean: float, std: Tensor)}: standard normals times std, plus mean. */
    public static Tensor normal(double mean, Tensor std, Generator g) {
        checkStdTensor(std);
        return Dispatch.apply(NORMAL_FLOAT_TENSOR, new Tensor[] {std}, () -> {
            Tensor out = freshLike(std);
            normal_(out, 0, 1, g);
            ArithmeticOps.mul_(out, std);
            return ArithmeticOps.add_(out, Torch.scalarTensor(mean, out.dtype()), 1);
        }, zeroGradients(std));
    }

    /**
     * Poisson counts with the rates in {@code rates} (float dtypes): a product of uniforms below rate 10, Hörmann's
     * transformed rejection (PTRS) from 10 on. PyTorch: {@code torch.poisson}.
     */
    public static Tensor poisson(Tensor rates, Generator g) {
        checkFloating(rates, "poisson_cpu");
        return Dispatch.apply(POISSON, new Tensor[] {rates}, () ->
                sampleInto(POISSON, freshLike(rates), new Tensor[] {rates}, g, (gen, v, f32) -> samplePoisson(v[0], gen)),
                zeroGradients(rates));
    }

    private static double samplePoisson(double lambda, Generator gen) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("invalid Poisson rate, expected rate to be non-negative");
        }
        if (lambda >= 10) {
            double slam = Math.sqrt(lambda);
            double loglam = Math.log(lambda);
            double b = 0.931 + 2.53 * slam;
            double a = -0.059 + 0.02483 * b;
            double invalpha = 1.1239 + 1.1328 / (b - 3.4);
            double vr = 0.9277 - 3.6224 / (b - 2);
            while (true) {
                double u = gen.nextDouble() - 0.5;
                double v = gen.nextDouble();
                double us = 0.5 - Math.abs(u);
                long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
                if (us >= 0.07 && v <= vr) {
                    return k;
                }
                if (k < 0 || (us < 0.013 && v > us)) {
                    continue;
                }
                if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                        <= -lambda + k * loglam - logFactorial(k)) {
                    return k;
                }
            }
        }
        if (lambda == 0) {
            return 0;
        }
        double enlam = Math.exp(-lambda);
        long x = 0;
        double prod = 1.0;
        while (true) {
            prod *= gen.nextDouble();
            if (prod > enlam) {
                x++;
            } else {
                return x;
            }
        }
    }

    /**
     * {@code log(k!)} = lgamma(k + 1) to within a few ulps: the exact factorial's log up to 22! (exact in a
     * double), Stirling's series beyond (its next term is below 1e-19 there).
     */
    private static double logFactorial(long k) {
        if (k <= 22) {
            double f = 1;
            for (int i = 2; i <= k; i++) {
                f *= i;
            }
            return Math.log(f);
        }
        double n = k + 1.0;
        double inv = 1 / n;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + series;
    }

    /**
     * Binomial counts of {@code count} trials with success probability {@code prob} (broadcast to count's shape):
     * inversion by geometric gaps when count·p &lt; 10, else BTRS (Hörmann's transformed rejection), on the
     * smaller of p and 1-p. PyTorch: {@code torch.binomial}.
     */
    public static Tensor binomial(Tensor count, Tensor prob, Generator g) {
        checkFloating(count, "binomial_cpu");
        if (count.dtype() != prob.dtype()) {
            throw new IllegalArgumentException("Found dtype " + TypePromotion.scalarTypeName(prob.dtype())
                    + " but expected " + TypePromotion.scalarTypeName(count.dtype()));
        }
        return Dispatch.apply(BINOMIAL, new Tensor[] {count, prob}, () ->
                sampleInto(BINOMIAL, freshLike(count), new Tensor[] {count, prob}, g,
                        (gen, v, f32) -> sampleBinomial(v[0], v[1], f32, gen)), null);
    }

    private static double sampleBinomial(double count, double prob, boolean f32, Generator gen) {
        if (count <= 0.0 || prob <= 0.0) {
            return 0;
        } else if (prob >= 1.0) {
            return count;
        } else if (prob <= 0.5) {
            return count * prob >= 10.0 ? btrs(count, prob, f32, gen) : binomialInversion(count, prob, gen);
        } else if (prob > 0.5) {
            double q = f32 ? (float) (1.0 - prob) : 1.0 - prob;  // scalar_t arithmetic in PyTorch
            return count - (count * q >= 10.0 ? btrs(count, q, f32, gen) : binomialInversion(count, q, gen));
        }
        return Double.NaN;
    }

    private static double binomialInversion(double count, double prob, Generator gen) {
        double geomSum = 0;
        double numGeom = 0;
        double logprob = Math.log1p(-prob);
        while (true) {
            double geom = Math.ceil(Math.log(gen.nextDouble()) / logprob);
            geomSum += geom;
            if (geomSum > count) {
                return numGeom;
            }
            numGeom++;
        }
    }

    private static final double[] STIRLING_TAIL = {
        0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
        0.0138761288230707, 0.0118967099458917, 0.0104112652619720, 0.00925546218271273, 0.00833056343336287};

    private static double stirlingTail(double k) {
        if (k <= 9) {
            return STIRLING_TAIL[(int) k];
        }
        double kp1sq = (k + 1) * (k + 1);
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
    }

    private static double btrs(double count, double prob, boolean f32, Generator gen) {
        double variance = count * prob * (1 - prob);
        double stddev = Math.sqrt(f32 ? (float) ((float) (count * prob) * (float) (1 - prob)) : variance);
        double b = 1.15 + 2.53 * stddev;
        double a = -0.0873 + 0.0248 * b + 0.01 * prob;
        double c = count * prob + 0.5;
        double vr = 0.92 - 4.2 / b;
        double r = prob / (1 - prob);
        double alpha = (2.83 + 5.1 / b) * stddev;
        double m = Math.floor((count + 1) * prob);
        while (true) {
            double u = gen.nextDouble() - 0.5;
            double v = gen.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > count) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            v = Math.log(v * alpha / (a / (us * us) + b));
            double upperbound = (m + 0.5) * Math.log((m + 1) / (r * (count - m + 1)))
                    + (count + 1) * Math.log((count - m + 1) / (count - k + 1))
                    + (k + 0.5) * Math.log(r * (count - k + 1) / (k + 1))
                    + stirlingTail(m) + stirlingTail(count - m) - stirlingTail(k) - stirlingTail(count - k);
            if (v <= upperbound) {
                return k;
            }
        }
    }

    /**
     * Gamma(alpha, 1) samples (float dtypes), at least the dtype's smallest normal: Marsaglia and Tsang's
     * rejection on scalar normals and double uniforms, boosted by {@code u^(1/alpha)} below alpha 1, with
     * float32 alphas in float arithmetic where PyTorch's {@code scalar_t} is float. PyTorch: {@code
     * torch._standard_gamma}.
     */
    public static Tensor standardGamma(Tensor alpha, Generator g) {
        checkFloating(alpha, "gamma_cpu");
        double tiny = alpha.dtype() == DType.FLOAT64 ? Double.MIN_NORMAL : Float.MIN_NORMAL;
        return Dispatch.apply(STANDARD_GAMMA, new Tensor[] {alpha}, () ->
                sampleInto(STANDARD_GAMMA, freshLike(alpha), new Tensor[] {alpha}, g,
                        (gen, v, f32) -> Math.max(tiny, sampleGamma(v[0], f32, gen))),
                (ctx, grad) -> new Tensor[] {ArithmeticOps.mul(grad[0], standardGammaGrad(ctx.input(0), ctx.output()))});
    }

    /**
     * d sample / d alpha of the gamma samples {@code output} drawn with concentrations {@code self} (broadcast; same
     * floating dtype), by PyTorch's approximations. PyTorch: {@code torch._standard_gamma_grad(self, output)}.
     */
    public static Tensor standardGammaGrad(Tensor self, Tensor output) {
        checkFloating(self, "_standard_gamma_grad_cpu");
        checkSameDtype(self, output);
        return Dispatch.apply(STANDARD_GAMMA_GRAD, new Tensor[] {self, output}, () -> {
            int[] shape = Shapes.broadcast(self.sizes(), output.sizes());
            Tensor out = Operands.empty(Torch.options().dtype(self.dtype()).device(self.device()), shape);
            Operands.backend(out).zipDouble(Operands.broadcast(self, shape), Operands.broadcast(output, shape),
                    GammaGradients::standardGamma, Operands.of(out));
            return out;
        }, null);
    }

    /**
     * The scaled gradient of Beta(alpha, total - alpha) samples x with respect to alpha, from which Dirichlet's
     * reparameterised gradient is built (all three broadcast; same floating dtype). PyTorch: {@code
     * torch._dirichlet_grad(x, alpha, total)}.
     */
    public static Tensor dirichletGrad(Tensor x, Tensor alpha, Tensor total) {
        checkFloating(x, "_dirichlet_grad_cpu");
        checkSameDtype(x, alpha);
        checkSameDtype(x, total);
        return Dispatch.apply(DIRICHLET_GRAD, new Tensor[] {x, alpha, total}, () -> {
            int[] shape = Shapes.broadcast(Shapes.broadcast(x.sizes(), alpha.sizes()), total.sizes());
            Tensor out = Operands.empty(Torch.options().dtype(x.dtype()).device(x.device()), shape);
            Operands.backend(out).generate(Operands.of(out), DType.FLOAT64, (host, off, n) -> {
                double[] xs = (double[]) CopyOps.toArray(ViewOps.expand(x, shape), DType.FLOAT64);
                double[] as = (double[]) CopyOps.toArray(ViewOps.expand(alpha, shape), DType.FLOAT64);
                double[] ts = (double[]) CopyOps.toArray(ViewOps.expand(total, shape), DType.FLOAT64);
                double[] d = (double[]) host.data();
                for (int i = 0; i < n; i++) {
                    d[off + i] = GammaGradients.dirichlet(xs[i], as[i], ts[i]);
                }
            });
            return out;
        }, null);
    }

    private static void checkSameDtype(Tensor expected, Tensor t) {
        if (t.dtype() != expected.dtype()) {
            throw new IllegalArgumentException("Found dtype " + TypePromotion.scalarTypeName(t.dtype())
                    + " but expected " + TypePromotion.scalarTypeName(expected.dtype()));
        }
    }

    private static double sampleGamma(double alpha, boolean f32, Generator gen) {
        double scale = 1.0;
        if (alpha < 1.0) {
            if (alpha == 0) {
                return 0;
            }
            scale *= Math.pow(1 - gen.nextDouble(), f32 ? 1.0f / (float) alpha : 1.0 / alpha);
            alpha = f32 ? (float) alpha + 1.0f : alpha + 1.0;
        }
        double d = f32 ? (float) alpha - 1.0f / 3.0f : alpha - (double) (1.0f / 3.0f);
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double y;
            do {
                x = gen.nextNormal(0, 1);
                y = 1.0 + c * x;
            } while (y <= 0);
            double v = y * y * y;
            double u = 1 - gen.nextDouble();
            double xx = x * x;
            double sample = scale * d * v;
            if (u < 1.0 - (double) 0.0331f * xx * xx) {
                return f32 ? (float) sample : sample;
            }
            if (Math.log(u) < 0.5 * xx + d * (1.0 - v + Math.log(v))) {
                return f32 ? (float) sample : sample;
            }
        }
    }

    /**
     * Dirichlet samples along the last dim: gamma samples in float64, divided by their sum, clamped to
     * [smallest normal, largest value below 1] of the dtype. PyTorch: {@code torch._sample_dirichlet}.
     */
    public static Tensor sampleDirichlet(Tensor alpha, Generator g) {
        checkFloating(alpha, "dirichlet");
        return Dispatch.apply(SAMPLE_DIRICHLET, new Tensor[] {alpha}, () -> {
            Tensor gamma = Operands.empty(Torch.options().dtype(DType.FLOAT64).device(alpha.device()), alpha.sizes());
            sampleInto(SAMPLE_DIRICHLET, gamma, new Tensor[] {alpha}, g,
                    (gen, v, f32) -> Math.max(Double.MIN_NORMAL, sampleGamma(v[0], false, gen)));
            Tensor ratio = ArithmeticOps.div(gamma, ReductionOps.sum(gamma, new int[] {-1}, true, null));
            boolean f32 = alpha.dtype() == DType.FLOAT32;
            double hi = f32 ? Math.nextDown(1.0f) : Math.nextDown(1.0);
            double lo = f32 ? Float.MIN_NORMAL : Double.MIN_NORMAL;
            return PointwiseOps.clamp(CopyOps.to(ratio, alpha.dtype()), lo, hi);
        }, null);
    }

    /**
     * {@code numSamples} category indices per row of the 1-D or 2-D weights {@code probs}. With replacement: a
     * binary search of a double uniform in the row's normalised cumulative sums. Without:
     * PyTorch's exponential race, the top {@code numSamples} of {@code probs / q} with {@code q ~ Exp(1)} drawn
     * over probs' layout. PyTorch: {@code torch.multinomial(input, num_samples, replacement=False)}.
     */
    public static Tensor multinomial(Tensor probs, int numSamples, boolean replacement, Generator g) {
        if (probs.dim() < 1 || probs.dim() > 2) {
            throw new IllegalArgumentException("prob_dist must be 1 or 2 dim");
        }
        if (!probs.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("multinomial only supports floating-point dtypes for input, got: "
                    + TypePromotion.scalarTypeName(probs.dtype()));
        }
        if (numSamples <= 0) {
            throw new IllegalArgumentException("cannot sample n_sample <= 0 samples");
        }
        int categories = probs.size(-1);
        if (!replacement && numSamples > categories) {
            throw new IllegalArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        if (categories > (1 << 24)) {
            throw new IllegalArgumentException("number of categories cannot exceed 2^24");
        }
        int[] shape = probs.dim() == 1 ? new int[] {numSamples} : new int[] {probs.size(0), numSamples};
        return Dispatch.apply(MULTINOMIAL, new Tensor[] {probs}, () -> {
            Tensor out = Operands.empty(Torch.options().dtype(DType.INT64).device(probs.device()), shape);
            if (out.numel() == 0) {
                return out;
            }
            if (!replacement) {  // 1.13 takes the race only without replacement (later releases also for one sample)
                return exponentialRace(probs, numSamples, g);
            }
            Operands.backend(out).generate(Operands.of(out), DType.INT64, (host, off, n) ->
                    drawWithReplacement(probs, numSamples, gen(g), (long[]) host.data(), off));
            return out;
        }, null);
    }

    private static Tensor exponentialRace(Tensor probs, int numSamples, Generator g) {
        double max = ReductionOps.max(probs).item();
        double min = ReductionOps.min(probs).item();
        if (!(max < Double.POSITIVE_INFINITY && min >= 0)) {
            throw new IllegalArgumentException("probability tensor contains either `inf`, `nan` or element < 0");
        }
        Tensor sums = probs.dim() == 1 ? ReductionOps.sum(probs, new int[] {-1}, false, null)
                : ReductionOps.sum(probs, new int[] {1}, false, null);
        if (ReductionOps.min(sums).item() == 0) {
            throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        // q = empty_like(probs): a column-major probs gives a column-major q, filled down its storage
        boolean columnMajor = probs.dim() == 2 && probs.stride(0) < probs.stride(1);
        Tensor q = columnMajor ? ViewOps.t(freshLike(ViewOps.t(probs))) : freshLike(probs);
        exponential_(q, 1, g);
        Tensor ratio = ArithmeticOps.div(probs, q);
        if (numSamples == 1) {
            return ReductionOps.argmax(ratio, -1, true);
        }
        return SortOps.topk(ratio, numSamples, -1, true, true).indices();
    }

    private static void drawWithReplacement(Tensor probs, int numSamples, Generator gen, long[] out, int off) {
        boolean f32 = probs.dtype() != DType.FLOAT64;
        int categories = probs.size(-1);
        int rows = probs.dim() == 1 ? 1 : probs.size(0);
        double[] p = (double[]) CopyOps.toArray(probs, DType.FLOAT64);
        double[] cum = new double[categories];
        synchronized (gen) {
            for (int i = 0; i < rows; i++) {
                double sum = 0;
                for (int j = 0; j < categories; j++) {
                    double val = p[i * categories + j];
                    if (!(val >= 0)) {
                        throw new IllegalArgumentException(
                                "invalid multinomial distribution (encountering probability entry < 0)");
                    }
                    if (Double.isInfinite(val)) {
                        throw new IllegalArgumentException(
                                "invalid multinomial distribution (encountering probability entry = infinity or NaN)");
                    }
                    sum = f32 ? (float) sum + (float) val : sum + val;  // scalar_t running sum
                    cum[j] = sum;
                }
                if (!(sum > 0)) {
                    throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
                }
                for (int j = 0; j < categories; j++) {
                    cum[j] = f32 ? (float) cum[j] / (float) sum : cum[j] / sum;
                }
                cum[categories - 1] = 1;
                for (int s = 0; s < numSamples; s++) {
                    double u = gen.nextDouble();
                    int left = 0;
                    int right = categories;
                    while (right - left > 0) {
                        int mid = left + (right - left) / 2;
                        if (cum[mid] < u) {
                            left = mid + 1;
                        } else {
                            right = mid;
                        }
                    }
                    out[off + i * numSamples + s] = left;
                }
            }
        }
    }
}
