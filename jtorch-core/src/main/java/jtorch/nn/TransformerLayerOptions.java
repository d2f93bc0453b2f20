package jtorch.nn;

import java.util.function.UnaryOperator;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * The keyword arguments TransformerEncoderLayer, TransformerDecoderLayer and Transformer share, at PyTorch's
 * defaults: {@code dim_feedforward=2048, dropout=0.1, activation=F.relu, layer_norm_eps=1e-05,
 * batch_first=False, norm_first=False}.
 *
 * @param <O> the concrete options type, for chaining
 */
public abstract class TransformerLayerOptions<O extends TransformerLayerOptions<O>> {
    int dimFeedforward = 2048;
    double dropout = 0.1;
    UnaryOperator<Tensor> activation = F::relu;
    double layerNormEps = 1e-5;
    boolean batchFirst;
    boolean normFirst;

    TransformerLayerOptions() {
    }

    @SuppressWarnings("unchecked")
    private O self() {
        return (O) this;
    }

    /** PyTorch: {@code dim_feedforward=}: the hidden width of the feed-forward block. */
    public O dimFeedforward(int dimFeedforward) {
        this.dimFeedforward = dimFeedforward;
        return self();
    }

    /** PyTorch: {@code dropout=}: in the attention and after each block. */
    public O dropout(double dropout) {
        this.dropout = dropout;
        return self();
    }

    /** PyTorch: {@code activation="relu"} or {@code "gelu"}; another name fails as PyTorch's. */
    public O activation(String activation) {
        this.activation = switch (activation) {
            case "relu" -> F::relu;
            case "gelu" -> F::gelu;
            default -> throw new IllegalArgumentException("activation should be relu/gelu, not " + activation);
        };
        return self();
    }

    /** PyTorch: {@code activation=} a callable, e.g. {@code F::silu}. */
    public O activation(UnaryOperator<Tensor> activation) {
        this.activation = activation;
        return self();
    }

    /** PyTorch: {@code layer_norm_eps=}. */
    public O layerNormEps(double layerNormEps) {
        this.layerNormEps = layerNormEps;
        return self();
    }

    /** PyTorch: {@code batch_first=}: (N, L, E) inputs and outputs. */
    public O batchFirst(boolean batchFirst) {
        this.batchFirst = batchFirst;
        return self();
    }

    /** PyTorch: {@code norm_first=}: layer norm before each block (pre-norm) instead of after the residual. */
    public O normFirst(boolean normFirst) {
        this.normFirst = normFirst;
        return self();
    }
}
