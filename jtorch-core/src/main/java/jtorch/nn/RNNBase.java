package jtorch.nn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * Base of the multi-layer recurrent modules {@link RNN}, {@link LSTM} and {@link GRU}. PyTorch:
 * {@code nn.RNNBase} (the module) together with the CPU recurrence behind {@code torch._VF.rnn_tanh},
 * {@code lstm} and {@code gru}.
 *
 * <p>It creates the parameters with PyTorch's names, shapes and order ({@code weight_ih_l0},
 * {@code weight_hh_l0}, {@code bias_ih_l0}, {@code bias_hh_l0}, then {@code ..._l0_reverse} for the
 * backward direction, layer by layer), initialises every one uniform in ±1/√hidden_size, checks inputs
 * with PyTorch's messages and runs layers × directions × time steps. Subclasses supply one time step
 * ({@link #cell}). The recurrence is written with differentiable tensor ops, so backward through time
 * is autograd's.
 */
public abstract class RNNBase extends Module {
    private static final Logger LOG = Logger.getLogger(RNNBase.class.getName());

    /**
     * Constructor options shared by RNN, LSTM and GRU, as PyTorch's keyword arguments; fluent setters
     * return the concrete options type {@code O}.
     */
    public abstract static class Options<O extends Options<O>> {
        private final int inputSize;
        private final int hiddenSize;
        private int numLayers = 1;
        private boolean bias = true;
        private boolean batchFirst;
        private double dropout;
        private boolean bidirectional;

        /** For subclasses: PyTorch's defaults of the concrete class. */
        protected Options(int inputSize, int hiddenSize) {
            this.inputSize = inputSize;
            this.hiddenSize = hiddenSize;
        }

        @SuppressWarnings("unchecked")
        private O self() {
            return (O) this;
        }

        /** Number of stacked recurrent layers (default 1). */
        public O numLayers(int numLayers) {
            this.numLayers = numLayers;
            return self();
        }

        /** Whether the layers have {@code bias_ih} and {@code bias_hh} (default true). */
        public O bias(boolean bias) {
            this.bias = bias;
            return self();
        }

        /** Input and output as (batch, seq, feature) instead of (seq, batch, feature); states are unaffected. */
        public O batchFirst(boolean batchFirst) {
            this.batchFirst = batchFirst;
            return self();
        }

        /** Dropout probability on the outputs of every layer but the last, in training mode (default 0). */
        public O dropout(double dropout) {
            this.dropout = dropout;
            return self();
        }

        /** Whether each layer also runs the sequence backwards (default false). */
        public O bidirectional(boolean bidirectional) {
            this.bidirectional = bidirectional;
            return self();
        }
    }

    private final int inputSize;
    private final int hiddenSize;
    private final int numLayers;
    private final boolean bias;
    private final boolean batchFirst;
    private final double dropout;
    private final boolean bidirectional;
    private final int projSize;
    private final List<List<String>> weightNames = new ArrayList<>();

    /** One step's hidden state: {@code h}, and the cell state {@code c} for LSTM (null otherwise). */
    protected record State(Tensor h, Tensor c) {
    }

    /** The parameters of one layer and direction; biases and {@code weightHr} may be null. */
    protected record LayerWeights(Tensor weightIh, Tensor weightHh, Tensor biasIh, Tensor biasHh, Tensor weightHr) {
    }

    /**
     * Validates the options as PyTorch does and creates the parameters. {@code gates} is the number of
     * gate blocks stacked in each weight (1 for RNN, 4 for LSTM, 3 for GRU); {@code projSize} is LSTM's
     * projection size (0: none).
     */
    protected RNNBase(Options<?> o, int gates, int projSize) {
        if (!(o.dropout >= 0 && o.dropout <= 1)) {
            throw new IllegalArgumentException("dropout should be a number in range [0, 1] representing the "
                    + "probability of an element being zeroed");
        }
        if (o.dropout > 0 && o.numLayers == 1) {
            LOG.warning("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                    + "expects num_layers greater than 1, but got dropout=" + Repr.floating(o.dropout) + " and num_layers="
                    + o.numLayers);
        }
        if (o.hiddenSize <= 0) {
            throw new IllegalArgumentException("hidden_size must be greater than zero");
        }
        if (o.numLayers <= 0) {
            throw new IllegalArgumentException("num_layers must be greater than zero");
        }
        if (projSize < 0) {
            throw new IllegalArgumentException("proj_size should be a positive integer or zero to disable projections");
        }
        if (projSize >= o.hiddenSize) {
            throw new IllegalArgumentException("proj_size has to be smaller than hidden_size");
        }
        this.inputSize = o.inputSize;
        this.hiddenSize = o.hiddenSize;
        this.numLayers = o.numLayers;
        this.bias = o.bias;
        this.batchFirst = o.batchFirst;
        this.dropout = o.dropout;
        this.bidirectional = o.bidirectional;
        this.projSize = projSize;
        int dirs = directions();
        int gateSize = gates * hiddenSize;
        for (int layer = 0; layer < numLayers; layer++) {
            for (int dir = 0; dir < dirs; dir++) {
                int layerInputSize = layer == 0 ? inputSize : outputHiddenSize() * dirs;
                String suffix = "_l" + layer + (dir == 1 ? "_reverse" : "");
                List<String> names = new ArrayList<>();
                names.add(register("weight_ih" + suffix, gateSize, layerInputSize));
                names.add(register("weight_hh" + suffix, gateSize, outputHiddenSize()));
                if (bias) {
                    names.add(register("bias_ih" + suffix, gateSize));
                    names.add(register("bias_hh" + suffix, gateSize));
                }
                if (projSize > 0) {
                    names.add(register("weight_hr" + suffix, projSize, hiddenSize));
                }
                weightNames.add(names);
            }
        }
        resetParameters();
    }

    private String register(String name, int... shape) {
        registerParameter(name, new Parameter(Torch.empty(shape)));
        return name;
    }

    /** Re-draws every parameter uniform in [-1/√hidden_size, 1/√hidden_size), in parameter order. */
    public void resetParameters() {
        double stdv = 1.0 / Math.sqrt(hiddenSize);
        try (var g = Torch.noGrad()) {
            for (Parameter p : parameters()) {
                p.uniform_(-stdv, stdv);
            }
        }
    }

    /** The parameters grouped by layer and direction. PyTorch: {@code all_weights}. */
    public List<List<Parameter>> allWeights() {
        List<List<Parameter>> out = new ArrayList<>();
        for (List<String> names : weightNames) {
            out.add(names.stream().map(n -> ownParameters().get(n)).toList());
        }
        return out;
    }

    /** PyTorch's {@code input_size} attribute. */
    public int inputSize() {
        return inputSize;
    }

    /** PyTorch's {@code hidden_size} attribute. */
    public int hiddenSize() {
        return hiddenSize;
    }

    /** PyTorch's {@code num_layers} attribute. */
    public int numLayers() {
        return numLayers;
    }

    /** PyTorch's {@code batch_first} attribute. */
    public boolean batchFirst() {
        return batchFirst;
    }

    /** PyTorch's {@code dropout} attribute. */
    public double dropout() {
        return dropout;
    }

    /** PyTorch's {@code bidirectional} attribute. */
    public boolean bidirectional() {
        return bidirectional;
    }

    /** LSTM's projection size; 0 when h is not projected (always for RNN and GRU). */
    public int projSize() {
        return projSize;
    }

    private int directions() {
        return bidirectional ? 2 : 1;
    }

    /** Size of {@code h} (and of each direction's output): proj_size when projecting, else hidden_size. */
    private int outputHiddenSize() {
        return projSize > 0 ? projSize : hiddenSize;
    }

    // ---------------------------------------------------------------- forward

    /** Output only, for use inside {@code Sequential}; the states start at zero. */
    @Override
    public Tensor forward(Tensor input) {
        return run(input, null, null)[0];
    }

    /** Whether the module carries a cell state (LSTM): its hx/cx checks and messages differ. */
    private boolean hasCellState() {
        return this instanceof LSTM;
    }

    /**
     * PyTorch's module forward: unbatched input gets a batch dim, absent states start at zero, shapes
     * are checked; returns {output, h_n, c_n (LSTM only)}. {@code cx} is only read for LSTM.
     */
    protected final Tensor[] run(Tensor input, Tensor hx, Tensor cx) {
        boolean lstm = hasCellState();
        if (lstm && (hx == null) != (cx == null)) {
            throw new IllegalArgumentException("LSTM expects both h_0 and c_0, or neither");
        }
        boolean batched = input.dim() == 3;
        int batchDim = batchFirst ? 0 : 1;
        if (!batched) {
            input = input.unsqueeze(batchDim);
            if (hx != null) {
                checkStateRank(hx, cx, 2, "unbatched 2-D");
                hx = hx.unsqueeze(1);
                cx = lstm ? cx.unsqueeze(1) : null;
            }
        } else if (hx != null) {
            checkStateRank(hx, cx, 3, "batched 3-D");
        }
        int batch = input.size(batchFirst ? 0 : 1);
        int layersDirs = numLayers * directions();
        if (hx == null) {
            hx = Torch.zeros(Torch.options().dtype(input.dtype()), layersDirs, batch, outputHiddenSize());
            cx = lstm ? Torch.zeros(Torch.options().dtype(input.dtype()), layersDirs, batch, hiddenSize) : null;
        }
        if (input.dim() != 3) {
            throw new IllegalArgumentException("input must have 3 dimensions, got " + input.dim());
        }
        if (input.size(-1) != inputSize) {
            throw new IllegalArgumentException("input.size(-1) must be equal to input_size. Expected " + inputSize
                    + ", got " + input.size(-1));
        }
        checkStateSize(hx, new int[] {layersDirs, batch, outputHiddenSize()}, lstm ? "hidden[0] size" : "hidden size");
        if (lstm) {
            checkStateSize(cx, new int[] {layersDirs, batch, hiddenSize}, "hidden[1] size");
        }
        Tensor[] out = layers(batchFirst ? input.transpose(0, 1) : input, hx, cx);
        if (batchFirst) {
            out[0] = out[0].transpose(0, 1);
        }
        if (!batched) {
            out[0] = out[0].squeeze(batchDim);
            for (int i = 1; i < out.length; i++) {
                out[i] = out[i].squeeze(1);
            }
        }
        return out;
    }

    private void checkStateRank(Tensor hx, Tensor cx, int rank, String what) {
        if (hasCellState()) {
            if (hx.dim() != rank || cx.dim() != rank) {
                throw new IllegalArgumentException("For " + what + " input, hx and cx should also be " + rank
                        + "-D but got (" + hx.dim() + "-D, " + cx.dim() + "-D) tensors");
            }
        } else if (hx.dim() != rank) {
            throw new IllegalArgumentException("For " + what + " input, hx should also be " + rank + "-D but got "
                    + hx.dim() + "-D tensor");
        }
    }

    private static void checkStateSize(Tensor state, int[] expected, String what) {
        if (!Arrays.equals(state.sizes(), expected)) {
            throw new IllegalArgumentException("Expected " + what + " (" + expected[0] + ", " + expected[1] + ", "
                    + expected[2] + "), got " + Arrays.toString(state.sizes()));
        }
    }

    /**
     * The stacked layers over time-major input (L, N, H_in): each direction of a layer runs from its
     * slice of h0/c0; a bidirectional layer's output is both directions concatenated on the feature
     * dim; dropout (training only) follows every layer but the last. Returns {output, h_n[, c_n]}.
     */
    private Tensor[] layers(Tensor input, Tensor h0, Tensor c0) {
        List<Tensor> lastH = new ArrayList<>();
        List<Tensor> lastC = new ArrayList<>();
        Tensor layerInput = input;
        int dirs = directions();
        List<List<Parameter>> weights = allWeights();
        for (int layer = 0; layer < numLayers; layer++) {
            List<Tensor> outputs = new ArrayList<>();
            for (int dir = 0; dir < dirs; dir++) {
                int k = layer * dirs + dir;
                State start = new State(h0.select(0, k), c0 == null ? null : c0.select(0, k));
                Direction d = direction(layerInput, start, layerWeights(weights.get(k)), dir == 1);
                outputs.add(d.output());
                lastH.add(d.last().h());
                if (c0 != null) {
                    lastC.add(d.last().c());
                }
            }
            layerInput = dirs == 1 ? outputs.get(0) : Torch.cat(outputs, 2);
            if (dropout > 0 && isTraining() && layer < numLayers - 1) {
                layerInput = jtorch.internal.ops.DropoutOps.dropout(layerInput, dropout, true);
            }
        }
        Tensor hN = Torch.stack(lastH, 0);
        return c0 == null ? new Tensor[] {layerInput, hN} : new Tensor[] {layerInput, hN, Torch.stack(lastC, 0)};
    }

    private LayerWeights layerWeights(List<Parameter> w) {
        int i = 2;
        Tensor bIh = bias ? w.get(i++) : null;
        Tensor bHh = bias ? w.get(i++) : null;
        return new LayerWeights(w.get(0), w.get(1), bIh, bHh, projSize > 0 ? w.get(i) : null);
    }

    /**
     * One direction of one layer. As PyTorch's CPU path does, the input projection x·W_ihᵀ + b_ih is
     * computed for all time steps in one product; the steps then run forwards or, for the reverse
     * direction, backwards, and each step's h lands at its own time index.
     */
    private Direction direction(Tensor input, State start, LayerWeights w, boolean reverse) {
        int steps = input.size(0);
        if (steps == 0) {
            throw new IllegalArgumentException("Expected sequence length to be larger than 0 in RNN");
        }
        List<Tensor> inputGates = F.linear(input, w.weightIh(), w.biasIh()).unbind(0);
        Tensor[] outputs = new Tensor[steps];
        State state = start;
        for (int i = 0; i < steps; i++) {
            int t = reverse ? steps - 1 - i : i;
            state = cell(inputGates.get(t), state, w);
            outputs[t] = state.h();
        }
        return new Direction(Torch.stack(Arrays.asList(outputs), 0), state);
    }

    /** One direction's outputs (L, N, H_out) and its state after the last step it ran. */
    private record Direction(Tensor output, State last) {
    }

    /**
     * One time step: the next state from the step's input projection {@code inputGates}
     * (x·W_ihᵀ + b_ih, shape (N, gates·hidden_size)) and the previous state.
     */
    protected abstract State cell(Tensor inputGates, State state, LayerWeights w);

    // PyTorch's at::dropout on CPU in training: a Bernoulli(1-p) mask scaled by 1/(1-p) (drawn from the
    // default generator in the same order, so seeded runs match); p == 1 multiplies by zero.

    // ---------------------------------------------------------------- printing

    /** PyTorch's {@code extra_repr}: sizes, then only the options that differ from their defaults. */
    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder().append(inputSize).append(", ").append(hiddenSize);
        if (projSize != 0) {
            s.append(", proj_size=").append(projSize);
        }
        if (numLayers != 1) {
            s.append(", num_layers=").append(numLayers);
        }
        if (!bias) {
            s.append(", bias=False");
        }
        if (batchFirst) {
            s.append(", batch_first=True");
        }
        if (dropout != 0) {
            s.append(", dropout=").append(Repr.floating(dropout));
        }
        if (bidirectional) {
            s.append(", bidirectional=True");
        }
        return s.toString();
    }
}
