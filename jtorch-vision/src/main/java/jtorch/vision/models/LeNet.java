package jtorch.vision.models;

import jtorch.Tensor;
import jtorch.nn.Conv2d;
import jtorch.nn.Dropout;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.functional.F;

/**
 * LeNet-5 as the seed notes write it ({@code class Net(nn.Module)}): {@code conv1} 1→6 5x5, max-pool 2,
 * {@code conv2} 6→16 5x5, max-pool 2, then {@code fc1} 400→120, {@code fc2} 120→84, {@code fc3} 84→classes,
 * ReLU after every layer but the last. It takes {@code [N, C, 32, 32]} input (28x28 images padded by 2).
 *
 * <p>With a dropout probability above 0, dropout is applied after the ReLUs of {@code fc1} and {@code fc2}
 * (the seed's remedy for overfitting); it has no parameters, so the {@code stateDict()} keys stay
 * {@code conv1.weight, conv1.bias, conv2.*, fc1.*, fc2.*, fc3.*}, the same as PyTorch's {@code Net}.
 */
public class LeNet extends Module {
    final Conv2d conv1;
    final Conv2d conv2;
    final Linear fc1;
    final Linear fc2;
    final Linear fc3;
    final Dropout drop;

    /** The seed's {@code Net()}: 1 input channel, 10 classes, no dropout. */
    public LeNet() {
        this(1, 10, 0.0);
    }

    /**
     * LeNet-5 for {@code inChannels}-channel 32x32 images and {@code numClasses} classes.
     *
     * @param dropout dropout probability after {@code fc1} and {@code fc2} (0 for none)
     * @throws IllegalArgumentException for non-positive channels or classes, or a dropout outside [0, 1)
     */
    public LeNet(int inChannels, int numClasses, double dropout) {
        if (inChannels <= 0 || numClasses <= 0) {
            throw new IllegalArgumentException("LeNet needs positive inChannels and numClasses, got " + inChannels
                    + " and " + numClasses);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout probability has to be in [0, 1), but got " + dropout);
        }
        conv1 = new Conv2d(inChannels, 6, 5);
        conv2 = new Conv2d(6, 16, 5);
        fc1 = new Linear(16 * 5 * 5, 120);
        fc2 = new Linear(120, 84);
        fc3 = new Linear(84, numClasses);
        drop = dropout > 0 ? new Dropout(dropout) : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        x = F.maxPool2d(F.relu(conv1.call(x)), 2);
        x = F.maxPool2d(F.relu(conv2.call(x)), 2);
        x = x.view(-1, 16 * 5 * 5);
        x = F.relu(fc1.call(x));
        if (drop != null) {
            x = drop.call(x);
        }
        x = F.relu(fc2.call(x));
        if (drop != null) {
            x = drop.call(x);
        }
        return fc3.call(x);
    }
}
