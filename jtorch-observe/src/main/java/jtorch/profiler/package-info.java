/**
 * {@code torch.profiler} for CPU: {@link jtorch.profiler.Profiler#profile()} records every user-level op at
 * jtorch's dispatch point (through the public {@code jtorch.overrides.TorchFunctionMode}) and
 * {@code recordFunction} ranges; {@code keyAverages().table(...)} prints PyTorch's table and
 * {@code exportChromeTrace} writes a Chrome trace. jtorch-core's public API only.
 */
package jtorch.profiler;
