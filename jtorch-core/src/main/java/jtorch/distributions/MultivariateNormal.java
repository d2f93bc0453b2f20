package jtorch.distributions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.linalg.Linalg;

/**
 * The multivariate normal distribution over the last dim, given by its mean and one of a covariance matrix, a
 * precision matrix or a lower-triangular scale L (covariance L L^T); every computation goes through L, as in
 * PyTorch. PyTorch: {@code torch.distributions.MultivariateNormal(loc, covariance_matrix=None,
 * precision_matrix=None, scale_tril=None, validate_args=None)}.
 */
public class MultivariateNormal extends Distribution {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Tensor loc;
    private final Map<String, Tensor> given;
    private final Tensor unbroadcastedScaleTril;

    /** The keyword arguments of PyTorch's constructor, starting at their defaults (none given). */
    public static final class Options {
        private Tensor covarianceMatrix;
        private Tensor precisionMatrix;
        private Tensor scaleTril;
        private Boolean validateArgs;

        private Options() {
        }

        /** PyTorch: {@code covariance_matrix=}. */
        public Options covarianceMatrix(Tensor v) {
            covarianceMatrix = v;
            return this;
        }

        /** PyTorch: {@code precision_matrix=}. */
        public Options precisionMatrix(Tensor v) {
            precisionMatrix = v;
            return this;
        }

        /** PyTorch: {@code scale_tril=}. */
        public Options scaleTril(Tensor v) {
            scaleTril = v;
            return this;
        }

        /** PyTorch: {@code validate_args=}. */
        public Options validateArgs(boolean v) {
            validateArgs = v;
            return this;
        }
    }

    /** Options for {@link #MultivariateNormal(Tensor, Options)}. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code MultivariateNormal(loc, covariance_matrix)}. */
    public MultivariateNormal(Tensor loc, Tensor covarianceMatrix) {
        this(loc, options().covarianceMatrix(covarianceMatrix));
    }

    /**
     * PyTorch: {@code MultivariateNormal(loc, **options)}.
     *
     * @throws IllegalArgumentException with PyTorch's message for a 0-d loc, not exactly one matrix, a matrix of
     *                                  fewer than 2 dims or (when validating) a matrix outside its constraint
     */
    public MultivariateNormal(Tensor loc, Options o) {
        this(loc, o, checked(loc, o));
    }

    private MultivariateNormal(Tensor loc, Options o, int[] batch) {
        super(batch, new int[] {loc.size(-1)}, o.validateArgs);
        int n = loc.size(-1);
        int[] matrixShape = concat(batch, n, n);
        this.loc = loc.expand(concat(batch, n));
        this.given = new LinkedHashMap<>();
        given.put("loc", this.loc);
        String name = o.scaleTril != null ? "scale_tril" : o.covarianceMatrix != null ? "covariance_matrix"
                : "precision_matrix";
        Tensor matrix = o.scaleTril != null ? o.scaleTril : o.covarianceMatrix != null ? o.covarianceMatrix
                : o.precisionMatrix;
        given.put(name, matrix.expand(matrixShape));
        checkParameters();
        if (o.scaleTril != null) {
            unbroadcastedScaleTril = o.scaleTril;
        } else if (o.covarianceMatrix != null) {
            unbroadcastedScaleTril = Linalg.cholesky(o.covarianceMatrix);
        } else {
            unbroadcastedScaleTril = precisionToScaleTril(o.precisionMatrix);
        }
    }

    // the constructor's argument checks, in PyTorch's order; returns the batch shape
    private static int[] checked(Tensor loc, Options o) {
        if (loc.dim() < 1) {
            throw new IllegalArgumentException("loc must be at least one-dimensional.");
        }
        int count = (o.covarianceMatrix != null ? 1 : 0) + (o.scaleTril != null ? 1 : 0)
                + (o.precisionMatrix != null ? 1 : 0);
        if (count != 1) {
            throw new IllegalArgumentException(
                    "Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.");
        }
        String name = o.scaleTril != null ? "scale_tril" : o.covarianceMatrix != null ? "covariance_matrix"
                : "precision_matrix";
        Tensor m = o.scaleTril != null ? o.scaleTril : o.covarianceMatrix != null ? o.covarianceMatrix
                : o.precisionMatrix;
        if (m.dim() < 2) {
            throw new IllegalArgumentException((name.equals("scale_tril") ? "scale_tril matrix" : name)
                    + " must be at least two-dimensional, with optional leading batch dimensions");
        }
        return Torch.broadcastShapes(Arrays.copyOf(m.sizes(), m.dim() - 2), Arrays.copyOf(loc.sizes(), loc.dim() - 1));
    }

