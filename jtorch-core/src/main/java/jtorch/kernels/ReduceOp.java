package jtorch.kernels;

/** Reductions with contiguous kernels. */
public enum ReduceOp {
    SUM, PROD, MAX, MIN
}
