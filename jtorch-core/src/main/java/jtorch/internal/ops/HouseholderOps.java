package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.kernels.Lapack;

/**
 * LAPACK's compact QR and its reflectors: {@code geqrf} (R and the reflectors packed in one matrix, plus tau),
 * {@code orgqr} ({@code linalg.householder_product}: Q from the reflectors, LinalgHouseholderProductBackward0) and
 * {@code ormqr} (Q, or Q^T, times a matrix). PyTorch 1.13 records geqrf and ormqr with derivatives that are not
 * implemented; so does jtorch.
 */
public final class HouseholderOps {
    static final OpDef GEQRF = OpDef.of("geqrf", Saves.NOTHING);
    static final OpDef HOUSEHOLDER_PRODUCT = OpDef.withNode("linalg_householder_product",
            "LinalgHouseholderProductBackward0", Saves.ALL_INPUTS);
    static final OpDef ORMQR = OpDef.of("ormqr", Saves.NOTHING);

    private HouseholderOps() {
    }

    private static void checkLapackFloating(Tensor a, String kernel) {
        if (a.dtype() != DType.FLOAT32 && a.dtype() != DType.FLOAT64) {
            throw PointwiseOps.notImplemented(kernel, a.dtype());
        }
    }

    private static UnsupportedOperationException noDerivative(String name) {
        return new UnsupportedOperationException("the derivative for '" + name + "' is not implemented.");
    }

