package jtorch.nn;

import jtorch.Tensor;

/**
 * A multi-layer long short-term memory RNN (each step as in {@link LSTMCell}). PyTorch: {@code nn.LSTM}.
 *
 * <p>{@code new LSTM(10, 20, 2)} or
 * {@code new LSTM(LSTM.options(10, 20).numLayers(2).batchFirst(true).bidirectional(true))}. Input
 * (L, N, input_size), (N, L, input_size) with batch_first, or unbatched (L, input_size);
 * {@code forward(input, h0, c0)} returns the output (L, N, D·H_out), h_n (num_layers·D, N, H_out) and
 * c_n (num_layers·D, N, hidden_size), D = 2 when bidirectional, H_out = proj_size if set, else
 * hidden_size.
 */
public class LSTM extends RNNBase {

    /** LSTM's options: PyTorch's keyword arguments, plus {@code projSize}. */
    public static final class Options extends RNNBase.Options<Options> {
        private int projSize;

        Options(int inputSize, int hiddenSize) {
            super(inputSize, hiddenSize);
        }

        /** Projects each h to this size with an extra {@code weight_hr_l{k}} (default 0: no projection). */
        public Options projSize(int projSize) {
            this.projSize = projSize;
            return this;
        }
    }

    /**
     * The output sequence and the last hidden and cell states. PyTorch returns the tuple
     * {@code (output, (h_n, c_n))}.
     */
    public record Output(Tensor output, Tensor hN, Tensor cN) {
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.LSTM(*args, **kwargs)}. */
    public static Options options(int inputSize, int hiddenSize) {
        return new Options(inputSize, hiddenSize);
    }

    /** PyTorch: {@code torch.nn.LSTM(*args, **kwargs)}. */
    public LSTM(Options options) {
        super(options, 4, options.projSize);
    }

    /** PyTorch: {@code torch.nn.LSTM(*args, **kwargs)}. */
    public LSTM(int inputSize, int hiddenSize) {
        this(options(inputSize, hiddenSize));
    }

    /** PyTorch: {@code torch.nn.LSTM(*args, **kwargs)}. */
    public LSTM(int inputSize, int hiddenSize, int numLayers) {
        this(options(inputSize, hiddenSize).numLayers(numLayers));
    }

    /**
     * Output, h_n and c_n; {@code hx} (h_0) and {@code cx} (c_0) both null means zeros. PyTorch:
     * {@code lstm(input, (h_0, c_0))}.
     */
    public Output forward(Tensor input, Tensor hx, Tensor cx) {
        Tensor[] out = run(input, hx, cx);
        return new Output(out[0], out[1], out[2]);
    }

    @Override
    protected State cell(Tensor inputGates, State state, LayerWeights w) {
        LSTMCell.Output next = LSTMCell.step(inputGates, state.h(), state.c(), w.weightHh(), w.biasHh(), w.weightHr());
        return new State(next.h1(), next.c1());
    }
}
