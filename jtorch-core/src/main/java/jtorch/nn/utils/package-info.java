/**
 * {@code torch.nn.utils}: gradient clipping. Public API only.
 */
package jtorch.nn.utils;
