/**
 * Dispatch and op families. {@link jtorch.internal.ops.Dispatch} is the one point every op
 * passes (function modes, grad mode, graph recording); each family file (e.g. {@code ConvOps}: conv2d's checks,
 * forward, backward and its {@link jtorch.internal.ops.Saves} declaration side by side; its CPU lowering in
 * {@code ConvLowering}, its loops in {@code jtorch.internal.kernels}) declares its ops as
 * {@link jtorch.internal.ops.OpDef} constants listed by {@link jtorch.internal.ops.OpRegistry}. May use the
 * kernels and the API's value types; never {@code nn}, {@code optim} or {@code utils}.
 */
package jtorch.internal.ops;
