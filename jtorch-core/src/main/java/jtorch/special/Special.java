package jtorch.special;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.internal.ops.SpecialOps;
import jtorch.nn.functional.F;

/**
 * PyTorch's {@code torch.special}: {@code Special.i0e(x)} for {@code torch.special.i0e(x)}. Functions with a
 * {@code torch} twin (gammaln and lgamma, psi and digamma, expit and sigmoid, ...) compute exactly what the twin
 * does, recording the same autograd node, as in PyTorch.
 */
public final class Special {
    private Special() {
    }

    /** The logistic sigmoid. PyTorch: {@code torch.special.expit(input)}. */
    public static Tensor expit(Tensor input) {
        return input.sigmoid();
    }

    /** {@code log(p / (1 - p))}. PyTorch: {@code torch.special.logit(input)}. */
    public static Tensor logit(Tensor input) {
        return input.logit();
    }

    /** logit with p clamped to [eps, 1 - eps]. PyTorch: {@code torch.special.logit(input, eps)}. */
    public static Tensor logit(Tensor input, double eps) {
        return input.logit(eps);
    }

    /** {@code x · log(y)}, 0 where x is 0. PyTorch: {@code torch.special.xlogy(input, other)}. */
    public static Tensor xlogy(Tensor input, Tensor other) {
        return input.xlogy(other);
    }

    /** xlogy with a number for other. PyTorch: {@code torch.special.xlogy(input, other)}. */
    public static Tensor xlogy(Tensor input, double other) {
        return input.xlogy(other);
    }

    /** xlogy with a number for self. PyTorch: {@code torch.special.xlogy(self, other)}. */
    public static Tensor xlogy(double self, Tensor other) {
        return Torch.xlogy(self, other);
    }

    /** {@code x · log1p(y)}, 0 where x is 0. PyTorch: {@code torch.special.xlog1py(input, other)}. */
    public static Tensor xlog1py(Tensor input, Tensor other) {
        return SpecialOps.xlog1py(input, other);
    }

    /** {@code -x ln x}. PyTorch: {@code torch.special.entr(input)}. */
    public static Tensor entr(Tensor input) {
        return SpecialOps.entr(input);
    }

    /** The error function. PyTorch: {@code torch.special.erf(input)}. */
    public static Tensor erf(Tensor input) {
        return input.erf();
    }

    /** {@code 1 - erf(x)}. PyTorch: {@code torch.special.erfc(input)}. */
    public static Tensor erfc(Tensor input) {
        return input.erfc();
    }

    /** {@code exp(x²) erfc(x)}. PyTorch: {@code torch.special.erfcx(input)}. */
    public static Tensor erfcx(Tensor input) {
        return SpecialOps.erfcx(input);
    }

    /** The inverse error function. PyTorch: {@code torch.special.erfinv(input)}. */
    public static Tensor erfinv(Tensor input) {
        return input.erfinv();
    }

    /** The standard normal CDF {@code (1 + erf(x/√2)) / 2}. PyTorch: {@code torch.special.ndtr(input)}. */
    public static Tensor ndtr(Tensor input) {
        return SpecialOps.ndtr(input);
    }

    /** The inverse of the standard normal CDF. PyTorch: {@code torch.special.ndtri(input)}. */
    public static Tensor ndtri(Tensor input) {
        return SpecialOps.ndtri(input);
    }

    /** log of the standard normal CDF. PyTorch: {@code torch.special.log_ndtr(input)}. */
    public static Tensor logNdtr(Tensor input) {
        return SpecialOps.logNdtr(input);
    }

    /** I0(x). PyTorch: {@code torch.special.i0(input)}. */
    public static Tensor i0(Tensor input) {
        return input.i0();
    }

    /** exp(-|x|) I0(x). PyTorch: {@code torch.special.i0e(input)}. */
    public static Tensor i0e(Tensor input) {
        return SpecialOps.i0e(input);
    }

    /** I1(x). PyTorch: {@code torch.special.i1(input)}. */
    public static Tensor i1(Tensor input) {
        return SpecialOps.i1(input);
    }

    /** exp(-|x|) I1(x). PyTorch: {@code torch.special.i1e(input)}. */
    public static Tensor i1e(Tensor input) {
        return SpecialOps.i1e(input);
    }

