package jtorch.examples;

import java.util.Arrays;
import java.util.StringJoiner;
import jtorch.Tensor;
import jtorch.optim.PyFloat;

/** Python's printing of the values the seed programs print, so that the Java output reads as the Python's. */
final class Py {
    private Py() {
    }

    /** {@code repr(float)}: {@code 0.1}, {@code 1e-05}, {@code 676.87890625}. */
    static String repr(double v) {
        return PyFloat.repr(v);
    }

    /** {@code print(t.size())}: {@code torch.Size([6, 1, 5, 5])}. */
    static String size(Tensor t) {
        return "torch.Size(" + Arrays.toString(t.sizes()) + ")";
    }

    /** {@code t.tolist()} of a 1-d floating tensor: {@code [0.5, -1.25]}. */
    static String list(Tensor t) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double v : t.toDoubleArray()) {
            j.add(repr(v));
        }
        return j.toString();
    }
}