    /**
     * The QR factorization of each m x n matrix in LAPACK's compact form: R on and above the diagonal, the
     * Householder vectors' tails below it, and their tau (min(m, n) per matrix). PyTorch: {@code torch.geqrf(input)}.
     */
    public static Tensor[] geqrf(Tensor a) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {a}, t -> geqrf(t[0]));
        }
        if (a.dim() < 2) {
            throw new IllegalArgumentException("torch.geqrf: input must have at least 2 dimensions.");
        }
        checkLapackFloating(a, "geqrf_cpu");
        int m = a.size(-2);
        int n = a.size(-1);
        return Dispatch.applyMulti(GEQRF, new Tensor[] {a}, () -> DecompositionOps.run(Lapack.geqrf(),
                        DecompositionOps.batchOf(a), new Tensor[] {a}, new DType[] {a.dtype(), a.dtype()},
                        new int[] {m, n}, new int[] {Math.min(m, n)}),
                (ctx, g) -> {
                    throw noDerivative("geqrf");
                }, 2);
    }

    private static void checkTauRank(Tensor input, Tensor tau, String fn) {
        if (input.dim() - tau.dim() != 1) {
            throw new IllegalArgumentException(fn + ": Expected tau to have one dimension less than input, but got "
                    + "tau.ndim equal to " + tau.dim() + " and input.ndim is equal to " + input.dim());
        }
    }

    private static void checkTauBatch(Tensor input, Tensor tau, String fn) {
        int[] batch = DecompositionOps.batchOf(input);
        int[] tauBatch = Arrays.copyOf(tau.sizes(), tau.dim() - 1);
        if (input.dim() > 2 && !Arrays.equals(batch, tauBatch)) {
            throw new IllegalArgumentException(fn + ": Expected batch dimensions of tau to be equal to "
                    + "input.shape[:-2], but got " + Shapes.format(tauBatch));
        }
    }

    /**
     * The first n columns of H_1 ... H_k, H_i = I - tau_i v_i v_i^T, v_i the i-th column of the unit lower trapezoid
     * of input (m x n, m &ge; n &ge; k). PyTorch: {@code torch.orgqr(input, tau)} ({@code
     * torch.linalg.householder_product}).
     */
    public static Tensor householderProduct(Tensor input, Tensor tau) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, tau}, t -> householderProduct(t[0], t[1]));
        }
        String fn = "torch.linalg.householder_product";
        if (input.dim() < 2) {
            throw new IllegalArgumentException(fn + ": input must have at least 2 dimensions.");
        }
        if (input.size(-2) < input.size(-1)) {
            throw new IllegalArgumentException(fn + ": input.shape[-2] must be greater than or equal to "
                    + "input.shape[-1]");
        }
        if (tau.dim() >= 1 && input.size(-1) < tau.size(-1)) {
            throw new IllegalArgumentException(fn + ": input.shape[-1] must be greater than or equal to "
                    + "tau.shape[-1]");
        }
        checkTauRank(input, tau, fn);
        checkTauBatch(input, tau, fn);
        if (tau.dtype() != input.dtype()) {
            throw new IllegalArgumentException(fn + ": tau dtype " + TypePromotion.scalarTypeName(tau.dtype())
                    + " does not match input dtype " + TypePromotion.scalarTypeName(input.dtype()));
        }
        checkLapackFloating(input, "orgqr_cpu");
        int m = input.size(-2);
        int n = input.size(-1);
        return Dispatch.apply(HOUSEHOLDER_PRODUCT, new Tensor[] {input, tau}, () -> DecompositionOps.run(
                Lapack.householderProduct(), DecompositionOps.batchOf(input), new Tensor[] {input, tau.unsqueeze(-2)},
                new DType[] {input.dtype()}, new int[] {m, n})[0],
                (ctx, g) -> householderProductBackward(g[0], ctx.input(0), ctx.input(1)));
    }

    /**
     * Q = P_i H_i R_i for every reflector (P_i = H_1 ... H_(i-1), R_i = H_(i+1) ... H_k E): with A_i = P_i^T gQ, the
     * reflector's gradient M_i = A_i R_i^T gives gtau_i = -v^T M_i v and gv_i = -tau_i (M_i + M_i^T) v, of which the
     * entries below the diagonal belong to input.
     */
    private static Tensor[] householderProductBackward(Tensor gq, Tensor input, Tensor tau) {
        int m = input.size(-2);
        int n = input.size(-1);
        int k = tau.size(-1);
        if (k == 0) {
            return new Tensor[] {Torch.zerosLike(input), Torch.zerosLike(tau)};
        }
        Tensor unit = input.tril(-1).add(Torch.eye(Torch.options().dtype(input.dtype()), m, n));
        Tensor[] v = new Tensor[k];
        Tensor[] t = new Tensor[k];
        for (int i = 0; i < k; i++) {
            v[i] = unit.narrow(-1, i, 1);
            t[i] = tau.narrow(-1, i, 1).unsqueeze(-1);
        }
        Tensor[] r = new Tensor[k];
        r[k - 1] = Torch.eye(Torch.options().dtype(input.dtype()), m, n)
                .expand(DecompositionOps.concat(DecompositionOps.batchOf(input), m, n));
        for (int i = k - 1; i > 0; i--) {
            r[i - 1] = reflect(v[i], t[i], r[i]);
        }
        List<Tensor> gInput = new ArrayList<>();
        List<Tensor> gTau = new ArrayList<>();
        Tensor a = gq;
        for (int i = 0; i < k; i++) {
            Tensor atv = a.mT().matmul(v[i]);
            Tensor rtv = r[i].mT().matmul(v[i]);
            gTau.add(atv.mul(rtv).sum(new int[] {-2, -1}, false).neg().unsqueeze(-1));
            Tensor gv = a.matmul(rtv).add(r[i].matmul(atv)).mul(t[i]).neg();
            gInput.add(gv.tril(-i - 1));  // the rows below the diagonal: v's free entries
            a = reflect(v[i], t[i], a);
        }
        for (int i = k; i < n; i++) {
            gInput.add(Torch.zeros(Torch.options().dtype(input.dtype()),
                    DecompositionOps.concat(DecompositionOps.batchOf(input), m, 1)));
        }
        return new Tensor[] {Torch.cat(gInput, -1), Torch.cat(gTau, -1)};
    }

    // (I - tau v v^T) x
    private static Tensor reflect(Tensor v, Tensor tau, Tensor x) {
        return x.sub(v.matmul(v.mT().matmul(x)).mul(tau));
    }

    /**
     * Q C (Q^T C when {@code transpose}; C Q or C Q^T when not {@code left}) for Q = H_1 ... H_k from geqrf's
     * reflectors. PyTorch: {@code torch.ormqr(input, tau, other, left=True, transpose=False)}.
     */
    public static Tensor ormqr(Tensor input, Tensor tau, Tensor other, boolean left, boolean transpose) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {input, tau, other},
                    t -> ormqr(t[0], t[1], t[2], left, transpose));
        }
        String fn = "torch.ormqr";
        if (input.dim() < 2) {
            throw new IllegalArgumentException(fn + ": input must have at least 2 dimensions.");
        }
        if (other.dim() < 2) {
            throw new IllegalArgumentException(fn + ": other must have at least 2 dimensions.");
        }
        int side = left ? -2 : -1;
        if (tau.dim() >= 1 && other.size(side) < tau.size(-1)) {
            throw new IllegalArgumentException(fn + ": other.shape[" + side + "] must be greater than or equal to "
                    + "tau.shape[-1]");
        }
        if (other.size(side) != input.size(-2)) {
            throw new IllegalArgumentException(fn + ": other.shape[" + side + "] must be equal to input.shape[-2]");
        }
        if (tau.dim() >= 1 && tau.size(-1) > input.size(-1)) {
            throw new IllegalArgumentException(fn + ": tau.shape[-1] must be less than or equal to input.shape[-1]");
        }
        checkTauRank(input, tau, fn);
        if (input.dim() != other.dim()) {
            throw new IllegalArgumentException(fn + ": Expected other to have the same number of dimensions as input, "
                    + "but got other.ndim equal to " + other.dim() + " and input.ndim is equal to " + input.dim());
        }
        checkTauBatch(input, tau, fn);
        int[] batch = DecompositionOps.batchOf(input);
        if (input.dim() > 2 && !Arrays.equals(batch, DecompositionOps.batchOf(other))) {
            throw new IllegalArgumentException(fn + ": Expected batch dimensions of other to be equal to "
                    + "input.shape[:-2], but got " + Shapes.format(DecompositionOps.batchOf(other)));
        }
        if (tau.dtype() != input.dtype()) {
            throw new IllegalArgumentException(fn + ": Expected input and tau to have the same dtype, but input has "
                    + "dtype" + TypePromotion.scalarTypeName(input.dtype()) + " and tau has dtype "
                    + TypePromotion.scalarTypeName(tau.dtype()));
        }
        if (other.dtype() != input.dtype()) {
            throw new IllegalArgumentException(fn + ": Expected input and other to have the same dtype, but input has "
                    + "dtype" + TypePromotion.scalarTypeName(input.dtype()) + " and other has dtype "
                    + TypePromotion.scalarTypeName(other.dtype()));
        }
        checkLapackFloating(input, "ormqr_cpu");
        return Dispatch.apply(ORMQR, new Tensor[] {input, tau, other}, () -> DecompositionOps.run(
                Lapack.ormqr(left, transpose), batch, new Tensor[] {input, tau.unsqueeze(-2), other},
                new DType[] {input.dtype()}, new int[] {other.size(-2), other.size(-1)})[0], (ctx, g) -> {
                    throw noDerivative("ormqr");
                });
    }
}
