/**
 * Modules, mirroring {@code torch.nn}: {@link jtorch.nn.Module} (import it explicitly:
 * {@code java.lang.Module} makes {@code import jtorch.nn.*} ambiguous), layers, containers and losses. Built on
 * tensor ops and {@code jtorch.internal.ops}; never on kernels.
 */
package jtorch.nn;
