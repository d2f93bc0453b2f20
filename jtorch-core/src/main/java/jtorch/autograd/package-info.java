/**
 * Autograd, mirroring {@code torch.autograd}: graph nodes ({@link jtorch.autograd.Node},
 * {@link jtorch.autograd.OpNode} with its {@link jtorch.autograd.SavedContext} holding exactly what an op
 * declared), the engine that runs backward in dependency order, grad mode, custom
 * {@link jtorch.autograd.Function}s, gradcheck and anomaly mode. Each op's backward formula lives beside its
 * forward in its family under {@code jtorch.internal.ops}; this package only records and runs them.
 */
package jtorch.autograd;
