/**
 * The API's entry points, mirroring {@code torch}: {@link jtorch.Tensor} (a strided view over a
 * {@link jtorch.Storage}; every method delegates to an op family), {@link jtorch.Torch} (factories and free
 * functions), {@link jtorch.DType}, {@link jtorch.Device}, {@link jtorch.Generator} (PyTorch's mt19937
 * streams). May use: {@code jtorch.internal.ops} (each call goes through {@code Dispatch}), never the kernels
 * directly except to report which provider runs.
 */
package jtorch;
