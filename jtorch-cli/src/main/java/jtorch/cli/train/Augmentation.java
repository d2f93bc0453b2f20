package jtorch.cli.train;

import java.util.List;
import jtorch.Tensor;
import jtorch.utils.data.Dataset;
import jtorch.vision.transforms.Compose;
import jtorch.vision.transforms.RandomCrop;
import jtorch.vision.transforms.RandomHorizontalFlip;

/**
 * {@code jtorch train --augment}: each training image, already normalised and brought to the model's geometry,
 * gets torchvision's {@code Compose([RandomCrop((H, W), padding=2), RandomHorizontalFlip()])}, its parameters drawn
 * from the current generator in torchvision's order (in a DataLoader worker, the worker's). Zero padding of the
 * normalised image is the training mean's grey. {@code tools/golden/cli_lenet_curve.py} runs the same recipe in
 * PyTorch; {@code LeNetCurveTest} follows its loss curve.
 *
 * @param images  the normalised training images {@code [N, C, H, W]}
 * @param labels  their int64 labels {@code [N]}
 * @param augment the per-image transform
 */
public record Augmentation(Tensor images, Tensor labels, Compose<Object, Object> augment)
        implements Dataset<List<Tensor>> {
    /** Crop padding in pixels on every side. */
    public static final int PADDING = 2;

    /** The augmented dataset of {@code images} (normalised, {@code [N, C, H, W]}) and {@code labels}. */
    public static Augmentation of(Tensor images, Tensor labels) {
        int[] size = {(int) images.size(2), (int) images.size(3)};
        return new Augmentation(images, labels, new Compose<>(new RandomCrop(RandomCrop.options(size).padding(PADDING)),
                new RandomHorizontalFlip()));
    }

    @Override
    public List<Tensor> get(int index) {
        return List.of((Tensor) augment.apply(images.select(0, index)), labels.select(0, index));
    }

    @Override
    public int size() {
        return (int) labels.size(0);
    }
}
