package jtorch.vision.transforms;

import java.util.List;

/**
 * AutoAugment policies learned on ImageNet, CIFAR-10 and SVHN: 25 sub-policies of two steps each.
 * torchvision: {@code transforms.AutoAugmentPolicy} (its {@code IMAGENET}, {@code CIFAR10}, {@code SVHN}) with the
 * tables of {@code AutoAugment._get_policies}.
 */
public enum AutoAugmentPolicy {
    /** {@code AutoAugmentPolicy.IMAGENET}. */
    IMAGENET("imagenet", List.of(
            p(s("Posterize", 0.4, 8), s("Rotate", 0.6, 9)),
            p(s("Solarize", 0.6, 5), s("AutoContrast", 0.6, null)),
            p(s("Equalize", 0.8, null), s("Equalize", 0.6, null)),
            p(s("Posterize", 0.6, 7), s("Posterize", 0.6, 6)),
            p(s("Equalize", 0.4, null), s("Solarize", 0.2, 4)),
            p(s("Equalize", 0.4, null), s("Rotate", 0.8, 8)),
            p(s("Solarize", 0.6, 3), s("Equalize", 0.6, null)),
            p(s("Posterize", 0.8, 5), s("Equalize", 1.0, null)),
            p(s("Rotate", 0.2, 3), s("Solarize", 0.6, 8)),
            p(s("Equalize", 0.6, null), s("Posterize", 0.4, 6)),
            p(s("Rotate", 0.8, 8), s("Color", 0.4, 0)),
            p(s("Rotate", 0.4, 9), s("Equalize", 0.6, null)),
            p(s("Equalize", 0.0, null), s("Equalize", 0.8, null)),
            p(s("Invert", 0.6, null), s("Equalize", 1.0, null)),
            p(s("Color", 0.6, 4), s("Contrast", 1.0, 8)),
            p(s("Rotate", 0.8, 8), s("Color", 1.0, 2)),
            p(s("Color", 0.8, 8), s("Solarize", 0.8, 7)),
            p(s("Sharpness", 0.4, 7), s("Invert", 0.6, null)),
            p(s("ShearX", 0.6, 5), s("Equalize", 1.0, null)),
            p(s("Color", 0.4, 0), s("Equalize", 0.6, null)),
            p(s("Equalize", 0.4, null), s("Solarize", 0.2, 4)),
            p(s("Solarize", 0.6, 5), s("AutoContrast", 0.6, null)),
            p(s("Invert", 0.6, null), s("Equalize", 1.0, null)),
            p(s("Color", 0.6, 4), s("Contrast", 1.0, 8)),
            p(s("Equalize", 0.8, null), s("Equalize", 0.6, null)))),
    /** {@code AutoAugmentPolicy.CIFAR10}. */
    CIFAR10("cifar10", List.of(
            p(s("Invert", 0.1, null), s("Contrast", 0.2, 6)),
            p(s("Rotate", 0.7, 2), s("TranslateX", 0.3, 9)),
            p(s("Sharpness", 0.8, 1), s("Sharpness", 0.9, 3)),
            p(s("ShearY", 0.5, 8), s("TranslateY", 0.7, 9)),
            p(s("AutoContrast", 0.5, null), s("Equalize", 0.9, null)),
            p(s("ShearY", 0.2, 7), s("Posterize", 0.3, 7)),
            p(s("Color", 0.4, 3), s("Brightness", 0.6, 7)),
            p(s("Sharpness", 0.3, 9), s("Brightness", 0.7, 9)),
            p(s("Equalize", 0.6, null), s("Equalize", 0.5, null)),
            p(s("Contrast", 0.6, 7), s("Sharpness", 0.6, 5)),
            p(s("Color", 0.7, 7), s("TranslateX", 0.5, 8)),
            p(s("Equalize", 0.3, null), s("AutoContrast", 0.4, null)),
            p(s("TranslateY", 0.4, 3), s("Sharpness", 0.2, 6)),
            p(s("Brightness", 0.9, 6), s("Color", 0.2, 8)),
            p(s("Solarize", 0.5, 2), s("Invert", 0.0, null)),
            p(s("Equalize", 0.2, null), s("AutoContrast", 0.6, null)),
            p(s("Equalize", 0.2, null), s("Equalize", 0.6, null)),
            p(s("Color", 0.9, 9), s("Equalize", 0.6, null)),
            p(s("AutoContrast", 0.8, null), s("Solarize", 0.2, 8)),
            p(s("Brightness", 0.1, 3), s("Color", 0.7, 0)),
            p(s("Solarize", 0.4, 5), s("AutoContrast", 0.9, null)),
            p(s("TranslateY", 0.9, 9), s("TranslateY", 0.7, 9)),
            p(s("AutoContrast", 0.9, null), s("Solarize", 0.8, 3)),
            p(s("Equalize", 0.8, null), s("Invert", 0.1, null)),
            p(s("TranslateY", 0.7, 9), s("AutoContrast", 0.9, null)))),
    /** {@code AutoAugmentPolicy.SVHN}. */
    SVHN("svhn", List.of(
            p(s("ShearX", 0.9, 4), s("Invert", 0.2, null)),
            p(s("ShearY", 0.9, 8), s("Invert", 0.7, null)),
            p(s("Equalize", 0.6, null), s("Solarize", 0.6, 6)),
            p(s("Invert", 0.9, null), s("Equalize", 0.6, null)),
            p(s("Equalize", 0.6, null), s("Rotate", 0.9, 3)),
            p(s("ShearX", 0.9, 4), s("AutoContrast", 0.8, null)),
            p(s("ShearY", 0.9, 8), s("Invert", 0.4, null)),
            p(s("ShearY", 0.9, 5), s("Solarize", 0.2, 6)),
            p(s("Invert", 0.9, null), s("AutoContrast", 0.8, null)),
            p(s("Equalize", 0.6, null), s("Rotate", 0.9, 3)),
            p(s("ShearX", 0.9, 4), s("Solarize", 0.3, 3)),
            p(s("ShearY", 0.8, 8), s("Invert", 0.7, null)),
            p(s("Equalize", 0.9, null), s("TranslateY", 0.6, 6)),
            p(s("Invert", 0.9, null), s("Equalize", 0.6, null)),
            p(s("Contrast", 0.3, 3), s("Rotate", 0.8, 4)),
            p(s("Invert", 0.8, null), s("TranslateY", 0.0, 2)),
            p(s("ShearY", 0.7, 6), s("Solarize", 0.4, 8)),
            p(s("Invert", 0.6, null), s("Rotate", 0.8, 4)),
            p(s("ShearY", 0.3, 7), s("TranslateX", 0.9, 3)),
            p(s("ShearX", 0.1, 6), s("Invert", 0.6, null)),
            p(s("Solarize", 0.7, 2), s("TranslateY", 0.6, 7)),
            p(s("ShearY", 0.8, 4), s("Invert", 0.8, null)),
            p(s("ShearX", 0.7, 9), s("TranslateY", 0.8, 3)),
            p(s("ShearY", 0.8, 5), s("AutoContrast", 0.7, null)),
            p(s("ShearX", 0.7, 2), s("Invert", 0.1, null))));

