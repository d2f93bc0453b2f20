package jtorch.internal.kernels;

/**
 * Sorting and selection that reproduce the element orders of PyTorch 1.13's CPU kernels exactly,
 * ties included. PyTorch's (unstable) {@code sort} calls {@code std::sort}, {@code topk} calls
 * {@code std::partial_sort} or {@code std::nth_element} (+ {@code std::sort}), and {@code kthvalue}
 * its own median-of-three quickselect; none is stable, so which index wins among equal values is a
 * property of the algorithm. The libstdc++ algorithms (introsort with a 16-element insertion-sort
 * threshold, heap select, introselect) are re-implemented here step for step.
 *
 * <p>Elements are (key, id) pairs held in two parallel arrays and moved together, as PyTorch moves
 * (value, index) pairs. Keys are longs compared with {@code <}: {@link #ascendingKey} and
 * {@link #descendingKey} map values so that this order is exactly PyTorch's comparator (NaN largest,
 * -0.0 equal to 0.0), which keeps one algorithm for every dtype and direction.
 */
public final class SortKernels {
    /** libstdc++'s {@code _S_threshold}: below this many elements introsort leaves work to insertion sort. */
    private static final int THRESHOLD = 16;

    private SortKernels() {
    }

    // ---------------------------------------------------------------- keys

