package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;

/**
 * Base of the single-step cells {@link RNNCell}, {@link LSTMCell} and {@link GRUCell}. PyTorch:
 * {@code nn.RNNCellBase}. Holds {@code weight_ih} (gates·hidden_size, input_size), {@code weight_hh}
 * (gates·hidden_size, hidden_size) and, with bias, {@code bias_ih} and {@code bias_hh}, all initialised
 * uniform in ±1/√hidden_size; and PyTorch's input handling (unbatched input, zero initial state, size
 * checks).
 */
public abstract class RNNCellBase extends Module {

    /** Constructor options shared by the cells; fluent setters return the concrete options type {@code O}. */
    public abstract static class Options<O extends Options<O>> {
        private final int inputSize;
        private final int hiddenSize;
        private boolean bias = true;

        /** For subclasses: PyTorch's defaults of the concrete class. */
        protected Options(int inputSize, int hiddenSize) {
            this.inputSize = inputSize;
            this.hiddenSize = hiddenSize;
        }

        /** Whether the cell has {@code bias_ih} and {@code bias_hh} (default true). */
        @SuppressWarnings("unchecked")
        public O bias(boolean bias) {
            this.bias = bias;
            return (O) this;
        }
    }

    private final int inputSize;
    private final int hiddenSize;
    private final boolean bias;

    /** For subclasses, which fix the dimensionality and defaults. */
    protected RNNCellBase(Options<?> o, int gates) {
        this.inputSize = o.inputSize;
        this.hiddenSize = o.hiddenSize;
        this.bias = o.bias;
        registerParameter("weight_ih", new Parameter(Torch.empty(gates * hiddenSize, inputSize)));
        registerParameter("weight_hh", new Parameter(Torch.empty(gates * hiddenSize, hiddenSize)));
        registerParameter("bias_ih", bias ? new Parameter(Torch.empty(gates * hiddenSize)) : null);
        registerParameter("bias_hh", bias ? new Parameter(Torch.empty(gates * hiddenSize)) : null);
        resetParameters();
    }

    /** Re-draws every parameter uniform in [-1/√hidden_size, 1/√hidden_size), in parameter order. */
    public void resetParameters() {
        double stdv = hiddenSize > 0 ? 1.0 / Math.sqrt(hiddenSize) : 0;
        try (var g = Torch.noGrad()) {
            for (Parameter p : parameters()) {
                p.uniform_(-stdv, stdv);
            }
        }
    }

    /** PyTorch's {@code input_size} attribute. */
    public int inputSize() {
        return inputSize;
    }

    /** PyTorch's {@code hidden_size} attribute. */
    public int hiddenSize() {
        return hiddenSize;
    }

    /** PyTorch's {@code weight_ih} attribute. */
    public Parameter weightIh() {
        return ownParameters().get("weight_ih");
    }

    /** PyTorch's {@code weight_hh} attribute. */
    public Parameter weightHh() {
        return ownParameters().get("weight_hh");
    }

    /** {@code bias_ih}, or null without bias. */
    public Parameter biasIh() {
        return ownParameters().get("bias_ih");
    }

    /** {@code bias_hh}, or null without bias. */
    public Parameter biasHh() {
        return ownParameters().get("bias_hh");
    }

    /** PyTorch's cell prologue: input must be 1-D (unbatched) or 2-D (batch, input_size). */
    final void checkInputRank(Tensor input) {
        if (input.dim() != 1 && input.dim() != 2) {
            throw new IllegalArgumentException(getName() + ": Expected input to be 1-D or 2-D but received "
                    + input.dim() + "-D tensor");
        }
    }

    /** The state to start from: the given one (with a batch dim added for unbatched input) or zeros. */
    final Tensor initialState(Tensor state, Tensor batchedInput, boolean batched) {
        if (state == null) {
            return Torch.zeros(Torch.options().dtype(batchedInput.dtype()), batchedInput.size(0), hiddenSize);
        }
        return batched ? state : state.unsqueeze(0);
    }

    /** The checks of PyTorch's {@code rnn_tanh_cell}/{@code lstm_cell}/{@code gru_cell} on batched input. */
    final void checkSizes(Tensor input, Tensor... states) {
        if (input.size(1) != inputSize) {
            throw new IllegalArgumentException("input has inconsistent input_size: got " + input.size(1) + " expected "
                    + inputSize);
        }
        for (Tensor state : states) {
            if (input.size(0) != state.size(0)) {
                throw new IllegalArgumentException("Input batch size " + input.size(0) + " doesn't match hidden0 batch size "
                        + state.size(0));
            }
            // PyTorch 1.13 labels the cell state "hidden0" too
            if (state.size(1) != hiddenSize) {
                throw new IllegalArgumentException("hidden0 has inconsistent hidden_size: got " + state.size(1)
                        + ", expected " + hiddenSize);
            }
        }
    }

    /** PyTorch's {@code extra_repr}: sizes, then bias and nonlinearity when not the defaults. */
    @Override
    public String extraRepr() {
        return inputSize + ", " + hiddenSize + (bias ? "" : ", bias=False");
    }
}
