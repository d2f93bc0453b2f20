package jtorch.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * Efficient softmax approximation for many classes (Grave et al.): frequent classes in a head, the rest in
 * clusters reached through the head. PyTorch 1.13: {@code nn.AdaptiveLogSoftmaxWithLoss(in_features, n_classes,
 * cutoffs, div_value=4.0, head_bias=False)}, with PyTorch's children ({@code head}, {@code tail.i.0},
 * {@code tail.i.1}), initial values and messages. {@code forward(input, target)} returns the target log
 * probabilities and the mean loss; {@code call(input, target)} the log probabilities alone.
 */
public class AdaptiveLogSoftmaxWithLoss extends Module {
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.in_features} attribute. */
    public final int inFeatures;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.n_classes} attribute. */
    public final int nClasses;
    /** The cutoffs followed by n_classes, as PyTorch stores them. */
    public final int[] cutoffs;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.div_value} attribute. */
    public final double divValue;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.head_bias} attribute. */
    public final boolean headBias;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.shortlist_size} attribute. */
    public final int shortlistSize;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.n_clusters} attribute. */
    public final int nClusters;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.head_size} attribute. */
    public final int headSize;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.head} attribute. */
    public final Linear head;
    /** PyTorch's {@code AdaptiveLogSoftmaxWithLoss.tail} attribute. */
    public final ModuleList tail;

    /** PyTorch's {@code _ASMoutput(output, loss)}. */
    public record ASMOutput(Tensor output, Tensor loss) {
    }

    /** Keyword arguments of {@code nn.AdaptiveLogSoftmaxWithLoss}, at PyTorch's defaults. */
    public static final class Options {
        final int inFeatures;
        final int nClasses;
        final int[] cutoffs;
        double divValue = 4.0;
        boolean headBias;

        Options(int inFeatures, int nClasses, int[] cutoffs) {
            this.inFeatures = inFeatures;
            this.nClasses = nClasses;
            this.cutoffs = cutoffs.clone();
        }

        /** PyTorch: {@code div_value=}: each cluster's hidden size is in_features / div_value^(i+1). */
        public Options divValue(double divValue) {
            this.divValue = divValue;
            return this;
        }

        /** PyTorch: {@code head_bias=}. */
        public Options headBias(boolean headBias) {
            this.headBias = headBias;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.AdaptiveLogSoftmaxWithLoss(in_features, n_classes, cutoffs, div_value=4.0, head_bias=False, device=None, dtype=None)}. */
    public static Options options(int inFeatures, int nClasses, int... cutoffs) {
        return new Options(inFeatures, nClasses, cutoffs);
    }

    /** PyTorch: {@code torch.nn.AdaptiveLogSoftmaxWithLoss(in_features, n_classes, cutoffs, div_value=4.0, head_bias=False, device=None, dtype=None)}. */
    public AdaptiveLogSoftmaxWithLoss(int inFeatures, int nClasses, int... cutoffs) {
        this(options(inFeatures, nClasses, cutoffs));
    }

    /** PyTorch: {@code torch.nn.AdaptiveLogSoftmaxWithLoss(in_features, n_classes, cutoffs, div_value=4.0, head_bias=False, device=None, dtype=None)}. */
    public AdaptiveLogSoftmaxWithLoss(Options o) {
        int[] c = o.cutoffs;
        boolean valid = c.length > 0 && Arrays.stream(c).distinct().count() == c.length;
        for (int i = 0; valid && i < c.length; i++) {
            valid = c[i] > 0 && c[i] <= o.nClasses - 1 && (i == 0 || c[i] > c[i - 1]);
        }
        if (!valid) {
            throw new IllegalArgumentException("cutoffs should be a sequence of unique, positive integers sorted in an"
                    + " increasing order, where each value is between 1 and n_classes-1");
        }
        inFeatures = o.inFeatures;
        nClasses = o.nClasses;
        cutoffs = Arrays.copyOf(c, c.length + 1);
        cutoffs[c.length] = nClasses;
        divValue = o.divValue;
        headBias = o.headBias;
        shortlistSize = cutoffs[0];
        nClusters = cutoffs.length - 1;
        headSize = shortlistSize + nClusters;
        head = new Linear(inFeatures, headSize, headBias);
        ModuleList clusters = new ModuleList();
        for (int i = 0; i < nClusters; i++) {
            int hsz = (int) Math.floor(inFeatures / Math.pow(divValue, i + 1));
            int osz = cutoffs[i + 1] - cutoffs[i];
            clusters.append(new Sequential(new Linear(inFeatures, hsz, false), new Linear(hsz, osz, false)));
        }
        tail = clusters;
    }

    /** PyTorch's {@code reset_parameters}: the head, then each cluster's two Linears, re-drawn in order. */
    public void resetParameters() {
        head.resetParameters();
        for (Module cluster : tail) {
            for (Module layer : ((Sequential) cluster).children()) {
                ((Linear) layer).resetParameters();
            }
        }
    }

    /**
     * The log probability of each target and the loss (their negated mean). PyTorch: {@code asm(input, target)}:
     * input (N, in_features) with target (N), or input (in_features) with a 0-d target.
     */
    public ASMOutput forward(Tensor input, Tensor target) {
        int targDim = target.dim();
        if (targDim == 1) {
            if (input.size(0) != target.size(0)) {
                throw new IllegalArgumentException("Input and target should have the same size in the batch"
                        + " dimension.");
            }
            if (input.dim() != 2) {
                throw new IllegalArgumentException("('1D target tensor expects 2D input tensors, but found inputs with"
                        + " size', " + size(input) + ")");
            }
        } else if (targDim == 0) {
            if (input.dim() != 1) {
                throw new IllegalArgumentException("('0D target tensor expects 1D input tensors, but found inputs with"
                        + " size', " + size(input) + ")");
            }
        } else {
            throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
        }
        boolean batched = targDim > 0;
        Tensor x = batched ? input : input.unsqueeze(0);
        long[] t = (batched ? target : target.unsqueeze(0)).toLongArray();
        int batch = t.length;
        long[] gatherInds = new long[batch];
        List<Tensor> pieces = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        int used = 0;
        for (int i = 0; i <= nClusters; i++) {
            long low = i == 0 ? 0 : cutoffs[i - 1];
            long high = cutoffs[i];
            List<Long> rows = new ArrayList<>();
            List<Long> relative = new ArrayList<>();
            for (int r = 0; r < batch; r++) {
                if (t[r] >= low && t[r] < high) {
                    rows.add((long) r);
                    relative.add(t[r] - low);
                    gatherInds[r] = i == 0 ? t[r] : shortlistSize + i - 1;
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            used += rows.size();
            if (i > 0) {
                Tensor rowIdx = Torch.tensor(rows.stream().mapToLong(Long::longValue).toArray());
                Tensor rel = Torch.tensor(relative.stream().mapToLong(Long::longValue).toArray());
                Tensor clusterOutput = tail.<Module>get(i - 1).call(x.indexSelect(0, rowIdx));
                pieces.add(F.logSoftmax(clusterOutput, 1).gather(1, rel.unsqueeze(1)).squeeze(1));
                order.addAll(rows);
            }
        }
        if (used != batch) {
            long min = Arrays.stream(t).min().orElse(0);
            long max = Arrays.stream(t).max().orElse(0);
            throw new IllegalArgumentException("Target values should be in [0, " + (nClasses - 1) + "], but values in"
                    + " range [" + min + ", " + max + "] were found. ");
        }
        Tensor headLogprob = F.logSoftmax(head.call(x), 1);
        Tensor output = headLogprob.gather(1, Torch.fromArray(gatherInds, batch).unsqueeze(1)).squeeze(1);
        if (!pieces.isEmpty()) {
            // the cluster terms of the rows outside the shortlist, zero elsewhere, in row order
            long[] slot = new long[batch];
            Arrays.fill(slot, order.size());
            for (int k = 0; k < order.size(); k++) {
                slot[(int) (long) order.get(k)] = k;
            }
            pieces.add(Torch.zeros(Torch.options().dtype(output.dtype()), 1));
            Tensor clusterTerms = Torch.cat(pieces, 0).indexSelect(0, Torch.fromArray(slot, batch));
            output = clusterTerms.add(output);
        }
        Tensor loss = output.neg().mean();
        return new ASMOutput(batched ? output : output.squeeze(0), loss);
    }

    /** {@code call(input, target)}: the target log probabilities ({@code asm(input, target).output}). */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 2) {
            throw new IllegalArgumentException("forward() takes input and target, got " + inputs.length + " tensors");
        }
        return forward(inputs[0], inputs[1]).output();
    }

    /** Log probabilities of every class, (N, n_classes). PyTorch: {@code asm.log_prob(input)}. */
    public Tensor logProb(Tensor input) {
        return fullLogProb(input, head.call(input));
    }

    /** The most likely class of each row. PyTorch: {@code asm.predict(input)}. */
    public Tensor predict(Tensor input) {
        Tensor headOutput = head.call(input);
        Tensor output = headOutput.argmax(1);
        long[] best = output.toLongArray();
        List<Long> outside = new ArrayList<>();
        for (int r = 0; r < best.length; r++) {
            if (best[r] >= shortlistSize) {
                outside.add((long) r);
            }
        }
        if (outside.isEmpty()) {
            return output;
        }
        if (outside.size() == best.length) {
            return fullLogProb(input, headOutput).argmax(1);
        }
        Tensor rows = Torch.tensor(outside.stream().mapToLong(Long::longValue).toArray());
        long[] refined = fullLogProb(input.indexSelect(0, rows), headOutput.indexSelect(0, rows)).argmax(1)
                .toLongArray();
        for (int k = 0; k < refined.length; k++) {
            best[(int) (long) outside.get(k)] = refined[k];
        }
        return Torch.fromArray(best, best.length);
    }

    // PyTorch's _get_full_log_prob: the shortlist's head log probabilities, then each cluster's plus its head entry
    private Tensor fullLogProb(Tensor input, Tensor headOutput) {
        Tensor headLogprob = F.logSoftmax(headOutput, 1);
        List<Tensor> parts = new ArrayList<>();
        parts.add(headLogprob.narrow(1, 0, shortlistSize));
        for (int i = 0; i < nClusters; i++) {
            Tensor clusterLogprob = F.logSoftmax(tail.<Module>get(i).call(input), 1);
            parts.add(clusterLogprob.add(headLogprob.select(1, shortlistSize + i).unsqueeze(1)));
        }
        return Torch.cat(parts, 1);
    }

    private static String size(Tensor t) {
        return "torch.Size(" + Arrays.toString(t.sizes()) + ")";
    }
}
