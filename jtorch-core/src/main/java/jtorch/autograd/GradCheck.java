package jtorch.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Compares analytical gradients (backward) with central finite differences, in float64.
 * PyTorch: {@code torch.autograd.gradcheck} (default eps 1e-6, atol 1e-5, rtol 1e-3).
 */
public final class GradCheck {
    private GradCheck() {
    }

    /** Thrown when analytical and numerical Jacobians differ; the message names input and element. */
    public static final class GradcheckError extends AssertionError {
        /** A failed check, with PyTorch's message. */
        public GradcheckError(String message) {
            super(message);
        }
    }

    /** PyTorch: {@code torch.autograd.gradcheck(func, inputs)} with its default eps, atol and rtol. */
    public static boolean gradcheck(Function<List<Tensor>, Tensor> fn, List<Tensor> inputs) {
        return gradcheck(fn, inputs, 1e-6, 1e-5, 1e-3);
    }

    /**
     * Checks every input that requires grad (they must be float64). Returns true or throws
     * {@link GradcheckError}.
     */
    public static boolean gradcheck(Function<List<Tensor>, Tensor> fn, List<Tensor> inputs, double eps, double atol,
                                    double rtol) {
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad() && t.dtype() != DType.FLOAT64) {
                throw new IllegalArgumentException("gradcheck expects float64 inputs requiring grad, got " + t.dtype()
                        + "; finite differences in lower precision are unreliable");
            }
        }
        Tensor out = fn.apply(inputs);
        int outN = out.numel();
        for (int i = 0; i < inputs.size(); i++) {
            Tensor x = inputs.get(i);
            if (x == null || !x.requiresGrad()) {
                continue;
            }
            double[][] numerical = numericalJacobian(fn, inputs, x, outN, eps);
            double[][] analytical = analyticalJacobian(fn, inputs, x, outN);
            for (int a = 0; a < numerical.length; a++) {
                for (int b = 0; b < outN; b++) {
                    double n = numerical[a][b];
                    double an = analytical[a][b];
                    if (!(Math.abs(an - n) <= atol + rtol * Math.abs(n))) {
                        throw new GradcheckError("Jacobian mismatch for output 0 with respect to input " + i
                                + " (input element " + a + ", output element " + b + "):\nnumerical: " + n
                                + "\nanalytical: " + an);
                    }
                }
            }
        }
        return true;
    }

    // d out[b] / d x[a] by central differences, perturbing x in place (through its storage, untracked)
    private static double[][] numericalJacobian(Function<List<Tensor>, Tensor> fn, List<Tensor> inputs, Tensor x,
                                                int outN, double eps) {
        int n = x.numel();
        double[][] jac = new double[n][outN];
        Tensor flat = x.detach().contiguous();
        if (flat.storage() != x.storage()) {
            throw new IllegalArgumentException("gradcheck needs contiguous inputs");
        }
        try (GradMode.Guard g = GradMode.disable()) {
            for (int a = 0; a < n; a++) {
                int idx = flat.storageOffset() + a;
                double orig = x.storage().getDouble(idx);
                x.storage().setDouble(idx, orig + eps);
                double[] plus = fn.apply(inputs).toDoubleArray();
                x.storage().setDouble(idx, orig - eps);
                double[] minus = fn.apply(inputs).toDoubleArray();
                x.storage().setDouble(idx, orig);
                for (int b = 0; b < outN; b++) {
                    jac[a][b] = (plus[b] - minus[b]) / (2 * eps);
                }
            }
        }
        return jac;
    }

    private static double[][] analyticalJacobian(Function<List<Tensor>, Tensor> fn, List<Tensor> inputs, Tensor x,
                                                 int outN) {
        int n = x.numel();
        double[][] jac = new double[n][outN];
        for (int b = 0; b < outN; b++) {
            Tensor out = fn.apply(inputs);
            if (!out.requiresGrad()) {
                continue; // output independent of all inputs: zero Jacobian
            }
            double[] seed = new double[outN];
            seed[b] = 1;
            // reshape, not fromArray(seed, shape): an empty shape there means 1-d, not 0-d
            Tensor gradOut = Torch.fromArray(seed).reshape(out.sizes()).to(out.dtype());
            List<Tensor> g = Autograd.INSTANCE.grad(List.of(out), List.of(x), List.of(gradOut), false, false, true);
            if (g.get(0) == null) {
                continue;
            }
            double[] col = g.get(0).toDoubleArray();
            for (int a = 0; a < n; a++) {
                jac[a][b] = col[a];
            }
        }
        return jac;
    }

    /** Second-order check: gradcheck of the gradient function (createGraph backward). PyTorch: {@code gradgradcheck}. */
    public static boolean gradgradcheck(Function<List<Tensor>, Tensor> fn, List<Tensor> inputs) {
        Tensor probe = fn.apply(inputs);
        Tensor gradOut = Torch.randn(Torch.options().dtype(DType.FLOAT64), probe.sizes());
        List<Tensor> diffInputs = new ArrayList<>();
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                diffInputs.add(t);
            }
        }
        // the first-order gradients need a graph even where gradcheck evaluates fn under no-grad
        Function<List<Tensor>, Tensor> firstGrads = in -> {
            try (GradMode.Guard guard = GradMode.enable()) {
                Tensor out = fn.apply(in);
                List<Tensor> gs = Autograd.INSTANCE.grad(List.of(out), diffInputs, List.of(gradOut), true, true, true);
                Tensor acc = null;
                for (Tensor g : gs) {
                    if (g != null) {
                        Tensor flat = g.reshape(-1);
                        acc = acc == null ? flat : Torch.cat(List.of(acc, flat));
                    }
                }
                return acc;
            }
        };
        return gradcheck(firstGrads, inputs);
    }
}