    /**
     * One step of a sub-policy: apply op {@code op} (torchvision's name, e.g. "ShearX") with probability {@code p}
     * at magnitude bin {@code magnitudeId} (null for the ops without a magnitude).
     */
    public record Step(String op, double p, Integer magnitudeId) {
    }

    /** A sub-policy: two steps applied in order. */
    public record SubPolicy(Step first, Step second) {
        /** The steps in order. */
        public List<Step> steps() {
            return List.of(first, second);
        }
    }

    private final String value;
    private final List<SubPolicy> subPolicies;

    AutoAugmentPolicy(String value, List<SubPolicy> subPolicies) {
        this.value = value;
        this.subPolicies = subPolicies;
    }

    private static Step s(String op, double p, Integer magnitudeId) {
        return new Step(op, p, magnitudeId);
    }

    private static SubPolicy p(Step first, Step second) {
        return new SubPolicy(first, second);
    }

    /** The policy's value ("imagenet", "cifar10", "svhn"). torchvision: {@code AutoAugmentPolicy.value}. */
    public String value() {
        return value;
    }

    /** The 25 sub-policies in torchvision's order. torchvision: {@code AutoAugment(policy).policies}. */
    public List<SubPolicy> subPolicies() {
        return subPolicies;
    }

    /** {@code AutoAugmentPolicy.IMAGENET}, as Python prints the enum member. */
    @Override
    public String toString() {
        return "AutoAugmentPolicy." + name();
    }
}
