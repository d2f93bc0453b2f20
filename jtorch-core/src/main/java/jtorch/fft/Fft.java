package jtorch.fft;

import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.internal.ops.FftOps;

/**
 * {@code torch.fft}: discrete Fourier transforms over complex values in view_as_real form (a trailing dim of size 2
 * holding real and imaginary parts; see the package documentation for which inputs are read as complex). PyTorch's
 * {@code torch.view_as_real(torch.fft.rfft(x, norm="ortho"))} is {@code Fft.rfft(x, Fft.fftOptions().norm("ortho"))}.
 */
public final class Fft {
    private Fft() {
    }

    // ---------------------------------------------------------------- options

    /** Keyword options of the one-dimensional transforms: n=None, dim=-1, norm=None. */
    public static FftOptions fftOptions() {
        return new FftOptions();
    }

    /** Keyword options of fft2, ifft2, rfft2, irfft2, hfft2 and ihfft2: s=None, dim=(-2, -1), norm=None. */
    public static FftnOptions fft2Options() {
        return new FftnOptions(new int[] {-2, -1});
    }

    /** Keyword options of fftn, ifftn, rfftn, irfftn, hfftn and ihfftn: s=None, dim=None (all dims), norm=None. */
    public static FftnOptions fftnOptions() {
        return new FftnOptions(null);
    }

    // ---------------------------------------------------------------- fft

    /** The discrete Fourier transform, along the last dim. PyTorch: {@code torch.fft.fft(input)}. */
    public static Tensor fft(Tensor x) {
        return fft(x, fftOptions());
    }

    /** PyTorch: {@code torch.fft.fft(input, n)}. */
    public static Tensor fft(Tensor x, int n) {
        return fft(x, fftOptions().n(n));
    }

    /** PyTorch: {@code torch.fft.fft(input, n, dim)}. */
    public static Tensor fft(Tensor x, int n, int dim) {
        return fft(x, fftOptions().n(n).dim(dim));
    }

    /** PyTorch: {@code torch.fft.fft(input, n, dim, norm)}. */
    public static Tensor fft(Tensor x, int n, int dim, String norm) {
        return fft(x, fftOptions().n(n).dim(dim).norm(norm));
    }

    /** The discrete Fourier transform. PyTorch: {@code torch.fft.fft(input, n=None, dim=-1, norm=None)}. */
    public static Tensor fft(Tensor x, FftOptions o) {
        return FftOps.fft(x, o.n, o.dim, o.norm, o.complexInput, true);
    }

    // ---------------------------------------------------------------- ifft

    /** The inverse discrete Fourier transform, along the last dim. PyTorch: {@code torch.fft.ifft(input)}. */
    public static Tensor ifft(Tensor x) {
        return ifft(x, fftOptions());
    }

    /** PyTorch: {@code torch.fft.ifft(input, n)}. */
    public static Tensor ifft(Tensor x, int n) {
        return ifft(x, fftOptions().n(n));
    }

    /** PyTorch: {@code torch.fft.ifft(input, n, dim)}. */
    public static Tensor ifft(Tensor x, int n, int dim) {
        return ifft(x, fftOptions().n(n).dim(dim));
    }

    /** PyTorch: {@code torch.fft.ifft(input, n, dim, norm)}. */
    public static Tensor ifft(Tensor x, int n, int dim, String norm) {
        return ifft(x, fftOptions().n(n).dim(dim).norm(norm));
    }

    /** The inverse discrete Fourier transform. PyTorch: {@code torch.fft.ifft(input, n=None, dim=-1, norm=None)}. */
    public static Tensor ifft(Tensor x, FftOptions o) {
        return FftOps.fft(x, o.n, o.dim, o.norm, o.complexInput, false);
    }

    // ---------------------------------------------------------------- rfft

    /** The transform of a real signal: its n/2+1 non-negative frequencies, along the last dim. PyTorch: {@code torch.fft.rfft(input)}. */
    public static Tensor rfft(Tensor x) {
        return rfft(x, fftOptions());
    }

