/**
 * The engine, not exported by the module: {@code ops} (dispatch and op families: what an op means) over
 * {@code backend} (a device's computation on storage plus layout: CPU, meta) over {@code kernels} (the loops).
 * Nothing here is API; the floors are checked by ArchitectureTest.
 */
package jtorch.internal;
