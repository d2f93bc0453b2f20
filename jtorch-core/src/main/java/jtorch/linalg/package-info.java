/**
 * {@code torch.linalg}: {@link jtorch.linalg.Linalg}'s static functions (norms, determinants, inverses and solvers,
 * the Cholesky, QR, symmetric eigen- and singular value decompositions, least squares, pseudo-inverse, rank, powers
 * and products), their keyword options types and named results. May use: {@code jtorch} and
 * {@code jtorch.internal.ops} (each call goes through {@code Dispatch}).
 */
package jtorch.linalg;
