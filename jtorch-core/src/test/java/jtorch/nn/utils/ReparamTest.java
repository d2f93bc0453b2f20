package jtorch.nn.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.GradCheck;
import jtorch.nn.Conv2d;
import jtorch.nn.Linear;
import jtorch.nn.Module;
import jtorch.nn.Parameter;
import jtorch.nn.RNN;
import org.junit.jupiter.api.Test;

/**
 * Float64 gradcheck (and gradgradcheck) through the reparametrisations, which are compositions of differentiable
 * ops (PyTorch's own CPU _weight_norm composes the same formula for the middle dims); and the Module attribute
 * API they rest on (PyTorch's getattr / setattr / delattr semantics). Numbers against PyTorch are in
 * {@link ReparamFixtureTest}.
 */
class ReparamTest {
    private static Tensor x(int... shape) {
        return Torch.randn(Torch.options().dtype(DType.FLOAT64), shape).requiresGrad_(true);
    }

    private static <M extends Module> M f64(M m) {
        m.toDouble();
        return m;
    }

    // the module's forward as a function of its input and parameters, which gradcheck perturbs in place
    private static boolean gradcheck(Module m, Tensor input) {
        List<Tensor> inputs = new java.util.ArrayList<>(List.of(input));
        inputs.addAll(m.parameters());
        return GradCheck.gradcheck(in -> m.call(in.get(0)), inputs);
    }

    @Test
    void weightNormGradcheckEveryDimForm() {
        Torch.manualSeed(1);
        for (int dim : new int[] {0, 1, -1, -2}) {
            assertTrue(gradcheck(WeightNorm.weightNorm(f64(new Linear(4, 3)), "weight", dim), x(2, 4)), "dim " + dim);
        }
        assertTrue(gradcheck(WeightNorm.weightNorm(f64(new Conv2d(2, 3, 2)), "weight", 2), x(1, 2, 3, 3)));
        assertTrue(gradcheck(WeightNorm.weightNorm(f64(new Linear(4, 3)), "bias"), x(2, 4)));
    }

    @Test
    void weightNormSecondDerivatives() {
        Torch.manualSeed(2);
        Linear fc = WeightNorm.weightNorm(f64(new Linear(3, 2)));
        Tensor input = x(2, 3);
        assertTrue(GradCheck.gradgradcheck(in -> fc.call(in.get(0)).square(),
                List.of(input, fc.getAttribute("weight_g"), fc.getAttribute("weight_v"))));
    }

    @Test
    void spectralNormGradcheckInEvalMode() {
        // in training mode every call runs a power-iteration step (a different function each call); eval keeps u, v
        Torch.manualSeed(3);
        Linear fc = SpectralNorm.spectralNorm(f64(new Linear(4, 3)));
        fc.call(x(2, 4));
        fc.eval();
        assertTrue(gradcheck(fc, x(2, 4)));
        Conv2d conv = SpectralNorm.spectralNorm(f64(new Conv2d(2, 3, 2)), "weight", 2);
        conv.call(x(1, 2, 3, 3));
        conv.eval();
        assertTrue(gradcheck(conv, x(1, 2, 3, 3)));
    }

    @Test
    void prunedGradcheckGivesNoGradientToPrunedEntries() {
        Torch.manualSeed(4);
        Linear fc = Prune.l1Unstructured(f64(new Linear(4, 3)), "weight", 0.5);
        assertTrue(gradcheck(fc, x(2, 4)));
        fc.call(x(2, 4)).sum().backward();
        Tensor mask = fc.getAttribute("weight_mask");
        assertEquals(0.0, fc.getAttribute("weight_orig").grad().mul(mask.neg().add(1)).abs().sum().item(), 0);
    }

    /** PyTorch's custom_from_mask fails on a wrong-shaped mask with a bare assert; jtorch names the shapes. */
    @Test
    void customFromMaskOfTheWrongShapeFailsUnchanged() {
        Linear fc = new Linear(3, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> Prune.customFromMask(fc, "weight", Torch.ones(3, 2)));
        assertEquals("custom_from_mask: the mask's shape [3, 2] differs from the parameter's [2, 3]", e.getMessage());
        assertEquals(List.of("weight", "bias"), List.copyOf(fc.stateDict().keySet()));
        assertFalse(Prune.isPruned(fc));
    }

    @Test
    void lazyModulesArePrunedOnlyAfterTheirFirstForward() {
        jtorch.nn.LazyLinear fc = new jtorch.nn.LazyLinear(2);
        var e = assertThrows(IllegalArgumentException.class, () -> Prune.l1Unstructured(fc, "weight", 1));
        assertEquals("The module passed to prune can't have uninitialized parameters. Make sure to run the dummy "
                + "forward before pruning", e.getMessage());
        fc.call(Torch.randn(1, 3));
        Prune.l1Unstructured(fc, "weight", 1);
        assertEquals(List.of("bias", "weight_orig", "weight_mask"), List.copyOf(fc.stateDict().keySet()));
    }

    @Test
    void optimizerTrainsTheNewParameters() {
        Torch.manualSeed(5);
        Linear fc = WeightNorm.weightNorm(new Linear(4, 3));
        assertEquals(List.of("bias", "weight_g", "weight_v"), List.copyOf(fc.namedParameters().keySet()));
        var sgd = new jtorch.optim.SGD(fc.parameters(), 0.1);
        Tensor before = fc.getAttribute("weight_g").clone();
        fc.call(Torch.randn(2, 4)).sum().backward();
        sgd.step();
        assertFalse(before.equal(fc.getAttribute("weight_g")));
        // the next forward recomputes the weight from the updated g and v
        fc.call(Torch.randn(1, 4));
        Tensor g = fc.getAttribute("weight_g");
        Tensor v = fc.getAttribute("weight_v");
        assertTrue(fc.weight.allclose(v.mul(g.div(v.norm(2, 1, true)))));
    }

