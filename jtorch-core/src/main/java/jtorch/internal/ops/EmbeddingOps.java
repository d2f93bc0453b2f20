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

    /**
     * Rescales, in place and without gradient, each row of {@code weight} that {@code indices} names whose
     * {@code normType}-norm exceeds {@code maxNorm} to norm {@code maxNorm} (by {@code maxNorm / (norm + 1e-7)}),
     * each distinct row once. PyTorch: {@code torch.embedding_renorm_(weight, indices, max_norm, norm_type)}, what
     * {@code F.embedding}/{@code F.embedding_bag} run first when given {@code max_norm}.
     */
    public static Tensor embeddingRenorm_(Tensor weight, Tensor indices, double maxNorm, double normType) {
        int rows = weight.size(0);
        long[] distinct = java.util.Arrays.stream(Operands.indexValues(indices)).sorted().distinct().toArray();
        try (var g = Torch.noGrad()) {
            for (long i : distinct) {
                if (i < 0 || i >= rows) {
                    throw new IndexOutOfBoundsException("index out of range in self");
                }
                Tensor row = weight.select(0, (int) i);
                double norm = row.norm(normType).item();
                if (norm > maxNorm) {
                    row.mul_(maxNorm / (norm + 1e-7));
                }
            }
        }
        return weight;
    }

    /**
     * PyTorch: {@code F.embedding_bag}'s computation after its argument checks: the rows of {@code weight} at
     * {@code indices} (1-D) reduced per bag ({@code mode} 0 sum, 1 mean, 2 max), bag b covering
     * {@code [bounds[b], bounds[b + 1])}; entries equal to {@code paddingIdx} (&ge; 0) are left out, an empty bag
     * gives zeros, {@code perSampleWeights} (sum only, may be null) scale each row. Composed from index_select,
     * narrow, sum/max and stack, so gradients follow PyTorch's (max: to the maximal entry). Two PyTorch 1.13 CPU
     * quirks are kept so the numbers are PyTorch's: with {@code includeLastOffset} the last bag's mean divides by
     * its entries up to the end of the input (not to the last offset), and {@code scaleGradByFreq} divides the
     * gradient of the g-th smallest distinct index by the count of the g-th smallest entry of the sorted indices.
     */
    public static Tensor embeddingBag(Tensor weight, Tensor indices, long[] bounds, int mode, Tensor perSampleWeights,
                                      int paddingIdx, boolean scaleGradByFreq, boolean includeLastOffset) {
        long[] idx = Operands.indexValues(indices);
        int dim = weight.size(1);
        Tensor rows = embedding(weight, indices, -1, false);
        if (scaleGradByFreq && rows.requiresGrad()) {
            Tensor divisors = frequencyDivisors(idx, weight.size(0)).to(rows.dtype()).unsqueeze(1);
            rows.registerHook(g -> g.div(divisors));
        }
        if (perSampleWeights != null) {
            rows = rows.mul(perSampleWeights.unsqueeze(1));
        }
        java.util.List<Tensor> bags = new java.util.ArrayList<>();
        int bagCount = bounds.length - 1;
        for (int b = 0; b < bagCount; b++) {
            int start = (int) bounds[b];
            int end = (int) bounds[b + 1];
            java.util.List<Long> kept = new java.util.ArrayList<>();
            for (int i = start; i < end; i++) {
                if (idx[i] != paddingIdx) {
                    kept.add((long) i);
                }
            }
            if (kept.isEmpty()) {
                bags.add(Operands.zerosLike(rows, dim));
                continue;
            }
            Tensor bag = kept.size() == end - start ? rows.narrow(0, start, end - start)
                    : rows.indexSelect(0, Torch.tensor(kept.stream().mapToLong(Long::longValue).toArray()));
            if (mode == 2) {
                bags.add(bag.max(0).values());
            } else if (mode == 1) {
                int count = kept.size();
                if (includeLastOffset && b == bagCount - 1) {
                    count = 0;
                    for (int i = start; i < idx.length; i++) {
                        count += idx[i] != paddingIdx ? 1 : 0;
                    }
                }
                bags.add(bag.sum(0).div(count));
            } else {
                bags.add(bag.sum(0));
            }
        }
        return bags.isEmpty() ? Operands.zerosLike(rows, 0, dim) : Torch.stack(bags, 0);
    }

    // per entry, the divisor PyTorch 1.13's embedding_bag backward applies with scale_grad_by_freq: the g-th
    // smallest distinct index is divided by the count of sorted[g] (sorted: all indices, ascending)
    private static Tensor frequencyDivisors(long[] idx, int rows) {
        long[] sorted = idx.clone();
        java.util.Arrays.sort(sorted);
        long[] counts = new long[rows];
        for (long v : idx) {
            counts[(int) v]++;
        }
        long[] divisorOf = new long[rows];
        int g = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                divisorOf[(int) sorted[i]] = counts[(int) sorted[g++]];
            }
        }
        long[] perEntry = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            perEntry[i] = divisorOf[(int) idx[i]];
        }
        return Torch.fromArray(perEntry, perEntry.length);
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
