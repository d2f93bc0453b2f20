package jtorch.nn;

/** How pooling modules print their arguments: a value given as one int as that int, else a tuple. */
final class PoolRepr {
    private PoolRepr() {
    }

    static String arg(int[] v) {
        return v.length == 1 ? Integer.toString(v[0]) : Repr.tuple(v);
    }
}