    /** The Hurwitz zeta function. PyTorch: {@code torch.special.zeta(input, other)}. */
    public static Tensor zeta(Tensor input, Tensor other) {
        return SpecialOps.zeta(input, other);
    }

    /** log|Γ(x)|. PyTorch: {@code torch.special.gammaln(input)}. */
    public static Tensor gammaln(Tensor input) {
        return input.lgamma();
    }

    /** ψ(x). PyTorch: {@code torch.special.digamma(input)}. */
    public static Tensor digamma(Tensor input) {
        return input.digamma();
    }

    /** ψ(x). PyTorch: {@code torch.special.psi(input)}. */
    public static Tensor psi(Tensor input) {
        return input.digamma();
    }

    /** ψ⁽ⁿ⁾(x). PyTorch: {@code torch.special.polygamma(n, input)}. */
    public static Tensor polygamma(int n, Tensor input) {
        return input.polygamma(n);
    }

    /** The multivariate log-gamma. PyTorch: {@code torch.special.multigammaln(input, p)}. */
    public static Tensor multigammaln(Tensor input, int p) {
        return input.mvlgamma(p);
    }

    /** {@code sin(πx)/(πx)}. PyTorch: {@code torch.special.sinc(input)}. */
    public static Tensor sinc(Tensor input) {
        return input.sinc();
    }

    /** Round half to even. PyTorch: {@code torch.special.round(input)}. */
    public static Tensor round(Tensor input) {
        return input.round();
    }

    /** Round half to even at {@code decimals} places. PyTorch: {@code torch.special.round(input, decimals=)}. */
    public static Tensor round(Tensor input, int decimals) {
        return input.round(decimals);
    }

    /** Softmax along dim. PyTorch: {@code torch.special.softmax(input, dim)}. */
    public static Tensor softmax(Tensor input, int dim) {
        return F.softmax(input, dim);
    }

    /** Softmax computed in {@code dtype}. PyTorch: {@code torch.special.softmax(input, dim, dtype=)}. */
    public static Tensor softmax(Tensor input, int dim, DType dtype) {
        return F.softmax(input, dim, dtype);
    }

    /** Log-softmax along dim. PyTorch: {@code torch.special.log_softmax(input, dim)}. */
    public static Tensor logSoftmax(Tensor input, int dim) {
        return F.logSoftmax(input, dim);
    }

    /** Log-softmax computed in {@code dtype}. PyTorch: {@code torch.special.log_softmax(input, dim, dtype=)}. */
    public static Tensor logSoftmax(Tensor input, int dim, DType dtype) {
        return F.logSoftmax(input, dim, dtype);
    }

    /** {@code log Σ exp(x)} over dims. PyTorch: {@code torch.special.logsumexp(input, dim, keepdim=False)}. */
    public static Tensor logsumexp(Tensor input, int[] dims, boolean keepdim) {
        return input.logsumexp(dims, keepdim);
    }

    /** logsumexp over one dim. PyTorch: {@code torch.special.logsumexp(input, dim)}. */
    public static Tensor logsumexp(Tensor input, int dim) {
        return input.logsumexp(dim);
    }

    /** {@code 2^x}. PyTorch: {@code torch.special.exp2(input)}. */
    public static Tensor exp2(Tensor input) {
        return input.exp2();
    }

    /** {@code exp(x) - 1}. PyTorch: {@code torch.special.expm1(input)}. */
    public static Tensor expm1(Tensor input) {
        return input.expm1();
    }

    /** {@code log(1 + x)}. PyTorch: {@code torch.special.log1p(input)}. */
    public static Tensor log1p(Tensor input) {
        return input.log1p();
    }

    /** The regularized lower incomplete gamma P(a, x). PyTorch: {@code torch.special.gammainc(input, other)}. */
    public static Tensor gammainc(Tensor input, Tensor other) {
        return input.igamma(other);
    }

    /** The regularized upper incomplete gamma Q(a, x). PyTorch: {@code torch.special.gammaincc(input, other)}. */
    public static Tensor gammaincc(Tensor input, Tensor other) {
        return input.igammac(other);
    }

