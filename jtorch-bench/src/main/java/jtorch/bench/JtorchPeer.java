package jtorch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.optim.Adam;
import jtorch.optim.Optimizer;
import jtorch.optim.SGD;
import jtorch.vision.datasets.FashionMNIST;

/** jtorch itself, in this JVM, at the case's thread count ({@code Torch.setNumThreads}). */
final class JtorchPeer implements Peer {
    private final double warmupSeconds;
    private final double repSeconds;
    private Runnable op;
    private int iterations;
    private int threads = 1;
    // set for the workloads run in a fresh JVM per repetition (FreshProcess), which need no warm-up here
    private String freshWorkload;
    // keeps results reachable so the JIT cannot drop the work
    private Object sink;

    JtorchPeer(double warmupSeconds, double repSeconds) {
        this.warmupSeconds = warmupSeconds;
        this.repSeconds = repSeconds;
    }

    @Override
    public String name() {
        return "jtorch";
    }

    @Override
    public String family() {
        return "jtorch";
    }

    @Override
    public boolean accepts(Case c) {
        return true;
    }

    @Override
    public void setup(Case c) {
        threads = c.threads();
        if (FreshProcess.WORKLOADS.contains(c.workload())) {
            if (c.workload().equals("e2e") && !FashionMNIST.debianFilesPresent()) {
                throw new IllegalStateException("Fashion-MNIST is not installed at " + FashionMNIST.DEBIAN_ROOT
                        + " (Debian package dataset-fashion-mnist)");
            }
            freshWorkload = c.workload();
            op = null;
            return;
        }
        freshWorkload = null;
        Torch.setNumThreads(threads);
        Torch.manualSeed(0);
        op = build(c);
        iterations = Timing.calibrate(op, warmupSeconds, repSeconds);
    }

    @Override
    public double[] measure() throws IOException, InterruptedException {
        if (freshWorkload != null) {
            return FreshProcess.run(freshWorkload, threads);
        }
        Torch.setNumThreads(threads);
        return new double[] {Timing.time(op, iterations)};
    }

    private Runnable build(Case c) {
        return switch (c.workload()) {
            case "gemm" -> {
                int n = Integer.parseInt(c.variant().substring(2));
                Tensor a = Torch.randn(n, n);
                Tensor b = Torch.randn(n, n);
                yield () -> sink = a.mm(b);
            }
            case "twolayer" -> op(twoLayerStep());
            case "tbscalar" -> ScalarLogging.step(c.variant().endsWith("addScalar"));
            case "conv2d" -> conv2d(c.variant().equals("fwd+bwd"));
            case "pointwise" -> pointwise(c.variant());
            case "reduce" -> reduce(c.variant());
            case "pool" -> pool(c.variant());
            case "batchnorm" -> batchNorm(c.variant().equals("fwd+bwd"));
            case "optim" -> optimStep(c.variant());
            case "dataload" -> DataLoad.jtorch(c.variant(), o -> sink = o);
            case "resnet34_step" -> op(ModelWorkloads.resnet34Step(ModelWorkloads.RESNET34_BATCH));
            case "mlp" -> op(ModelWorkloads.mlpStep(ModelWorkloads.MLP_BATCH));
            case "lenet" -> op(ModelWorkloads.lenetStep(ModelWorkloads.LENET_BATCH));
            case "resnet18" -> op(c.variant().equals("train")
                    ? ModelWorkloads.resnet18Step(ModelWorkloads.RESNET18_BATCH, ModelWorkloads.RESNET18_SIDE)
                    : ModelWorkloads.resnet18Inference(ModelWorkloads.RESNET18_BATCH, ModelWorkloads.RESNET18_SIDE));
            default -> throw new IllegalArgumentException("no jtorch workload " + c.workload());
        };
    }

    /** {@code step} as an op whose result is kept reachable. */
    private Runnable op(Supplier<Tensor> step) {
        return () -> sink = step.get();
    }

    /**
     * The seed's raw-autograd step: x[64,1000] -> mm w1 -> clamp(min=0) -> mm w2, squared-error sum, SGD; one step
     * per call, returning the loss (shared with {@link ScalarLogging}).
     */
    static Supplier<Tensor> twoLayerStep() {
        Tensor x = Torch.randn(64, 1000);
        Tensor y = Torch.randn(64, 10);
        Tensor w1 = Torch.randn(Torch.options().requiresGrad(true), 1000, 100);
        Tensor w2 = Torch.randn(Torch.options().requiresGrad(true), 100, 10);
        double lr = 1e-6;
        return () -> {
            Tensor yPred = x.mm(w1).clampMin(0).mm(w2);
            Tensor loss = yPred.sub(y).pow(2).sum();
            loss.backward();
            try (var g = Torch.noGrad()) {
                w1.sub_(w1.grad().mul(lr));
                w2.sub_(w2.grad().mul(lr));
                w1.grad().zero_();
                w2.grad().zero_();
            }
            return loss;
        };
    }

