package jtorch.bench.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import jtorch.bench.Case;
import jtorch.bench.Peer;
import jtorch.bench.Timing;

/**
 * DJL with its PyTorch engine (libtorch and MKL behind JNI), in this JVM: the figure a Java team
 * compares jtorch with. Each op runs in a per-step sub-{@link NDManager} to which its inputs are
 * temporarily attached, so its results and temporaries are freed at once, the way DJL code does it.
 * Threads follow the case through libtorch's {@code set_num_threads}. Built only with {@code -Pdjl}.
 */
public final class DjlPeer implements Peer {
    private static final int POINTWISE_N = 1 << 22;

    private final double warmupSeconds;
    private final double repSeconds;
    private final Engine engine;
    private final NDManager manager;
    private NDManager caseManager;
    private Runnable op;
    private NDArray[] inputs;
    private int iterations;
    private int threads = 1;

    public DjlPeer(double warmupSeconds, double repSeconds) {
        this.warmupSeconds = warmupSeconds;
        this.repSeconds = repSeconds;
        this.engine = Engine.getEngine("PyTorch");
        this.manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
    }

    @Override
    public String name() {
        return "djl";
    }

    @Override
    public String family() {
        return "djl";
    }

    @Override
    public boolean accepts(Case c) {
        return switch (c.workload()) {
            case "gemm", "twolayer", "conv2d", "pointwise", "reduce" -> true;
            default -> false;
        };
    }

    @Override
    public void setup(Case c) {
        if (caseManager != null) {
            caseManager.close();
        }
        caseManager = manager.newSubManager();
        JniUtils.setNumThreads(c.threads());
        engine.setRandomSeed(0);
        op = build(c);
        iterations = Timing.calibrate(this::step, warmupSeconds, repSeconds);
    }

    @Override
    public double[] measure() {
        JniUtils.setNumThreads(threads);
        return new double[] {Timing.time(this::step, iterations)};
    }

    // one op in its own sub-manager: the inputs are lent to it and come back when it closes
    private void step() {
        try (NDManager sub = caseManager.newSubManager()) {
            for (NDArray in : inputs) {
                in.tempAttach(sub);
            }
            op.run();
        }
    }

    private Runnable build(Case c) {
        threads = c.threads();
        return switch (c.workload()) {
            case "gemm" -> {
                int n = Integer.parseInt(c.variant().substring(2));
                NDArray a = caseManager.randomNormal(new Shape(n, n));
                NDArray b = caseManager.randomNormal(new Shape(n, n));
                inputs = new NDArray[] {a, b};
                yield () -> a.matMul(b);
            }
            case "twolayer" -> twoLayer();
            case "conv2d" -> conv2d(c.variant().equals("fwd+bwd"));
            case "pointwise" -> {
                NDArray a = caseManager.randomNormal(new Shape(POINTWISE_N));
                NDArray b = caseManager.randomNormal(new Shape(POINTWISE_N));
                inputs = new NDArray[] {a, b};
                yield switch (c.variant()) {
                    case "add" -> () -> a.add(b);
                    case "mul" -> () -> a.mul(b);
                    case "exp" -> () -> a.exp();
                    case "relu" -> () -> Activation.relu(a);
                    case "sigmoid" -> () -> Activation.sigmoid(a);
                    default -> throw new IllegalArgumentException("no pointwise op " + c.variant());
                };
            }
            case "reduce" -> {
                NDArray x = caseManager.randomNormal(new Shape(4096, 1024));
                inputs = new NDArray[] {x};
                yield switch (c.variant()) {
                    case "sum" -> () -> x.sum();
                    // DJL's max over an axis returns the values only (no indices)
                    case "max_dim1" -> () -> x.max(new int[] {1});
                    case "softmax_dim1" -> () -> x.softmax(1);
                    case "log_softmax_dim1" -> () -> x.logSoftmax(1);
                    default -> throw new IllegalArgumentException("no reduction " + c.variant());
                };
            }
            default -> throw new IllegalArgumentException("no DJL workload " + c.workload());
        };
    }

    // conv2d(x, w, no bias, stride 1, padding 1); backward from a gradient of ones (what DJL's backward seeds)
    private Runnable conv2d(boolean backward) {
        NDArray x = caseManager.randomNormal(new Shape(32, 64, 32, 32));
        NDArray w = caseManager.randomNormal(new Shape(64, 64, 3, 3));
        inputs = new NDArray[] {x, w};
        Shape one = new Shape(1, 1);
        Shape pad = new Shape(1, 1);
        if (!backward) {
            return () -> Conv2d.conv2d(x, w, null, one, pad, one, 1);
        }
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        return () -> {
            try (GradientCollector gc = engine.newGradientCollector()) {
                gc.backward(Conv2d.conv2d(x, w, null, one, pad, one, 1).singletonOrThrow());
            }
            x.getGradient().muli(0);
            w.getGradient().muli(0);
        };
    }

    // the seed's raw-autograd step: clip(0, max) is clamp(min=0); the SGD update runs outside the collector
    private Runnable twoLayer() {
        NDArray x = caseManager.randomNormal(new Shape(64, 1000));
        NDArray y = caseManager.randomNormal(new Shape(64, 10));
        NDArray w1 = caseManager.randomNormal(new Shape(1000, 100));
        NDArray w2 = caseManager.randomNormal(new Shape(100, 10));
        w1.setRequiresGradient(true);
        w2.setRequiresGradient(true);
        inputs = new NDArray[] {x, y, w1, w2};
        float lr = 1e-6f;
        return () -> {
            try (GradientCollector gc = engine.newGradientCollector()) {
                NDArray yPred = x.matMul(w1).clip(0, Float.MAX_VALUE).matMul(w2);
                NDArray loss = yPred.sub(y).pow(2).sum();
                gc.backward(loss);
            }
            NDArray g1 = w1.getGradient();
            NDArray g2 = w2.getGradient();
            w1.subi(g1.mul(lr));
            w2.subi(g2.mul(lr));
            g1.muli(0);
            g2.muli(0);
        };
    }

    @Override
    public String toString() {
        return "DJL " + Engine.getDjlVersion() + " / libtorch " + engine.getVersion();
    }

    @Override
    public void close() {
        if (caseManager != null) {
            caseManager.close();
        }
        manager.close();
    }
}
