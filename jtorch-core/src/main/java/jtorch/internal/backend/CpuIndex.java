package jtorch.internal.backend;

import jtorch.DType;
import jtorch.Storage;
import jtorch.internal.kernels.IndexKernels;
import jtorch.internal.kernels.ScatterReduction;
import jtorch.internal.kernels.StridedIterator;

/** The CPU's advanced-indexing loops: offset tables from boolean masks, and gathers/scatters through a table. */
final class CpuIndex {
    private CpuIndex() {
    }

    static int[] maskOffsets(Strided mask, int[] strides) {
        int[][] st = {mask.stride(), strides};
        byte[] flags = (byte[]) mask.storage().data();
        int count = 0;
        StridedIterator it = new StridedIterator(mask.shape(), st, new int[] {mask.offset(), 0});
        if (!it.isEmpty()) {
            do {
                count += IndexKernels.countMask(flags, it.offset(0), it.innerStride(0), it.innerSize());
            } while (it.next());
        }
        int[] table = new int[count + 1];
        it = new StridedIterator(mask.shape(), st, new int[] {mask.offset(), 0});
        if (!it.isEmpty()) {
            int pos = 0;
            do {
                pos = IndexKernels.maskOffsets(flags, it.offset(0), it.innerStride(0), it.offset(1), it.innerStride(1),
                        it.innerSize(), table, pos);
            } while (it.next());
        }
        return table;
    }

    static void gather(Strided base, int[] table, int[] tableStrides, Strided dst) {
        StridedIterator it = new StridedIterator(dst.shape(), new int[][] {dst.stride(), base.stride(), tableStrides},
                new int[] {dst.offset(), base.offset(), 0});
        if (it.isEmpty()) {
            return;
        }
        do {
            IndexKernels.gather(base.storage(), it.offset(1), it.innerStride(1), table, it.offset(2), it.innerStride(2),
                    dst.storage(), it.offset(0), it.innerStride(0), it.innerSize());
        } while (it.next());
    }

    static void scatter(Strided src, int[] table, int[] tableStrides, Strided base, boolean accumulate) {
        StridedIterator it = new StridedIterator(base.shape(), new int[][] {base.stride(), src.stride(), tableStrides},
                new int[] {base.offset(), src.offset(), 0});
        if (it.isEmpty()) {
            return;
        }
        do {
            IndexKernels.scatter(src.storage(), it.offset(1), it.innerStride(1), table, it.offset(2), it.innerStride(2),
                    base.storage(), it.offset(0), it.innerStride(0), it.innerSize(), accumulate);
        } while (it.next());
    }

    static void scatterReduce(Strided src, int[] table, int[] tableStrides, Strided base, ScatterReduction r) {
        StridedIterator it = new StridedIterator(base.shape(), new int[][] {base.stride(), src.stride(), tableStrides},
                new int[] {base.offset(), src.offset(), 0});
        if (it.isEmpty()) {
            return;
        }
        do {
            IndexKernels.scatterReduce(src.storage(), it.offset(1), it.innerStride(1), table, it.offset(2),
                    it.innerStride(2), base.storage(), it.offset(0), it.innerStride(0), it.innerSize(), r);
        } while (it.next());
    }

    // the index's values in row-major order: the pointwise copy into a fresh int64 buffer
    static long[] indexValues(Strided index) {
        Storage values = Storage.allocate(DType.INT64, index.numel());
        CpuPointwise.copy(index, new Strided(values, index.shape(), CpuPointwise.contiguousStrides(index.shape()), 0));
        return (long[]) values.data();
    }
}
