package jtorch.nn;

import jtorch.Tensor;

/**
 * A multi-layer gated recurrent unit RNN (each step as in {@link GRUCell}). PyTorch: {@code nn.GRU}.
 *
 * <p>{@code new GRU(10, 20, 2)} or {@code new GRU(GRU.options(10, 20).bidirectional(true))}. Input
 * (L, N, input_size), (N, L, input_size) with batch_first, or unbatched (L, input_size);
 * {@code forward(input, h0)} returns the output (L, N, D·hidden_size) and h_n
 * (num_layers·D, N, hidden_size), D = 2 when bidirectional.
 */
public class GRU extends RNNBase {

    /** GRU's options: PyTorch's keyword arguments. */
    public static final class Options extends RNNBase.Options<Options> {
        Options(int inputSize, int hiddenSize) {
            super(inputSize, hiddenSize);
        }
    }

    /** The output sequence and the last hidden state. PyTorch returns the tuple {@code (output, h_n)}. */
    public record Output(Tensor output, Tensor hN) {
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.GRU(*args, **kwargs)}. */
    public static Options options(int inputSize, int hiddenSize) {
        return new Options(inputSize, hiddenSize);
    }

    /** PyTorch: {@code torch.nn.GRU(*args, **kwargs)}. */
    public GRU(Options options) {
        super(options, 3, 0);
    }

    /** PyTorch: {@code torch.nn.GRU(*args, **kwargs)}. */
    public GRU(int inputSize, int hiddenSize) {
        this(options(inputSize, hiddenSize));
    }

    /** PyTorch: {@code torch.nn.GRU(*args, **kwargs)}. */
    public GRU(int inputSize, int hiddenSize, int numLayers) {
        this(options(inputSize, hiddenSize).numLayers(numLayers));
    }

    /** Output and h_n; {@code hx} (h_0) null means zeros. PyTorch: {@code gru(input, h_0)}. */
    public Output forward(Tensor input, Tensor hx) {
        Tensor[] out = run(input, hx, null);
        return new Output(out[0], out[1]);
    }

    @Override
    protected State cell(Tensor inputGates, State state, LayerWeights w) {
        return new State(GRUCell.step(inputGates, state.h(), w.weightHh(), w.biasHh()), null);
    }
}
