package jtorch.internal.ops;

import java.util.HashMap;
import java.util.Map;
import jtorch.DType;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.TensorOptions;

/**
 * Randomized low-rank decompositions (svd_lowrank, pca_lowrank: Halko et al.'s algorithms 4.4 and 5.1, as
 * torch/_lowrank.py) and LOBPCG (torch/_lobpcg.py: the "basic" and "ortho" methods of Duersch et al., with its custom
 * backward for the standard symmetric problem). All are compositions of existing ops — svd_lowrank and pca_lowrank
 * differentiate through them — and draw their random matrices with {@code torch.randn} in PyTorch's order, so with the
 * same seed they start from PyTorch's numbers. Python's {@code assert} failures become IllegalStateExceptions with the
 * assertion's text, its ValueErrors IllegalArgumentExceptions.
 */
public final class LowRankOps {
    // PyTorch's LOBPCGAutogradFunction: the eigenpairs' gradient for A (B = I); reads the symmetrized A and the outputs
    static final OpDef LOBPCG = OpDef.withNode("lobpcg", "LOBPCGAutogradFunctionBackward", Saves.inputs(0).andOutput());

    private LowRankOps() {
    }

    // ---------------------------------------------------------------- svd_lowrank / pca_lowrank

    /**
     * U (m x q), S (q) and V (n x q) with A - M ≈ U diag(S) V^T, from a q-column basis found by {@code niter} subspace
     * iterations from a {@code torch.randn(·, q)} draw. PyTorch: {@code torch.svd_lowrank(A, q=6, niter=2, M=None)}.
     */
    public static Tensor[] svdLowrank(Tensor a, int q, int niter, Tensor m) {
        checkMatrices(a);
        int rows = a.size(-2);
        int cols = a.size(-1);
        Tensor mt = m == null ? null : m.mT();
        if (rows < cols || cols > q) {
            // the basis of A^T's columns: B^T = A Q is m x q
            Tensor basis = approximateBasis(a.mT(), q, niter, mt);
            Tensor bt = minus(a.matmul(basis), m == null ? null : m.matmul(basis));
            checkShape(bt, -1, q);
            checkTall(bt);
            Tensor[] usv = DecompositionOps.svd(bt, false);
            return new Tensor[] {usv[0], usv[1], basis.matmul(usv[2].mT())};
        }
        Tensor basis = approximateBasis(a, q, niter, m);
        Tensor bt = minus(a.mT().matmul(basis), mt == null ? null : mt.matmul(basis)).mT();
        checkShape(bt, -2, q);
        checkShape(bt, -1, cols);
        checkTall(bt);
        Tensor[] usv = DecompositionOps.svd(bt, false);
        return new Tensor[] {basis.matmul(usv[0]), usv[1], usv[2].mT()};
    }

    /**
     * svd_lowrank of A centred on its column means ({@code center}), q defaulting to min(6, m, n). PyTorch:
     * {@code torch.pca_lowrank(A, q=None, center=True, niter=2)}.
     */
    public static Tensor[] pcaLowrank(Tensor a, Integer q, boolean center, int niter) {
        checkMatrices(a);
        int rows = a.size(-2);
        int cols = a.size(-1);
        int smaller = Math.min(rows, cols);
        if (q != null && (q < 0 || q > smaller)) {
            throw new IllegalArgumentException("q(=" + q + ") must be non-negative integer and not greater than min(m, "
                    + "n)=" + smaller);
        }
        if (niter < 0) {
            throw new IllegalArgumentException("niter(=" + niter + ") must be non-negative integer");
        }
        int rank = q == null ? Math.min(6, smaller) : q;
        return svdLowrank(center ? a.sub(a.mean(new int[] {-2}, true)) : a, rank, niter, null);
    }

