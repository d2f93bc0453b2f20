package jtorch.examples;

import java.io.PrintStream;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.Linear;
import jtorch.nn.MSELoss;
import jtorch.nn.ReLU;
import jtorch.nn.Sequential;
import jtorch.optim.Adam;

/**
 * The seed's two-layer network (notes 002): {@code x [64, 1000]} → {@code ·w1 [1000, 100]} → ReLU →
 * {@code ·w2 [100, 10]}, squared-error loss against random targets, in the note's three forms: gradients by hand,
 * with autograd and a no-grad update, and with {@code nn.Sequential} + {@code nn.MSELoss(reduction='sum')} +
 * {@code optim.Adam(lr=1e-4)}. Each prints {@code t loss} five times over its steps (500; 50 with
 * {@code --quick}).
 */
final class TwoLayerNet {
    private static final int N = 64;
    private static final int D_IN = 1000;
    private static final int H = 100;
    private static final int D_OUT = 10;
    private static final double LR = 1e-6;

    private TwoLayerNet() {
    }

    static int steps(boolean quick) {
        return quick ? 50 : 500;
    }

    private static void print(PrintStream out, int t, int steps, Tensor loss) {
        if (t % (steps / 5) == steps / 5 - 1) {
            out.println(t + " " + Py.repr(loss.item()));
        }
    }

    /** {@code h = x.mm(w1); h_relu = h.clamp(min=0); ...; grad_h[h < 0] = 0; w1 -= learning_rate * grad_w1}. */
    static void byHand(PrintStream out, boolean quick) {
        int steps = steps(quick);
        Torch.manualSeed(0);
        Tensor x = Torch.randn(N, D_IN);
        Tensor y = Torch.randn(N, D_OUT);
        Tensor w1 = Torch.randn(D_IN, H);
        Tensor w2 = Torch.randn(H, D_OUT);
        for (int t = 0; t < steps; t++) {
            Tensor h = x.mm(w1);
            Tensor hRelu = h.clampMin(0);
            Tensor yPred = hRelu.mm(w2);
            print(out, t, steps, yPred.sub(y).pow(2).sum());
            Tensor gradYPred = yPred.sub(y).mul(2.0);
            Tensor gradW2 = hRelu.t().mm(gradYPred);
            Tensor gradHRelu = gradYPred.mm(w2.t());
            Tensor gradH = gradHRelu.clone();
            gradH.maskedFill_(h.lt(0), 0);
            Tensor gradW1 = x.t().mm(gradH);
            w1.sub_(gradW1.mul(LR));
            w2.sub_(gradW2.mul(LR));
        }
    }

    /** {@code loss.backward(); with torch.no_grad(): w1 -= learning_rate * w1.grad; ...; w1.grad.zero_()}. */
    static void withAutograd(PrintStream out, boolean quick) {
        int steps = steps(quick);
        Torch.manualSeed(0);
        Tensor x = Torch.randn(N, D_IN);
        Tensor y = Torch.randn(N, D_OUT);
        Tensor w1 = Torch.randn(Torch.options().requiresGrad(true), D_IN, H);
        Tensor w2 = Torch.randn(Torch.options().requiresGrad(true), H, D_OUT);
        for (int t = 0; t < steps; t++) {
            Tensor yPred = x.mm(w1).clampMin(0).mm(w2);
            Tensor loss = yPred.sub(y).pow(2).sum();
            print(out, t, steps, loss);
            loss.backward();
            try (var g = Torch.noGrad()) {
                w1.sub_(w1.grad().mul(LR));
                w2.sub_(w2.grad().mul(LR));
                w1.grad().zero_();
                w2.grad().zero_();
            }
        }
    }

    /** {@code model = nn.Sequential(nn.Linear(D_in, H), nn.ReLU(), nn.Linear(H, D_out))} with Adam. */
    static void withNn(PrintStream out, boolean quick) {
        int steps = steps(quick);
        Torch.manualSeed(0);
        Tensor x = Torch.randn(N, D_IN);
        Tensor y = Torch.randn(N, D_OUT);
        Sequential model = new Sequential(new Linear(D_IN, H), new ReLU(), new Linear(H, D_OUT));
        MSELoss lossFn = new MSELoss(MSELoss.options().reduction("sum"));
        Adam optimizer = new Adam(model.parameters(), Adam.options().lr(1e-4));
        for (int t = 0; t < steps; t++) {
            Tensor yPred = model.call(x);
            Tensor loss = lossFn.forward(yPred, y);
            print(out, t, steps, loss);
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
        }
    }
}
