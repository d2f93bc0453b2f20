/**
 * {@code torch.nn.functional} as {@link jtorch.nn.functional.F}: each function delegates to
 * its op family in {@code jtorch.internal.ops}.
 */
package jtorch.nn.functional;
