package jtorch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a tensor the way PyTorch 1.13's {@code repr(tensor)} does ({@code torch/_tensor_str.py}).
 *
 * <p>Only dense CPU and meta tensors of real dtypes are covered: no complex, sparse, quantized,
 * named or nested tensors. Print options are global, as {@code torch.set_printoptions} is.
 */
public final class TensorFormatter {

    /** Flat row-major access to the logical elements of the tensor being printed. */
    public interface Elements {
        /** The element at a row-major index, as a double. */
        double getDouble(int flatIndex);

        /** The element at a row-major index, as a long. */
        long getLong(int flatIndex);
    }

    /** Snapshot of PyTorch's {@code PRINT_OPTS}; {@code sciMode == null} means "choose automatically". */
    private record Options(int precision, int threshold, int edgeitems, int linewidth, Boolean sciMode) {}

    private static final Options DEFAULTS = new Options(4, 1000, 3, 80, null);
    private static volatile Options options = DEFAULTS;

    /** PyTorch: {@code tensor(} is the prefix, and its length is the base indentation. */
    private static final String PREFIX = "tensor(";

    private TensorFormatter() {}

    /**
     * Like {@code torch.set_printoptions}: a null argument leaves that option unchanged, except
     * {@code sciMode}, which PyTorch always overwrites (so passing null restores automatic choice).
     */
    static synchronized void setPrintOptions(Integer precision, Integer threshold, Integer edgeitems,
                                                    Integer linewidth, Boolean sciMode) {
        Options o = options;
        options = new Options(
                precision != null ? precision : o.precision(),
                threshold != null ? threshold : o.threshold(),
                edgeitems != null ? edgeitems : o.edgeitems(),
                linewidth != null ? linewidth : o.linewidth(),
                sciMode);
    }

    /** Like {@code torch.set_printoptions(profile="default")} with {@code sci_mode=None}. */
    public static synchronized void resetPrintOptions() {
        options = DEFAULTS;
    }

    /**
     * Returns PyTorch's {@code repr} of a tensor.
     *
     * @param shape        logical shape (0-d = empty array)
     * @param dtype        element type
     * @param values       element access (ignored when meta is true); integers/bools read via getLong,
     *                     floats via getDouble
     * @param defaultDtype the current default floating dtype
     * @param meta         tensor on the meta device
     * @param gradFnName   e.g. "MulBackward0", or null
     * @param requiresGrad leaf requiring grad (only printed when gradFnName is null)
     */
    public static String format(int[] shape, DType dtype, Elements values, DType defaultDtype,
                                boolean meta, String gradFnName, boolean requiresGrad) {
        Options opts = options;
        int indent = PREFIX.length();
        List<String> suffixes = new ArrayList<>();
        String body;
        if (meta) {
            // _str_intern: the device differs from the default one, then the meta branch prints
            // the size, and the dtype whenever it is not the default float dtype (int64 included).
            suffixes.add("device='meta'");
            suffixes.add("size=" + shapeTuple(shape));
            if (dtype != defaultDtype) {
                suffixes.add("dtype=" + dtype);
            }
            body = "...";
        } else if (numel(shape) == 0) {
            // Empty tensors: the size is shown unless it is 1-D; the dtype is shown whenever it is
            // not the default float dtype, since no element can hint at it.
            if (shape.length != 1) {
                suffixes.add("size=" + shapeTuple(shape));
            }
            if (dtype != defaultDtype) {
                suffixes.add("dtype=" + dtype);
            }
            body = "[]";
        } else {
            // has_default_dtype: the default float dtype, int64 and bool print no dtype.
            if (dtype != defaultDtype && dtype != DType.INT64 && dtype != DType.BOOL) {
                suffixes.add("dtype=" + dtype);
            }
            body = new Printer(shape, dtype, values, opts).tensorStr(indent);
        }
        if (gradFnName != null) {
            suffixes.add("grad_fn=<" + gradFnName + ">");
        } else if (requiresGrad) {
            suffixes.add("requires_grad=True");
        }
        return addSuffixes(PREFIX + body, suffixes, indent, opts.linewidth());
    }

