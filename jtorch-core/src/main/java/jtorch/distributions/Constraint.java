package jtorch.distributions;

import java.util.function.UnaryOperator;
import jtorch.Tensor;
import jtorch.linalg.Linalg;

/**
 * A set of valid values (PyTorch's {@code torch.distributions.constraints}): its repr as PyTorch prints it in
 * validation errors, and an element-wise bool check.
 *
 * @param repr  PyTorch's repr, e.g. {@code GreaterThan(lower_bound=0.0)}
 * @param check the values' membership, element by element (reduced over the event dims where the constraint
 *              has some, e.g. the simplex's last dim)
 */
public record Constraint(String repr, UnaryOperator<Tensor> check) {
    /** Any real number. PyTorch: {@code constraints.real}. */
    public static final Constraint REAL = new Constraint("Real()", v -> v.eq(v));
    /** x &gt; 0. PyTorch: {@code constraints.positive}. */
    public static final Constraint POSITIVE = new Constraint("GreaterThan(lower_bound=0.0)", v -> v.gt(0.0));
    /** x &ge; 0. PyTorch: {@code constraints.nonnegative}. */
    public static final Constraint NONNEGATIVE = new Constraint("GreaterThanEq(lower_bound=0.0)", v -> v.ge(0.0));
    /** 0 &le; x &le; 1. PyTorch: {@code constraints.unit_interval}. */
    public static final Constraint UNIT_INTERVAL = new Constraint("Interval(lower_bound=0.0, upper_bound=1.0)",
            v -> v.ge(0.0).logicalAnd(v.le(1.0)));
    /** 0 or 1. PyTorch: {@code constraints.boolean}. */
    public static final Constraint BOOLEAN = new Constraint("Boolean()", v -> v.eq(0.0).logicalOr(v.eq(1.0)));
    /** Non-negative along the last dim, summing to 1 within 1e-6. PyTorch: {@code constraints.simplex}. */
    public static final Constraint SIMPLEX = new Constraint("Simplex()",
            v -> v.ge(0.0).all(-1, false).logicalAnd(v.sum(-1).sub(1.0).abs().lt(1e-6)));
    /** Reals, one event dim. PyTorch: {@code constraints.independent(constraints.real, 1)}. */
    public static final Constraint REAL_VECTOR = new Constraint("IndependentConstraint(Real(), 1)",
            v -> v.eq(v).all(-1, false));

    /** Positive along the last dim. PyTorch: {@code constraints.independent(constraints.positive, 1)}. */
    public static final Constraint POSITIVE_VECTOR = new Constraint(
            "IndependentConstraint(GreaterThan(lower_bound=0.0), 1)", v -> v.gt(0.0).all(-1, false));
    /** Integers &ge; 0. PyTorch: {@code constraints.nonnegative_integer}. */
    public static final Constraint NONNEGATIVE_INTEGER = new Constraint("IntegerGreaterThan(lower_bound=0)",
            v -> v.eq(v.floor()).logicalAnd(v.ge(0.0)));
    /**
     * Lower-triangular matrices with a positive diagonal (one per batch element). PyTorch: {@code
     * constraints.lower_cholesky}.
     */
    public static final Constraint LOWER_CHOLESKY = new Constraint("LowerCholesky()",
            v -> v.tril().eq(v).all(-1, false).all(-1, false)
                    .logicalAnd(v.diagonal(0, -2, -1).gt(0.0).all(-1, false)));
    /**
     * Symmetric (within 1e-6) matrices whose Cholesky factorization succeeds. PyTorch: {@code
     * constraints.positive_definite}.
     */
    public static final Constraint POSITIVE_DEFINITE = new Constraint("PositiveDefinite()", v -> {
        Tensor symmetric = v.isclose(v.mT(), 1e-05, 1e-06, false).all(-1, false).all(-1, false);
        if (!symmetric.all().itemBool()) {
            return symmetric;
        }
        return Linalg.choleskyEx(v).info().eq(0L);
    });

    /** Integers in [lower, upper]. PyTorch: {@code constraints.integer_interval(lower, upper)}. */
    public static Constraint integerInterval(long lower, long upper) {
        return new Constraint("IntegerInterval(lower_bound=" + lower + ", upper_bound=" + upper + ")",
                v -> v.eq(v.floor()).logicalAnd(v.ge(lower)).logicalAnd(v.le(upper)));
    }

    /** low &le; x &le; high element-wise. PyTorch: {@code constraints.interval(low, high)}. */
    public static Constraint interval(Tensor low, Tensor high, String lowRepr, String highRepr) {
        return new Constraint("Interval(lower_bound=" + lowRepr + ", upper_bound=" + highRepr + ")",
                v -> low.le(v).logicalAnd(v.le(high)));
    }

    @Override
    public String toString() {
        return repr;
    }
}
