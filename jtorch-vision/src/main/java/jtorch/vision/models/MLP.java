package jtorch.vision.models;

import jtorch.Tensor;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.ReLU;

/**
 * The seed notes' multilayer perceptron ({@code class MLP(nn.Module)}: {@code hidden = nn.Linear(784, 256)},
 * {@code act = nn.ReLU()}, {@code output = nn.Linear(256, 10)}); the input is flattened first, so it takes
 * {@code [N, 1, 28, 28]} images as well as {@code [N, 784]} rows. {@code stateDict()} keys:
 * {@code hidden.weight, hidden.bias, output.weight, output.bias}.
 */
public class MLP extends Module {
    final Linear hidden;
    final ReLU act;
    final Dropout drop;
    final Linear output;

    /** The seed's {@code MLP()}: 784 → 256 → 10. */
    public MLP() {
        this(784, 256, 10, 0.0);
    }

    /**
     * An MLP with one hidden layer.
     *
     * @param dropout dropout probability after the hidden activation (0 for none)
     * @throws IllegalArgumentException for non-positive sizes or a dropout outside [0, 1)
     */
    public MLP(int inFeatures, int hiddenFeatures, int numClasses, double dropout) {
        if (inFeatures <= 0 || hiddenFeatures <= 0 || numClasses <= 0) {
            throw new IllegalArgumentException("MLP needs positive sizes, got " + inFeatures + ", " + hiddenFeatures
                    + ", " + numClasses);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout probability has to be in [0, 1), but got " + dropout);
        }
        hidden = new Linear(inFeatures, hiddenFeatures);
        act = new ReLU();
        drop = dropout > 0 ? new Dropout(dropout) : null;
        output = new Linear(hiddenFeatures, numClasses);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor h = act.call(hidden.call(x.flatten(1)));
        if (drop != null) {
            h = drop.call(h);
        }
        return output.call(h);
    }
}
