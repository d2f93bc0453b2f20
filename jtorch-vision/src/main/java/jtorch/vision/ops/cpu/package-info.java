/**
 * The CPU kernels behind {@link jtorch.vision.ops.Ops}'s RoI operators, as torchvision keeps its own in C++
 * ({@code torchvision/csrc/ops/cpu}): plain loops over contiguous arrays, not part of the API. Each kernel is
 * written once over {@code double}s; for float32 tensors every intermediate result is rounded to float, which
 * reproduces float arithmetic exactly (a double holds every +, -, *, / of two floats exactly enough that
 * rounding it once to float gives the float operation's result).
 */
package jtorch.vision.ops.cpu;
