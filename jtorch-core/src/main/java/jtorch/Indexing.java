package jtorch;

import java.util.ArrayList;
import java.util.List;

/**
 * Index objects for {@link Tensor#index(Object...)} and the parser for the string form
 * {@code x.get(":2, ..., ::2")}. PyTorch: the Python subscript {@code x[...]}.
 *
 * <p>An index is a sequence of:
 * <ul>
 * <li>an integer (Integer or Long; negative counts from the end): selects, removing the dim;</li>
 * <li>a {@link Slice} {@code start:stop:step} (open bounds null, Python's clamping, step &gt; 0);</li>
 * <li>{@link #ELLIPSIS} ({@code ...}, at most one): as many full slices as needed;</li>
 * <li>{@link #NEW_AXIS} ({@code None}): inserts a dim of size 1;</li>
 * <li>a Boolean ({@code True}/{@code False}): inserts a dim of size 1, kept whole or emptied;</li>
 * <li>a Tensor: int64 indices, or a bool (or uint8) mask; a 0-d integer tensor acts as an integer;</li>
 * <li>a Java array ({@code long[]}, {@code int[]}, {@code boolean[]}, nested ones): a tensor of it, as
 *     a Python list would be.</li>
 * </ul>
 * Integers, slices, None and booleans give views; tensor indices then give a copy (advanced
 * indexing: index tensors broadcast together; adjacent ones replace their dims in place, separated
 * ones move to the front of the result).
 */
public final class Indexing {
    private Indexing() {
    }

    /** Python's {@code start:stop:step}; null bounds are open. */
    public record Slice(Integer start, Integer stop, int step) {
        @Override
        public String toString() {
            return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == 1 ? "" : ":" + step);
        }
    }

    /** {@code ...}: as many full slices as needed. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "...";
        }
    };

    /** {@code None}: inserts a dim of size 1. */
    public static final Object NEW_AXIS = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** {@code :} */
    public static Slice all() {
        return new Slice(null, null, 1);
    }

    /** Python's {@code start:stop}; null is an omitted bound. */
    public static Slice slice(Integer start, Integer stop) {
        return new Slice(start, stop, 1);
    }

    /** Python's {@code start:stop:step}; null is an omitted bound. */
    public static Slice slice(Integer start, Integer stop, int step) {
        return new Slice(start, stop, step);
    }

    /** Parses "0, 1:3, ..., ::2, None, True, -1" into index objects (no tensors: pass those to index). */
    public static Object[] parse(String spec) {
        List<Object> out = new ArrayList<>();
        String s = spec.trim();
        if (s.isEmpty()) {
            return new Object[0];
        }
        for (String raw : s.split(",", -1)) {
            String part = raw.trim();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("invalid index expression '" + spec + "': empty index");
            }
            if (part.equals("...")) {
                out.add(ELLIPSIS);
            } else if (part.equals("None")) {
                out.add(NEW_AXIS);
            } else if (part.equals("True") || part.equals("False")) {
                out.add(Boolean.valueOf(part));
            } else if (part.contains(":")) {
                String[] f = part.split(":", -1);
                if (f.length > 3) {
                    throw new IllegalArgumentException("invalid slice '" + part + "' in '" + spec + "'");
                }
                Integer start = parseBound(f[0], spec);
                Integer stop = parseBound(f[1], spec);
                Integer step = f.length == 3 ? parseBound(f[2], spec) : null;
                out.add(new Slice(start, stop, step == null ? 1 : step));
            } else {
                out.add(parseInt(part, spec));
            }
        }
        return out.toArray();
    }

    private static Integer parseBound(String s, String spec) {
        String t = s.trim();
        return t.isEmpty() ? null : parseInt(t, spec);
    }

    private static int parseInt(String s, String spec) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid index '" + s + "' in '" + spec + "'");
        }
    }
}
