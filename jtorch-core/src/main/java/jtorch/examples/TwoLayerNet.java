package jtorch.examples;

import jtorch.Tensor;
import jtorch.Torch;

/**
 * The seed's two-layer network (notes 002): random data, a ReLU hidden layer, squared-error loss,
 * autograd backward and a no-grad SGD update, 500 steps. With seed 0 it follows PyTorch's loss curve.
 */
public final class TwoLayerNet {
    private TwoLayerNet() {
    }

    /** Runs the seed's two-layer network and prints its losses. */
    public static void main(String[] args) {
        Torch.manualSeed(0);
        int n = 64;
        int dIn = 1000;
        int h = 100;
        int dOut = 10;
        Tensor x = Torch.randn(n, dIn);
        Tensor y = Torch.randn(n, dOut);
        Tensor w1 = Torch.randn(Torch.options().requiresGrad(true), dIn, h);
        Tensor w2 = Torch.randn(Torch.options().requiresGrad(true), h, dOut);
        double lr = 1e-6;
        long start = System.nanoTime();
        for (int t = 0; t < 500; t++) {
            Tensor yPred = x.mm(w1).clampMin(0).mm(w2);
            Tensor loss = yPred.sub(y).pow(2).sum();
            if (t % 100 == 99) {
                System.out.printf("step %d  loss %.4f%n", t, loss.item());
            }
            loss.backward();
            try (var g = Torch.noGrad()) {
                w1.sub_(w1.grad().mul(lr));
                w2.sub_(w2.grad().mul(lr));
                w1.grad().zero_();
                w2.grad().zero_();
            }
        }
        System.out.printf("500 steps in %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
