package jtorch.vision.models;

import jtorch.nn.BatchNorm2d;
import jtorch.nn.Conv2d;
import jtorch.nn.Module;
import jtorch.nn.Sequential;

/**
 * Convolution, batch norm, activation, as a {@link Sequential} with children {@code 0, 1, 2}. PyTorch:
 * {@code torchvision.ops.Conv2dNormActivation(in_channels, out_channels, kernel_size=3, stride=1, padding=None,
 * groups=1, norm_layer=BatchNorm2d, activation_layer=activation)}: "same" padding {@code (kernel_size - 1) / 2}
 * and a convolution without bias (the norm has one).
 */
public class Conv2dNormActivation extends Sequential {
    /**
     * PyTorch: {@code Conv2dNormActivation(in, out, kernel_size, stride, groups=groups, activation_layer=...)}.
     *
     * @param activation the activation module (torchvision passes a fresh {@code ReLU6(inplace=True)} per block)
     */
    public Conv2dNormActivation(int in, int out, int kernelSize, int stride, int groups, Module activation) {
        super(new Conv2d(Conv2d.options(in, out, kernelSize).stride(stride).padding((kernelSize - 1) / 2)
                .groups(groups).bias(false)), new BatchNorm2d(out), activation);
    }
}
