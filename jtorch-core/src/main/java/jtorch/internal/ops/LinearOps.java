package jtorch.internal.ops;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Tensor;

/**
 * Affine layers: {@code addmm} (bias + mat1·mat2, the fused op under a 2-D linear layer) as a
 * primitive with its backward formula, and {@code linear} / {@code bilinear} composed from it and the
 * matrix products, following PyTorch 1.13's {@code at::linear} dispatch so the graph has the same nodes.
 */
public final class LinearOps {
    static final OpDef ADDMM = OpDef.of("addmm", Saves.crossed(1));

    private LinearOps() {
    }

    /** {@code bias + mat1·mat2}, bias broadcast to the product's shape. PyTorch: {@code torch.addmm}. */
    public static Tensor addmm(Tensor bias, Tensor mat1, Tensor mat2) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(ADDMM, new Tensor[] {bias, mat1, mat2}, t -> addmm(t[0], t[1], t[2]));
        }
        // PyTorch's addmm meta function, in its order: dtypes, ranks, then the inner sizes
        if (bias.dtype() != mat2.dtype()) {
            throw new IllegalArgumentException("self and mat2 must have the same dtype");
        }
        if (mat1.dtype() != mat2.dtype()) {
            throw new IllegalArgumentException("mat1 and mat2 must have the same dtype");
        }
        if (mat1.dim() != 2) {
            throw new IllegalArgumentException("mat1 must be a matrix, got " + mat1.dim() + "-D tensor");
        }
        if (mat2.dim() != 2) {
            throw new IllegalArgumentException("mat2 must be a matrix, got " + mat2.dim() + "-D tensor");
        }
        if (mat1.size(1) != mat2.size(0)) {
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + Shapes.formatX(mat1.sizes())
                    + " and " + Shapes.formatX(mat2.sizes()) + ")");
        }
        int[] outShape = {mat1.size(0), mat2.size(1)};
        Tensor expandedBias = bias.expand(outShape);
        int[] biasShape = bias.sizes();
        // bfloat16 sums bias and product in one pass, as PyTorch's kernels (LinalgOps.bf16Product)
        return Dispatch.apply(ADDMM, new Tensor[] {bias, mat1, mat2}, () -> mat1.dtype() == DType.BFLOAT16
                        ? LinalgOps.bf16Addmm(expandedBias, 1, mat1, mat2, 1) : mat1.mm(mat2).add(expandedBias),
                (ctx, g) -> new Tensor[] {
                    ctx.needsInputGrad(0) ? ViewOps.sumTo(g[0], biasShape) : null,
                    ctx.needsInputGrad(1) ? g[0].mm(ctx.input(2).t()) : null,
                    ctx.needsInputGrad(2) ? ctx.input(1).t().mm(g[0]) : null});
    }

    /**
     * {@code x·Wᵀ + b} over the last dim of x; bias may be null. PyTorch: {@code F.linear}. As in
     * {@code at::linear}, a 2-D input with bias is one addmm, a contiguous 3-D input is flattened to
     * one addmm, and other inputs go through matmul.
     */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.lower(null, new Tensor[] {x, weight, bias}, t -> linear(t[0], t[1], t[2]));
        }
        if (x.dim() >= 1 && weight.dim() == 2 && x.size(-1) != weight.size(1)) {
            // the message PyTorch gives once the input is folded to a matrix, whatever its layout
            int rows = Shapes.numel(Arrays.copyOf(x.sizes(), x.dim() - 1));
            throw new IllegalArgumentException("mat1 and mat2 shapes cannot be multiplied (" + rows + "x" + x.size(-1)
                    + " and " + weight.size(1) + "x" + weight.size(0) + ")");
        }
        if (bias != null && x.dim() == 2) {
            return addmm(bias, x, weight.t());
        }
        if (bias != null && x.dim() == 3 && x.isContiguous()) {
            int[] s = x.sizes();
            Tensor out = addmm(bias, x.view(s[0] * s[1], s[2]), weight.t());
            return out.view(s[0], s[1], out.size(1));
        }
        Tensor out = x.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    /**
     * {@code y[..., o] = x1[..., i] W[o, i, j] x2[..., j] + b[o]}; bias may be null. PyTorch:
     * {@code F.bilinear}, with its shape checks and messages.
     */
    public static Tensor bilinear(Tensor x1, Tensor x2, Tensor weight, Tensor bias) {
        if (x1.dim() != x2.dim()) {
            throw new IllegalArgumentException("bilinear(): input dimensions do not match: got " + x1.dim() + " and "
                    + x2.dim());
        }
        for (int i = 0; i < x1.dim() - 1; i++) {
            if (x1.size(i) != x2.size(i)) {
                throw new IllegalArgumentException("bilinear(): input batch dimensions do not match at dim " + i
                        + ": got " + x1.size(i) + " and " + x2.size(i));
            }
        }
        if (x1.size(-1) != weight.size(1)) {
            throw new IllegalArgumentException("bilinear(): input1 size does not match weight size: got " + x1.size(-1)
                    + " but expected " + weight.size(1));
        }
        if (x2.size(-1) != weight.size(2)) {
            throw new IllegalArgumentException("bilinear(): input2 size does not match weight size: got " + x2.size(-1)
                    + " but expected " + weight.size(2));
        }
        if (bias != null && bias.size(0) != weight.size(0)) {
            throw new IllegalArgumentException("bilinear(): bias size does not match weight size: got " + bias.size(0)
                    + " but expected " + weight.size(0));
        }
        int out = weight.size(0);
        int in1 = weight.size(1);
        int in2 = weight.size(2);
        int[] outShape = Arrays.copyOf(x1.sizes(), x1.dim());
        outShape[outShape.length - 1] = out;
        Tensor a = x1.reshape(-1, in1);
        Tensor b = x2.reshape(-1, in2);
        // (n, i)·(i, o*j) gives x1·W for every output; the product with x2 is then summed over j
        Tensor aw = a.mm(weight.permute(1, 0, 2).reshape(in1, out * in2)).view(a.size(0), out, in2);
        Tensor y = aw.mul(b.unsqueeze(1)).sum(2).reshape(outShape);
        return bias == null ? y : y.add(bias);
    }
}