    // Halko et al.'s algorithm 4.4: Q with q orthonormal columns, Q Q^T (A - M) ≈ A - M
    private static Tensor approximateBasis(Tensor a, int q, int niter, Tensor m) {
        Tensor r = RandomOps.normal_(Operands.empty(Torch.options().dtype(floating(a)).device(a.device()),
                a.size(-1), q), 0, 1, null);
        Tensor ah = a.mT();
        Tensor mh = m == null ? null : m.mT();
        Tensor basis = qrQ(minus(a.matmul(r), m == null ? null : m.matmul(r)));
        for (int i = 0; i < niter; i++) {
            basis = qrQ(minus(ah.matmul(basis), mh == null ? null : mh.matmul(basis)));
            basis = qrQ(minus(a.matmul(basis), m == null ? null : m.matmul(basis)));
        }
        return basis;
    }

    // _lowrank.py unpacks "m, n = A.shape[-2:]"
    private static void checkMatrices(Tensor a) {
        if (a.dim() < 2) {
            throw new IllegalArgumentException("not enough values to unpack (expected 2, got " + a.dim() + ")");
        }
    }

    private static Tensor minus(Tensor x, Tensor y) {
        return y == null ? x : x.sub(y);
    }

    private static Tensor qrQ(Tensor x) {
        return DecompositionOps.qr(x, "reduced")[0];
    }

    // _utils.get_floating_dtype: floating dtypes stay, the rest compute in float32
    private static DType floating(Tensor a) {
        DType d = a.dtype();
        return d == DType.FLOAT16 || d == DType.FLOAT32 || d == DType.FLOAT64 ? d : DType.FLOAT32;
    }

    // _lowrank.py asserts the projected matrix's sizes: the QR steps keep at most min(m, n) of the q columns
    private static void checkShape(Tensor bt, int dim, int expected) {
        if (bt.size(dim) != expected) {
            throw new IllegalStateException("(" + torchSize(bt.sizes()) + ", " + expected + ")");
        }
    }

    // _lowrank.py asserts the projected matrix is at least as tall as wide (q at most min(m, n))
    private static void checkTall(Tensor bt) {
        if (bt.size(-1) > bt.size(-2)) {
            throw new IllegalStateException(torchSize(bt.sizes()));
        }
    }

