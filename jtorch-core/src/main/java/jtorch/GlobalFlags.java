package jtorch;

/**
 * Process-wide switches PyTorch exposes as torch.* getters and setters that jtorch stores and reads back
 * (deterministic algorithms, inter-op threads, warn-always, float32 matmul precision).
 */
final class GlobalFlags {
    static volatile boolean deterministic;
    static volatile boolean deterministicWarnOnly;
    static volatile int interopThreads = 1;
    static volatile boolean warnAlways;
    static volatile String matmulPrecision = "highest";

    private GlobalFlags() {
    }
}
