package jtorch.nn;

import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * An Elman RNN cell: h' = tanh(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh), or ReLU instead of tanh. PyTorch:
 * {@code nn.RNNCell}.
 *
 * <p>Input (N, input_size) or unbatched (input_size); state and result (N, hidden_size) or
 * (hidden_size). {@code new RNNCell(10, 20)}, {@code new RNNCell(RNNCell.options(10, 20).nonlinearity("relu"))}.
 */
public class RNNCell extends RNNCellBase {

    /** RNNCell's options: PyTorch's keyword arguments. */
    public static final class Options extends RNNCellBase.Options<Options> {
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

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None)}. */
    public static Options options(int inputSize, int hiddenSize) {
        return new Options(inputSize, hiddenSize);
    }

    private final String nonlinearity;

    /** PyTorch: {@code torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None)}. */
    public RNNCell(Options options) {
        super(options, 1);
        if (!options.nonlinearity.equals("tanh") && !options.nonlinearity.equals("relu")) {
            throw new IllegalArgumentException("Unknown nonlinearity: " + options.nonlinearity);
        }
        this.nonlinearity = options.nonlinearity;
    }

    /** PyTorch: {@code torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None)}. */
    public RNNCell(int inputSize, int hiddenSize) {
        this(options(inputSize, hiddenSize));
    }

    /** PyTorch: {@code torch.nn.RNNCell(input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None)}. */
    public RNNCell(int inputSize, int hiddenSize, boolean bias, String nonlinearity) {
        this(options(inputSize, hiddenSize).bias(bias).nonlinearity(nonlinearity));
    }

    /** The next hidden state; {@code hx} null means zeros. PyTorch: {@code cell(input, hx)}. */
    public Tensor forward(Tensor input, Tensor hx) {
        checkInputRank(input);
        boolean batched = input.dim() == 2;
        Tensor x = batched ? input : input.unsqueeze(0);
        Tensor h = initialState(hx, x, batched);
        checkSizes(x, h);
        Tensor out = step(F.linear(x, weightIh(), biasIh()), h, weightHh(), biasHh(), nonlinearity.equals("relu"));
        return batched ? out : out.squeeze(0);
    }

    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null);
    }

    /** {@code call(input)} or {@code call(input, hx)}, as in PyTorch. */
    @Override
    public Tensor forward(Tensor... inputs) {
        if (inputs.length == 2) {
            return forward(inputs[0], inputs[1]);
        }
        return super.forward(inputs);
    }

    /**
     * One Elman step from the input projection {@code inputGates} = x·W_ihᵀ + b_ih and the previous
     * {@code h}. PyTorch: {@code torch.rnn_tanh_cell} / {@code rnn_relu_cell}.
     */
    static Tensor step(Tensor inputGates, Tensor h, Tensor weightHh, Tensor biasHh, boolean relu) {
        Tensor preActivation = F.linear(h, weightHh, biasHh).add(inputGates);
        return relu ? preActivation.relu() : preActivation.tanh();
    }

    @Override
    public String extraRepr() {
        return super.extraRepr() + (nonlinearity.equals("tanh") ? "" : ", nonlinearity=" + nonlinearity);
    }
}
