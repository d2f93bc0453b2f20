package jtorch.internal.kernels;

/** Elementwise one-input functions that have kernels. Composites (e.g. clamp) are built from these and {@link BinaryOp}. */
public enum UnaryOp {
    NEG, ABS, SQRT, RSQRT, EXP, LOG, LOG1P, EXPM1, LOG2, LOG10, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH,
    SIGMOID, RELU, FLOOR, CEIL, TRUNC, FRAC, ROUND, SIGN, RECIPROCAL, SQUARE, ERF, ERFINV;

    /** Ops whose integer-input result is integral (PyTorch keeps the dtype); all others promote ints to float. */
    public boolean keepsIntegralDtype() {
        return switch (this) {
            case NEG, ABS, FLOOR, CEIL, TRUNC, ROUND, SIGN, RELU, SQUARE, FRAC -> true;
            default -> false;
        };
    }
}
