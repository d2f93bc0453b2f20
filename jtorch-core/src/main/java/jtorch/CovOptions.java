package jtorch;

/**
 * The keyword arguments of {@code torch.cov}: {@code correction=1, fweights=None, aweights=None}, each settable by
 * name. {@code torch.cov(x, correction=0)} is {@code Torch.cov(x, Torch.covOptions().correction(0))}.
 */
public final class CovOptions {
    int correction = 1;
    Tensor fweights;
    Tensor aweights;

    CovOptions() {
    }

    /** PyTorch: {@code correction=} (1: the unbiased estimate, 0: the population covariance). */
    public CovOptions correction(int correction) {
        this.correction = correction;
        return this;
    }

    /** PyTorch: {@code fweights=}: an integer count of repetitions per observation. */
    public CovOptions fweights(Tensor fweights) {
        this.fweights = fweights;
        return this;
    }

    /** PyTorch: {@code aweights=}: a non-negative float importance per observation. */
    public CovOptions aweights(Tensor aweights) {
        this.aweights = aweights;
        return this;
    }
}