    /** PyTorch: {@code torch.fft.rfft(input, n)}. */
    public static Tensor rfft(Tensor x, int n) {
        return rfft(x, fftOptions().n(n));
    }

    /** PyTorch: {@code torch.fft.rfft(input, n, dim)}. */
    public static Tensor rfft(Tensor x, int n, int dim) {
        return rfft(x, fftOptions().n(n).dim(dim));
    }

    /** PyTorch: {@code torch.fft.rfft(input, n, dim, norm)}. */
    public static Tensor rfft(Tensor x, int n, int dim, String norm) {
        return rfft(x, fftOptions().n(n).dim(dim).norm(norm));
    }

    /** The transform of a real signal: its n/2+1 non-negative frequencies. PyTorch: {@code torch.fft.rfft(input, n=None, dim=-1, norm=None)}. */
    public static Tensor rfft(Tensor x, FftOptions o) {
        return FftOps.rfft(x, o.n, o.dim, o.norm, true);
    }

    // ---------------------------------------------------------------- irfft

    /** The inverse of rfft: n real values (default 2·(m - 1)) from a Hermitian half-spectrum of m bins, along the last dim. PyTorch: {@code torch.fft.irfft(input)}. */
    public static Tensor irfft(Tensor x) {
        return irfft(x, fftOptions());
    }

    /** PyTorch: {@code torch.fft.irfft(input, n)}. */
    public static Tensor irfft(Tensor x, int n) {
        return irfft(x, fftOptions().n(n));
    }

    /** PyTorch: {@code torch.fft.irfft(input, n, dim)}. */
    public static Tensor irfft(Tensor x, int n, int dim) {
        return irfft(x, fftOptions().n(n).dim(dim));
    }

    /** PyTorch: {@code torch.fft.irfft(input, n, dim, norm)}. */
    public static Tensor irfft(Tensor x, int n, int dim, String norm) {
        return irfft(x, fftOptions().n(n).dim(dim).norm(norm));
    }

    /** The inverse of rfft: n real values (default 2·(m - 1)) from a Hermitian half-spectrum of m bins. PyTorch: {@code torch.fft.irfft(input, n=None, dim=-1, norm=None)}. */
    public static Tensor irfft(Tensor x, FftOptions o) {
        return FftOps.irfft(x, o.n, o.dim, o.norm, o.complexInput, false);
    }

    // ---------------------------------------------------------------- hfft

    /** The transform of a Hermitian-symmetric signal given by its first half: n real values (default 2·(m - 1)), along the last dim. PyTorch: {@code torch.fft.hfft(input)}. */
    public static Tensor hfft(Tensor x) {
        return hfft(x, fftOptions());
    }

    /** PyTorch: {@code torch.fft.hfft(input, n)}. */
    public static Tensor hfft(Tensor x, int n) {
        return hfft(x, fftOptions().n(n));
    }

    /** PyTorch: {@code torch.fft.hfft(input, n, dim)}. */
    public static Tensor hfft(Tensor x, int n, int dim) {
        return hfft(x, fftOptions().n(n).dim(dim));
    }

    /** PyTorch: {@code torch.fft.hfft(input, n, dim, norm)}. */
    public static Tensor hfft(Tensor x, int n, int dim, String norm) {
        return hfft(x, fftOptions().n(n).dim(dim).norm(norm));
    }

    /** The transform of a Hermitian-symmetric signal given by its first half: n real values (default 2·(m - 1)). PyTorch: {@code torch.fft.hfft(input, n=None, dim=-1, norm=None)}. */
    public static Tensor hfft(Tensor x, FftOptions o) {
        return FftOps.irfft(x, o.n, o.dim, o.norm, o.complexInput, true);
    }

    // ---------------------------------------------------------------- ihfft