    /** The Chebyshev polynomial of the first kind T_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.chebyshev_polynomial_t(input, n)}. */
    public static Tensor chebyshevPolynomialT(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_T, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.chebyshev_polynomial_t(input, n)}. */
    public static Tensor chebyshevPolynomialT(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_T, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.chebyshev_polynomial_t(x, n)}. */
    public static Tensor chebyshevPolynomialT(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_T, Torch.wrap(x), n);
    }

    /** The Chebyshev polynomial of the second kind U_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.chebyshev_polynomial_u(input, n)}. */
    public static Tensor chebyshevPolynomialU(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_U, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.chebyshev_polynomial_u(input, n)}. */
    public static Tensor chebyshevPolynomialU(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_U, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.chebyshev_polynomial_u(x, n)}. */
    public static Tensor chebyshevPolynomialU(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_U, Torch.wrap(x), n);
    }

    /** The Chebyshev polynomial of the third kind V_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.chebyshev_polynomial_v(input, n)}. */
    public static Tensor chebyshevPolynomialV(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_V, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.chebyshev_polynomial_v(input, n)}. */
    public static Tensor chebyshevPolynomialV(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_V, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.chebyshev_polynomial_v(x, n)}. */
    public static Tensor chebyshevPolynomialV(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_V, Torch.wrap(x), n);
    }

    /** The Chebyshev polynomial of the fourth kind W_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.chebyshev_polynomial_w(input, n)}. */
    public static Tensor chebyshevPolynomialW(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_W, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.chebyshev_polynomial_w(input, n)}. */
    public static Tensor chebyshevPolynomialW(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_W, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.chebyshev_polynomial_w(x, n)}. */
    public static Tensor chebyshevPolynomialW(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.CHEBYSHEV_W, Torch.wrap(x), n);
    }

    /** T_n(2x - 1), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.shifted_chebyshev_polynomial_t(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialT(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_T, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_t(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialT(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_T, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_t(x, n)}. */
    public static Tensor shiftedChebyshevPolynomialT(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_T, Torch.wrap(x), n);
    }

    /** U_n(2x - 1), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.shifted_chebyshev_polynomial_u(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialU(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_U, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_u(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialU(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_U, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_u(x, n)}. */
    public static Tensor shiftedChebyshevPolynomialU(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_U, Torch.wrap(x), n);
    }

    /** V_n(2x - 1), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.shifted_chebyshev_polynomial_v(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialV(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_V, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_v(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialV(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_V, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_v(x, n)}. */
    public static Tensor shiftedChebyshevPolynomialV(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_V, Torch.wrap(x), n);
    }

    /** W_n(2x - 1), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.shifted_chebyshev_polynomial_w(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialW(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_W, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_w(input, n)}. */
    public static Tensor shiftedChebyshevPolynomialW(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_W, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.shifted_chebyshev_polynomial_w(x, n)}. */
    public static Tensor shiftedChebyshevPolynomialW(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.SHIFTED_CHEBYSHEV_W, Torch.wrap(x), n);
    }

    /** The physicists' Hermite polynomial H_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.hermite_polynomial_h(input, n)}. */
    public static Tensor hermitePolynomialH(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.HERMITE_H, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.hermite_polynomial_h(input, n)}. */
    public static Tensor hermitePolynomialH(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.HERMITE_H, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.hermite_polynomial_h(x, n)}. */
    public static Tensor hermitePolynomialH(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.HERMITE_H, Torch.wrap(x), n);
    }

    /** The probabilists' Hermite polynomial He_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.hermite_polynomial_he(input, n)}. */
    public static Tensor hermitePolynomialHe(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.HERMITE_HE, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.hermite_polynomial_he(input, n)}. */
    public static Tensor hermitePolynomialHe(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.HERMITE_HE, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.hermite_polynomial_he(x, n)}. */
    public static Tensor hermitePolynomialHe(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.HERMITE_HE, Torch.wrap(x), n);
    }

    /** The Laguerre polynomial L_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.laguerre_polynomial_l(input, n)}. */
    public static Tensor laguerrePolynomialL(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.LAGUERRE_L, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.laguerre_polynomial_l(input, n)}. */
    public static Tensor laguerrePolynomialL(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.LAGUERRE_L, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.laguerre_polynomial_l(x, n)}. */
    public static Tensor laguerrePolynomialL(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.LAGUERRE_L, Torch.wrap(x), n);
    }

    /** The Legendre polynomial P_n(x), degree n per element (truncated to an integer; 0 below 0). PyTorch: {@code torch.special.legendre_polynomial_p(input, n)}. */
    public static Tensor legendrePolynomialP(Tensor input, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.LEGENDRE_P, input, n);
    }

    /** With a number degree. PyTorch: {@code torch.special.legendre_polynomial_p(input, n)}. */
    public static Tensor legendrePolynomialP(Tensor input, double n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.LEGENDRE_P, input, Torch.wrap(n));
    }

    /** With a number x. PyTorch: {@code torch.special.legendre_polynomial_p(x, n)}. */
    public static Tensor legendrePolynomialP(double x, Tensor n) {
        return SpecialOps.polynomial(SpecialOps.Polynomial.LEGENDRE_P, Torch.wrap(x), n);
    }

    /** I0(x), without a gradient in PyTorch 1.13. PyTorch: {@code torch.special.modified_bessel_i0(input)}. */
    public static Tensor modifiedBesselI0(Tensor input) {
        return SpecialOps.modifiedBesselI0(input);
    }

    /** I1(x), without a gradient in PyTorch 1.13. PyTorch: {@code torch.special.modified_bessel_i1(input)}. */
    public static Tensor modifiedBesselI1(Tensor input) {
        return SpecialOps.modifiedBesselI1(input);
    }

    /** sin(x)/x, without a gradient in PyTorch 1.13. PyTorch: {@code torch.special.spherical_bessel_j0(input)}. */
    public static Tensor sphericalBesselJ0(Tensor input) {
        return SpecialOps.sphericalBesselJ0(input);
    }

    /** J0(x), the Bessel function of the first kind of order 0; no gradient in PyTorch 1.13. PyTorch: {@code torch.special.bessel_j0(input)}. */
    public static Tensor besselJ0(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.J0, input);
    }

    /** J1(x), the Bessel function of the first kind of order 1; no gradient in PyTorch 1.13. PyTorch: {@code torch.special.bessel_j1(input)}. */
    public static Tensor besselJ1(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.J1, input);
    }

    /** Y0(x), the Bessel function of the second kind of order 0 (NaN below 0); no gradient in PyTorch 1.13. PyTorch: {@code torch.special.bessel_y0(input)}. */
    public static Tensor besselY0(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.Y0, input);
    }

    /** Y1(x), the Bessel function of the second kind of order 1 (NaN below 0); no gradient in PyTorch 1.13. PyTorch: {@code torch.special.bessel_y1(input)}. */
    public static Tensor besselY1(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.Y1, input);
    }

    /** K0(x), the modified Bessel function of the second kind of order 0; no gradient in PyTorch 1.13. PyTorch: {@code torch.special.modified_bessel_k0(input)}. */
    public static Tensor modifiedBesselK0(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.K0, input);
    }

    /** K1(x), the modified Bessel function of the second kind of order 1; no gradient in PyTorch 1.13. PyTorch: {@code torch.special.modified_bessel_k1(input)}. */
    public static Tensor modifiedBesselK1(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.K1, input);
    }

    /** exp(x) K0(x); no gradient in PyTorch 1.13. PyTorch: {@code torch.special.scaled_modified_bessel_k0(input)}. */
    public static Tensor scaledModifiedBesselK0(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.K0_SCALED, input);
    }

    /** exp(x) K1(x); no gradient in PyTorch 1.13. PyTorch: {@code torch.special.scaled_modified_bessel_k1(input)}. */
    public static Tensor scaledModifiedBesselK1(Tensor input) {
        return SpecialOps.bessel(SpecialOps.Bessel.K1_SCALED, input);
    }

    // ---------------------------------------------------------------- the last names of issue 21: airy_ai (SpecialOps)

    /**
     * Ai(x), the Airy function of the first kind (integers and bools computed in float32; NaN at ±inf, 0 past
     * 103.892 as PyTorch's); no gradient in PyTorch 1.13. PyTorch: {@code torch.special.airy_ai(input)}.
     */
    public static Tensor airyAi(Tensor input) {
        return SpecialOps.airyAi(input);
    }
}
