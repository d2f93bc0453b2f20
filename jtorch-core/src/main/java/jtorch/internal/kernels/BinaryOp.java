package jtorch.internal.kernels;

/** Elementwise two-input functions that have kernels. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV, POW, MAXIMUM, MINIMUM, REMAINDER, FMOD, FLOOR_DIVIDE, TRUNC_DIVIDE, ATAN2,
    EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR;

    /** Comparison and logical ops produce bool whatever the input dtype. */
    public boolean producesBool() {
        return ordinal() >= EQ.ordinal();
    }
}
