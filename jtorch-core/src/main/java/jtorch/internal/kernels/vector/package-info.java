/**
 * The Vector API kernels: the only package that imports {@code jdk.incubator.vector}
 * (generated from {@code tools/GenKernels.java}: edit the generator, not these files).
 */
package jtorch.internal.kernels.vector;
