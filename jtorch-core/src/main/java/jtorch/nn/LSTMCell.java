package jtorch.nn;

import java.util.List;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * A long short-term memory cell. PyTorch: {@code nn.LSTMCell}. With gates in PyTorch's order i, f, g, o
 * (each a block of hidden_size rows of the weights): i, f, o = σ(...), g = tanh(...),
 * c' = f ⊙ c + i ⊙ g, h' = o ⊙ tanh(c').
 *
 * <p>Input (N, input_size) or unbatched (input_size); states (N, hidden_size) or (hidden_size).
 */
public class LSTMCell extends RNNCellBase {

    /** LSTMCell's options: PyTorch's keyword arguments. */
    public static final class Options extends RNNCellBase.Options<Options> {
        Options(int inputSize, int hiddenSize) {
            super(inputSize, hiddenSize);
        }
    }

    /** The next hidden and cell states. PyTorch returns them as the tuple {@code (h_1, c_1)}. */
    public record Output(Tensor h1, Tensor c1) {
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.LSTMCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public static Options options(int inputSize, int hiddenSize) {
        return new Options(inputSize, hiddenSize);
    }

    /** PyTorch: {@code torch.nn.LSTMCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public LSTMCell(Options options) {
        super(options, 4);
    }

    /** PyTorch: {@code torch.nn.LSTMCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public LSTMCell(int inputSize, int hiddenSize) {
        this(options(inputSize, hiddenSize));
    }

    /** PyTorch: {@code torch.nn.LSTMCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public LSTMCell(int inputSize, int hiddenSize, boolean bias) {
        this(options(inputSize, hiddenSize).bias(bias));
    }

    /**
     * The next (h, c); {@code hx} and {@code cx} both null means zeros. PyTorch:
     * {@code cell(input, (hx, cx))}.
     */
    public Output forward(Tensor input, Tensor hx, Tensor cx) {
        if ((hx == null) != (cx == null)) {
            throw new IllegalArgumentException("LSTMCell expects both h_0 and c_0, or neither");
        }
        checkInputRank(input);
        boolean batched = input.dim() == 2;
        Tensor x = batched ? input : input.unsqueeze(0);
        Tensor h = initialState(hx, x, batched);
        Tensor c = initialState(cx, x, batched);
        checkSizes(x, h, c);
        Output out = step(F.linear(x, weightIh(), biasIh()), h, c, weightHh(), biasHh(), null);
        return batched ? out : new Output(out.h1().squeeze(0), out.c1().squeeze(0));
    }

    /** Only the next hidden state from zero states, for use inside {@code Sequential}. */
    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null, null).h1();
    }

    /**
     * One LSTM step from the input projection {@code inputGates} = x·W_ihᵀ + b_ih and the previous
     * {@code h}, {@code c}. PyTorch: {@code torch.lstm_cell}; with {@code weightHr} (LSTM's proj_size)
     * the new h is projected by it.
     */
    static Output step(Tensor inputGates, Tensor h, Tensor c, Tensor weightHh, Tensor biasHh, Tensor weightHr) {
        List<Tensor> gates = F.linear(h, weightHh, biasHh).add(inputGates).chunk(4, 1);
        Tensor in = gates.get(0).sigmoid();
        Tensor forget = gates.get(1).sigmoid();
        Tensor cell = gates.get(2).tanh();
        Tensor out = gates.get(3).sigmoid();
        Tensor c1 = forget.mul(c).add(in.mul(cell));
        Tensor h1 = out.mul(c1.tanh());
        return new Output(weightHr == null ? h1 : h1.matmul(weightHr.t()), c1);
    }
}
