package jtorch.internal.kernels;

import jtorch.DType;
import jtorch.Storage;

/**
 * The inner loops of every indexing op (index, index_put, index_select, gather, scatter, take,
 * masked_select): a run of elements whose address in one operand is shifted by a precomputed
 * element offset from an {@code int[]} table. The caller resolves indices into that table once
 * (checking bounds there), so these loops only move or add elements.
 *
 * <p>Both storages hold the same dtype. A run that copies a contiguous block with one offset (a
 * whole row, as index_select and embedding lookups do) is one {@code System.arraycopy}; float32,
 * the hot dtype, has its own element loop (as {@code CopyOps.copyInto} does); other dtypes go
 * through one generic loop per direction, reading integers as long (exact for int64) and the rest
 * as double (exact for every floating dtype; a float sum rounded once from double equals the
 * float sum).
 */
public final class IndexKernels {
    private IndexKernels() {
    }

    /**
     * {@code dst[dOff + i*dStride] = src[sOff + i*sStride + offsets[oOff + i*oStride]]} for i &lt; n.
     */
    public static void gather(Storage src, int sOff, int sStride, int[] offsets, int oOff, int oStride,
                              Storage dst, int dOff, int dStride, int n) {
        if (oStride == 0 && sStride == 1 && dStride == 1) {
            System.arraycopy(src.data(), sOff + offsets[oOff], dst.data(), dOff, n);
            return;
        }
        if (dst.dtype() == DType.FLOAT32) {
            float[] s = (float[]) src.data();
            float[] d = (float[]) dst.data();
            for (int i = 0; i < n; i++) {
                d[dOff + i * dStride] = s[sOff + i * sStride + offsets[oOff + i * oStride]];
            }
        } else if (readsAsLong(dst.dtype())) {
            for (int i = 0; i < n; i++) {
                dst.setLong(dOff + i * dStride, src.getLong(sOff + i * sStride + offsets[oOff + i * oStride]));
            }
        } else {
            for (int i = 0; i < n; i++) {
                dst.setDouble(dOff + i * dStride, src.getDouble(sOff + i * sStride + offsets[oOff + i * oStride]));
            }
        }
    }

    /**
     * {@code dst[dOff + i*dStride + offsets[oOff + i*oStride]] = src[sOff + i*sStride]} for i &lt; n,
     * or {@code +=} when accumulating (in order, so duplicates add up deterministically).
     */
    public static void scatter(Storage src, int sOff, int sStride, int[] offsets, int oOff, int oStride,
                               Storage dst, int dOff, int dStride, int n, boolean accumulate) {
        if (!accumulate && oStride == 0 && sStride == 1 && dStride == 1) {
            System.arraycopy(src.data(), sOff, dst.data(), dOff + offsets[oOff], n);
            return;
        }
        if (dst.dtype() == DType.FLOAT32) {
            float[] s = (float[]) src.data();
            float[] d = (float[]) dst.data();
            for (int i = 0; i < n; i++) {
                int at = dOff + i * dStride + offsets[oOff + i * oStride];
                d[at] = accumulate ? d[at] + s[sOff + i * sStride] : s[sOff + i * sStride];
            }
            return;
        }
        boolean asLong = readsAsLong(dst.dtype());
        for (int i = 0; i < n; i++) {
            int d = dOff + i * dStride + offsets[oOff + i * oStride];
            int s = sOff + i * sStride;
            if (asLong) {
                dst.setLong(d, accumulate ? dst.getLong(d) + src.getLong(s) : src.getLong(s));
            } else {
                dst.setDouble(d, accumulate ? dst.getDouble(d) + src.getDouble(s) : src.getDouble(s));
            }
        }
    }

    /**
     * {@code dst[dOff + i*dStride + offsets[oOff + i*oStride]] = r(dst[...], src[sOff + i*sStride])} for i &lt; n, in
     * order; not a hot path, so one generic loop (integers as long, the rest as double rounded at every step as
     * the dtype's own arithmetic rounds).
     */
    public static void scatterReduce(Storage src, int sOff, int sStride, int[] offsets, int oOff, int oStride,
                                     Storage dst, int dOff, int dStride, int n, ScatterReduction r) {
        boolean asLong = readsAsLong(dst.dtype());
        for (int i = 0; i < n; i++) {
            int d = dOff + i * dStride + offsets[oOff + i * oStride];
            int s = sOff + i * sStride;
            if (asLong) {
                dst.setLong(d, r.combine(dst.getLong(d), src.getLong(s)));
            } else {
                dst.setDouble(d, r.combine(dst.getDouble(d), src.getDouble(s)));
            }
        }
    }

    /** The number of set elements in a run of a mask ({@code byte[]}, bool or uint8). */
    public static int countMask(byte[] mask, int mOff, int mStride, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += mask[mOff + i * mStride] != 0 ? 1 : 0; // branch-free: masks are unpredictable
        }
        return k;
    }

    /**
     * For a run of a mask, stores {@code off + i*stride} at {@code table[k]} for every set element
     * and returns the new k. The store is unconditional (only k advances), so the table needs one
     * spare slot after its last entry.
     */
    public static int maskOffsets(byte[] mask, int mOff, int mStride, int off, int stride, int n, int[] table, int k) {
        for (int i = 0; i < n; i++) {
            table[k] = off + i * stride;
            k += mask[mOff + i * mStride] != 0 ? 1 : 0;
        }
        return k;
    }

    private static boolean readsAsLong(DType d) {
        return !d.isFloatingPoint();
    }
}
