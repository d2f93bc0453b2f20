package jtorch;

import java.util.ArrayList;
import java.util.List;

/**
 * Index objects for {@link Tensor#index(Object...)} and the parser for the string form
 * {@code x.get(":2, ..., ::2")}: integers, slices (negative bounds and steps &gt; 0), {@code ...},
 * {@code None} (a new axis). Tensor indices are passed as objects to {@code index}.
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

    public static Slice slice(Integer start, Integer stop) {
        return new Slice(start, stop, 1);
    }

    public static Slice slice(Integer start, Integer stop, int step) {
        return new Slice(start, stop, step);
    }

    /** Parses "0, 1:3, ..., ::2, None, -1" into index objects. */
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
