package jtorch;

import jtorch.internal.ops.AutocastPolicy;

/**
 * An autocast region: PyTorch's {@code torch.autocast} / {@code torch.cpu.amp.autocast} context manager, entered
 * when {@link Torch#autocast(String)} (or {@code Torch.cpu().amp().autocast()}) returns it and left by
 * {@link #close()}; try-with-resources is Python's {@code with}:
 *
 * <pre>{@code
 * try (var ac = Torch.autocast("cpu")) {          // with torch.autocast("cpu"):
 *     Tensor loss = F.nllLoss(net.forward(x), y); //     conv/linear in bfloat16, the loss in float32
 * }
 * loss.backward();                               // float32 gradients for float32 parameters
 * }</pre>
 *
 * Inside a CPU region the ops of PyTorch 1.13's CPU lists cast their floating arguments: matrix products and
 * convolutions ({@code mm, bmm, addmm, baddbmm, addbmm, matmul, linear, conv1d/2d/3d, conv_transpose1d/2d/3d})
 * to bfloat16, the numerically sensitive ops (losses, {@code prod}, {@code trace}, {@code cdist}, 3-d pooling,
 * padding, {@code quantile}, linear algebra, FFTs, ...) to float32, and {@code stack} / {@code index_copy} to
 * the widest floating input; float64 and non-floating tensors are never cast. Other ops run in their inputs'
 * dtypes. Casts of float32 leaves that require grad (the weights) are cached until the outermost region
 * closes (unless {@code cache_enabled=False}).
 *
 * <p>Regions nest and restore what was set before them on close, as PyTorch's {@code __enter__}/{@code __exit__};
 * the state is per thread, as PyTorch's. {@code enabled(false)} inside a region turns autocast off until it
 * closes. PyTorch's decorator form ({@code @torch.autocast("cpu")} on a function) is Python-only: wrap the body
 * in try-with-resources instead.
 */
public final class Autocast implements AutoCloseable {
    private static final String CPU_DTYPE_WARNING = "In CPU autocast, but the target dtype is not supported. "
            + "Disabling autocast.\nCPU Autocast only supports dtype of torch.bfloat16 currently.";

    private final boolean cpu;
    private final DType fastDtype;
    private final boolean enabled;
    private final boolean cacheEnabled;
    private boolean prevCacheEnabled;
    private boolean prev;
    private DType prevFastDtype;
    private boolean open;

    // PyTorch's autocast.__init__ (its checks, warnings and defaults), then __enter__
    Autocast(String deviceType, AutocastOptions options, boolean cpuAmp) {
        if (!deviceType.equals("cpu") && !deviceType.equals("cuda")) {
            throw new IllegalArgumentException("User specified autocast device_type must be 'cuda' or 'cpu'");
        }
        cpu = deviceType.equals("cpu");
        boolean on = options.enabled;
        if (on && !cpu) {
            Warnings.warn("User provided device_type of 'cuda', but CUDA is not available. Disabling");
            on = false;
        }
        // torch.cpu.amp.autocast passes dtype=torch.bfloat16 and cache_enabled=True explicitly
        DType dtype = options.dtype != null ? options.dtype : cpuAmp ? DType.BFLOAT16 : null;
        Boolean cache = options.cacheEnabled != null ? options.cacheEnabled : cpuAmp ? Boolean.TRUE : null;
        fastDtype = dtype != null ? dtype : cpu ? AutocastPolicy.cpuDtype() : AutocastPolicy.gpuDtype();
        cacheEnabled = cache != null ? cache : AutocastPolicy.isCacheEnabled();
        if (cpu && fastDtype != DType.BFLOAT16) {
            Warnings.warn(CPU_DTYPE_WARNING);
            on = false;
        }
        if (!cpu && fastDtype == DType.BFLOAT16) {
            // torch.cuda.is_bf16_supported() on a build without CUDA
            throw new IllegalStateException("Torch not compiled with CUDA enabled");
        }
        enabled = on;
        enter();
    }

    private void enter() {
        prevCacheEnabled = AutocastPolicy.isCacheEnabled();
        if (cpu) {
            prev = AutocastPolicy.isCpuEnabled();
            prevFastDtype = AutocastPolicy.cpuDtype();
            AutocastPolicy.setCpuEnabled(enabled);
            AutocastPolicy.setCpuDtype(fastDtype);
        } else {
            prev = AutocastPolicy.isGpuEnabled();
            prevFastDtype = AutocastPolicy.gpuDtype();
            AutocastPolicy.setGpuDtype(fastDtype);
            AutocastPolicy.setGpuEnabled(enabled);
        }
        AutocastPolicy.incrementNesting();
        AutocastPolicy.setCacheEnabled(cacheEnabled);
        open = true;
    }

    /** Whether this region casts (false when it was asked not to, or its dtype or device is unsupported). */
    public boolean enabled() {
        return enabled;
    }

    /** The region's target dtype. */
    public DType dtype() {
        return fastDtype;
    }

    /**
     * Leaves the region: restores the enabled flag, dtype and cache setting it found, and drops the cached weight
     * casts when this closes the outermost region. PyTorch: {@code autocast.__exit__}. A second close does nothing.
     */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        if (AutocastPolicy.decrementNesting() == 0) {
            AutocastPolicy.clearCache();
        }
        if (cpu) {
            AutocastPolicy.setCpuEnabled(prev);
            AutocastPolicy.setCpuDtype(prevFastDtype);
        } else {
            AutocastPolicy.setGpuEnabled(prev);
            AutocastPolicy.setGpuDtype(prevFastDtype);
        }
        AutocastPolicy.setCacheEnabled(prevCacheEnabled);
    }
}
