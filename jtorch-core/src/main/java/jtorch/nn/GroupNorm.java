package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * Normalisation over groups of channels of each sample. PyTorch: {@code nn.GroupNorm(num_groups,
 * num_channels, eps=1e-05, affine=True)}; weight starts at ones, bias at zeros.
 */
public class GroupNorm extends Module {
    /** PyTorch's {@code GroupNorm.num_groups} attribute. */
    public final int numGroups;
    /** PyTorch's {@code GroupNorm.num_channels} attribute. */
    public final int numChannels;
    /** PyTorch's {@code GroupNorm.eps} attribute. */
    public final double eps;
    /** PyTorch's {@code GroupNorm.affine} attribute. */
    public final boolean affine;
    /** Null without {@code affine}. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;
    /** Null without {@code affine}. */
    public Tensor bias;

    /** PyTorch: {@code torch.nn.GroupNorm(num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None)}. */
    public GroupNorm(int numGroups, int numChannels) {
        this(numGroups, numChannels, 1e-5, true);
    }

    /** PyTorch: {@code torch.nn.GroupNorm(num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None)}. */
    public GroupNorm(int numGroups, int numChannels, double eps, boolean affine) {
        if (numGroups == 0 || numChannels % numGroups != 0) {
            throw new IllegalArgumentException("num_channels must be divisible by num_groups");
        }
        this.numGroups = numGroups;
        this.numChannels = numChannels;
        this.eps = eps;
        this.affine = affine;
        if (affine) {
            weight = new Parameter(Torch.ones(numChannels));
            bias = new Parameter(Torch.zeros(numChannels));
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.groupNorm(input, numGroups, weight, bias, eps);
    }

    @Override
    public String extraRepr() {
        return numGroups + ", " + numChannels + ", eps=" + Repr.floating(eps) + ", affine=" + Repr.bool(affine);
    }
}
