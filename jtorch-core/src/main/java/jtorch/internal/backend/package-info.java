/**
 * The device floor between the op families and the kernels: a {@link jtorch.internal.backend.Backend} per
 * device type computes on storage plus layout ({@link jtorch.internal.backend.Strided}), never on
 * {@code Tensor}. The op families decide what an op means (checks, promotion, shapes, autograd) and allocate
 * their results through the backend of their operands' device; the backend fills them. {@code CpuBackend}
 * runs the kernels of {@code jtorch.internal.kernels}; {@code MetaBackend} has nothing to compute (meta
 * tensors carry shapes only), which is the whole meta device. A CUDA backend would be a third implementation.
 * Uses {@code kernels} and the storage/dtype/device value types only.
 */
package jtorch.internal.backend;
