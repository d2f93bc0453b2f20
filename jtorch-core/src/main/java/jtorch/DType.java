package jtorch;

/**
 * Element types of tensors, with PyTorch's names and type-promotion lattice.
 *
 * <p>PyTorch: {@code torch.dtype}. float16/bfloat16 are stored as raw 16-bit patterns and
 * converted at the boundary; they compute through the generic (double-widening) path.
 */
public enum DType {
    /** {@code torch.bool}. */
    BOOL("torch.bool", "torch.BoolTensor", 1, Kind.BOOL),
    /** {@code torch.uint8}. */
    UINT8("torch.uint8", "torch.ByteTensor", 1, Kind.INTEGRAL),
    /** {@code torch.int8}. */
    INT8("torch.int8", "torch.CharTensor", 1, Kind.INTEGRAL),
    /** {@code torch.int16} ({@code torch.short}). */
    INT16("torch.int16", "torch.ShortTensor", 2, Kind.INTEGRAL),
    /** {@code torch.int32} ({@code torch.int}). */
    INT32("torch.int32", "torch.IntTensor", 4, Kind.INTEGRAL),
    /** {@code torch.int64} ({@code torch.long}). */
    INT64("torch.int64", "torch.LongTensor", 8, Kind.INTEGRAL),
    /** {@code torch.float16} ({@code torch.half}). */
    FLOAT16("torch.float16", "torch.HalfTensor", 2, Kind.FLOATING),
    /** {@code torch.bfloat16}. */
    BFLOAT16("torch.bfloat16", "torch.BFloat16Tensor", 2, Kind.FLOATING),
    /** {@code torch.float32} ({@code torch.float}), the default dtype. */
    FLOAT32("torch.float32", "torch.FloatTensor", 4, Kind.FLOATING),
    /** {@code torch.float64} ({@code torch.double}). */
    FLOAT64("torch.float64", "torch.DoubleTensor", 8, Kind.FLOATING);

    /** Promotion category: a higher category always wins, whatever the operand's rank. */
    public enum Kind {
        /** {@code torch.bool}. */
        BOOL,
        /** The integer dtypes. */
        INTEGRAL,
        /** The floating-point dtypes. */
        FLOATING
    }

    private final String torchName;
    private final String tensorTypeName;
    private final int itemSize;
    private final Kind kind;

    DType(String torchName, String tensorTypeName, int itemSize, Kind kind) {
        this.torchName = torchName;
        this.tensorTypeName = tensorTypeName;
        this.itemSize = itemSize;
        this.kind = kind;
    }

    /** PyTorch's repr, e.g. {@code torch.float32}. */
    @Override
    public String toString() {
        return torchName;
    }

    /** The legacy tensor-type string returned by {@code Tensor.type()}, e.g. {@code torch.FloatTensor}. */
    public String tensorTypeName() {
        return tensorTypeName;
    }

    /** Bytes per element (PyTorch: {@code dtype.itemsize}). */
    public int itemSize() {
        return itemSize;
    }

    /** Bool, integral or floating. */
    public Kind kind() {
        return kind;
    }

    /** PyTorch: {@code dtype.is_floating_point}. */
    public boolean isFloatingPoint() {
        return kind == Kind.FLOATING;
    }

    /** Whether this is an integer dtype (bool excluded). */
    public boolean isIntegral() {
        return kind == Kind.INTEGRAL;
    }

    /** Whether this is {@code torch.bool}. */
    public boolean isBool() {
        return kind == Kind.BOOL;
    }

    /**
     * PyTorch's {@code torch.promote_types}: the smallest type both operands convert to safely.
     * uint8 with int8 gives int16; float16 with bfloat16 gives float32; integral with floating
     * gives the floating type.
     */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.kind != b.kind) {
            return a.kind.ordinal() > b.kind.ordinal() ? a : b;
        }
        if (a.kind == Kind.FLOATING) {
            if ((a == FLOAT16 && b == BFLOAT16) || (a == BFLOAT16 && b == FLOAT16)) {
                return FLOAT32;
            }
            return a.itemSize >= b.itemSize ? a : b;
        }
        // integral: uint8 is the only unsigned type
        if (a == UINT8 || b == UINT8) {
            DType other = a == UINT8 ? b : a;
            return other == INT8 ? INT16 : other;
        }
        return a.itemSize >= b.itemSize ? a : b;
    }

    /** Parses PyTorch names: "float32", "torch.float", "long", "torch.int64", ... */
    public static DType fromName(String name) {
        String n = name.startsWith("torch.") ? name.substring(6) : name;
        return switch (n) {
            case "bool" -> BOOL;
            case "uint8" -> UINT8;
            case "int8" -> INT8;
            case "int16", "short" -> INT16;
            case "int32", "int" -> INT32;
            case "int64", "long" -> INT64;
            case "float16", "half" -> FLOAT16;
            case "bfloat16" -> BFLOAT16;
            case "float32", "float" -> FLOAT32;
            case "float64", "double" -> FLOAT64;
            default -> throw new IllegalArgumentException("unknown dtype '" + name + "'");
        };
    }
}