    @Test
    void dtypeConversionReachesTheComputedWeightAtTheNextForward() {
        Torch.manualSeed(6);
        Linear fc = WeightNorm.weightNorm(new Linear(4, 3));
        fc.toDouble();
        assertEquals(DType.FLOAT32, fc.weight.dtype()); // a plain attribute, as in PyTorch: not converted
        Tensor out = fc.call(Torch.randn(Torch.options().dtype(DType.FLOAT64), 2, 4));
        assertEquals(DType.FLOAT64, out.dtype());
        assertEquals(DType.FLOAT64, fc.weight.dtype());
    }

    @Test
    void modulesReadingTheirParametersFromTheRegistryAreRefusedUnchanged() {
        RNN rnn = new RNN(3, 2);
        List<String> keys = List.copyOf(rnn.stateDict().keySet());
        var e = assertThrows(IllegalArgumentException.class, () -> WeightNorm.weightNorm(rnn, "weight_hh_l0"));
        assertEquals("RNN reads 'weight_hh_l0' from its parameter registry, not from a non-final field typed Tensor, so "
                + "it cannot use a reparametrised 'weight_hh_l0'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpectralNorm.spectralNorm(rnn, "weight_ih_l0"));
        assertThrows(IllegalArgumentException.class, () -> Prune.randomUnstructured(rnn, "bias_ih_l0", 1));
        assertEquals(keys, List.copyOf(rnn.stateDict().keySet()));
        assertTrue(rnn.forwardPreHooks().isEmpty());
    }

    @Test
    void forwardPreHooksAreReadOnly() {
        Linear fc = WeightNorm.weightNorm(new Linear(2, 2));
        assertEquals(1, fc.forwardPreHooks().size());
        assertThrows(UnsupportedOperationException.class, () -> fc.forwardPreHooks().clear());
        WeightNorm.removeWeightNorm(fc);
        assertTrue(fc.forwardPreHooks().isEmpty());
    }

    // ---------------------------------------------------------------- Module's attribute API

    @Test
    void setAttributeFollowsPyTorchsSetattr() {
        Linear fc = new Linear(2, 3);
        var e = assertThrows(IllegalArgumentException.class, () -> fc.setAttribute("weight", Torch.zeros(3, 2)));
        assertEquals("cannot assign 'torch.FloatTensor' as parameter 'weight' (torch.nn.Parameter or None expected)",
                e.getMessage());
        // a Parameter replaces the parameter where it stands
        Parameter w = new Parameter(Torch.ones(3, 2));
        fc.setAttribute("weight", w);
        assertSame(w, fc.weight);
        assertEquals(List.of("weight", "bias"), List.copyOf(fc.stateDict().keySet()));
        // a tensor without a field is held by the module (PyTorch's __dict__); a new Parameter is appended
        fc.setAttribute("scale", Torch.ones(1));
        assertEquals(1.0, fc.getAttribute("scale").item(), 0);
        assertEquals(List.of("weight", "bias"), List.copyOf(fc.stateDict().keySet()));
        fc.setAttribute("extra", new Parameter(Torch.ones(2)));
        assertEquals(List.of("weight", "bias", "extra"), List.copyOf(fc.stateDict().keySet()));
        fc.deleteAttribute("scale");
        var missing = assertThrows(IllegalArgumentException.class, () -> fc.getAttribute("scale"));
        assertEquals("'Linear' object has no attribute 'scale'", missing.getMessage());
        var gone = assertThrows(IllegalArgumentException.class, () -> fc.deleteAttribute("scale"));
        assertEquals("'Linear' object has no attribute 'scale'", gone.getMessage());
    }

    @Test
    void deletingAFieldParameterClearsTheField() {
        Linear fc = new Linear(2, 3);
        fc.deleteAttribute("bias");
        assertEquals(null, fc.bias);
        assertEquals(List.of("weight"), List.copyOf(fc.stateDict().keySet()));
        assertEquals(null, fc.getAttribute("bias"));
    }

    @Test
    void aParameterRestoredAfterItsSiblingsKeepsPyTorchsOrderAndFollowsItsField() {
        Linear fc = WeightNorm.removeWeightNorm(WeightNorm.weightNorm(new Linear(2, 3)));
        assertEquals(List.of("bias", "weight"), List.copyOf(fc.stateDict().keySet()));
        assertTrue(fc.weight instanceof Parameter);
        // assigning the field later replaces the registered parameter in its place
        Parameter w = new Parameter(Torch.zeros(3, 2));
        fc.weight = w;
        assertSame(w, fc.namedParameters().get("weight"));
        assertEquals(List.of("bias", "weight"), List.copyOf(fc.stateDict().keySet()));
        fc.weight = null;
        assertEquals(List.of("bias"), List.copyOf(fc.stateDict().keySet()));
    }

    @Test
    void removeKeepsThePrunedParameterObject() {
        Linear fc = new Linear(3, 2);
        Tensor w = fc.weight;
        Prune.l1Unstructured(fc, "weight", 2);
        assertSame(w, fc.getAttribute("weight_orig"));
        assertNotSame(w, fc.weight);
        Prune.remove(fc, "weight");
        assertSame(w, fc.weight);
        assertEquals(2, w.eq(0).sum().item(), 0);
    }
}
