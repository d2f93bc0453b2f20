package jtorch.nn;

import java.util.Arrays;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;
import jtorch.nn.init.Init;

/**
 * A lookup table of {@code numEmbeddings} vectors of size {@code embeddingDim}, indexed by an int64
 * (or int32) tensor. PyTorch: {@code nn.Embedding(num_embeddings, embedding_dim, padding_idx=None,
 * max_norm=None, norm_type=2.0, scale_grad_by_freq=False)}; with max_norm each forward first renormalises the rows
 * it looks up, in place. The weight starts from N(0, 1) with the padding row zeroed; that row
 * receives no gradient.
 */
public class Embedding extends Module {
    /** PyTorch's {@code Embedding.num_embeddings} attribute. */
    public final int numEmbeddings;
    /** PyTorch's {@code Embedding.embedding_dim} attribute. */
    public final int embeddingDim;
    /** The non-negative padding row, or null. */
    public final Integer paddingIdx;
    /** PyTorch's {@code Embedding.scale_grad_by_freq} attribute. */
    public final boolean scaleGradByFreq;
    /** Null without max_norm. */
    public final Double maxNorm;
    /** PyTorch's {@code Embedding.norm_type} attribute. */
    public final double normType;
    /** PyTorch's {@code Embedding.weight} attribute. Typed Tensor: a {@link Parameter}, or the tensor a reparametrisation of {@code jtorch.nn.utils} computes. */
    public Tensor weight;

    /** Keyword arguments of {@code nn.Embedding}. */
    public static final class Options {
        final int numEmbeddings;
        final int embeddingDim;
        Integer paddingIdx;
        boolean scaleGradByFreq;
        Double maxNorm;
        double normType = 2.0;
        Tensor weight;

        Options(int numEmbeddings, int embeddingDim) {
            this.numEmbeddings = numEmbeddings;
            this.embeddingDim = embeddingDim;
        }

        /** Row that stays zero and gets no gradient; negative counts from the end. */
        public Options paddingIdx(Integer paddingIdx) {
            this.paddingIdx = paddingIdx;
            return this;
        }

        /** PyTorch: {@code max_norm=}: looked-up rows are renormalised in place to at most this norm. */
        public Options maxNorm(double maxNorm) {
            this.maxNorm = maxNorm;
            return this;
        }

        /** PyTorch: {@code norm_type=}: the p of the max_norm check. */
        public Options normType(double normType) {
            this.normType = normType;
            return this;
        }

        /** The {@code scale_grad_by_freq} keyword (PyTorch's default: {@code False}). */
        public Options scaleGradByFreq(boolean scaleGradByFreq) {
            this.scaleGradByFreq = scaleGradByFreq;
            return this;
        }

        /** Use this tensor (numEmbeddings × embeddingDim) as the weight instead of a random one. PyTorch: {@code _weight}. */
        public Options weight(Tensor weight) {
            this.weight = weight;
            return this;
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.Embedding(num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, device=None, dtype=None)}. */
    public static Options options(int numEmbeddings, int embeddingDim) {
        return new Options(numEmbeddings, embeddingDim);
    }

    /** PyTorch: {@code torch.nn.Embedding(num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, device=None, dtype=None)}. */
    public Embedding(int numEmbeddings, int embeddingDim) {
        this(options(numEmbeddings, embeddingDim));
    }

    /** PyTorch: {@code torch.nn.Embedding(num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, device=None, dtype=None)}. */
    public Embedding(Options o) {
        numEmbeddings = o.numEmbeddings;
        embeddingDim = o.embeddingDim;
        paddingIdx = normalizePaddingIdx(o.paddingIdx, numEmbeddings);
        scaleGradByFreq = o.scaleGradByFreq;
        maxNorm = o.maxNorm;
        normType = o.normType;
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

    /**
     * An embedding holding {@code embeddings} (2-D), trainable unless {@code freeze}. PyTorch:
     * {@code nn.Embedding.from_pretrained(embeddings, freeze, padding_idx)}.
     */
    public static Embedding fromPretrained(Tensor embeddings, boolean freeze, Integer paddingIdx) {
        if (embeddings.dim() != 2) {
            throw new IllegalArgumentException("Embeddings parameter is expected to be 2-dimensional");
        }
        Embedding e = new Embedding(options(embeddings.size(0), embeddings.size(1)).weight(embeddings)
                .paddingIdx(paddingIdx));
        e.weight.requiresGrad_(!freeze);
        return e;
    }

    /** PyTorch's padding_idx check: within [-num, num), negative values counted from the end. */
    static Integer normalizePaddingIdx(Integer paddingIdx, int num) {
        if (paddingIdx == null) {
            return null;
        }
        if (paddingIdx >= num || paddingIdx < -num) {
            throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
        }
        return paddingIdx < 0 ? paddingIdx + num : paddingIdx;
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

    @Override
    public Tensor forward(Tensor input) {
        if (maxNorm == null) {
            var o = F.embeddingOptions().scaleGradByFreq(scaleGradByFreq);
            return F.embedding(input, weight, paddingIdx == null ? o : o.paddingIdx(paddingIdx));
        }
        var o = F.embeddingOptions().maxNorm(maxNorm).normType(normType).scaleGradByFreq(scaleGradByFreq);
        return F.embedding(input, weight, paddingIdx == null ? o : o.paddingIdx(paddingIdx));
    }

    @Override
    public String extraRepr() {
        String s = numEmbeddings + ", " + embeddingDim;
        if (paddingIdx != null) {
            s += ", padding_idx=" + paddingIdx;
        }
        if (maxNorm != null) {
            s += ", max_norm=" + Repr.floating(maxNorm);
        }
        if (normType != 2) {
            s += ", norm_type=" + Repr.floating(normType);
        }
        if (scaleGradByFreq) {
            s += ", scale_grad_by_freq=True";
        }
        return s;
    }
}
