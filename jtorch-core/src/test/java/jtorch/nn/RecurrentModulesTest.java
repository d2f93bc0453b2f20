package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import org.junit.jupiter.api.Test;

/**
 * Recurrent modules beyond the PyTorch fixtures: float64 gradcheck of backward through time w.r.t.
 * input, initial states and every parameter; the Sequential-friendly {@code call(x)}; state-dict
 * naming; Python float formatting in reprs.
 */
class RecurrentModulesTest {
    private static final jtorch.TensorOptions F64 = Torch.options().dtype(DType.FLOAT64);

    private static Tensor leaf(int... shape) {
        return Torch.randn(F64, shape).requiresGrad_(true);
    }

    /** Gradchecks {@code fn} w.r.t. the given tensors followed by all of {@code m}'s parameters. */
    private static void gradcheck(Module m, List<Tensor> inputs, Function<List<Tensor>, Tensor> fn) {
        List<Tensor> all = new ArrayList<>(inputs);
        all.addAll(m.parameters());
        assertTrue(GradCheck.gradcheck(fn, all));
    }

    private static Tensor flatCat(Tensor... parts) {
        List<Tensor> flat = new ArrayList<>();
        for (Tensor p : parts) {
            flat.add(p.flatten());
        }
        return Torch.cat(flat, 0);
    }

    @Test
    void lstmGradcheck() {
        Torch.manualSeed(0);
        LSTM lstm = new LSTM(LSTM.options(2, 2).numLayers(2).bidirectional(true).batchFirst(true));
        lstm.to(DType.FLOAT64);
        Tensor x = leaf(1, 3, 2);
        Tensor h0 = leaf(4, 1, 2);
        Tensor c0 = leaf(4, 1, 2);
        gradcheck(lstm, List.of(x, h0, c0), in -> {
            LSTM.Output o = lstm.forward(in.get(0), in.get(1), in.get(2));
            return flatCat(o.output(), o.hN(), o.cN());
        });
    }

    @Test
    void projectedLstmGradcheck() {
        Torch.manualSeed(1);
        LSTM lstm = new LSTM(LSTM.options(2, 3).projSize(2).bidirectional(true));
        lstm.to(DType.FLOAT64);
        Tensor x = leaf(2, 1, 2);
        gradcheck(lstm, List.of(x), in -> {
            LSTM.Output o = lstm.forward(in.get(0), null, null);
            return flatCat(o.output(), o.hN(), o.cN());
        });
    }

    @Test
    void gruGradcheck() {
        Torch.manualSeed(2);
        GRU gru = new GRU(GRU.options(2, 2).numLayers(2).bidirectional(true));
        gru.to(DType.FLOAT64);
        Tensor x = leaf(2, 1, 2);
        Tensor h0 = leaf(4, 1, 2);
        gradcheck(gru, List.of(x, h0), in -> {
            GRU.Output o = gru.forward(in.get(0), in.get(1));
            return flatCat(o.output(), o.hN());
        });
    }

    @Test
    void rnnGradcheckTanhAndRelu() {
        for (String nonlinearity : List.of("tanh", "relu")) {
            Torch.manualSeed(3);
            RNN rnn = new RNN(RNN.options(2, 3).numLayers(2).nonlinearity(nonlinearity));
            rnn.to(DType.FLOAT64);
            Tensor x = leaf(3, 2);
            Tensor h0 = leaf(2, 3);
            gradcheck(rnn, List.of(x, h0), in -> {
                RNN.Output o = rnn.forward(in.get(0), in.get(1));
                return flatCat(o.output(), o.hN());
            });
        }
    }

    @Test
    void cellsGradcheckAndGradgradcheck() {
        Torch.manualSeed(4);
        LSTMCell lstm = new LSTMCell(3, 2);
        GRUCell gru = new GRUCell(3, 2);
        RNNCell rnn = new RNNCell(3, 2);
        for (Module m : List.of(lstm, gru, rnn)) {
            m.to(DType.FLOAT64);
        }
        Tensor x = leaf(2, 3);
        Tensor h = leaf(2, 2);
        Tensor c = leaf(2, 2);
        Function<List<Tensor>, Tensor> lstmFn = in -> {
            LSTMCell.Output o = lstm.forward(in.get(0), in.get(1), in.get(2));
            return flatCat(o.h1(), o.c1());
        };
        gradcheck(lstm, List.of(x, h, c), lstmFn);
        assertTrue(GradCheck.gradgradcheck(lstmFn, List.of(x, h, c)));
        Function<List<Tensor>, Tensor> gruFn = in -> gru.forward(in.get(0), in.get(1));
        gradcheck(gru, List.of(x, h), gruFn);
        assertTrue(GradCheck.gradgradcheck(gruFn, List.of(x, h)));
        gradcheck(rnn, List.of(x, h), in -> rnn.forward(in.get(0), in.get(1)));
    }

    @Test
    void callReturnsTheOutputSequence() {
        Torch.manualSeed(5);
        LSTM lstm = new LSTM(4, 6, 2);
        Tensor x = Torch.randn(5, 3, 4);
        Tensor viaCall = lstm.call(x);
        assertTrue(viaCall.equal(lstm.forward(x, null, null).output()));
        assertEquals(List.of(5, 3, 6), List.of(viaCall.size(0), viaCall.size(1), viaCall.size(2)));
        RNNCell cell = new RNNCell(4, 6);
        Tensor h = Torch.randn(3, 6);
        assertTrue(cell.call(x.select(0, 0), h).equal(cell.forward(x.select(0, 0), h)));
    }

    @Test
    void lstmNeedsBothStatesOrNeither() {
        LSTM lstm = new LSTM(4, 6);
        Tensor x = Torch.randn(5, 3, 4);
        assertThrows(IllegalArgumentException.class, () -> lstm.forward(x, Torch.zeros(1, 3, 6), null));
    }

    @Test
    void stateDictFollowsPyTorchNamesAndAllWeightsGroupsThem() {
        GRU gru = new GRU(GRU.options(3, 4).numLayers(2).bidirectional(true).bias(false));
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "weight_ih_l0_reverse", "weight_hh_l0_reverse",
                "weight_ih_l1", "weight_hh_l1", "weight_ih_l1_reverse", "weight_hh_l1_reverse"),
                List.copyOf(gru.stateDict().keySet()));
        List<List<Parameter>> groups = gru.allWeights();
        assertEquals(4, groups.size());
        assertEquals(List.of(12, 8), List.of(groups.get(2).get(0).size(0), groups.get(2).get(0).size(1)));
        LSTMCell cell = new LSTMCell(3, 4, false);
        assertEquals(List.of("weight_ih", "weight_hh"), List.copyOf(cell.stateDict().keySet()));
    }

    @Test
    void reprPrintsFloatsAsPython() {
        assertEquals("1e-05", RNNBase.pyFloat(1e-5));
        assertEquals("0.0001", RNNBase.pyFloat(1e-4));
        assertEquals("1.5e-07", RNNBase.pyFloat(1.5e-7));
        assertEquals("0.25", RNNBase.pyFloat(0.25));
        assertEquals("1.0", RNNBase.pyFloat(1.0));
        assertEquals("0.1", RNNBase.pyFloat(0.1));
        assertEquals("123456789.0", RNNBase.pyFloat(123456789.0));
        assertEquals("1e+16", RNNBase.pyFloat(1e16));
        assertEquals("GRU(3, 4, num_layers=2, dropout=0.3)", new GRU(GRU.options(3, 4).numLayers(2).dropout(0.3)).toString());
    }
}
