/**
 * Utilities mirroring {@code torch.utils}; see {@code jtorch.utils.data}.
 */
package jtorch.utils;
