package jtorch;

import java.util.Map;

/**
 * The keyword arguments of {@code torch.lobpcg} after A, at PyTorch's defaults (None: derived from the others), each
 * settable by name: {@code k, B, X, n, iK, niter, tol, largest, method, ortho_iparams, ortho_fparams,
 * ortho_bparams}. {@code tracker} has no jtorch form: it is a Python callback handed the solver's internal worker
 * object after every iteration, and jtorch's worker is not public API. {@code torch.lobpcg(A, k=2, largest=False)}
 * is {@code Torch.lobpcg(A, Torch.lobpcgOptions().k(2).largest(false))}.
 */
public final class LobpcgOptions {
    Integer k;
    Tensor b;
    Tensor x;
    Integer n;
    Tensor iK;
    Integer niter;
    Double tol;
    Boolean largest;
    String method;
    Map<String, Integer> orthoIparams;
    Map<String, Double> orthoFparams;
    Map<String, Boolean> orthoBparams;

    LobpcgOptions() {
    }

    /** PyTorch: {@code k}: the number of eigenpairs (default: X's columns, else 1). */
    public LobpcgOptions k(int k) {
        this.k = k;
        return this;
    }

    /** PyTorch: {@code B}: the right-hand matrix of the generalized problem A X = B X E (default: the identity). */
    public LobpcgOptions B(Tensor b) {
        this.b = b;
        return this;
    }

    /** PyTorch: {@code X}: the initial approximation, (*, m, n) (default: {@code torch.randn((m, n))}). */
    public LobpcgOptions X(Tensor x) {
        this.x = x;
        return this;
    }

    /** PyTorch: {@code n}: the size of the generated initial approximation when X is not given (default: k). */
    public LobpcgOptions n(int n) {
        this.n = n;
        return this;
    }

    /** PyTorch: {@code iK}: the preconditioner (default: the identity). */
    public LobpcgOptions iK(Tensor iK) {
        this.iK = iK;
        return this;
    }

    /** PyTorch: {@code niter}: the maximum number of iterations; -1 runs until convergence (default 1000). */
    public LobpcgOptions niter(int niter) {
        this.niter = niter;
        return this;
    }

    /** PyTorch: {@code tol}: the residual tolerance (default: the square root of the dtype's epsilon). */
    public LobpcgOptions tol(double tol) {
        this.tol = tol;
        return this;
    }

    /** PyTorch: {@code largest}: the largest eigenvalues (default true), else the smallest. */
    public LobpcgOptions largest(boolean largest) {
        this.largest = largest;
        return this;
    }

    /** PyTorch: {@code method}: "ortho" (default) or "basic" (PyTorch runs any other name as "basic"). */
    public LobpcgOptions method(String method) {
        this.method = method;
        return this;
    }

    /** PyTorch: {@code ortho_iparams}: "ortho_i_max", "ortho_j_max" (default 3 each), or overrides of m, n, k, niter. */
    public LobpcgOptions orthoIparams(Map<String, Integer> orthoIparams) {
        this.orthoIparams = orthoIparams;
        return this;
    }

    /** PyTorch: {@code ortho_fparams}: "ortho_tol", "ortho_tol_drop", "ortho_tol_replace" (default: tol). */
    public LobpcgOptions orthoFparams(Map<String, Double> orthoFparams) {
        this.orthoFparams = orthoFparams;
        return this;
    }

    /** PyTorch: {@code ortho_bparams}: "ortho_use_drop" (default false), or an override of largest. */
    public LobpcgOptions orthoBparams(Map<String, Boolean> orthoBparams) {
        this.orthoBparams = orthoBparams;
        return this;
    }
}
