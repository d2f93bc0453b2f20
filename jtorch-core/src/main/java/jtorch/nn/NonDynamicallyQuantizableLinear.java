package jtorch.nn;

/**
 * The Linear MultiheadAttention uses as {@code out_proj}. PyTorch:
 * {@code torch.nn.modules.linear.NonDynamicallyQuantizableLinear}, a Linear under its own name (which its repr
 * prints).
 */
class NonDynamicallyQuantizableLinear extends Linear {
    NonDynamicallyQuantizableLinear(int inFeatures, int outFeatures, boolean bias) {
        super(inFeatures, outFeatures, bias);
    }
}