    /**
     * PyTorch's {@code _add_suffixes}: each suffix goes on the current line after ", " unless that
     * would pass the line width, in which case it starts a new line indented like the contents.
     */
    private static String addSuffixes(String tensorStr, List<String> suffixes, int indent, int linewidth) {
        StringBuilder sb = new StringBuilder(tensorStr);
        // Same arithmetic as PyTorch (rfind returns -1 when there is no newline).
        int lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLen + suffix.length() + 2 > linewidth) {
                sb.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLen = indent + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLen += suffix.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    /** Python's {@code str(tuple(shape))}: "()", "(3,)", "(2, 3)". */
    private static String shapeTuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    private static int numel(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** Walks the tensor's nested structure (PyTorch's {@code _tensor_str} and helpers). */
    private static final class Printer {
        private final int[] shape;
        private final int[] strides;
        private final boolean floating;
        private final Elements values;
        private final Options opts;
        private final boolean summarize;
        private final ElementFormatter formatter;

        Printer(int[] shape, DType dtype, Elements values, Options opts) {
            this.shape = shape;
            this.strides = contiguousStrides(shape);
            // float16/bfloat16 are printed through float32, which is still a floating dtype.
            this.floating = dtype.isFloatingPoint();
            this.values = values;
            this.opts = opts;
            this.summarize = numel(shape) > opts.threshold();
            // The formatter only sees the elements that will be printed (get_summarized_data).
            List<Integer> shown = new ArrayList<>();
            collectFormatterInputs(0, 0, shown);
            this.formatter = floating
                    ? ElementFormatter.forFloats(shown.stream().mapToDouble(values::getDouble).toArray(), opts)
                    : ElementFormatter.forIntegers(shown.stream().mapToLong(values::getLong).toArray(),
                            dtype.isBool(), opts);
        }

        private static int[] contiguousStrides(int[] shape) {
            int[] strides = new int[shape.length];
            int s = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                strides[d] = s;
                s *= shape[d];
            }
            return strides;
        }

        /** Whether dimension {@code dim} is cut down to its edges (size > 2 * edgeitems). */
        private boolean isElided(int dim) {
            return summarize && shape[dim] > 2 * opts.edgeitems();
        }

        /** Indices along {@code dim} printed before the "..." (or all of them when not elided). */
        private int headCount(int dim) {
            return isElided(dim) ? opts.edgeitems() : shape[dim];
        }

        /**
         * PyTorch's {@code get_summarized_data}, collecting flat indices. For the last dimension,
         * PyTorch takes {@code self[-edgeitems:]}, which with edgeitems == 0 is the whole row.
         */
        private void collectFormatterInputs(int dim, int offset, List<Integer> out) {
            if (dim == shape.length) {
                out.add(offset);
                return;
            }
            int size = shape[dim];
            for (int i = 0; i < headCount(dim); i++) {
                collectFormatterInputs(dim + 1, offset + i * strides[dim], out);
            }
            if (isElided(dim)) {
                int tailStart = tailStart(dim);
                for (int i = tailStart; i < size; i++) {
                    collectFormatterInputs(dim + 1, offset + i * strides[dim], out);
                }
            }
        }

        /**
         * First index of the trailing edge. For the last dimension PyTorch slices
         * {@code self[-edgeitems:]}, which with edgeitems == 0 is the whole row; for outer
         * dimensions it uses {@code range(len - edgeitems, len)}, empty in that case.
         */
        private int tailStart(int dim) {
            int e = opts.edgeitems();
            if (dim == shape.length - 1 && e == 0) {
                return 0;
            }
            return shape[dim] - e;
        }

        String tensorStr(int indent) {
            return tensorStr(0, 0, indent);
        }

        /** PyTorch's {@code _tensor_str_with_formatter}. */
        private String tensorStr(int dim, int offset, int indent) {
            int remaining = shape.length - dim;
            if (remaining == 0) {
                return formatElement(offset);
            }
            if (remaining == 1) {
                return vectorStr(dim, offset, indent);
            }
            List<String> slices = new ArrayList<>();
            for (int i = 0; i < headCount(dim); i++) {
                slices.add(tensorStr(dim + 1, offset + i * strides[dim], indent + 1));
            }
            if (isElided(dim)) {
                slices.add("...");
                for (int i = shape[dim] - opts.edgeitems(); i < shape[dim]; i++) {
                    slices.add(tensorStr(dim + 1, offset + i * strides[dim], indent + 1));
                }
            }
            // Sub-blocks are separated by (remaining - 1) newlines: blank lines between 3-D+ blocks.
            String separator = "," + "\n".repeat(remaining - 1) + " ".repeat(indent + 1);
            return "[" + String.join(separator, slices) + "]";
        }

        /** PyTorch's {@code _vector_str}: elements wrapped so that each line fits the line width. */
        private String vectorStr(int dim, int offset, int indent) {
            int elementLength = formatter.width() + 2;
            int perLine = Math.max(1, Math.floorDiv(opts.linewidth() - indent, elementLength));
            List<String> data = new ArrayList<>();
            for (int i = 0; i < headCount(dim); i++) {
                data.add(formatElement(offset + i * strides[dim]));
            }
            if (isElided(dim)) {
                data.add(" ...");
                for (int i = tailStart(dim); i < shape[dim]; i++) {
                    data.add(formatElement(offset + i * strides[dim]));
                }
            }
            List<String> lines = new ArrayList<>();
            for (int start = 0; start < data.size(); start += perLine) {
                lines.add(String.join(", ", data.subList(start, Math.min(start + perLine, data.size()))));
            }
            return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
        }

        private String formatElement(int flatIndex) {
            return floating
                    ? formatter.formatFloat(values.getDouble(flatIndex))
                    : formatter.formatInteger(values.getLong(flatIndex));
        }
    }