    /** The inverse of hfft: the n/2+1 non-negative frequencies of the inverse transform of a real signal, along the last dim. PyTorch: {@code torch.fft.ihfft(input)}. */
    public static Tensor ihfft(Tensor x) {
        return ihfft(x, fftOptions());
    }

    /** PyTorch: {@code torch.fft.ihfft(input, n)}. */
    public static Tensor ihfft(Tensor x, int n) {
        return ihfft(x, fftOptions().n(n));
    }

    /** PyTorch: {@code torch.fft.ihfft(input, n, dim)}. */
    public static Tensor ihfft(Tensor x, int n, int dim) {
        return ihfft(x, fftOptions().n(n).dim(dim));
    }

    /** PyTorch: {@code torch.fft.ihfft(input, n, dim, norm)}. */
    public static Tensor ihfft(Tensor x, int n, int dim, String norm) {
        return ihfft(x, fftOptions().n(n).dim(dim).norm(norm));
    }

    /** The inverse of hfft: the n/2+1 non-negative frequencies of the inverse transform of a real signal. PyTorch: {@code torch.fft.ihfft(input, n=None, dim=-1, norm=None)}. */
    public static Tensor ihfft(Tensor x, FftOptions o) {
        return FftOps.rfft(x, o.n, o.dim, o.norm, false);
    }

    // ---------------------------------------------------------------- fft2

    /** The 2-D discrete Fourier transform (of the last two dims by default). PyTorch: {@code torch.fft.fft2(input)}. */
    public static Tensor fft2(Tensor x) {
        return fft2(x, fft2Options());
    }

    /** PyTorch: {@code torch.fft.fft2(input, s)}. */
    public static Tensor fft2(Tensor x, int[] s) {
        return fft2(x, fft2Options().s(s));
    }

