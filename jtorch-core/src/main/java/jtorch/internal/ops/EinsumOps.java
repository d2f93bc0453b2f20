package jtorch.internal.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.Tensor;

/**
 * {@code torch.einsum}: PyTorch's equation syntax (subscripts a-z and A-Z, spaces ignored, one {@code ...} per
 * operand and in the output, implicit output when there is no {@code ->}), with size-1 and ellipsis broadcasting.
 * As in PyTorch it is a composite: every operand is aligned to one layout (diagonals for repeated subscripts,
 * permute, size-1 dims for absent ones), dims only one operand still needs are summed early, and each further
 * operand is contracted into the running result with bmm (or mul when nothing is summed), so gradients come from
 * those ops.
 */
public final class EinsumOps {
    // subscripts are numbered as PyTorch numbers them: 'A'..'Z' are 0..25, 'a'..'z' are 26..51
    private static final int LABELS = 52;
    private static final int ELLIPSIS = -1;

    private EinsumOps() {
    }

    /**
     * The sublist form: operands each followed by its subscripts (an {@code int[]}, or a {@code List} of Integers and
     * {@link jtorch.Indexing#ELLIPSIS}), then optionally the output's; turned into the equation PyTorch builds (0..25
     * are 'A'..'Z', 26..51 'a'..'z'). PyTorch: {@code torch.einsum(op1, sublist1, op2, sublist2, ..., [sublist_out])}.
     */
    public static Tensor einsumSublists(Object... args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("einsum(): must specify the equation string and at least one operand, "
                    + "or at least one operand and its subscripts list");
        }
        List<Tensor> operands = new ArrayList<>();
        StringBuilder equation = new StringBuilder();
        int pairs = args.length / 2;
        for (int i = 0; i < pairs; i++) {
            if (!(args[2 * i] instanceof Tensor t)) {
                throw new IllegalArgumentException("einsum(): argument " + 2 * i + " must be a Tensor (an operand), "
                        + "but got " + typeName(args[2 * i]));
            }
            operands.add(t);
            equation.append(i > 0 ? "," : "").append(subscripts(args[2 * i + 1], 2 * i + 1));
        }
        if (args.length % 2 == 1) {
            equation.append("->").append(subscripts(args[args.length - 1], args.length - 1));
        }
        return einsum(equation.toString(), operands);
    }

    // one sublist as equation letters
    private static String subscripts(Object sublist, int position) {
        List<Object> items = new ArrayList<>();
        if (sublist instanceof int[] ints) {
            for (int v : ints) {
                items.add(v);
            }
        } else if (sublist instanceof List<?> list) {
            items.addAll(list);
        } else {
            throw new IllegalArgumentException("einsum(): argument " + position + " must be a subscripts list (int[] or "
                    + "a List of Integers and Indexing.ELLIPSIS), but got " + typeName(sublist));
        }
        StringBuilder sb = new StringBuilder();
        for (Object item : items) {
            if (item == jtorch.Indexing.ELLIPSIS) {
                sb.append("...");
            } else if (item instanceof Integer n && n >= 0 && n < LABELS) {
                sb.append((char) (n < 26 ? 'A' + n : 'a' + n - 26));
            } else if (item instanceof Integer) {
                throw new IllegalArgumentException("einsum(): subscript in subscript list is not within the valid range "
                        + "[0, 52)");
            } else {
                throw new IllegalArgumentException("einsum(): a subscript must be an Integer or Indexing.ELLIPSIS, but "
                        + "got " + typeName(item));
            }
        }
        return sb.toString();
    }

    private static String typeName(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName();
    }

    /** Sums of products named by {@code equation}. PyTorch: {@code torch.einsum(equation, *operands)}. */
    public static Tensor einsum(String equation, List<Tensor> operands) {
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("einsum(): must specify the equation string and at least one operand, "
                    + "or at least one operand and its subscripts list");
        }
        int n = operands.size();
        int arrow = equation.indexOf("->");
        String lhs = arrow < 0 ? equation : equation.substring(0, arrow);
        List<List<Integer>> subscripts = parseInputs(lhs, n);

        // the number of dims each operand's ellipsis covers, and the most of any (ellipsis dims align right)
        int[] ellipsisDims = new int[n];
        int ellipsis = 0;
        int[] labelCount = new int[LABELS];
        for (int i = 0; i < n; i++) {
            List<Integer> subs = subscripts.get(i);
            int labels = (int) subs.stream().filter(s -> s != ELLIPSIS).count();
            int rank = operands.get(i).dim();
            if (subs.contains(ELLIPSIS)) {
                if (labels > rank) {
                    throw new IllegalArgumentException("einsum(): the number of subscripts in the equation (" + labels
                            + ") is more than the number of dimensions (" + rank + ") for operand " + i);
                }
                ellipsisDims[i] = rank - labels;
            } else if (labels != rank) {
                throw new IllegalArgumentException("einsum(): the number of subscripts in the equation (" + labels
                        + ") does not match the number of dimensions (" + rank + ") for operand " + i
                        + " and no ellipsis was given");
            }
            ellipsis = Math.max(ellipsis, ellipsisDims[i]);
            for (int s : subs) {
                if (s != ELLIPSIS) {
                    labelCount[s]++;
                }
            }
        }
        List<Integer> output = arrow < 0 ? implicitOutput(labelCount)
                : parseOutput(equation, arrow + 2, labelCount);
        int outEllipsisAt = output.indexOf(ELLIPSIS);
        boolean keepEllipsis = outEllipsisAt >= 0 || (arrow < 0 && ellipsis > 0);

        // the common layout: ellipsis dims, the output's subscripts in order, then the summed subscripts
        int[] dimOf = new int[LABELS];
        Arrays.fill(dimOf, -1);
        int rank = ellipsis;
        for (int s : output) {
            if (s != ELLIPSIS) {
                dimOf[s] = rank++;
            }
        }
        int outputDims = rank;
        for (int s = 0; s < LABELS; s++) {
            if (labelCount[s] > 0 && dimOf[s] < 0) {
                dimOf[s] = rank++;
            }
        }
        boolean[] kept = new boolean[rank];
        Arrays.fill(kept, 0, ellipsis, keepEllipsis);
        Arrays.fill(kept, ellipsis, outputDims, true);

        int[] size = new int[rank];
        Arrays.fill(size, 1);
        int[] lastUse = new int[rank];
        Arrays.fill(lastUse, -1);
        Tensor[] aligned = new Tensor[n];
        for (int i = 0; i < n; i++) {
            aligned[i] = align(operands.get(i), i, subscripts.get(i), ellipsisDims[i], ellipsis, dimOf, size, lastUse);
        }

        Tensor result = sumDims(aligned[0], rank, kept, lastUse, 0);
        for (int i = 1; i < n; i++) {
            boolean[] sum = new boolean[rank];
            for (int d = 0; d < rank; d++) {
                sum[d] = !kept[d] && lastUse[d] == i;
            }
            result = sumProduct(result, aligned[i], sum);
        }

        // drop the summed dims (all size 1 now), then move the ellipsis dims to where the output names them
        int[] keptShape = new int[(keepEllipsis ? ellipsis : 0) + outputDims - ellipsis];
        int k = 0;
        for (int d = 0; d < rank; d++) {
            if (kept[d]) {
                keptShape[k++] = result.size(d);
            }
        }
        result = result.reshape(keptShape);
        if (outEllipsisAt > 0 && ellipsis > 0) {
            int[] perm = new int[keptShape.length];
            int p = 0;
            for (int d = 0; d < outEllipsisAt; d++) {
                perm[p++] = ellipsis + d;
            }
            for (int d = 0; d < ellipsis; d++) {
                perm[p++] = d;
            }
            for (int d = ellipsis + outEllipsisAt; d < keptShape.length; d++) {
                perm[p++] = d;
            }
            result = result.permute(perm);
        }
        return result;
    }

    private static int label(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return 26 + c - 'a';
        }
        return -2;
    }

    private static char letter(int s) {
        return (char) (s < 26 ? 'A' + s : 'a' + s - 26);
    }

    private static List<List<Integer>> parseInputs(String lhs, int n) {
        List<List<Integer>> subscripts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        subscripts.add(current);
        for (int i = 0; i < lhs.length(); i++) {
            char c = lhs.charAt(i);
            int op = subscripts.size() - 1;
            if (c == ' ') {
                continue;
            }
            if (c == '.') {
                if (current.contains(ELLIPSIS)) {
                    throw new IllegalArgumentException("einsum(): found '.' for operand " + op
                            + " for which an ellipsis was already found");
                }
                if (!lhs.startsWith("...", i)) {
                    throw new IllegalArgumentException("einsum(): found '.' for operand " + op
                            + " that is not part of any ellipsis");
                }
                current.add(ELLIPSIS);
                i += 2;
            } else if (c == ',') {
                if (subscripts.size() >= n) {
                    throw new IllegalArgumentException("einsum(): fewer operands were provided than specified in the "
                            + "equation");
                }
                current = new ArrayList<>();
                subscripts.add(current);
            } else if (label(c) >= 0) {
                current.add(label(c));
            } else {
                throw invalidSubscript(i);
            }
        }
        if (subscripts.size() != n) {
            throw new IllegalArgumentException("einsum(): more operands were provided than specified in the equation");
        }
        return subscripts;
    }

    private static IllegalArgumentException invalidSubscript(int index) {
        return new IllegalArgumentException("einsum(): invalid subscript given at index " + index
                + " in the equation string, subscripts must be in [a-zA-Z]");
    }

    // without "->": the ellipsis first, then the subscripts that appear exactly once, in subscript order
    private static List<Integer> implicitOutput(int[] labelCount) {
        List<Integer> out = new ArrayList<>();
        out.add(ELLIPSIS);
        for (int s = 0; s < LABELS; s++) {
            if (labelCount[s] == 1) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Integer> parseOutput(String equation, int from, int[] labelCount) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < equation.length(); i++) {
            char c = equation.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '.') {
                if (out.contains(ELLIPSIS)) {
                    throw new IllegalArgumentException("einsum(): found '.' for output but an ellipsis (...) was "
                            + "already found");
                }
                if (!equation.startsWith("...", i)) {
                    throw new IllegalArgumentException("einsum(): found '.' for output that is not part of any "
                            + "ellipsis (...)");
                }
                out.add(ELLIPSIS);
                i += 2;
                continue;
            }
            int s = label(c);
            if (s < 0) {
                throw invalidSubscript(i);
            }
            if (labelCount[s] == 0) {
                throw new IllegalArgumentException("einsum(): output subscript " + c
                        + " does not appear in the equation for any input operand");
            }
            if (out.contains(s)) {
                throw new IllegalArgumentException("einsum(): output subscript " + c
                        + " appears more than once in the output");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Operand i in the common layout of {@code size.length} dims: repeated subscripts become one diagonal dim,
     * the dims are permuted into layout order and absent ones are size-1 dims. Checks that sizes broadcast, and
     * records the broadcast sizes and the last operand that uses each dim.
     */
    private static Tensor align(Tensor t, int op, List<Integer> subs, int ellDims, int ellipsis, int[] dimOf,
                                int[] size, int[] lastUse) {
        // the layout dim of each of t's dims
        List<Integer> dims = new ArrayList<>();
        for (int s : subs) {
            if (s == ELLIPSIS) {
                for (int j = 0; j < ellDims; j++) {
                    dims.add(ellipsis - ellDims + j);
                }
            } else {
                dims.add(dimOf[s]);
            }
        }
        // a repeated subscript takes the diagonal (moved last by diagonal()) of its first two occurrences
        for (int a = 0; a < dims.size(); a++) {
            for (int b = a + 1; b < dims.size(); b++) {
                if (dims.get(a).equals(dims.get(b))) {
                    if (t.size(a) != t.size(b)) {
                        throw new IllegalArgumentException("einsum(): subscript " + letterOf(subs, dims.get(a), dimOf)
                                + " is repeated for operand " + op + " but the sizes don't match, " + t.size(b)
                                + " != " + t.size(a));
                    }
                    t = t.diagonal(0, a, b);
                    int d = dims.get(a);
                    dims.remove(b);
                    dims.remove(a);
                    dims.add(d);
                    a = -1;
                    break;
                }
            }
        }
        for (int j = 0; j < dims.size(); j++) {
            int d = dims.get(j);
            int s = t.size(j);
            if (s != 1 && size[d] != 1 && s != size[d]) {
                if (d < ellipsis) {
                    throw new IllegalArgumentException("einsum(): dimension " + d + " covered by ellipsis in operand "
                            + op + "has size " + s + " which does not broadcast with previously seen ellipsis with size "
                            + size[d] + " for the respective dimension");
                }
                throw new IllegalArgumentException("einsum(): subscript " + letterOf(subs, d, dimOf) + " has size " + s
                        + " for operand " + op + " which does not broadcast with previously seen size " + size[d]);
            }
            if (s != 1) {
                size[d] = s;
            }
            lastUse[d] = op;
        }
        int[] order = dims.stream().mapToInt(Integer::intValue).toArray();
        int[] perm = new int[order.length];
        int[] shape = new int[size.length];
        Arrays.fill(shape, 1);
        int p = 0;
        for (int d = 0; d < size.length; d++) {
            for (int j = 0; j < order.length; j++) {
                if (order[j] == d) {
                    perm[p++] = j;
                    shape[d] = t.size(j);
                }
            }
        }
        return t.permute(perm).reshape(shape);
    }

    private static char letterOf(List<Integer> subs, int dim, int[] dimOf) {
        for (int s : subs) {
            if (s != ELLIPSIS && dimOf[s] == dim) {
                return letter(s);
            }
        }
        throw new IllegalStateException("no subscript for dim " + dim);
    }

    // sums the dims no later operand uses and the output does not keep
    private static Tensor sumDims(Tensor t, int rank, boolean[] kept, int[] lastUse, int op) {
        List<Integer> dims = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            if (!kept[d] && lastUse[d] == op && t.size(d) != 1) {
                dims.add(d);
            }
        }
        return dims.isEmpty() ? t : t.sum(dims.stream().mapToInt(Integer::intValue).toArray(), true);
    }

    /**
     * a * b summed over the {@code sum} dims (both in the common layout; the result keeps every dim, summed ones at
     * size 1): PyTorch's sumproduct_pair. Summed dims only one side has are summed on that side first; the rest
     * is one bmm of (batch, a's own dims, summed dims) by (batch, summed dims, b's own dims).
     */
    private static Tensor sumProduct(Tensor a, Tensor b, boolean[] sum) {
        int rank = a.dim();
        List<Integer> batch = new ArrayList<>();
        List<Integer> aOnly = new ArrayList<>();
        List<Integer> bOnly = new ArrayList<>();
        List<Integer> contracted = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            boolean inA = a.size(d) != 1;
            boolean inB = b.size(d) != 1;
            if (sum[d]) {
                if (inA && inB) {
                    contracted.add(d);
                } else if (inA) {
                    a = a.sum(d, true);
                } else if (inB) {
                    b = b.sum(d, true);
                }
            } else if (inA && inB) {
                batch.add(d);
            } else if (inA) {
                aOnly.add(d);
            } else if (inB) {
                bOnly.add(d);
            }
        }
        if (contracted.isEmpty()) {
            return a.mul(b);
        }
        int batchSize = product(a, batch);
        int m = product(a, aOnly);
        int k = product(a, contracted);
        int n = product(b, bOnly);
        Tensor left = a.permute(permutation(rank, batch, aOnly, contracted)).reshape(batchSize, m, k);
        Tensor right = b.permute(permutation(rank, batch, contracted, bOnly)).reshape(batchSize, k, n);
        Tensor c = LinalgOps.bmm(left, right);
        // (batch, a's dims, b's dims) back to layout order, with size-1 dims everywhere else
        List<Integer> order = new ArrayList<>(batch);
        order.addAll(aOnly);
        order.addAll(bOnly);
        int[] split = new int[order.size()];
        for (int i = 0; i < split.length; i++) {
            int d = order.get(i);
            split[i] = a.size(d) != 1 ? a.size(d) : b.size(d);
        }
        int[] back = new int[order.size()];
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        int p = 0;
        for (int d = 0; d < rank; d++) {
            int at = order.indexOf(d);
            if (at >= 0) {
                back[p++] = at;
                shape[d] = split[at];
            }
        }
        return c.reshape(split).permute(back).reshape(shape);
    }

    private static int product(Tensor t, List<Integer> dims) {
        int p = 1;
        for (int d : dims) {
            p *= t.size(d);
        }
        return p;
    }

    // the listed dims first, in the given groups' order, then every other dim (all of size 1)
    @SafeVarargs
    private static int[] permutation(int rank, List<Integer>... groups) {
        int[] perm = new int[rank];
        boolean[] used = new boolean[rank];
        int p = 0;
        for (List<Integer> g : groups) {
            for (int d : g) {
                perm[p++] = d;
                used[d] = true;
            }
        }
        for (int d = 0; d < rank; d++) {
            if (!used[d]) {
                perm[p++] = d;
            }
        }
        return perm;
    }
}
