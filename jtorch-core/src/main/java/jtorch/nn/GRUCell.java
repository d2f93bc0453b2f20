package jtorch.nn;

import java.util.List;
import jtorch.Tensor;
import jtorch.nn.functional.F;

/**
 * A gated recurrent unit cell. PyTorch: {@code nn.GRUCell}. With gates in PyTorch's order r, z, n:
 * r = σ(x·W_irᵀ + b_ir + h·W_hrᵀ + b_hr), z = σ(... W_iz ... W_hz ...),
 * n = tanh(x·W_inᵀ + b_in + r ⊙ (h·W_hnᵀ + b_hn)), h' = (1 − z) ⊙ n + z ⊙ h.
 *
 * <p>Input (N, input_size) or unbatched (input_size); state and result (N, hidden_size) or (hidden_size).
 */
public class GRUCell extends RNNCellBase {

    /** GRUCell's options: PyTorch's keyword arguments. */
    public static final class Options extends RNNCellBase.Options<Options> {
        Options(int inputSize, int hiddenSize) {
            super(inputSize, hiddenSize);
        }
    }

    /** Keyword options with PyTorch's defaults, for the constructor: {@code torch.nn.GRUCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public static Options options(int inputSize, int hiddenSize) {
        return new Options(inputSize, hiddenSize);
    }

    /** PyTorch: {@code torch.nn.GRUCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public GRUCell(Options options) {
        super(options, 3);
    }

    /** PyTorch: {@code torch.nn.GRUCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public GRUCell(int inputSize, int hiddenSize) {
        this(options(inputSize, hiddenSize));
    }

    /** PyTorch: {@code torch.nn.GRUCell(input_size, hidden_size, bias=True, device=None, dtype=None)}. */
    public GRUCell(int inputSize, int hiddenSize, boolean bias) {
        this(options(inputSize, hiddenSize).bias(bias));
    }

    /** The next hidden state; {@code hx} null means zeros. PyTorch: {@code cell(input, hx)}. */
    public Tensor forward(Tensor input, Tensor hx) {
        checkInputRank(input);
        boolean batched = input.dim() == 2;
        Tensor x = batched ? input : input.unsqueeze(0);
        Tensor h = initialState(hx, x, batched);
        checkSizes(x, h);
        Tensor out = step(F.linear(x, weightIh(), biasIh()), h, weightHh(), biasHh());
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
     * One GRU step from the input projection {@code inputGates} = x·W_ihᵀ + b_ih and the previous
     * {@code h}. PyTorch: {@code torch.gru_cell}; h' is computed as (h − n) ⊙ z + n, its CPU form.
     */
    static Tensor step(Tensor inputGates, Tensor h, Tensor weightHh, Tensor biasHh) {
        List<Tensor> gi = inputGates.chunk(3, 1);
        List<Tensor> gh = F.linear(h, weightHh, biasHh).chunk(3, 1);
        Tensor reset = gh.get(0).add(gi.get(0)).sigmoid();
        Tensor update = gh.get(1).add(gi.get(1)).sigmoid();
        Tensor candidate = gi.get(2).add(gh.get(2).mul(reset)).tanh();
        return h.sub(candidate).mul(update).add(candidate);
    }
}
