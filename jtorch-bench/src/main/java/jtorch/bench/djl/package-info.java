/**
 * The DJL peer of jtorch-bench (the {@code djl} Maven profile).
 */
package jtorch.bench.djl;