    /** PyTorch's {@code _Formatter}: one common style and width for every printed element. */
    private static final class ElementFormatter {
        private final boolean isBool;
        private final int precision;
        private boolean intMode = true;
        private boolean sciMode = false;
        private int maxWidth = 1;

        private ElementFormatter(boolean isBool, int precision) {
            this.isBool = isBool;
            this.precision = precision;
        }

        /** Integer and bool tensors: the width is that of the longest {@code str(value)}. */
        static ElementFormatter forIntegers(long[] values, boolean isBool, Options opts) {
            ElementFormatter f = new ElementFormatter(isBool, opts.precision());
            for (long v : values) {
                f.maxWidth = Math.max(f.maxWidth, f.formatIntegerUnpadded(v).length());
            }
            return f;
        }

        /**
         * Floating tensors: the style is chosen from the finite nonzero values only.
         * All integral -> "1." style; scientific if max/min > 1000 or max > 1e8 (and, when not all
         * integral, also if min < 1e-4); fixed precision otherwise.
         */
        static ElementFormatter forFloats(double[] values, Options opts) {
            ElementFormatter f = new ElementFormatter(false, opts.precision());
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            int count = 0;
            for (double v : values) {
                if (Double.isFinite(v) && v != 0) {
                    count++;
                    min = Math.min(min, Math.abs(v));
                    max = Math.max(max, Math.abs(v));
                    if (v != Math.ceil(v)) {
                        f.intMode = false;
                    }
                }
            }
            if (count == 0) {
                // PyTorch returns early here, so even an explicit sci_mode option is ignored.
                return f;
            }
            boolean wideRange = max / min > 1000.0 || max > 1.0e8;
            f.sciMode = f.intMode ? wideRange : wideRange || min < 1.0e-4;
            for (double v : values) {
                if (Double.isFinite(v) && v != 0) {
                    int len;
                    if (f.sciMode) {
                        len = PyFloat.sci(v, f.precision).length();
                    } else if (f.intMode) {
                        len = PyFloat.fixed(v, 0).length() + 1; // +1 for the trailing "."
                    } else {
                        len = PyFloat.fixed(v, f.precision).length();
                    }
                    f.maxWidth = Math.max(f.maxWidth, len);
                }
            }
            if (opts.sciMode() != null) {
                f.sciMode = opts.sciMode();
            }
            return f;
        }

        int width() {
            return maxWidth;
        }

        String formatFloat(double v) {
            String s;
            if (sciMode) {
                s = PyFloat.sci(v, precision);
            } else if (intMode) {
                s = PyFloat.fixed(v, 0);
                if (Double.isFinite(v)) {
                    s += ".";
                }
            } else {
                s = PyFloat.fixed(v, precision);
            }
            return padLeft(s);
        }

        String formatInteger(long v) {
            return padLeft(formatIntegerUnpadded(v));
        }

        private String formatIntegerUnpadded(long v) {
            if (isBool) {
                return v != 0 ? "True" : "False";
            }
            return Long.toString(v);
        }

        private String padLeft(String s) {
            return s.length() >= maxWidth ? s : " ".repeat(maxWidth - s.length()) + s;
        }
    }

    /**
     * Python's {@code '{:.Nf}'} and {@code '{:.Ne}'} for floats: correctly rounded from the exact
     * binary value (ties to even), a sign kept on negative values that round to zero and on -0.0,
     * and "nan", "inf", "-inf" for non-finite values.
     */
    static final class PyFloat {
        private PyFloat() {}

        static String fixed(double v, int precision) {
            if (!Double.isFinite(v)) {
                return nonFinite(v);
            }
            BigDecimal rounded = new BigDecimal(Math.abs(v)).setScale(precision, RoundingMode.HALF_EVEN);
            return sign(v) + rounded.toPlainString();
        }

        static String sci(double v, int precision) {
            if (!Double.isFinite(v)) {
                return nonFinite(v);
            }
            String digits;
            int exponent;
            if (v == 0) {
                digits = "0".repeat(precision + 1);
                exponent = 0;
            } else {
                BigDecimal rounded = new BigDecimal(Math.abs(v))
                        .round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
                String unscaled = rounded.unscaledValue().toString();
                // value = unscaled * 10^-scale = d.ddd * 10^(len - 1 - scale)
                exponent = unscaled.length() - 1 - rounded.scale();
                digits = unscaled.length() >= precision + 1
                        ? unscaled.substring(0, precision + 1)
                        : unscaled + "0".repeat(precision + 1 - unscaled.length());
            }
            StringBuilder sb = new StringBuilder(sign(v)).append(digits.charAt(0));
            if (precision > 0) {
                sb.append('.').append(digits, 1, precision + 1);
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int absExp = Math.abs(exponent);
            if (absExp < 10) {
                sb.append('0');
            }
            return sb.append(absExp).toString();
        }

        private static String sign(double v) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        }

        private static String nonFinite(double v) {
            if (Double.isNaN(v)) {
                return "nan";
            }
            return v > 0 ? "inf" : "-inf";
        }
    }
}
