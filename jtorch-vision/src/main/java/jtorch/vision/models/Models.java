package jtorch.vision.models;

/**
 * torchvision's model builders: {@code Models.resnet18(ResNet.options().numClasses(10))} is
 * {@code torchvision.models.resnet18(num_classes=10)}, with the same {@code stateDict()} keys, shapes and, after
 * the same {@code manualSeed}, the same initial weights. No pretrained weights are downloaded: load a
 * PyTorch-written state dict with {@code loadStateDict} instead.
 */
public final class Models {
    private Models() {
    }

    /** PyTorch: {@code torchvision.models.alexnet()}. */
    public static AlexNet alexnet() {
        return new AlexNet();
    }

    /** PyTorch: {@code torchvision.models.alexnet(num_classes=numClasses)}. */
    public static AlexNet alexnet(int numClasses) {
        return new AlexNet(numClasses, 0.5);
    }

    /** PyTorch: {@code torchvision.models.vgg11(num_classes=numClasses)} (configuration A). */
    public static VGG vgg11(int numClasses) {
        return new VGG(VGG.CFG_A, false, numClasses, 0.5);
    }

    /** PyTorch: {@code torchvision.models.vgg11_bn(num_classes=numClasses)}. */
    public static VGG vgg11Bn(int numClasses) {
        return new VGG(VGG.CFG_A, true, numClasses, 0.5);
    }

    /** PyTorch: {@code torchvision.models.vgg16(num_classes=numClasses)} (configuration D). */
    public static VGG vgg16(int numClasses) {
        return new VGG(VGG.CFG_D, false, numClasses, 0.5);
    }

    /** PyTorch: {@code torchvision.models.vgg16_bn(num_classes=numClasses)}. */
    public static VGG vgg16Bn(int numClasses) {
        return new VGG(VGG.CFG_D, true, numClasses, 0.5);
    }

    /** PyTorch: {@code torchvision.models.resnet18()}. */
    public static ResNet resnet18() {
        return resnet18(ResNet.options());
    }

    /** PyTorch: {@code torchvision.models.resnet18(**kwargs)}: basic blocks (2, 2, 2, 2). */
    public static ResNet resnet18(ResNet.Options options) {
        return new ResNet(ResNet.Block.BASIC, new int[] {2, 2, 2, 2}, options);
    }

    /** PyTorch: {@code torchvision.models.resnet34(**kwargs)}: basic blocks (3, 4, 6, 3). */
    public static ResNet resnet34(ResNet.Options options) {
        return new ResNet(ResNet.Block.BASIC, new int[] {3, 4, 6, 3}, options);
    }

    /** PyTorch: {@code torchvision.models.resnet50(**kwargs)}: bottleneck blocks (3, 4, 6, 3). */
    public static ResNet resnet50(ResNet.Options options) {
        return new ResNet(ResNet.Block.BOTTLENECK, new int[] {3, 4, 6, 3}, options);
    }

    /** PyTorch: {@code torchvision.models.mobilenet_v2(**kwargs)}. */
    public static MobileNetV2 mobilenetV2(MobileNetV2.Options options) {
        return new MobileNetV2(options);
    }

    /** PyTorch: {@code torchvision.models.googlenet(**kwargs)} (without weights: aux_logits and init as given). */
    public static GoogLeNet googlenet(GoogLeNet.Options options) {
        return new GoogLeNet(options);
    }

    /** PyTorch: {@code torchvision.models.densenet121(num_classes=numClasses)}. */
    public static DenseNet densenet121(int numClasses) {
        return new DenseNet(DenseNet.options().numClasses(numClasses));
    }

    /** The seed's {@code UNet(n_channels, n_classes, bilinear)}. */
    public static UNet unet(int nChannels, int nClasses, boolean bilinear) {
        return new UNet(nChannels, nClasses, bilinear);
    }

    // PyTorch's checks of a classifier head's arguments
    static void checkHead(int numClasses, double dropout) {
        if (numClasses <= 0) {
            throw new IllegalArgumentException("num_classes must be positive, got " + numClasses);
        }
        if (!(dropout >= 0 && dropout <= 1)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got " + dropout);
        }
    }
}
