/**
 * {@code torch.fft}: {@link jtorch.fft.Fft}'s static functions (fft, ifft, rfft, irfft, hfft, ihfft, their 2-D and
 * n-D forms, fftfreq, rfftfreq, fftshift, ifftshift) and their keyword options types.
 *
 * <p>jtorch has no complex dtype, so a complex tensor is its {@code torch.view_as_real} form: a float32 or float64
 * tensor with a trailing dim of size 2 holding (real, imaginary) — {@code torch.view_as_real(torch.fft.fft(x))} in
 * PyTorch is {@code Fft.fft(x)} here, element for element. Dims and sizes ({@code dim}, {@code n}, {@code s}) count
 * the complex tensor's dims, never the trailing pair: for a complex signal of shape [4, 8, 2], {@code dim=-1} is the
 * dim of size 8. Complex results (fft, ifft, rfft, ihfft and their n-D forms) come back in this form; irfft and hfft
 * (and their n-D forms) return real tensors. {@code torch.stft} / {@code torch.istft} ({@code jtorch.Torch}) use the
 * same form.
 *
 * <p>Which inputs are complex: the functions that accept a complex input (fft, ifft, irfft, hfft, their n-D forms,
 * fftshift, ifftshift, stft) read a floating tensor whose last dim has size 2 as complex, and any
 * other tensor as real (integers and bool compute in the default dtype, as PyTorch promotes them). A real signal
 * whose last dim happens to have size 2 is passed with the option {@code complexInput(false)}; rfft, ihfft and their
 * n-D forms take real input only, of any shape. Transforms run in double (a mixed-radix FFT, Bluestein's algorithm for lengths
 * with a large prime factor) and round once into float32 results; float16 and bfloat16 are rejected as PyTorch's CPU
 * rejects them. Every transform is differentiable (the adjoint of a DFT is a DFT).
 *
 * <p>May use: {@code jtorch} and {@code jtorch.internal.ops} (each call goes through {@code Dispatch}).
 */
package jtorch.fft;
