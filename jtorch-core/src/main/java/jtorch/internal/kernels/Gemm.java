package jtorch.internal.kernels;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Storage;

/**
 * The matrix-product kernel under mm, bmm, mv, dot and convolution (PyTorch's CPU {@code gemm}):
 * {@code C = A·B}, or {@code C += A·B}, for an m×k matrix A and a k×n matrix B read through element
 * strides, so transposed or sliced views are multiplied in place, without a materialised copy. C is
 * written row by row with row stride {@code ldc} and contiguous columns. float32 and float64 run in the
 * {@link KernelProvider}'s loops; integer dtypes take one generic loop that accumulates in long and wraps
 * to the output width at the end, which gives the same result as C++'s wrapping integer arithmetic.
 *
 * <p>B can also be handed over already packed ({@link #gemmPacked}): the provider's panel layout
 * ({@link KernelProvider#gemmPanelWidth}), which a caller builds once with {@link #packB} and reuses, or
 * writes directly (the convolution's im2col), so the product does not copy B again.
 */
public final class Gemm {
    /** Panel width of the packed layout for integer dtypes (their loop reads each panel through strides). */
    private static final int INTEGRAL_PANEL = 8;

    private Gemm() {
    }

    /** {@code C = A·B}; a, b and c share one dtype (float32, float64 or an integer type). */
    public static void gemm(int m, int n, int k, Storage a, int ao, int ars, int acs, Storage b, int bo, int brs,
                            int bcs, Storage c, int co, int ldc) {
        gemm(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, ldc, false);
    }

    /** {@code C = A·B}, or {@code C += A·B} when {@code accumulate}. */
    public static void gemm(int m, int n, int k, Storage a, int ao, int ars, int acs, Storage b, int bo, int brs,
                            int bcs, Storage c, int co, int ldc, boolean accumulate) {
        DType dtype = checkDtypes(a, b, c);
        switch (dtype) {
            case FLOAT32 -> Kernels.get().gemm(m, n, k, (float[]) a.data(), ao, ars, acs, (float[]) b.data(), bo, brs,
                    bcs, (float[]) c.data(), co, ldc, accumulate);
            case FLOAT64 -> Kernels.get().gemm(m, n, k, (double[]) a.data(), ao, ars, acs, (double[]) b.data(), bo, brs,
                    bcs, (double[]) c.data(), co, ldc, accumulate);
            default -> integral(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, ldc, accumulate);
        }
    }

    /** Columns per panel of the packed B layout for {@code dtype} (see {@link KernelProvider#gemmPanelWidth}). */
    public static int panelWidth(DType dtype) {
        return dtype == DType.FLOAT32 || dtype == DType.FLOAT64 ? Kernels.get().gemmPanelWidth(dtype) : INTEGRAL_PANEL;
    }

    /** Elements of a packed k×n matrix B: k rows of every (zero-padded) panel. */
    public static long packedSize(int k, int n, DType dtype) {
        int nr = panelWidth(dtype);
        return (long) k * ((n + nr - 1) / nr) * nr;
    }

    /** Packs the k×n matrix B (strides brs, bcs) into the packed layout from {@code bp[bpo]}. */
    public static void packB(int k, int n, Storage b, int bo, int brs, int bcs, Storage bp, int bpo) {
        DType dtype = checkDtypes(b, bp, bp);
        checkPacked(k, n, bp, bpo);
        switch (dtype) {
            case FLOAT32 -> Kernels.get().gemmPackB(k, n, (float[]) b.data(), bo, brs, bcs, (float[]) bp.data(), bpo);
            case FLOAT64 -> Kernels.get().gemmPackB(k, n, (double[]) b.data(), bo, brs, bcs, (double[]) bp.data(), bpo);
            default -> {
                for (int j = 0; j < n; j++) {
                    int d = bpo + j / INTEGRAL_PANEL * INTEGRAL_PANEL * k + j % INTEGRAL_PANEL;
                    for (int p = 0; p < k; p++) {
                        bp.setLong(d + p * INTEGRAL_PANEL, b.getLong(bo + p * brs + j * bcs));
                    }
                }
            }
        }
    }

    /** {@code C (+)= A·B} with B in the packed layout from {@code bp[bpo]} (k rows, n columns). */
    public static void gemmPacked(int m, int n, int k, Storage a, int ao, int ars, int acs, Storage bp, int bpo,
                                  Storage c, int co, int ldc, boolean accumulate) {
        DType dtype = checkDtypes(a, bp, c);
        checkPacked(k, n, bp, bpo);
        switch (dtype) {
            case FLOAT32 -> Kernels.get().gemmPacked(m, n, k, (float[]) a.data(), ao, ars, acs, (float[]) bp.data(), bpo,
                    (float[]) c.data(), co, ldc, accumulate);
            case FLOAT64 -> Kernels.get().gemmPacked(m, n, k, (double[]) a.data(), ao, ars, acs, (double[]) bp.data(),
                    bpo, (double[]) c.data(), co, ldc, accumulate);
            default -> {
                // a panel is a k×INTEGRAL_PANEL matrix with row stride INTEGRAL_PANEL
                for (int j = 0; j < n; j += INTEGRAL_PANEL) {
                    integral(m, Math.min(INTEGRAL_PANEL, n - j), k, a, ao, ars, acs, bp, bpo + j * k, INTEGRAL_PANEL,
                            1, c, co + j, ldc, accumulate);
                }
            }
        }
    }

    private static DType checkDtypes(Storage a, Storage b, Storage c) {
        DType dtype = c.dtype();
        if (a.dtype() != dtype || b.dtype() != dtype) {
            throw new IllegalArgumentException("gemm: operands must share a dtype, got " + a.dtype() + ", " + b.dtype()
                    + " and " + dtype);
        }
        switch (dtype) {
            case FLOAT32, FLOAT64, INT64, INT32, INT16, INT8, UINT8 -> {
                return dtype;
            }
            default -> throw new IllegalArgumentException("gemm: no kernel for " + dtype
                    + " (float16/bfloat16 are computed in float32 by the caller)");
        }
    }

    private static void checkPacked(int k, int n, Storage bp, int bpo) {
        long size = packedSize(k, n, bp.dtype());
        if (k < 0 || n < 0 || bpo < 0 || bpo + size > bp.size()) {
            throw new IllegalArgumentException("gemm: a packed " + k + "x" + n + " B (" + size + " elements) at " + bpo
                    + " exceeds its storage of " + bp.size());
        }
    }

    private static void integral(int m, int n, int k, Storage a, int ao, int ars, int acs, Storage b, int bo, int brs,
                                 int bcs, Storage c, int co, int ldc, boolean accumulate) {
        long[] row = new long[n];
        for (int i = 0; i < m; i++) {
            Arrays.fill(row, 0);
            for (int p = 0; p < k; p++) {
                long av = a.getLong(ao + i * ars + p * acs);
                for (int j = 0, bi = bo + p * brs; j < n; j++, bi += bcs) {
                    row[j] += av * b.getLong(bi);
                }
            }
            for (int j = 0; j < n; j++) {
                int ci = co + i * ldc + j;
                c.setLong(ci, accumulate ? c.getLong(ci) + row[j] : row[j]);
            }
        }
    }
}
