package jtorch.internal.ops;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;

/**
 * Lookups by index: {@code embedding} (rows of a weight matrix, with PyTorch's dense backward that
 * skips {@code padding_idx} and can scale by index frequency), {@code embedding_bag} (rows reduced per bag) and
 * {@code one_hot}.
 */
public final class EmbeddingOps {
    static final OpDef EMBEDDING = OpDef.of("embedding", Saves.inputs(1));
    static final OpDef ONE_HOT = OpDef.nonDifferentiable("one_hot");
    // weight's gradient reads per_sample_weights, per_sample_weights' reads weight
    static final OpDef EMBEDDING_BAG = OpDef.of("embedding_bag", Saves.inputs(0, 3));

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
     * PyTorch 1.13's CPU {@code torch.embedding_bag(weight, indices, offsets, scale_grad_by_freq, mode, sparse,
     * per_sample_weights, include_last_offset, padding_idx)}, the one implementation behind {@code F.embedding_bag}:
     * the rows of {@code weight} at {@code indices} (1-D) reduced per bag ({@code mode} 0 sum, 1 mean, 2 max), bag b
     * covering {@code [offsets[b], offsets[b + 1])} (the last bag runs to the end of the input unless
     * {@code includeLastOffset}); entries equal to {@code paddingIdx} (null: none; negative counts from the end) are
     * left out, an empty bag gives zeros, {@code perSampleWeights} (sum only, may be null) scale each row. Returns
     * PyTorch's four results: output, offset2bag, bag_size, max_indices, the last three in the indices' promoted
     * integer type with 1.13's CPU values: offset2bag is empty where PyTorch takes its "fast path" (sum of float32 or
     * float16 rows with unit column stride, no padding), bag_size is zero for sum, max_indices is bag_size for mean
     * and the maximal row per bag and column for max (the first on ties; a NaN wins only as the bag's first entry,
     * as PyTorch's running {@code >} comparison gives). Two 1.13 CPU quirks are kept: with {@code includeLastOffset}
     * the last bag's size counts its entries up to the end of the input (its mean divides by that), and
     * {@code scaleGradByFreq} divides the gradient of the g-th smallest distinct index by the count of the g-th
     * smallest entry of the sorted indices. The gradient reaches weight and per_sample_weights as PyTorch's
     * EmbeddingBagBackward0 sends it (max: to the maximal rows only).
     */
    public static Tensor[] embeddingBag(Tensor weight, Tensor indices, Tensor offsets, boolean scaleGradByFreq,
                                        int mode, Tensor perSampleWeights, boolean includeLastOffset,
                                        Integer paddingIdx) {
        Shapes.wrapDim(1, weight.dim()); // PyTorch reads weight.size(1) first
        int rows = weight.size(0);
        int dim = weight.size(1);
        int pad = -1;
        if (paddingIdx != null) {
            if (paddingIdx < -rows || paddingIdx >= rows) {
                throw new IllegalArgumentException("padding_idx must be within the number of embeddings, -" + rows
                        + " through " + (rows - 1) + ", but got " + paddingIdx);
            }
            pad = paddingIdx < 0 ? paddingIdx + rows : paddingIdx;
        }
        // indices and offsets are promoted to one type first, so a float offsets tensor fails as 'indices'
        DType indexType = TypePromotion.resultType(indices, offsets);
        if (indexType != DType.INT64 && indexType != DType.INT32) {
            throw new IllegalArgumentException("Expected tensor for argument #1 'indices' to have one of the following "
                    + "scalar types: Long, Int; but got " + indexType.tensorTypeName() + " instead (while checking "
                    + "arguments for embedding_bag)");
        }
        DType type = weight.dtype();
        if (type != DType.FLOAT16 && type != DType.FLOAT32 && type != DType.FLOAT64) {
            throw new IllegalArgumentException("Expected tensor for argument #1 'weight' to have one of the following "
                    + "scalar types: Half, Float, Double; but got " + type.tensorTypeName() + " instead (while "
                    + "checking arguments for embedding_bag)");
        }
        if (mode < MODE_SUM || mode > MODE_MAX) {
            // 1.13 crashes the process on any other mode
            throw new IllegalArgumentException("embedding_bag: mode has to be 0 (sum), 1 (mean) or 2 (max), but got "
                    + mode);
        }
        if (indices.dim() != 1) {
            // 1.13 runs a 2-D input with offsets into undefined bags; F.embedding_bag flattens 2-D input first
            throw new IllegalArgumentException("embedding_bag: input has to be a 1-D tensor of indices (F.embedding_bag"
                    + " takes 2-D batches without offsets), but got " + indices.dim() + "-D");
        }
        if (offsets.dim() != 1) {
            throw new IllegalArgumentException("offsets has to be a 1D Tensor");
        }
        long[] idx = Operands.indexValues(indices);
        long[] off = Operands.indexValues(offsets);
        int n = idx.length;
        if (off.length > 0 && off[0] != 0) {
            throw new IllegalArgumentException("offsets[0] has to be 0, i.e., the first sequence in the mini-batch has "
                    + "to start from position 0. However, got " + off[0]);
        }
        if (off.length > 0 && off[off.length - 1] > n) {
            throw new IllegalArgumentException("offsets[-1] can not be greater than input's length " + n + " but got "
                    + "offsets[-1] of " + off[off.length - 1]);
        }
        if (perSampleWeights != null) {
            checkPerSampleWeights(perSampleWeights, mode, type, n);
        }
        if (includeLastOffset && off.length < 1) {
            throw new IllegalArgumentException("include_last_offset: number of offset should be at least 1");
        }
        for (int b = 1; b < off.length; b++) {
            // 1.13 gives undefined bags (negative sizes) here: jtorch refuses
            if (off[b] < off[b - 1]) {
                throw new IllegalArgumentException("embedding_bag: offsets must be non-decreasing, but offsets[" + b
                        + "] = " + off[b] + " < offsets[" + (b - 1) + "] = " + off[b - 1]);
            }
        }
        // PyTorch's index_select_add path: float32/float16 rows of unit column stride, no padding
        boolean fastPath = mode != MODE_MAX && (type == DType.FLOAT32 || type == DType.FLOAT16) && weight.stride(1) == 1
                && pad < 0 && (perSampleWeights == null || perSampleWeights.stride(0) == 1);
        for (int i = 0; i < n; i++) {
            if (idx[i] < 0 || idx[i] >= rows) {
                throw new IndexOutOfBoundsException(fastPath
                        ? "[enforce fail at embedding_lookup_idx.cc:214] 0 <= idx && idx < data_size. Index " + i
                                + " is out of bounds: " + idx[i] + ", range 0 to " + rows
                        : "embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be " + idx[i]);
            }
        }
        Bags bags = Bags.of(idx, off, n, pad, includeLastOffset, mode);
        double[] scale = bags.gradScale(mode, scaleGradByFreq ? frequencyDivisors(idx) : null);
        int bagCount = bags.size.length;
        TensorOptions indexOptions = Torch.options().dtype(indexType).device(weight.device());
        Tensor offset2bag = fastPath && mode == MODE_SUM ? Operands.zeros(indexOptions, 0) : offset2bag(off, n, indexType);
        Tensor bagSize = mode == MODE_SUM ? Operands.zeros(indexOptions, bagCount)
                : Torch.fromArray(bags.size, bagCount).to(indexType);
        long[] maxIdx = mode == MODE_MAX ? bags.maxRows(weight, dim) : null;
        Tensor maxIndices = mode == MODE_MAX ? Torch.fromArray(maxIdx, bagCount, dim).to(indexType)
                : mode == MODE_MEAN ? bagSize.clone() : Operands.zeros(indexOptions, bagCount);
        boolean weighted = perSampleWeights != null;
        return Dispatch.applyMulti(EMBEDDING_BAG, new Tensor[] {weight, indices, offsets, perSampleWeights}, () -> {
            Tensor output;
            if (mode == MODE_MAX) {
                Tensor at = Torch.fromArray(maxIdx, bagCount, dim);
                output = PointwiseOps.passWhere(bags.nonEmpty(weight.device()).unsqueeze(1), weight.gather(0, at));
            } else {
                Tensor src = weight.indexSelect(0, bags.keptIndex());
                if (perSampleWeights != null) {
                    src = src.mul(perSampleWeights.indexSelect(0, bags.keptPosition()).unsqueeze(1));
                }
                output = Operands.zerosLike(weight, bagCount, dim).indexAdd(0, bags.keptBag(), src);
                if (mode == MODE_MEAN) {
                    output = output.div(Torch.fromArray(bags.meanDivisors(), bagCount, 1).to(type));
                }
            }
            return new Tensor[] {output, offset2bag, bagSize, maxIndices};
        }, (ctx, g) -> new Tensor[] {
                ctx.needsInputGrad(0) ? weightGrad(g[0], bags, scale, maxIdx, rows, dim, weighted ? ctx.input(3) : null)
                        : null,
                null, null,
                ctx.needsInputGrad(3) ? perSampleWeightsGrad(g[0], bags, ctx.input(0), n) : null}, 1);
    }

    private static final int MODE_SUM = 0;
    private static final int MODE_MEAN = 1;
    private static final int MODE_MAX = 2;

    private static void checkPerSampleWeights(Tensor psw, int mode, DType type, int n) {
        if (mode != MODE_SUM) {
            throw new IllegalArgumentException("embedding_bag: per_sample_weights only supported with mode='sum'");
        }
        if (psw.dtype() != type) {
            throw new IllegalArgumentException("Expected tensor for argument #1 'weight' to have the same type as tensor "
                    + "for argument #1 'per_sample_weights'; but type " + type.tensorTypeName() + " does not equal "
                    + psw.dtype().tensorTypeName() + " (while checking arguments for embedding_bag)");
        }
        String improve = " to be true, but got false.  (Could this error message be improved?  If so, please report "
                + "an enhancement request to PyTorch.)";
        if (psw.dim() != 1) {
            throw new IllegalArgumentException("Expected per_sample_weights.value().dim() == 1" + improve);
        }
        if (psw.numel() != n) {
            throw new IllegalArgumentException("Expected per_sample_weights.value().numel() == indices.numel()" + improve);
        }
    }

    // PyTorch's make_offset2bag: ones added at each offset, 1 taken off the first, the running sum over the input
    private static Tensor offset2bag(long[] off, int n, DType indexType) {
        long[] marks = new long[n + 1];
        for (long o : off) {
            marks[(int) o]++;
        }
        marks[0]--;
        long[] out = new long[n];
        long run = 0;
        for (int i = 0; i < n; i++) {
            run += marks[i];
            out[i] = run;
        }
        return Torch.fromArray(out, n).to(indexType);
    }

    /**
     * The bag structure as values (backward formulas capture values, never tensors): the kept entries (in a bag, not
     * padding) with their row, input position and bag, and each bag's size.
     */
    private record Bags(long[] keptRow, long[] keptPos, long[] keptBagOf, long[] size) {
        static Bags of(long[] idx, long[] off, int n, int pad, boolean includeLastOffset, int mode) {
            int bagCount = includeLastOffset ? off.length - 1 : off.length;
            long[] rows = new long[n];
            long[] pos = new long[n];
            long[] bagOf = new long[n];
            long[] size = new long[Math.max(bagCount, 0)];
            int k = 0;
            for (int b = 0; b < bagCount; b++) {
                int start = (int) off[b];
                int end = b + 1 < off.length ? (int) off[b + 1] : n;
                for (int i = start; i < end; i++) {
                    if (idx[i] != pad) {
                        rows[k] = idx[i];
                        pos[k] = i;
                        bagOf[k++] = b;
                    }
                }
                // 1.13 sizes the last bag of include_last_offset up to the end of the input
                int countEnd = includeLastOffset && b == bagCount - 1 ? n : end;
                for (int i = start; i < countEnd; i++) {
                    size[b] += idx[i] != pad ? 1 : 0;
                }
            }
            return new Bags(Arrays.copyOf(rows, k), Arrays.copyOf(pos, k), Arrays.copyOf(bagOf, k), size);
        }

        Tensor keptIndex() {
            return Torch.fromArray(keptRow, keptRow.length);
        }

        Tensor keptPosition() {
            return Torch.fromArray(keptPos, keptPos.length);
        }

        Tensor keptBag() {
            return Torch.fromArray(keptBagOf, keptBagOf.length);
        }

        Tensor nonEmpty(jtorch.Device device) {
            Tensor sizes = Torch.fromArray(size, size.length);
            return sizes.gt(0).to(device);
        }

        // a mean divides by the bag's size; an empty bag keeps its zeros
        double[] meanDivisors() {
            double[] d = new double[size.length];
            for (int b = 0; b < d.length; b++) {
                d[b] = Math.max(size[b], 1);
            }
            return d;
        }

        // per kept entry, the factor on its row's gradient: 1 / bag size for a mean, over the frequency divisor
        double[] gradScale(int mode, long[] divisors) {
            double[] s = new double[keptRow.length];
            for (int k = 0; k < s.length; k++) {
                s[k] = mode == MODE_MEAN ? 1.0 / size[(int) keptBagOf[k]] : 1.0;
                if (divisors != null) {
                    s[k] /= divisors[(int) keptPos[k]];
                }
            }
            return s;
        }

        // per bag and column, the row of the maximum: PyTorch's running comparison, the first entry then any greater
        long[] maxRows(Tensor weight, int dim) {
            double[] v = weight.indexSelect(0, keptIndex()).toDoubleArray();
            long[] at = new long[size.length * dim];
            double[] best = new double[size.length * dim];
            boolean[] seen = new boolean[size.length];
            for (int k = 0; k < keptRow.length; k++) {
                int b = (int) keptBagOf[k];
                for (int d = 0; d < dim; d++) {
                    double x = v[k * dim + d];
                    if (!seen[b] || x > best[b * dim + d]) {
                        best[b * dim + d] = x;
                        at[b * dim + d] = keptRow[k];
                    }
                }
                seen[b] = true;
            }
            return at;
        }
    }

    // EmbeddingBagBackward0 for weight: each kept entry's bag gradient (scaled) added to its row; max: to the maxima
    private static Tensor weightGrad(Tensor g, Bags bags, double[] scale, long[] maxIdx, int rows, int dim, Tensor psw) {
        Tensor grad = Operands.zerosLike(g, rows, dim);
        if (maxIdx != null) {
            Tensor at = Torch.fromArray(maxIdx, bags.size().length, dim).to(g.device());
            Tensor live = PointwiseOps.passWhere(bags.nonEmpty(g.device()).unsqueeze(1), g);
            return grad.scatterAdd(0, at, live);
        }
        Tensor contrib = g.indexSelect(0, bags.keptBag().to(g.device()))
                .mul(Torch.fromArray(scale, scale.length, 1).to(g.dtype()).to(g.device()));
        if (psw != null) {
            contrib = contrib.mul(psw.indexSelect(0, bags.keptPosition().to(g.device())).unsqueeze(1));
        }
        return grad.indexAdd(0, bags.keptIndex().to(g.device()), contrib);
    }

    // EmbeddingBagBackward0 for per_sample_weights: the bag gradient dotted with the entry's row (padding: 0)
    private static Tensor perSampleWeightsGrad(Tensor g, Bags bags, Tensor weight, int n) {
        Tensor dots = g.indexSelect(0, bags.keptBag().to(g.device()))
                .mul(weight.indexSelect(0, bags.keptIndex().to(g.device()))).sum(1);
        return Operands.zerosLike(g, n).indexAdd(0, bags.keptPosition().to(g.device()), dots);
    }

    // per entry, the divisor PyTorch 1.13's embedding_bag backward applies with scale_grad_by_freq: the g-th
    // smallest distinct index is divided by the count of sorted[g] (sorted: all indices, ascending)
    private static long[] frequencyDivisors(long[] idx) {
        long[] sorted = idx.clone();
        Arrays.sort(sorted);
        Map<Long, Long> counts = new HashMap<>();
        for (long v : idx) {
            counts.merge(v, 1L, Long::sum);
        }
        Map<Long, Long> divisorOf = new HashMap<>();
        int g = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                divisorOf.put(sorted[i], counts.get(sorted[g++]));
            }
        }
        long[] perEntry = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            perEntry[i] = divisorOf.get(idx[i]);
        }
        return perEntry;
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
