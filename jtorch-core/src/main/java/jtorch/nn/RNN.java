package jtorch.nn;

import jtorch.Tensor;

/**
 * A multi-layer Elman RNN, h_t = tanh(x_t·W_ihᵀ + b_ih + h_{t−1}·W_hhᵀ + b_hh) (or ReLU). PyTorch:
 * {@code nn.RNN}.
 *
 * <p>{@code new RNN(10, 20, 2)} or {@code new RNN(RNN.options(10, 20).nonlinearity("relu").batchFirst(true))}.
 * Input (L, N, input_size), (N, L, input_size) with batch_first, or unbatched (L, input_size);
 * {@code forward(input, h0)} returns the output (L, N, D·hidden_size) and h_n
 * (num_layers·D, N, hidden_size), D = 2 when bidirectional.
 */
public class RNN extends RNNBase {

    /** RNN's options: PyTorch's keyword arguments, plus {@code nonlinearity}. */
    public static final class Options extends RNNBase.Options<Options> {
        private String nonlinearity = "tanh";

        Options(int inputSize, int hiddenSize) {
            super(inputSize, hiddenSize);
        }

        /** "tanh" (default) or "relu". */
        public Options nonlinearity(String nonlinearity) {
            this.nonlinearity = nonlinearity;
            return this;
        }
    }

    /** The output sequence and the last hidden state. PyTorch returns the tuple {@code (output, h_n)}. */
    public record Output(Tensor output, Tensor hN) {
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.RNN(*args, **kwargs)}. */
    public static Options options(int inputSize, int hiddenSize) {
        return new Options(inputSize, hiddenSize);
    }

    private final boolean relu;

    /** PyTorch: {@code torch.nn.RNN(*args, **kwargs)}. */
    public RNN(Options options) {
        super(checkNonlinearity(options), 1, 0);
        this.relu = options.nonlinearity.equals("relu");
    }

    /** PyTorch: {@code torch.nn.RNN(*args, **kwargs)}. */
    public RNN(int inputSize, int hiddenSize) {
        this(options(inputSize, hiddenSize));
    }

    /** PyTorch: {@code torch.nn.RNN(*args, **kwargs)}. */
    public RNN(int inputSize, int hiddenSize, int numLayers) {
        this(options(inputSize, hiddenSize).numLayers(numLayers));
    }

    // PyTorch checks the nonlinearity before any other option
    private static Options checkNonlinearity(Options options) {
        if (!options.nonlinearity.equals("tanh") && !options.nonlinearity.equals("relu")) {
            throw new IllegalArgumentException("Unknown nonlinearity '" + options.nonlinearity + "'");
        }
        return options;
    }

    /** Output and h_n; {@code hx} (h_0) null means zeros. PyTorch: {@code rnn(input, h_0)}. */
    public Output forward(Tensor input, Tensor hx) {
        Tensor[] out = run(input, hx, null);
        return new Output(out[0], out[1]);
    }

    @Override
    protected State cell(Tensor inputGates, State state, LayerWeights w) {
        return new State(RNNCell.step(inputGates, state.h(), w.weightHh(), w.biasHh(), relu), null);
    }
}
