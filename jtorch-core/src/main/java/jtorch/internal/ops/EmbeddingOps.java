package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Lookups by index: {@code embedding} (rows of a weight matrix, with PyTorch's dense backward that
 * skips {@code padding_idx} and can scale by index frequency) and {@code one_hot}.
 */
public final class EmbeddingOps {
    static final OpDef EMBEDDING = OpDef.of("embedding", Saves.inputs(1));
    static final OpDef ONE_HOT = OpDef.nonDifferentiable("one_hot");

    private EmbeddingOps() {
    }

    /**
     * The rows of {@code weight} (num_embeddings × dim) at {@code indices} (int64 or int32, any shape),
     * giving shape {@code indices.shape + [dim]}. PyTorch: {@code torch.embedding(weight, indices,
     * padding_idx, scale_grad_by_freq)}; {@code paddingIdx} &lt; 0 means none. The row at paddingIdx gets
     * no gradient; with scaleGradByFreq each index's gradient is divided by its count in the batch.
     */
    public static Tensor embedding(Tensor weight, Tensor indices, int paddingIdx, boolean scaleGradByFreq) {
        if (indices.dtype() != DType.INT64 && indices.dtype() != DType.INT32) {
            throw new IllegalArgumentException("Expected tensor for argument #1 'indices' to have one of the following "
                    + "scalar types: Long, Int; but got " + indices.type() + " instead (while checking arguments for "
                    + "embedding)");
        }
        if (weight.dim() != 2) {
            throw new IllegalArgumentException("'weight' must be 2-D");
        }
        int rows = weight.size(0);
        int dim = weight.size(1);
        for (long v : Operands.indexValues(indices)) {
            if (v < 0 || v >= rows) {
                throw new IndexOutOfBoundsException("index out of range in self");
            }
        }
        int[] outShape = java.util.Arrays.copyOf(indices.sizes(), indices.dim() + 1);
        outShape[indices.dim()] = dim;
        Tensor flat = indices.reshape(-1);
        return Dispatch.apply(EMBEDDING, new Tensor[] {weight, indices},
                () -> weight.indexSelect(0, flat).view(outShape),
                (ctx, g) -> new Tensor[] {embeddingBackward(g[0].reshape(-1, dim), ctx.input(1).reshape(-1).toLong(), rows, paddingIdx,
                        scaleGradByFreq), null});
    }

    // PyTorch's embedding_dense_backward: rows of the gradient summed into their index's row
    private static Tensor embeddingBackward(Tensor g, Tensor idx, int rows, int paddingIdx, boolean scaleGradByFreq) {
        if (paddingIdx >= 0) {
            g = PointwiseOps.passWhere(idx.ne((double) paddingIdx).unsqueeze(1), g);
        }
        if (scaleGradByFreq) {
            Tensor counts = Operands.zerosLike(g, rows)
                    .scatterAdd(0, idx, Torch.onesLike(idx).to(g.dtype()));
            g = g.div(counts.indexSelect(0, idx).unsqueeze(1));
        }
        Tensor out = Operands.zerosLike(g, rows, g.size(1));
        return out.scatterAdd(0, idx.unsqueeze(1).expand(g.sizes()), g);
    }

    /**
     * One-hot encoding of an int64 tensor: shape {@code x.shape + [numClasses]}, int64; numClasses -1
     * means max + 1. PyTorch: {@code F.one_hot(tensor, num_classes)}.
     */
    public static Tensor oneHot(Tensor x, int numClasses) {
        if (x.dtype() != DType.INT64) {
            throw new IllegalArgumentException("one_hot is only applicable to index tensor.");
        }
        return Dispatch.apply(ONE_HOT, new Tensor[] {x}, () -> {
            long[] values = x.toLongArray();
            int classes = numClasses;
            if (values.length == 0 && classes == -1) {
                throw new IllegalArgumentException("Can not infer total number of classes from empty tensor.");
            }
            long max = -1;
            for (long v : values) {
                if (v < 0) {
                    throw new IllegalArgumentException("Class values must be non-negative.");
                }
                max = Math.max(max, v);
            }
            if (classes == -1) {
                classes = (int) max + 1;
            } else if (max >= classes || classes < -1) {
                throw new IllegalArgumentException("Class values must be smaller than num_classes.");
            }
            int[] shape = java.util.Arrays.copyOf(x.sizes(), x.dim() + 1);
            shape[x.dim()] = classes;
            Tensor out = Operands.zeros(Torch.options().dtype(DType.INT64).device(x.device()), shape);
            return values.length == 0 ? out : out.scatter(-1, x.unsqueeze(-1), 1.0);
        }, null);
    }
}
