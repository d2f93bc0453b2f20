/**
 * Dispatch and op families. {@link jtorch.internal.ops.Dispatch} is the one point every op
 * passes (function modes, grad mode, graph recording); each family file (e.g. {@code ConvOps}: conv2d's checks,
 * forward, backward and its {@link jtorch.internal.ops.Saves} declaration side by side; its computation in
 * the backend, {@code jtorch.internal.backend.CpuConv} on the CPU) declares its ops as
 * {@link jtorch.internal.ops.OpDef} constants listed by {@link jtorch.internal.ops.OpRegistry}. Results are
 * allocated and filled through the backend of their device ({@code Operands.backend}); the op families read no
 * arrays. May use the backend, the kernels' vocabulary (op enums, geometries) and the API's value types; never
 * {@code nn}, {@code optim} or {@code utils}.
 */
package jtorch.internal.ops;