    private static String torchSize(int[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append("])").toString();
    }

    // ---------------------------------------------------------------- lobpcg

    /** lobpcg's optional arguments, PyTorch's None as null. */
    public record LobpcgArgs(Integer k, Tensor b, Tensor x, Integer n, Tensor iK, Integer niter, Double tol,
                             Boolean largest, String method, Map<String, Integer> orthoIparams,
                             Map<String, Double> orthoFparams, Map<String, Boolean> orthoBparams) {
    }

    /**
     * The k largest (or smallest) eigenpairs of the symmetric positive-definite generalized problem A X = B X E.
     * PyTorch: {@code torch.lobpcg(A, k=None, B=None, X=None, n=None, iK=None, niter=None, tol=None, largest=None,
     * method=None, tracker=None, ortho_iparams=None, ortho_fparams=None, ortho_bparams=None)}. When A or B requires
     * grad, PyTorch symmetrizes them ({@code (A + A^T) / 2}) and records LOBPCGAutogradFunction, whose backward
     * handles B = None only.
     */
    public static Tensor[] lobpcg(Tensor a, LobpcgArgs o) {
        // as PyTorch, by requires_grad alone: under no_grad the symmetrized matrices are still what is solved
        if (!a.requiresGrad() && (o.b() == null || !o.b().requiresGrad())) {
            return run(a, o);
        }
        Tensor aSym = a.add(a.mT()).div(2);
        Tensor bSym = o.b() == null ? null : o.b().add(o.b().mT()).div(2);
        LobpcgArgs symmetric = new LobpcgArgs(o.k(), bSym, o.x(), o.n(), o.iK(), o.niter(), o.tol(), o.largest(),
                o.method(), o.orthoIparams(), o.orthoFparams(), o.orthoBparams());
        boolean largest = o.largest() == null || o.largest();
        boolean withB = bSym != null;
        return Dispatch.applyMulti(LOBPCG, new Tensor[] {aSym, bSym}, () -> run(aSym.contiguous(), symmetric),
                (ctx, g) -> {
                    if (withB) {
                        throw new IllegalArgumentException("lobpcg.backward does not support backward with B != I yet.");
                    }
                    Tensor d = ctx.output(0);
                    Tensor u = ctx.output(1);
                    Tensor gd = g[0] != null ? g[0] : Torch.zerosLike(d);
                    Tensor gu = g[1] != null ? g[1] : Torch.zerosLike(u);
                    // _symeig_backward: U is never square here (lobpcg needs m >= 3 n), so always the partial form
                    return new Tensor[] {partialEigenspaceBackward(gd, gu, ctx.input(0).contiguous(), d, u, largest),
                            null};
                }, 2);
    }

    // _lobpcg: checks, defaults and the worker, per matrix of a batch
    private static Tensor[] run(Tensor a, LobpcgArgs o) {
        if (a.dim() < 2) {
            throw new IndexOutOfBoundsException("tuple index out of range"); // _lobpcg reads A.shape[-2]
        }
        if (a.size(-2) != a.size(-1)) {
            throw new IllegalStateException(torchSize(a.sizes()));
        }
        if (o.b() != null && !java.util.Arrays.equals(a.sizes(), o.b().sizes())) {
            throw new IllegalStateException("(" + torchSize(a.sizes()) + ", " + torchSize(o.b().sizes()) + ")");
        }
        DType dtype = floating(a);
        double tol;
        if (o.tol() != null) {
            tol = o.tol();
        } else if (dtype == DType.FLOAT32 || dtype == DType.FLOAT64) {
            tol = Math.sqrt(dtype == DType.FLOAT32 ? 1.2e-07 : 2.23e-16);
        } else {
            throw new IllegalArgumentException("lobpcg: no default tol for " + dtype + " (PyTorch: KeyError "
                    + dtype + "); pass tol");
        }
        int m = a.size(-1);
        Tensor x0 = o.x();
        int k = o.k() != null ? o.k() : x0 == null ? 1 : x0.size(-1);
        int n = x0 != null ? x0.size(-1) : o.n() != null ? o.n() : k;
        if (m < 3 * n) {
            throw new IllegalArgumentException("LPBPCG algorithm is not applicable when the number of A rows (=" + m
                    + ") is smaller than 3 x the number of requested eigenpairs (=" + n + ")");
        }
        String method = o.method() == null ? "ortho" : o.method();
        Map<String, Integer> iparams = new HashMap<>(Map.of("m", m, "n", n, "k", k,
                "niter", o.niter() == null ? 1000 : o.niter()));
        Map<String, Double> fparams = new HashMap<>(Map.of("tol", tol));
        Map<String, Boolean> bparams = new HashMap<>(Map.of("largest", o.largest() == null || o.largest()));
        if (method.equals("ortho")) {
            if (o.orthoIparams() != null) {
                iparams.putAll(o.orthoIparams());
            }
            if (o.orthoFparams() != null) {
                fparams.putAll(o.orthoFparams());
            }
            if (o.orthoBparams() != null) {
                bparams.putAll(o.orthoBparams());
            }
            iparams.putIfAbsent("ortho_i_max", 3);
            iparams.putIfAbsent("ortho_j_max", 3);
            fparams.putIfAbsent("ortho_tol", tol);
            fparams.putIfAbsent("ortho_tol_drop", tol);
            fparams.putIfAbsent("ortho_tol_replace", tol);
            bparams.putIfAbsent("ortho_use_drop", false);
        }
        TensorOptions opts = Torch.options().dtype(dtype).device(a.device());
        try (var noGrad = Torch.noGrad()) {
            if (a.dim() > 2) {
                int[] batch = java.util.Arrays.copyOf(a.sizes(), a.dim() - 2);
                Tensor ba = a.reshape(-1, m, m);
                int count = ba.size(0);
                Tensor bb = o.b() == null ? null : o.b().reshape(-1, m, m);
                Tensor bx = x0 == null ? null : x0.reshape(-1, x0.size(-2), x0.size(-1));
                Tensor e = Operands.empty(opts, count, k);
                Tensor xs = Operands.empty(opts, count, m, k);
                for (int i = 0; i < count; i++) {
                    Tensor xi = bx == null ? RandomOps.normal_(Operands.empty(opts, m, n), 0, 1, null)
                            : bx.select(0, i).clone();
                    Worker w = new Worker(ba.select(0, i), bb == null ? null : bb.select(0, i), checkX(xi, m, n),
                            o.iK(), iparams, fparams, bparams, method);
                    w.run();
                    e.select(0, i).copy_(w.e.narrow(0, 0, k));
                    xs.select(0, i).copy_(w.x.narrow(1, 0, k));
                }
                int[] eShape = java.util.Arrays.copyOf(batch, batch.length + 1);
                eShape[batch.length] = k;
                int[] xShape = java.util.Arrays.copyOf(batch, batch.length + 2);
                xShape[batch.length] = m;
                xShape[batch.length + 1] = k;
                return new Tensor[] {e.reshape(eShape), xs.reshape(xShape)};
            }
            Tensor x = x0 == null ? RandomOps.normal_(Operands.empty(opts, m, n), 0, 1, null) : x0;
            // a copy: PyTorch's "basic" method overwrites a given X in place
            Worker w = new Worker(a, o.b(), checkX(x, m, n).clone(), o.iK(), iparams, fparams, bparams, method);
            w.run();
            return new Tensor[] {w.e.narrow(0, 0, k), w.x.narrow(1, 0, k)};
        }
    }

    private static Tensor checkX(Tensor x, int m, int n) {
        if (x.dim() != 2 || x.size(0) != m || x.size(1) != n) {
            throw new IllegalStateException("(" + torchSize(x.sizes()) + ", (" + m + ", " + n + "))");
        }
        return x;
    }

    // _utils.matmul: a missing A (B or iK) is the identity
    private static Tensor mm(Tensor a, Tensor b) {
        return a == null ? b : a.matmul(b);
    }

    // _utils.qform: S^T A S
    private static Tensor qform(Tensor a, Tensor s) {
        return s.mT().matmul(mm(a, s));
    }

    // _utils.symeig: eigh of the upper triangle, descending when largest
    private static Tensor[] symeig(Tensor a, boolean largest) {
        Tensor[] ez = DecompositionOps.eigh(a, "U");
        return largest ? new Tensor[] {ez[0].flip(-1), ez[1].flip(-1)} : ez;
    }

    private static double norm(Tensor t) {
        return t.norm().item();
    }

    /** The LOBPCG worker of torch/_lobpcg.py: one matrix, its iteration state and its two update methods. */
    private static final class Worker {
        final Tensor a;
        final Tensor b;
        final Tensor iK;
        final Map<String, Integer> iparams;
        final Map<String, Double> fparams;
        final Map<String, Boolean> bparams;
        final String method;
        Tensor x;
        Tensor e;
        Tensor r;
        final Tensor s;
        int istep;
        int iterationsLeft;
        int convergedCount;
        int convergedEnd;
        double aNorm;
        double bNorm;

        Worker(Tensor a, Tensor b, Tensor x, Tensor iK, Map<String, Integer> iparams, Map<String, Double> fparams,
               Map<String, Boolean> bparams, String method) {
            this.a = a;
            this.b = b;
            this.iK = iK;
            this.iparams = iparams;
            this.fparams = fparams;
            this.bparams = bparams;
            this.method = method;
            this.x = x;
            int m = iparams.get("m");
            int n = iparams.get("n");
            TensorOptions opts = Torch.options().dtype(x.dtype()).device(x.device());
            this.e = Operands.zeros(opts, n);
            this.r = Operands.zeros(opts, m, n);
            this.s = Operands.zeros(opts, m, 3 * n);
        }

        void run() {
            update();
            while (!(iterationsLeft == 0 || convergedCount >= iparams.get("k"))) {
                update();
            }
        }

        void update() {
            if (istep == 0) {
                double xNorm = norm(x);
                double ixNorm = Math.pow(xNorm, -1);
                aNorm = norm(mm(a, x)) * ixNorm;
                bNorm = norm(mm(b, x)) * ixNorm;
                iterationsLeft = iparams.get("niter");
                convergedCount = 0;
                convergedEnd = 0;
            }
            if (method.equals("ortho")) {
                updateOrtho();
            } else {
                updateBasic();
            }
            iterationsLeft--;
            istep++;
        }

        void updateResidual() {
            r = mm(a, x).sub(mm(b, x).mul(e));
        }

        // the leading eigenpairs whose backward-stable relative residual is below tol (Duersch et al. 4.3)
        int updateConvergedCount() {
            int prev = convergedCount;
            double tol = fparams.get("tol");
            Tensor rerr = r.norm(2, new int[] {0}, false).mul(x.norm(2, new int[] {0}, false)
                    .mul(e.narrow(0, 0, x.size(-1)).mul(bNorm).add(aNorm)).pow(-1));
            long[] converged = rerr.lt(tol).toLong().toLongArray();
            int count = 0;
            while (count < converged.length && converged[count] != 0) {
                count++;
            }
            if (count < prev) {
                throw new IllegalStateException("the number of converged eigenpairs (was " + prev + ", got " + count
                        + ") cannot decrease");
            }
            convergedCount = count;
            return count;
        }

        void updateBasic() {
            int ns = convergedEnd;
            int nc = convergedCount;
            int n = iparams.get("n");
            boolean largest = bparams.get("largest");
            if (istep == 0) {
                Tensor ri = rayleighRitzTransform(x);
                Tensor[] ez = symeig(qform(qform(a, x), ri), largest);
                x.copy_(x.matmul(ri.matmul(ez[1])));
                e.copy_(ez[0]);
                updateResidual();
                nc = updateConvergedCount();
                s.narrow(1, 0, n).copy_(x);
                Tensor w = mm(iK, r);
                ns = convergedEnd = n + w.size(-1);
                s.narrow(1, n, w.size(-1)).copy_(w);
            } else {
                Tensor sc = s.narrow(1, nc, ns - nc);
                Tensor ri = rayleighRitzTransform(sc);
                Tensor[] ez = symeig(qform(qform(a, sc), ri), largest);
                x.narrow(1, nc, n - nc).copy_(sc.matmul(ri.matmul(ez[1].narrow(1, 0, n - nc))));
                e.narrow(0, nc, n - nc).copy_(ez[0].narrow(0, 0, n - nc));
                Tensor p = sc.matmul(ri.matmul(columns(ez[1], n, 2 * n - nc)));
                int np = p.size(-1);
                updateResidual();
                nc = updateConvergedCount();
                s.narrow(1, 0, n).copy_(x);
                s.narrow(1, n, np).copy_(p);
                Tensor w = mm(iK, r.narrow(1, nc, r.size(1) - nc));
                ns = convergedEnd = n + np + w.size(-1);
                s.narrow(1, n + np, w.size(-1)).copy_(w);
            }
        }

        void updateOrtho() {
            int ns = convergedEnd;
            int nc = convergedCount;
            int n = iparams.get("n");
            boolean largest = bparams.get("largest");
            if (istep == 0) {
                Tensor ri = rayleighRitzTransform(x);
                Tensor[] ez = symeig(qform(qform(a, x), ri), largest);
                // as PyTorch: E stays zero in the first residual of "ortho"
                x = x.matmul(ri.matmul(ez[1]));
                updateResidual();
                nc = updateConvergedCount();
                s.narrow(1, 0, n).copy_(x);
                Tensor w = ortho(r, x);
                ns = convergedEnd = n + w.size(-1);
                s.narrow(1, n, w.size(-1)).copy_(w);
            } else {
                Tensor sc = s.narrow(1, nc, ns - nc);
                Tensor[] ez = symeig(qform(a, sc), largest);
                Tensor z = ez[1];
                x.narrow(1, nc, n - nc).copy_(sc.matmul(z.narrow(1, 0, n - nc)));
                e.narrow(0, nc, n - nc).copy_(ez[0].narrow(0, 0, n - nc));
                Tensor zTail = columns(z, n - nc, z.size(1));
                Tensor p = sc.matmul(zTail.matmul(basis(zTail.narrow(0, 0, n - nc).mT())));
                int np = p.size(-1);
                updateResidual();
                nc = updateConvergedCount();
                s.narrow(1, 0, n).copy_(x);
                s.narrow(1, n, np).copy_(p);
                Tensor w = ortho(r.narrow(1, nc, r.size(1) - nc), s.narrow(1, 0, n + np));
                ns = convergedEnd = n + np + w.size(-1);
                s.narrow(1, n + np, w.size(-1)).copy_(w);
            }
        }

        // Python's z[:, from:to], with its clamping of the bounds
        private static Tensor columns(Tensor z, int from, int to) {
            int size = z.size(1);
            int start = Math.min(from, size);
            return z.narrow(1, start, Math.max(Math.min(to, size) - start, 0));
        }

        // _utils.basis on the CPU: orgqr(geqrf(A))
        private static Tensor basis(Tensor a) {
            Tensor[] qr = HouseholderOps.geqrf(a);
            return HouseholderOps.householderProduct(qr[0], qr[1]);
        }

        // Ri with Ri^T S^T A S Ri a standard problem: Ri = D R^-1, R^T R = cholesky(D S^T B S D), D = diag(S^T B S)^-1/2
        Tensor rayleighRitzTransform(Tensor sm) {
            Tensor sbs = qform(b, sm);
            Tensor dRow = sbs.diagonal(0, -2, -1).pow(-0.5);
            Tensor dCol = dRow.reshape(dRow.size(0), 1);
            Tensor rm = DecompositionOps.cholesky(sbs.mul(dRow).mul(dCol), true);
            // solve_triangular(R, diag(d), upper=True, left=False): X R = D
            return DecompositionOps.solve(rm.triu(0), dRow.diagEmbed(), false);
        }

        // B-orthonormal columns spanning U (Duersch's algorithm 4); with drop, columns of small weight are dropped
        Tensor svqb(Tensor u, boolean drop, double tau) {
            if (u.numel() == 0) {
                return u;
            }
            Tensor ubu = qform(b, u);
            Tensor d = ubu.diagonal(0, -2, -1);
            Tensor nz = d.abs().ne(0.0).nonzero().view(-1);
            if (nz.numel() < d.numel()) {
                // exact zero columns would divide by zero below
                u = u.indexSelect(1, nz);
                if (u.numel() == 0) {
                    return u;
                }
                ubu = qform(b, u);
                d = ubu.diagonal(0, -2, -1);
            }
            Tensor dCol = d.pow(-0.5).reshape(d.size(0), 1);
            Tensor dubud = ubu.mul(dCol).mul(dCol.mT());
            Tensor[] ez = symeig(dubud, false);
            Tensor ev = ez[0];
            Tensor z = ez[1];
            double t = tau * ev.abs().max().item();
            if (drop) {
                Tensor keep = ev.gt(t).nonzero().view(-1);
                ev = ev.indexSelect(0, keep);
                z = z.indexSelect(1, keep);
                dCol = dCol.indexSelect(0, keep);
            } else {
                ev = ev.clampMin(t); // E[E < t] = t
            }
            return u.mul(dCol.mT()).matmul(z.mul(ev.pow(-0.5)));
        }

        // U made B-orthonormal and B-orthogonal to V (Duersch's algorithm 3, or 6 with ortho_use_drop)
        Tensor ortho(Tensor u, Tensor v) {
            int m = iparams.get("m");
            double tauOrtho = fparams.get("ortho_tol");
            double tauDrop = fparams.get("ortho_tol_drop");
            double tauReplace = fparams.get("ortho_tol_replace");
            int iMax = iparams.get("ortho_i_max");
            int jMax = iparams.get("ortho_j_max");
            boolean useDrop = bparams.get("ortho_use_drop");
            double bvNorm = norm(mm(b, v));
            Tensor bu = mm(b, u);
            Tensor vbu = v.mT().matmul(bu);
            for (int i = 0; i < iMax; i++) {
                u = u.sub(v.matmul(vbu));
                boolean drop = false;
                double tauSvqb = tauDrop;
                for (int j = 0; j < jMax; j++) {
                    if (useDrop) {
                        u = svqb(u, drop, tauSvqb);
                        drop = true;
                        tauSvqb = tauReplace;
                    } else {
                        u = svqb(u, false, tauReplace);
                    }
                    if (u.numel() == 0) {
                        return u; // every column of U was B-collinear to V
                    }
                    bu = mm(b, u);
                    Tensor ubu = u.mT().matmul(bu);
                    double uNorm = norm(u);
                    double buNorm = norm(bu);
                    Tensor eye = Torch.eye(Torch.options().dtype(ubu.dtype()).device(ubu.device()), ubu.size(-1),
                            ubu.size(-1));
                    double rerr = norm(ubu.sub(eye)) / (float32(buNorm, uNorm, u));
                    if (rerr < tauOrtho) {
                        break;
                    }
                }
                vbu = v.mT().matmul(bu);
                double rerr = norm(vbu) / float32(bvNorm, norm(u), u);
                if (rerr < tauOrtho) {
                    break;
                }
                if (m < u.size(-1) + v.size(-1)) {
                    if (b == null) {
                        throw new IllegalStateException("B is None: the ortho method's overdetermined-shape check "
                                + "reads B");
                    }
                    throw new IllegalArgumentException("Overdetermined shape of U: #B-cols(=" + b.size(-1)
                            + ") >= #U-cols(=" + u.size(-1) + ") + #V-cols(=" + v.size(-1) + ") must hold");
                }
            }
            return u;
        }

        // PyTorch multiplies the two norms as tensors of the input's dtype before taking the float
        private static double float32(double p, double q, Tensor like) {
            return like.dtype() == DType.FLOAT32 ? (double) ((float) p * (float) q) : p * q;
        }
    }

    // ---------------------------------------------------------------- lobpcg's backward (torch/_lobpcg.py)

    // U (diag(gD) + (U^T gU) * F) U^T with F_ij = 1 / (d_j - d_i), F_ii = 0
    private static Tensor completeEigenspaceBackward(Tensor gd, Tensor gu, Tensor d, Tensor u) {
        Tensor f = d.unsqueeze(-2).sub(d.unsqueeze(-1));
        Tensor eye = Torch.eye(Torch.options().dtype(f.dtype()).device(f.device()), f.size(-1), f.size(-1));
        f = PointwiseOps.passWhere(eye.eq(0), f.add(eye).pow(-1));
        Tensor ut = u.mT();
        return u.matmul(gd.diagEmbed().add(ut.matmul(gu).mul(f)).matmul(ut));
    }

    /*
     * k < m eigenpairs: the complete-eigenspace part plus the solution of the Sylvester equation
     * U_o^T A U_o dX - dX D = -U_o^T A U in the orthogonal complement U_o (a randn draw of PyTorch's fresh default
     * generator projected off span(U)), through D's characteristic polynomial evaluated at A (Hu and Cheng 2006).
     */
    private static Tensor partialEigenspaceBackward(Tensor gd, Tensor gu, Tensor a, Tensor d, Tensor u,
                                                    boolean largest) {
        Tensor ut = u.mT();
        int m = a.size(-1);
        Tensor eye = Torch.eye(Torch.options().dtype(a.dtype()).device(a.device()), m, m);
        Tensor projOrtho = eye.sub(u.matmul(ut));
        int[] shape = a.sizes();
        shape[shape.length - 1] = m - d.size(-1);
        Tensor draw = RandomOps.normal_(Operands.empty(Torch.options().dtype(a.dtype()).device(a.device()), shape), 0,
                1, new Generator());
        Tensor uOrtho = projOrtho.matmul(draw);
        Tensor uOrthoT = uOrtho.mT();
        Tensor chrPoly = polynomialCoefficients(d);
        Tensor projected = gu;
        Tensor series = Torch.zerosLike(gu);
        for (int k = 1; k < chrPoly.size(-1); k++) {
            Tensor polyD = vectorPolynomial(chrPoly.narrow(-1, k, chrPoly.size(-1) - k), d);
            series = series.add(projected.mul(polyD.unsqueeze(-2)));
            projected = a.matmul(projected);
        }
        Tensor atOrtho = uOrthoT.matmul(matrixPolynomial(chrPoly, a).matmul(uOrtho));
        int k = d.size(-1);
        double sign = largest && k % 2 == 1 ? -1 : 1;
        Tensor l = DecompositionOps.cholesky(atOrtho.mul(sign), false);
        Tensor res = completeEigenspaceBackward(gd, gu, d, u);
        return res.sub(uOrtho.matmul(uOrthoT.matmul(series).choleskySolve(l).mul(sign)).matmul(ut));
    }

    // (a_0, ..., a_n = 1) with prod (x - r_i) = sum a_j x^j, by Horner steps on copies (differentiable)
    private static Tensor polynomialCoefficients(Tensor roots) {
        int order = roots.size(-1);
        int[] shape = roots.sizes();
        shape[shape.length - 1] += 2;
        Tensor coeffs = Operands.zerosLike(roots, shape);
        coeffs.narrow(-1, 0, 1).fill_(1);
        coeffs.narrow(-1, shape[shape.length - 1] - 1, 1).fill_(1);
        for (int i = 1; i <= order; i++) {
            Tensor next = coeffs.clone();
            next.narrow(-1, order - i, i + 1).sub_(roots.narrow(-1, i - 1, 1).mul(coeffs.narrow(-1, order - i + 1, i + 1)));
            coeffs = next;
        }
        return coeffs.narrow(-1, 1, order + 1);
    }

    // poly(x) for a vector x by Horner's rule, from poly's second-to-last coefficient down
    private static Tensor vectorPolynomial(Tensor poly, Tensor x) {
        Tensor res = Torch.onesLike(x);
        for (int k = poly.size(-1) - 2; k >= 0; k--) {
            res = poly.select(-1, k).unsqueeze(-1).add(x.mul(res));
        }
        return res;
    }

    // poly(X) for a matrix X by Horner's rule
    private static Tensor matrixPolynomial(Tensor poly, Tensor x) {
        int m = x.size(-1);
        Tensor eye = Torch.eye(Torch.options().dtype(x.dtype()).device(x.device()), m, m);
        Tensor res = eye;
        for (int k = poly.size(-1) - 2; k >= 0; k--) {
            res = x.matmul(res).add(eye.mul(poly.select(-1, k).unsqueeze(-1).unsqueeze(-1)));
        }
        return res;
    }
}