    /**
     * A long ordered like PyTorch's ascending comparator on doubles: numeric order, -0.0 equal to
     * 0.0, every NaN equal to the others and after everything else.
     */
    public static long ascendingKey(double v) {
        long bits = Double.doubleToLongBits(v + 0.0); // + 0.0 turns -0.0 into 0.0; NaNs become one pattern
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** A long ordered like PyTorch's descending comparator: larger first, NaN first of all. */
    public static long descendingKey(double v) {
        return ~ascendingKey(v);
    }

    public static long ascendingKey(long v) {
        return v;
    }

    public static long descendingKey(long v) {
        return ~v;
    }

    // ---------------------------------------------------------------- std::sort

    /** {@code std::sort} of the pairs in [first, last): introsort, then a final insertion sort. */
    public static void sort(long[] k, int[] id, int first, int last) {
        if (last - first > 1) {
            introsortLoop(k, id, first, last, 2 * log2(last - first));
            finalInsertionSort(k, id, first, last);
        }
    }

    private static void introsortLoop(long[] k, int[] id, int first, int last, int depthLimit) {
        while (last - first > THRESHOLD) {
            if (depthLimit == 0) {
                partialSort(k, id, first, last, last);
                return;
            }
            depthLimit--;
            int cut = unguardedPartitionPivot(k, id, first, last);
            introsortLoop(k, id, cut, last, depthLimit);
            last = cut;
        }
    }

    private static int unguardedPartitionPivot(long[] k, int[] id, int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(k, id, first, first + 1, mid, last - 1);
        return unguardedPartition(k, id, first + 1, last, k[first]);
    }

    private static void moveMedianToFirst(long[] k, int[] id, int result, int a, int b, int c) {
        int median;
        if (k[a] < k[b]) {
            median = k[b] < k[c] ? b : k[a] < k[c] ? c : a;
        } else {
            median = k[a] < k[c] ? a : k[b] < k[c] ? c : b;
        }
        swap(k, id, result, median);
    }

    // Hoare partition around the pivot key without bounds checks: the median-of-three guarantees sentinels.
    private static int unguardedPartition(long[] k, int[] id, int first, int last, long pivot) {
        while (true) {
            while (k[first] < pivot) {
                first++;
            }
            last--;
            while (pivot < k[last]) {
                last--;
            }
            if (first >= last) {
                return first;
            }
            swap(k, id, first, last);
            first++;
        }
    }

    private static void finalInsertionSort(long[] k, int[] id, int first, int last) {
        if (last - first > THRESHOLD) {
            insertionSort(k, id, first, first + THRESHOLD);
            for (int i = first + THRESHOLD; i < last; i++) {
                unguardedLinearInsert(k, id, i);
            }
        } else {
            insertionSort(k, id, first, last);
        }
    }

    private static void insertionSort(long[] k, int[] id, int first, int last) {
        for (int i = first + 1; i < last; i++) {
            long key = k[i];
            if (key < k[first]) {
                int v = id[i];
                System.arraycopy(k, first, k, first + 1, i - first);
                System.arraycopy(id, first, id, first + 1, i - first);
                k[first] = key;
                id[first] = v;
            } else {
                unguardedLinearInsert(k, id, i);
            }
        }
    }

    private static void unguardedLinearInsert(long[] k, int[] id, int last) {
        long key = k[last];
        int v = id[last];
        int next = last - 1;
        while (key < k[next]) {
            k[last] = k[next];
            id[last] = id[next];
            last = next;
            next--;
        }
        k[last] = key;
        id[last] = v;
    }

    // ---------------------------------------------------------------- stable sort

    /**
     * {@code std::stable_sort}: equal keys keep their input order. Any stable algorithm gives the same
     * result, so this is a plain top-down merge sort.
     */
    public static void stableSort(long[] k, int[] id, int first, int last) {
        int n = last - first;
        if (n > 1) {
            mergeSort(k, id, first, last, new long[n], new int[n]);
        }
    }

    private static void mergeSort(long[] k, int[] id, int first, int last, long[] tk, int[] tid) {
        if (last - first <= THRESHOLD) {
            insertionSort(k, id, first, last); // stable: an element moves only past strictly greater keys
            return;
        }
        int mid = (first + last) >>> 1;
        mergeSort(k, id, first, mid, tk, tid);
        mergeSort(k, id, mid, last, tk, tid);
        int n = mid - first;
        System.arraycopy(k, first, tk, 0, n);
        System.arraycopy(id, first, tid, 0, n);
        int i = 0;
        int j = mid;
        int out = first;
        while (i < n && j < last) {
            if (k[j] < tk[i]) {
                k[out] = k[j];
                id[out++] = id[j++];
            } else {
                k[out] = tk[i];
                id[out++] = tid[i++];
            }
        }
        while (i < n) {
            k[out] = tk[i];
            id[out++] = tid[i++];
        }
    }

    // ---------------------------------------------------------------- std::partial_sort, heaps

    /** {@code std::partial_sort}: the smallest {@code middle - first} pairs, sorted, in front. */
    public static void partialSort(long[] k, int[] id, int first, int middle, int last) {
        heapSelect(k, id, first, middle, last);
        while (middle - first > 1) { // sort_heap
            middle--;
            popHeap(k, id, first, middle, middle);
        }
    }

    private static void heapSelect(long[] k, int[] id, int first, int middle, int last) {
        int len = middle - first;
        if (len >= 2) { // make_heap
            for (int parent = (len - 2) / 2; ; parent--) {
                adjustHeap(k, id, first, parent, len, k[first + parent], id[first + parent]);
                if (parent == 0) {
                    break;
                }
            }
        }
        for (int i = middle; i < last; i++) {
            if (k[i] < k[first]) {
                popHeap(k, id, first, middle, i);
            }
        }
    }

    // moves the heap top to `result` and re-heaps [first, last) with result's old pair
    private static void popHeap(long[] k, int[] id, int first, int last, int result) {
        long key = k[result];
        int v = id[result];
        k[result] = k[first];
        id[result] = id[first];
        adjustHeap(k, id, first, 0, last - first, key, v);
    }

    // sift the hole down to a leaf, then push (key, v) back up (libstdc++'s __adjust_heap + __push_heap)
    private static void adjustHeap(long[] k, int[] id, int first, int hole, int len, long key, int v) {
        int top = hole;
        int child = hole;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (k[first + child] < k[first + child - 1]) {
                child--;
            }
            k[first + hole] = k[first + child];
            id[first + hole] = id[first + child];
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            k[first + hole] = k[first + child - 1];
            id[first + hole] = id[first + child - 1];
            hole = child - 1;
        }
        int parent = (hole - 1) / 2;
        while (hole > top && k[first + parent] < key) {
            k[first + hole] = k[first + parent];
            id[first + hole] = id[first + parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        k[first + hole] = key;
        id[first + hole] = v;
    }

    // ---------------------------------------------------------------- std::nth_element

    /** {@code std::nth_element}: the pair that sorting would put at {@code nth} is placed there. */
    public static void nthElement(long[] k, int[] id, int first, int nth, int last) {
        if (first == last || nth == last) {
            return;
        }
        int depthLimit = 2 * log2(last - first);
        while (last - first > 3) {
            if (depthLimit == 0) {
                heapSelect(k, id, first, nth + 1, last);
                swap(k, id, first, nth);
                return;
            }
            depthLimit--;
            int cut = unguardedPartitionPivot(k, id, first, last);
            if (cut <= nth) {
                first = cut;
            } else {
                last = cut;
            }
        }
        insertionSort(k, id, first, last);
    }

    // ---------------------------------------------------------------- PyTorch's quickselect

    /**
     * Places the k-th smallest pair (0-based {@code kth}) of [0, n) at position kth, with the
     * median-of-three quickselect (Sedgewick's partition) of PyTorch's {@code kthvalue}.
     */
    public static void quickSelect(long[] k, int[] id, int n, int kth) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            if (hi == lo + 1) {
                if (k[hi] < k[lo]) {
                    swap(k, id, lo, hi);
                }
                return;
            }
            swap(k, id, (lo + hi) >>> 1, lo + 1);
            if (k[hi] < k[lo + 1]) {
                swap(k, id, lo + 1, hi);
            }
            if (k[hi] < k[lo]) {
                swap(k, id, lo, hi);
            }
            if (k[lo] < k[lo + 1]) {
                swap(k, id, lo + 1, lo);
            }
            int i = lo + 1;
            int j = hi;
            long pivot = k[lo];
            while (true) {
                do {
                    i++;
                } while (k[i] < pivot);
                do {
                    j--;
                } while (pivot < k[j]);
                if (j < i) {
                    break;
                }
                swap(k, id, i, j);
            }
            swap(k, id, lo, j);
            if (j <= kth) {
                lo = i;
            }
            if (j >= kth) {
                hi = j - 1;
            }
        }
    }

    private static int log2(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    private static void swap(long[] k, int[] id, int i, int j) {
        long tk = k[i];
        k[i] = k[j];
        k[j] = tk;
        int t = id[i];
        id[i] = id[j];
        id[j] = t;
    }
}