    /** F.conv2d(x[32,64,32,32], w[64,64,3,3], padding=1); with backward, the input and weight gradients. */
    private Runnable conv2d(boolean backward) {
        Tensor x = Torch.randn(Torch.options().requiresGrad(backward), Workloads.CONV_N, Workloads.CONV_C,
                Workloads.CONV_HW, Workloads.CONV_HW);
        Tensor w = Torch.randn(Torch.options().requiresGrad(backward), Workloads.CONV_C, Workloads.CONV_C,
                Workloads.CONV_K, Workloads.CONV_K);
        if (!backward) {
            return () -> sink = F.conv2d(x, w, null, 1, 1);
        }
        Tensor g = Torch.ones(Workloads.CONV_N, Workloads.CONV_C, Workloads.CONV_HW, Workloads.CONV_HW);
        return () -> {
            x.setGrad(null);
            w.setGrad(null);
            F.conv2d(x, w, null, 1, 1).backward(g);
            sink = w.grad();
        };
    }

    private Runnable pointwise(String variant) {
        Tensor a = Torch.randn(Workloads.POINTWISE_N);
        Tensor b = Torch.randn(Workloads.POINTWISE_N);
        return switch (variant) {
            case "add" -> () -> sink = a.add(b);
            case "mul" -> () -> sink = a.mul(b);
            case "exp" -> () -> sink = a.exp();
            case "relu" -> () -> sink = a.relu();
            case "sigmoid" -> () -> sink = a.sigmoid();
            default -> throw new IllegalArgumentException("no pointwise op " + variant);
        };
    }

    /**
     * F.max_pool2d(x, 2) or F.avg_pool2d(x, 2) of x[32,64,32,32], or with 3x3 windows, stride 2 and padding 1
     * ("3x3s2"); with backward, the input gradient.
     */
    private Runnable pool(String variant) {
        boolean backward = variant.endsWith("fwd+bwd");
        boolean max = variant.startsWith("max");
        boolean k3 = variant.contains("3x3s2");
        Tensor x = Torch.randn(Torch.options().requiresGrad(backward), Workloads.POOL_SHAPE);
        UnaryOperator<Tensor> pool = k3
                ? (max ? t -> F.maxPool2d(t, 3, F.maxPoolOptions().stride(2).padding(1))
                        : t -> F.avgPool2d(t, 3, F.avgPoolOptions().stride(2).padding(1)))
                : (max ? t -> F.maxPool2d(t, 2) : t -> F.avgPool2d(t, 2));
        if (!backward) {
            return () -> sink = pool.apply(x);
        }
        int[] s = Workloads.POOL_SHAPE;
        Tensor g = Torch.ones(s[0], s[1], s[2] / 2, s[3] / 2);
        return () -> {
            x.setGrad(null);
            pool.apply(x).backward(g);
            sink = x.grad();
        };
    }

    /**
     * One step of SGD (lr 0.01, momentum 0.9, weight decay 1e-4) or Adam (lr 1e-3) over ResNet-18's parameter
     * shapes with gradients in place; the state (momentum buffer, moments) exists after the warm-up.
     */
    private Runnable optimStep(String variant) {
        List<Tensor> params = new ArrayList<>();
        long numel = 0;
        for (int[] shape : Workloads.resnet18Shapes()) {
            Tensor p = Torch.randn(shape).requiresGrad_(true);
            p.setGrad(Torch.randn(shape));
            params.add(p);
            numel += p.numel();
        }
        if (numel != Workloads.RESNET18_NUMEL) {
            throw new IllegalStateException("ResNet-18 has " + Workloads.RESNET18_NUMEL + " parameters, not " + numel);
        }
        Optimizer opt = variant.startsWith("sgd")
                ? new SGD(params, SGD.options(0.01).momentum(0.9).weightDecay(1e-4))
                : new Adam(params, 1e-3);
        return () -> sink = opt.step();
    }

    /**
     * Training-mode F.batch_norm of x[32,64,32,32] with affine weight and bias and running statistics; with
     * backward, the gradients of x, weight and bias.
     */
    private Runnable batchNorm(boolean backward) {
        int[] s = Workloads.POOL_SHAPE;
        Tensor x = Torch.randn(Torch.options().requiresGrad(backward), s);
        Tensor weight = Torch.ones(s[1]).requiresGrad_(backward);
        Tensor bias = Torch.zeros(s[1]).requiresGrad_(backward);
        Tensor mean = Torch.zeros(s[1]);
        Tensor var = Torch.ones(s[1]);
        Supplier<Tensor> bn = () -> F.batchNorm(x, mean, var, weight, bias, true, 0.1, 1e-5);
        if (!backward) {
            return () -> sink = bn.get();
        }
        Tensor g = Torch.randn(s);
        return () -> {
            x.setGrad(null);
            weight.setGrad(null);
            bias.setGrad(null);
            bn.get().backward(g);
            sink = x.grad();
        };
    }

    private Runnable reduce(String variant) {
        Tensor x = Torch.randn(Workloads.REDUCE_ROWS, Workloads.REDUCE_COLS);
        return switch (variant) {
            case "sum" -> () -> sink = x.sum();
            case "max_dim1" -> () -> sink = x.max(1);
            case "softmax_dim1" -> () -> sink = F.softmax(x, 1);
            case "log_softmax_dim1" -> () -> sink = F.logSoftmax(x, 1);
            default -> throw new IllegalArgumentException("no reduction " + variant);
        };
    }
}
