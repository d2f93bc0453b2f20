/**
 * The engine, not exported by the module: {@code ops} (dispatch and op families) over
 * {@code kernels} (the loops). Nothing here is API; the floors are checked by ArchitectureTest.
 */
package jtorch.internal;
