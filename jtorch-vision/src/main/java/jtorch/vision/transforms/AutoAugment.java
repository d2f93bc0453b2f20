package jtorch.vision.transforms;

import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.transforms.functional.F;

/**
 * AutoAugment: one of the policy's 25 sub-policies, each of whose two steps applies its op with the step's
 * probability, at its magnitude bin of 10 (signed ops negated half of the time). torchvision:
 * {@code transforms.AutoAugment(policy=AutoAugmentPolicy.IMAGENET, interpolation=NEAREST, fill=None)}. Draws as
 * torchvision's {@code get_params}: {@code torch.randint(25, (1,))} for the sub-policy, {@code torch.rand((2,))}
 * for the step probabilities (a step runs when its draw is {@code <= p} in float32), {@code torch.randint(2, (2,))}
 * for the signs (0 negates). Images are uint8 tensors {@code [..., 1 or 3, H, W]}.
 */
public final class AutoAugment extends AutoAugmentBase {
    private final AutoAugmentPolicy policy;

    /** Keyword arguments of {@link AutoAugment}. */
    public static final class Options extends AutoAugmentBase.Options<Options> {
        private AutoAugmentPolicy policy = AutoAugmentPolicy.IMAGENET;

        private Options() {
        }

        /** {@code policy=} (default IMAGENET). */
        public Options policy(AutoAugmentPolicy v) {
            policy = v;
            return this;
        }
    }

    /** Default options. */
    public static Options options() {
        return new Options();
    }

    /** torchvision: {@code AutoAugment()} (the ImageNet policy). */
    public AutoAugment() {
        this(options());
    }

    /** torchvision: {@code AutoAugment(policy)}. */
    public AutoAugment(AutoAugmentPolicy policy) {
        this(options().policy(policy));
    }

    /** torchvision: {@code AutoAugment(policy, interpolation, fill)} with keywords. */
    public AutoAugment(Options o) {
        super(o);
        policy = o.policy;
    }

    /** The drawn parameters. torchvision: {@code AutoAugment.get_params} returns {@code (policy_id, probs, signs)}. */
    public record Params(int policyId, float[] probs, long[] signs) {
    }

    /** torchvision: {@code AutoAugment.get_params(transform_num)}. */
    public static Params getParams(int transformNum) {
        int id = (int) Torch.randint(transformNum, new int[] {1}).itemLong();
        float[] probs = Torch.rand(2).toFloatArray();
        long[] signs = Torch.randint(2, new int[] {2}).toLongArray();
        return new Params(id, probs, signs);
    }

    /** torchvision's {@code AutoAugment._augmentation_space(num_bins, (height, width))}. */
    static List<AugmentOp.Entry> augmentationSpace(int numBins, int height, int width) {
        return AugmentOp.space(numBins, false, 0.3, 150.0 / 331.0 * width, 150.0 / 331.0 * height, 30.0, 0.9, 4, true);
    }

    @Override
    public Tensor apply(Tensor img) {
        double[] fill = fillFor(img);
        int[] d = F.getDimensions(img);
        List<AutoAugmentPolicy.SubPolicy> policies = policy.subPolicies();
        Params p = getParams(policies.size());
        List<AugmentOp.Entry> space = augmentationSpace(10, d[1], d[2]);
        List<AutoAugmentPolicy.Step> steps = policies.get(p.policyId()).steps();
        for (int i = 0; i < steps.size(); i++) {
            AutoAugmentPolicy.Step step = steps.get(i);
            if (p.probs()[i] <= (float) step.p()) {
                AugmentOp op = AugmentOp.of(step.op());
                AugmentOp.Entry e = space.stream().filter(x -> x.op() == op).findFirst().orElseThrow();
                double magnitude = step.magnitudeId() != null ? e.magnitude(step.magnitudeId()) : 0.0;
                if (e.signed() && p.signs()[i] == 0) {
                    magnitude *= -1.0;
                }
                img = op.apply(img, magnitude, interpolation, fill);
            }
        }
        return img;
    }

    @Override
    public String toString() {
        return "AutoAugment(policy=" + policy + ", fill=" + fillRepr() + ")";
    }
}