    private static int[] concat(int[] a, int... b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // L with L L^T = P^-1: the Cholesky factor of P with rows and columns reversed, inverted
    private static Tensor precisionToScaleTril(Tensor p) {
        Tensor lf = Linalg.cholesky(p.flip(-2, -1));
        Tensor lInv = lf.flip(-2, -1).transpose(-2, -1);
        Tensor id = Torch.eye(Torch.options().dtype(p.dtype()), p.size(-1), p.size(-1));
        return solveLower(lInv, id);
    }

    // L^-1 B for lower-triangular L (solve_triangular(L, B, upper=False)); tril keeps L's gradient lower-triangular
    private static Tensor solveLower(Tensor l, Tensor b) {
        return Linalg.solve(l.tril(), b);
    }

    /** x^T (L L^T)^-1 x over the last dim of x, L's batch broadcast against x's. */
    private static Tensor mahalanobis(Tensor l, Tensor x) {
        return solveLower(l, x.unsqueeze(-1)).squeeze(-1).pow(2L).sum(-1);
    }

    /** PyTorch: {@code MultivariateNormal.loc}. */
    public Tensor loc() {
        return loc;
    }

    /** L expanded to the batch shape. PyTorch: {@code MultivariateNormal.scale_tril}. */
    public Tensor scaleTril() {
        return unbroadcastedScaleTril.expand(matrixShape());
    }

    /** L L^T expanded to the batch shape. PyTorch: {@code MultivariateNormal.covariance_matrix}. */
    public Tensor covarianceMatrix() {
        return unbroadcastedScaleTril.matmul(unbroadcastedScaleTril.mT()).expand(matrixShape());
    }

    /** (L L^T)^-1 expanded to the batch shape. PyTorch: {@code MultivariateNormal.precision_matrix}. */
    public Tensor precisionMatrix() {
        return unbroadcastedScaleTril.choleskyInverse().expand(matrixShape());
    }

    private int[] matrixShape() {
        int n = eventShape()[0];
        return concat(batchShape(), n, n);
    }

    @Override
    protected Map<String, Constraint> argConstraints() {
        Map<String, Constraint> m = new LinkedHashMap<>();
        m.put("loc", Constraint.REAL_VECTOR);
        m.put("covariance_matrix", Constraint.POSITIVE_DEFINITE);
        m.put("precision_matrix", Constraint.POSITIVE_DEFINITE);
        m.put("scale_tril", Constraint.LOWER_CHOLESKY);
        return m;
    }

    @Override
    protected Map<String, Tensor> parameters() {
        return given;
    }

    @Override
    public Constraint support() {
        return Constraint.REAL_VECTOR;
    }

    @Override
    public boolean hasRsample() {
        return true;
    }

    /** {@code loc + L eps} with standard normal eps of the sample's full shape. */
    @Override
    public Tensor rsample(int... sampleShape) {
        Tensor eps = Torch.empty(Torch.options().dtype(loc.dtype()), extendedShape(sampleShape)).normal_();
        return loc.add(unbroadcastedScaleTril.matmul(eps.unsqueeze(-1)).squeeze(-1));
    }

    @Override
    public Tensor logProb(Tensor value) {
        if (validateArgs()) {
            validateSample(value);
        }
        Tensor m = mahalanobis(unbroadcastedScaleTril, value.sub(loc));
        return m.add(eventShape()[0] * LOG_2PI).mul(-0.5).sub(halfLogDet());
    }

    // Σ log diag(L): half the log-determinant of the covariance
    private Tensor halfLogDet() {
        return unbroadcastedScaleTril.diagonal(0, -2, -1).log().sum(-1);
    }

    /** {@code n/2 (1 + log 2 pi) + Σ log diag(L)}, expanded to the batch shape. */
    @Override
    public Tensor entropy() {
        Tensor h = halfLogDet().add(0.5 * eventShape()[0] * (1.0 + LOG_2PI));
        return batchShape().length == 0 ? h : h.expand(batchShape());
    }

    @Override
    public Tensor mean() {
        return loc;
    }

    /** The diagonal of L L^T, expanded to batch + event shape. */
    @Override
    public Tensor variance() {
        return unbroadcastedScaleTril.pow(2L).sum(-1).expand(concat(batchShape(), eventShape()[0]));
    }

    /** KL(p || q) of two multivariate normals with the same event shape (PyTorch's formula through L). */
    static Tensor kl(MultivariateNormal p, MultivariateNormal q) {
        if (!Arrays.equals(p.eventShape(), q.eventShape())) {
            throw new IllegalArgumentException("KL-divergence between two Multivariate Normals with"
                    + "                          different event shapes cannot be computed");
        }
        Tensor halfTerm1 = q.halfLogDet().sub(p.halfLogDet());
        int n = p.eventShape()[0];
        Tensor[] ls = broadcastBatch(q.unbroadcastedScaleTril, p.unbroadcastedScaleTril);
        Tensor term2 = solveLower(ls[0], ls[1]).pow(2L).sum(new int[] {-2, -1}, false);
        Tensor term3 = mahalanobis(q.unbroadcastedScaleTril, q.loc.sub(p.loc));
        return halfTerm1.add(term2.add(term3).sub((long) n).mul(0.5));
    }

    // two batches of n x n matrices expanded to their common batch shape
    private static Tensor[] broadcastBatch(Tensor a, Tensor b) {
        int n = a.size(-1);
        int[] batch = Torch.broadcastShapes(Arrays.copyOf(a.sizes(), a.dim() - 2), Arrays.copyOf(b.sizes(), b.dim() - 2));
        return new Tensor[] {a.expand(concat(batch, n, n)), b.expand(concat(batch, n, n))};
    }
}
