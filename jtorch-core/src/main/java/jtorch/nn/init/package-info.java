/**
 * {@code torch.nn.init}: weight initialisation drawing from the default generator exactly as
 * PyTorch does; each function is a dispatched op of module {@code torch.nn.init} (see {@code InitOps}).
 */
package jtorch.nn.init;
