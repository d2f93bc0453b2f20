package jtorch.kernels;

import java.util.Arrays;
import jtorch.DType;
import jtorch.Storage;

/**
 * The matrix-product kernel under mm, bmm, mv and dot (PyTorch's CPU {@code gemm}): {@code C = A·B}
 * for an m×k matrix A and a k×n matrix B read through element strides, so transposed or sliced views
 * are multiplied in place, without a materialised copy. C is written row by row with row stride
 * {@code ldc} and contiguous columns. float32 and float64 run in the {@link KernelProvider}'s loops;
 * integer dtypes take one generic loop that accumulates in long and wraps to the output width at the
 * end, which gives the same result as C++'s wrapping integer arithmetic.
 */
public final class Gemm {
    private Gemm() {
    }

    /** {@code C = A·B}; a, b and c share one dtype (float32, float64 or an integer type). */
    public static void gemm(int m, int n, int k, Storage a, int ao, int ars, int acs, Storage b, int bo, int brs,
                            int bcs, Storage c, int co, int ldc) {
        DType dtype = c.dtype();
        if (a.dtype() != dtype || b.dtype() != dtype) {
            throw new IllegalArgumentException("gemm: operands must share a dtype, got " + a.dtype() + ", " + b.dtype()
                    + " and " + dtype);
        }
        switch (dtype) {
            case FLOAT32 -> Kernels.get().gemm(m, n, k, (float[]) a.data(), ao, ars, acs, (float[]) b.data(), bo, brs,
                    bcs, (float[]) c.data(), co, ldc);
            case FLOAT64 -> Kernels.get().gemm(m, n, k, (double[]) a.data(), ao, ars, acs, (double[]) b.data(), bo, brs,
                    bcs, (double[]) c.data(), co, ldc);
            case INT64, INT32, INT16, INT8, UINT8 -> integral(m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co, ldc);
            default -> throw new IllegalArgumentException("gemm: no kernel for " + dtype
                    + " (float16/bfloat16 are computed in float32 by the caller)");
        }
    }

    private static void integral(int m, int n, int k, Storage a, int ao, int ars, int acs, Storage b, int bo, int brs,
                                 int bcs, Storage c, int co, int ldc) {
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
                c.setLong(co + i * ldc + j, row[j]);
            }
        }
    }
}