    /** PyTorch: {@code torch.fft.fft2(input, s, dim)}. */
    public static Tensor fft2(Tensor x, int[] s, int[] dim) {
        return fft2(x, fft2Options().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.fft2(input, s, dim, norm)}. */
    public static Tensor fft2(Tensor x, int[] s, int[] dim, String norm) {
        return fft2(x, fft2Options().s(s).dim(dim).norm(norm));
    }

    /** The 2-D discrete Fourier transform (of the last two dims by default). PyTorch: {@code torch.fft.fft2(input, s=None, dim=(-2, -1), norm=None)}. */
    public static Tensor fft2(Tensor x, FftnOptions o) {
        return FftOps.fftn(x, o.s, o.dim, o.norm, o.complexInput, true);
    }

    // ---------------------------------------------------------------- ifft2

    /** The 2-D inverse discrete Fourier transform. PyTorch: {@code torch.fft.ifft2(input)}. */
    public static Tensor ifft2(Tensor x) {
        return ifft2(x, fft2Options());
    }

    /** PyTorch: {@code torch.fft.ifft2(input, s)}. */
    public static Tensor ifft2(Tensor x, int[] s) {
        return ifft2(x, fft2Options().s(s));
    }

    /** PyTorch: {@code torch.fft.ifft2(input, s, dim)}. */
    public static Tensor ifft2(Tensor x, int[] s, int[] dim) {
        return ifft2(x, fft2Options().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.ifft2(input, s, dim, norm)}. */
    public static Tensor ifft2(Tensor x, int[] s, int[] dim, String norm) {
        return ifft2(x, fft2Options().s(s).dim(dim).norm(norm));
    }

    /** The 2-D inverse discrete Fourier transform. PyTorch: {@code torch.fft.ifft2(input, s=None, dim=(-2, -1), norm=None)}. */
    public static Tensor ifft2(Tensor x, FftnOptions o) {
        return FftOps.fftn(x, o.s, o.dim, o.norm, o.complexInput, false);
    }

    // ---------------------------------------------------------------- rfft2

    /** The 2-D transform of a real input, the last dim one-sided. PyTorch: {@code torch.fft.rfft2(input)}. */
    public static Tensor rfft2(Tensor x) {
        return rfft2(x, fft2Options());
    }

    /** PyTorch: {@code torch.fft.rfft2(input, s)}. */
    public static Tensor rfft2(Tensor x, int[] s) {
        return rfft2(x, fft2Options().s(s));
    }

    /** PyTorch: {@code torch.fft.rfft2(input, s, dim)}. */
    public static Tensor rfft2(Tensor x, int[] s, int[] dim) {
        return rfft2(x, fft2Options().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.rfft2(input, s, dim, norm)}. */
    public static Tensor rfft2(Tensor x, int[] s, int[] dim, String norm) {
        return rfft2(x, fft2Options().s(s).dim(dim).norm(norm));
    }

    /** The 2-D transform of a real input, the last dim one-sided. PyTorch: {@code torch.fft.rfft2(input, s=None, dim=(-2, -1), norm=None)}. */
    public static Tensor rfft2(Tensor x, FftnOptions o) {
        return FftOps.rfftn(x, o.s, o.dim, o.norm, "rfftn");
    }

    // ---------------------------------------------------------------- irfft2

    /** The inverse of rfft2. PyTorch: {@code torch.fft.irfft2(input)}. */
    public static Tensor irfft2(Tensor x) {
        return irfft2(x, fft2Options());
    }

    /** PyTorch: {@code torch.fft.irfft2(input, s)}. */
    public static Tensor irfft2(Tensor x, int[] s) {
        return irfft2(x, fft2Options().s(s));
    }

    /** PyTorch: {@code torch.fft.irfft2(input, s, dim)}. */
    public static Tensor irfft2(Tensor x, int[] s, int[] dim) {
        return irfft2(x, fft2Options().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.irfft2(input, s, dim, norm)}. */
    public static Tensor irfft2(Tensor x, int[] s, int[] dim, String norm) {
        return irfft2(x, fft2Options().s(s).dim(dim).norm(norm));
    }

    /** The inverse of rfft2. PyTorch: {@code torch.fft.irfft2(input, s=None, dim=(-2, -1), norm=None)}. */
    public static Tensor irfft2(Tensor x, FftnOptions o) {
        return FftOps.irfftn(x, o.s, o.dim, o.norm, o.complexInput, "irfftn");
    }

    // ---------------------------------------------------------------- fftn

    /** The n-D discrete Fourier transform (of every dim by default). PyTorch: {@code torch.fft.fftn(input)}. */
    public static Tensor fftn(Tensor x) {
        return fftn(x, fftnOptions());
    }

    /** PyTorch: {@code torch.fft.fftn(input, s)}. */
    public static Tensor fftn(Tensor x, int[] s) {
        return fftn(x, fftnOptions().s(s));
    }

    /** PyTorch: {@code torch.fft.fftn(input, s, dim)}. */
    public static Tensor fftn(Tensor x, int[] s, int[] dim) {
        return fftn(x, fftnOptions().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.fftn(input, s, dim, norm)}. */
    public static Tensor fftn(Tensor x, int[] s, int[] dim, String norm) {
        return fftn(x, fftnOptions().s(s).dim(dim).norm(norm));
    }

    /** The n-D discrete Fourier transform (of every dim by default). PyTorch: {@code torch.fft.fftn(input, s=None, dim=None, norm=None)}. */
    public static Tensor fftn(Tensor x, FftnOptions o) {
        return FftOps.fftn(x, o.s, o.dim, o.norm, o.complexInput, true);
    }

    // ---------------------------------------------------------------- ifftn

    /** The n-D inverse discrete Fourier transform. PyTorch: {@code torch.fft.ifftn(input)}. */
    public static Tensor ifftn(Tensor x) {
        return ifftn(x, fftnOptions());
    }

    /** PyTorch: {@code torch.fft.ifftn(input, s)}. */
    public static Tensor ifftn(Tensor x, int[] s) {
        return ifftn(x, fftnOptions().s(s));
    }

    /** PyTorch: {@code torch.fft.ifftn(input, s, dim)}. */
    public static Tensor ifftn(Tensor x, int[] s, int[] dim) {
        return ifftn(x, fftnOptions().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.ifftn(input, s, dim, norm)}. */
    public static Tensor ifftn(Tensor x, int[] s, int[] dim, String norm) {
        return ifftn(x, fftnOptions().s(s).dim(dim).norm(norm));
    }

    /** The n-D inverse discrete Fourier transform. PyTorch: {@code torch.fft.ifftn(input, s=None, dim=None, norm=None)}. */
    public static Tensor ifftn(Tensor x, FftnOptions o) {
        return FftOps.fftn(x, o.s, o.dim, o.norm, o.complexInput, false);
    }

    // ---------------------------------------------------------------- rfftn

    /** The n-D transform of a real input, the last transformed dim one-sided. PyTorch: {@code torch.fft.rfftn(input)}. */
    public static Tensor rfftn(Tensor x) {
        return rfftn(x, fftnOptions());
    }

    /** PyTorch: {@code torch.fft.rfftn(input, s)}. */
    public static Tensor rfftn(Tensor x, int[] s) {
        return rfftn(x, fftnOptions().s(s));
    }

    /** PyTorch: {@code torch.fft.rfftn(input, s, dim)}. */
    public static Tensor rfftn(Tensor x, int[] s, int[] dim) {
        return rfftn(x, fftnOptions().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.rfftn(input, s, dim, norm)}. */
    public static Tensor rfftn(Tensor x, int[] s, int[] dim, String norm) {
        return rfftn(x, fftnOptions().s(s).dim(dim).norm(norm));
    }

    /** The n-D transform of a real input, the last transformed dim one-sided. PyTorch: {@code torch.fft.rfftn(input, s=None, dim=None, norm=None)}. */
    public static Tensor rfftn(Tensor x, FftnOptions o) {
        return FftOps.rfftn(x, o.s, o.dim, o.norm, "rfftn");
    }

    // ---------------------------------------------------------------- irfftn

    /** The inverse of rfftn. PyTorch: {@code torch.fft.irfftn(input)}. */
    public static Tensor irfftn(Tensor x) {
        return irfftn(x, fftnOptions());
    }

    /** PyTorch: {@code torch.fft.irfftn(input, s)}. */
    public static Tensor irfftn(Tensor x, int[] s) {
        return irfftn(x, fftnOptions().s(s));
    }

    /** PyTorch: {@code torch.fft.irfftn(input, s, dim)}. */
    public static Tensor irfftn(Tensor x, int[] s, int[] dim) {
        return irfftn(x, fftnOptions().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.irfftn(input, s, dim, norm)}. */
    public static Tensor irfftn(Tensor x, int[] s, int[] dim, String norm) {
        return irfftn(x, fftnOptions().s(s).dim(dim).norm(norm));
    }

    /** The inverse of rfftn. PyTorch: {@code torch.fft.irfftn(input, s=None, dim=None, norm=None)}. */
    public static Tensor irfftn(Tensor x, FftnOptions o) {
        return FftOps.irfftn(x, o.s, o.dim, o.norm, o.complexInput, "irfftn");
    }

    // ---------------------------------------------------------------- hfft2

    /** The 2-D transform of a Hermitian-symmetric signal given by its half: real output. PyTorch: {@code torch.fft.hfft2(input)}. */
    public static Tensor hfft2(Tensor x) {
        return hfft2(x, fft2Options());
    }

    /** PyTorch: {@code torch.fft.hfft2(input, s)}. */
    public static Tensor hfft2(Tensor x, int[] s) {
        return hfft2(x, fft2Options().s(s));
    }

    /** PyTorch: {@code torch.fft.hfft2(input, s, dim)}. */
    public static Tensor hfft2(Tensor x, int[] s, int[] dim) {
        return hfft2(x, fft2Options().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.hfft2(input, s, dim, norm)}. */
    public static Tensor hfft2(Tensor x, int[] s, int[] dim, String norm) {
        return hfft2(x, fft2Options().s(s).dim(dim).norm(norm));
    }

    /** The 2-D transform of a Hermitian-symmetric signal given by its half: real output. PyTorch: {@code torch.fft.hfft2(input, s=None, dim=(-2, -1), norm=None)}. */
    public static Tensor hfft2(Tensor x, FftnOptions o) {
        return FftOps.hfftn(x, o.s, o.dim, o.norm, o.complexInput, "hfftn");
    }

    // ---------------------------------------------------------------- ihfft2

    /** The inverse of hfft2: the one-sided inverse transform of a real input. PyTorch: {@code torch.fft.ihfft2(input)}. */
    public static Tensor ihfft2(Tensor x) {
        return ihfft2(x, fft2Options());
    }

    /** PyTorch: {@code torch.fft.ihfft2(input, s)}. */
    public static Tensor ihfft2(Tensor x, int[] s) {
        return ihfft2(x, fft2Options().s(s));
    }

    /** PyTorch: {@code torch.fft.ihfft2(input, s, dim)}. */
    public static Tensor ihfft2(Tensor x, int[] s, int[] dim) {
        return ihfft2(x, fft2Options().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.ihfft2(input, s, dim, norm)}. */
    public static Tensor ihfft2(Tensor x, int[] s, int[] dim, String norm) {
        return ihfft2(x, fft2Options().s(s).dim(dim).norm(norm));
    }

    /** The inverse of hfft2: the one-sided inverse transform of a real input. PyTorch: {@code torch.fft.ihfft2(input, s=None, dim=(-2, -1), norm=None)}. */
    public static Tensor ihfft2(Tensor x, FftnOptions o) {
        return FftOps.ihfftn(x, o.s, o.dim, o.norm, "ihfftn");
    }

    // ---------------------------------------------------------------- hfftn

    /** The n-D transform of a Hermitian-symmetric signal given by its half: real output. PyTorch: {@code torch.fft.hfftn(input)}. */
    public static Tensor hfftn(Tensor x) {
        return hfftn(x, fftnOptions());
    }

    /** PyTorch: {@code torch.fft.hfftn(input, s)}. */
    public static Tensor hfftn(Tensor x, int[] s) {
        return hfftn(x, fftnOptions().s(s));
    }

    /** PyTorch: {@code torch.fft.hfftn(input, s, dim)}. */
    public static Tensor hfftn(Tensor x, int[] s, int[] dim) {
        return hfftn(x, fftnOptions().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.hfftn(input, s, dim, norm)}. */
    public static Tensor hfftn(Tensor x, int[] s, int[] dim, String norm) {
        return hfftn(x, fftnOptions().s(s).dim(dim).norm(norm));
    }

    /** The n-D transform of a Hermitian-symmetric signal given by its half: real output. PyTorch: {@code torch.fft.hfftn(input, s=None, dim=None, norm=None)}. */
    public static Tensor hfftn(Tensor x, FftnOptions o) {
        return FftOps.hfftn(x, o.s, o.dim, o.norm, o.complexInput, "hfftn");
    }

    // ---------------------------------------------------------------- ihfftn

    /** The inverse of hfftn: the one-sided inverse transform of a real input. PyTorch: {@code torch.fft.ihfftn(input)}. */
    public static Tensor ihfftn(Tensor x) {
        return ihfftn(x, fftnOptions());
    }

    /** PyTorch: {@code torch.fft.ihfftn(input, s)}. */
    public static Tensor ihfftn(Tensor x, int[] s) {
        return ihfftn(x, fftnOptions().s(s));
    }

    /** PyTorch: {@code torch.fft.ihfftn(input, s, dim)}. */
    public static Tensor ihfftn(Tensor x, int[] s, int[] dim) {
        return ihfftn(x, fftnOptions().s(s).dim(dim));
    }

    /** PyTorch: {@code torch.fft.ihfftn(input, s, dim, norm)}. */
    public static Tensor ihfftn(Tensor x, int[] s, int[] dim, String norm) {
        return ihfftn(x, fftnOptions().s(s).dim(dim).norm(norm));
    }

    /** The inverse of hfftn: the one-sided inverse transform of a real input. PyTorch: {@code torch.fft.ihfftn(input, s=None, dim=None, norm=None)}. */
    public static Tensor ihfftn(Tensor x, FftnOptions o) {
        return FftOps.ihfftn(x, o.s, o.dim, o.norm, "ihfftn");
    }

    // ---------------------------------------------------------------- frequencies and shifts

    /** The sample frequencies of an n-point transform. PyTorch: {@code torch.fft.fftfreq(n)}. */
    public static Tensor fftfreq(int n) {
        return fftfreq(n, 1.0, Torch.options());
    }

    /** The sample frequencies for sample spacing d. PyTorch: {@code torch.fft.fftfreq(n, d)}. */
    public static Tensor fftfreq(int n, double d) {
        return fftfreq(n, d, Torch.options());
    }

    /** PyTorch: {@code torch.fft.fftfreq(n, *, dtype, device, requires_grad)} (d=1.0). */
    public static Tensor fftfreq(int n, TensorOptions options) {
        return fftfreq(n, 1.0, options);
    }

    /**
     * {@code [0, 1, ..., -(n/2), ..., -1] / (n·d)}. PyTorch: {@code torch.fft.fftfreq(n, d=1.0, *, dtype=None,
     * device=None, requires_grad=False)}.
     */
    public static Tensor fftfreq(int n, double d, TensorOptions options) {
        return FftOps.fftfreq(n, d, options, false);
    }

    /** The n/2+1 non-negative sample frequencies of an n-point rfft. PyTorch: {@code torch.fft.rfftfreq(n)}. */
    public static Tensor rfftfreq(int n) {
        return rfftfreq(n, 1.0, Torch.options());
    }

    /** PyTorch: {@code torch.fft.rfftfreq(n, d)}. */
    public static Tensor rfftfreq(int n, double d) {
        return rfftfreq(n, d, Torch.options());
    }

    /** PyTorch: {@code torch.fft.rfftfreq(n, *, dtype, device, requires_grad)} (d=1.0). */
    public static Tensor rfftfreq(int n, TensorOptions options) {
        return rfftfreq(n, 1.0, options);
    }

    /**
     * {@code [0, 1, ..., n/2] / (n·d)}. PyTorch: {@code torch.fft.rfftfreq(n, d=1.0, *, dtype=None, device=None,
     * requires_grad=False)}.
     */
    public static Tensor rfftfreq(int n, double d, TensorOptions options) {
        return FftOps.fftfreq(n, d, options, true);
    }

    /**
     * Rolls the zero frequency to the centre of every dim (every complex dim of a view_as_real input). PyTorch:
     * {@code torch.fft.fftshift(input, dim=None)}.
     */
    public static Tensor fftshift(Tensor x) {
        return FftOps.fftshift(x, null, false);
    }

    /** The same along the given dims. PyTorch: {@code torch.fft.fftshift(input, dim)}. */
    public static Tensor fftshift(Tensor x, int... dim) {
        return FftOps.fftshift(x, dim, false);
    }

    /** The inverse of fftshift over every dim. PyTorch: {@code torch.fft.ifftshift(input, dim=None)}. */
    public static Tensor ifftshift(Tensor x) {
        return FftOps.fftshift(x, null, true);
    }

    /** The inverse of fftshift along the given dims. PyTorch: {@code torch.fft.ifftshift(input, dim)}. */
    public static Tensor ifftshift(Tensor x, int... dim) {
        return FftOps.fftshift(x, dim, true);
    }
}
