package jtorch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Process-wide switches PyTorch exposes as torch.* getters and setters that jtorch stores and reads back
 * (deterministic algorithms, autocast, inter-op threads, warn-always, float32 matmul precision).
 */
final class GlobalFlags {
    static volatile boolean deterministic;
    static volatile boolean deterministicWarnOnly;
    static volatile boolean autocastGpu;
    static volatile boolean autocastCpu;
    static volatile DType autocastCpuDtype = DType.BFLOAT16;
    static volatile DType autocastGpuDtype = DType.FLOAT16;
    static volatile boolean autocastCache = true;
    static final AtomicInteger autocastNesting = new AtomicInteger();
    static volatile int interopThreads = 1;
    static volatile boolean warnAlways;
    static volatile String matmulPrecision = "highest";

    private GlobalFlags() {
    }
}
