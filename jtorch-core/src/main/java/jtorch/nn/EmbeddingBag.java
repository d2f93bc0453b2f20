package jtorch.nn;

import java.util.Arrays;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.EmbeddingBagFuncOptions;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * Sums, means or maxima of bags of embeddings, without building the embeddings in between. PyTorch 1.13:
 * {@code nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
 * mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None)}; the weight starts from
 * N(0, 1) with the padding row zeroed, as PyTorch draws it.
 */
public class EmbeddingBag extends Module {
    /** PyTorch's {@code EmbeddingBag.num_embeddings} attribute. */
    public final int numEmbeddings;
    /** PyTorch's {@code EmbeddingBag.embedding_dim} attribute. */
    public final int embeddingDim;
    /** Null without max_norm. */
    public final Double maxNorm;
    /** PyTorch's {@code EmbeddingBag.norm_type} attribute. */
    public final double normType;
    /** PyTorch's {@code EmbeddingBag.scale_grad_by_freq} attribute. */
    public final boolean scaleGradByFreq;
    /** PyTorch's {@code EmbeddingBag.mode} attribute. */
    public final String mode;
    /** PyTorch's {@code EmbeddingBag.include_last_offset} attribute. */
    public final boolean includeLastOffset;
    /** The non-negative padding row, or null. */
    public final Integer paddingIdx;
    /** PyTorch's {@code EmbeddingBag.weight} attribute. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;

    /** Keyword arguments of {@code nn.EmbeddingBag}, at PyTorch's defaults. */
    public static final class Options {
        final int numEmbeddings;
        final int embeddingDim;
        Double maxNorm;
        double normType = 2.0;
        boolean scaleGradByFreq;
        String mode = "mean";
        Tensor weight;
        boolean includeLastOffset;
        Integer paddingIdx;

        Options(int numEmbeddings, int embeddingDim) {
            this.numEmbeddings = numEmbeddings;
            this.embeddingDim = embeddingDim;
        }

        /** PyTorch: {@code max_norm=}. */
        public Options maxNorm(double maxNorm) {
            this.maxNorm = maxNorm;
            return this;
        }

        /** PyTorch: {@code norm_type=}. */
        public Options normType(double normType) {
            this.normType = normType;
            return this;
        }

        /** PyTorch: {@code scale_grad_by_freq=}. */
        public Options scaleGradByFreq(boolean scaleGradByFreq) {
            this.scaleGradByFreq = scaleGradByFreq;
            return this;
        }

        /** PyTorch: {@code mode=}: "sum", "mean" or "max". */
        public Options mode(String mode) {
            this.mode = mode;
            return this;
        }

        /** PyTorch: {@code _weight=}: this tensor (num_embeddings × embedding_dim) instead of a random one. */
        public Options weight(Tensor weight) {
            this.weight = weight;
            return this;
        }

        /** PyTorch: {@code include_last_offset=}. */
        public Options includeLastOffset(boolean includeLastOffset) {
            this.includeLastOffset = includeLastOffset;
            return this;
        }

        /** PyTorch: {@code padding_idx=} (negative counts from the end). */
        public Options paddingIdx(int paddingIdx) {
            this.paddingIdx = paddingIdx;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None)}. */
    public static Options options(int numEmbeddings, int embeddingDim) {
        return new Options(numEmbeddings, embeddingDim);
    }

    /** PyTorch: {@code torch.nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None)}. */
    public EmbeddingBag(int numEmbeddings, int embeddingDim) {
        this(options(numEmbeddings, embeddingDim));
    }

    /** PyTorch: {@code torch.nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean', sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None)}. */
    public EmbeddingBag(Options o) {
        numEmbeddings = o.numEmbeddings;
        embeddingDim = o.embeddingDim;
        maxNorm = o.maxNorm;
        normType = o.normType;
        scaleGradByFreq = o.scaleGradByFreq;
        mode = o.mode;
        includeLastOffset = o.includeLastOffset;
        if (o.paddingIdx != null && (o.paddingIdx >= numEmbeddings || o.paddingIdx < -numEmbeddings)) {
            throw new IllegalArgumentException("padding_idx must be within num_embeddings");
        }
        paddingIdx = o.paddingIdx == null ? null : Integer.valueOf(Math.floorMod(o.paddingIdx, numEmbeddings));
        if (o.weight == null) {
            weight = new Parameter(Torch.empty(numEmbeddings, embeddingDim));
            resetParameters();
        } else {
            if (!Arrays.equals(o.weight.sizes(), new int[] {numEmbeddings, embeddingDim})) {
                throw new IllegalArgumentException("Shape of weight does not match num_embeddings and embedding_dim");
            }
            weight = new Parameter(o.weight);
        }
    }

    /** PyTorch's {@code reset_parameters}: normal_ then the padding row set to zero. */
    public void resetParameters() {
        Init.normal_(weight);
        if (paddingIdx != null) {
            try (var g = Torch.noGrad()) {
                weight.select(0, paddingIdx).fill_(0.0);
            }
        }
    }

    /** Bags of a 2-D input (B, N). PyTorch: {@code bag(input)}. */
    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null, null);
    }

    /**
     * PyTorch: {@code bag(input, offsets=None, per_sample_weights=None)}; offsets with a 1-D input, either may
     * be null.
     */
    public Tensor forward(Tensor input, Tensor offsets, Tensor perSampleWeights) {
        EmbeddingBagFuncOptions o = F.embeddingBagOptions().offsets(offsets).perSampleWeights(perSampleWeights)
                .normType(normType).scaleGradByFreq(scaleGradByFreq).mode(mode).includeLastOffset(includeLastOffset);
        if (maxNorm != null) {
            o.maxNorm(maxNorm);
        }
        if (paddingIdx != null) {
            o.paddingIdx(paddingIdx);
        }
        return F.embeddingBag(input, weight, o);
    }

    /** {@code call(input)} or {@code call(input, offsets)}. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length < 1 || inputs.length > 3) {
            throw new IllegalArgumentException("forward() takes input, offsets and per_sample_weights, got "
                    + inputs.length + " tensors");
        }
        return forward(inputs[0], inputs.length > 1 ? inputs[1] : null, inputs.length > 2 ? inputs[2] : null);
    }

    @Override
    public String extraRepr() {
        String s = numEmbeddings + ", " + embeddingDim;
        if (maxNorm != null) {
            s += ", max_norm=" + Repr.floating(maxNorm);
        }
        if (normType != 2) {
            s += ", norm_type=" + Repr.floating(normType);
        }
        if (scaleGradByFreq) {
            s += ", scale_grad_by_freq=True";
        }
        s += ", mode=" + mode;
        if (paddingIdx != null) {
            s += ", padding_idx=" + paddingIdx;
        }
        return s;
    }
}
