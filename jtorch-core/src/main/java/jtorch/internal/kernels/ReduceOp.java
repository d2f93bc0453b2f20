package jtorch.internal.kernels;

/** Reductions with contiguous kernels. */
public enum ReduceOp {
    SUM, PROD, MAX, MIN
}
