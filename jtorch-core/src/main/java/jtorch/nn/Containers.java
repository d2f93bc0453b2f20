package jtorch.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python list semantics shared by the list-like containers: negative indices, slices, renumbering. */
final class Containers {
    private Containers() {
    }

    /** {@code idx} wrapped into [0, size), or PyTorch's "index 5 is out of range". */
    static int index(int idx, int size) {
        if (idx < -size || idx >= size) {
            throw new IndexOutOfBoundsException("index " + idx + " is out of range");
        }
        return idx < 0 ? idx + size : idx;
    }

    /** The positions Python's {@code range(size)[start:stop:step]} selects. */
    static List<Integer> sliceIndices(Integer start, Integer stop, int step, int size) {
        if (step == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        int lo = step > 0 ? 0 : -1;
        int hi = step > 0 ? size : size - 1;
        int s = start == null ? (step > 0 ? lo : hi) : clamp(start, size, lo, hi);
        int e = stop == null ? (step > 0 ? hi : lo) : clamp(stop, size, lo, hi);
        List<Integer> out = new ArrayList<>();
        for (int i = s; step > 0 ? i < e : i > e; i += step) {
            out.add(i);
        }
        return out;
    }

    private static int clamp(int v, int size, int lo, int hi) {
        int w = v < 0 ? v + size : v;
        return Math.max(lo, Math.min(hi, w));
    }

    /** Renames the entries "0", "1", … in their current order (PyTorch does this after a deletion). */
    static <V> void renumber(Map<String, V> map) {
        List<V> values = new ArrayList<>(map.values());
        map.clear();
        for (int i = 0; i < values.size(); i++) {
            map.put(Integer.toString(i), values.get(i));
        }
    }
}
