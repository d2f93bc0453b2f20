package jtorch.linalg;

/**
 * The keyword arguments of {@code torch.linalg.lstsq(A, B, rcond=None, *, driver=None)}: {@code lstsq(A, B,
 * driver='gelsd')} is {@code Linalg.lstsq(A, B, Linalg.lstsqOptions().driver("gelsd"))}.
 */
public final class LstsqOptions {
    double rcond = Double.NaN; // not set (None)
    String driver = "gelsy";

    LstsqOptions() {
    }

    /** PyTorch: {@code rcond=} (singular values below rcond * largest count as zero; default eps * max(m, n)). */
    public LstsqOptions rcond(double rcond) {
        this.rcond = rcond;
        return this;
    }

    /** PyTorch: {@code driver=}: "gelsy" (CPU default), "gels", "gelsd" or "gelss". */
    public LstsqOptions driver(String driver) {
        this.driver = driver;
        return this;
    }
}
