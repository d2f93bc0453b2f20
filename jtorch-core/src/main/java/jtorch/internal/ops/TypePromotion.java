package jtorch.internal.ops;

import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * PyTorch's {@code torch.result_type}: operands are ranked as dimensioned tensors, 0-d tensors and
 * wrapped Java numbers; a lower rank only changes the result when it is of a higher category
 * (bool &lt; integral &lt; floating). So {@code int_tensor + 2.5} is float32, {@code uint8_tensor + 1000}
 * stays uint8, and {@code float16_tensor + float64_scalar_tensor} stays float16.
 */
public final class TypePromotion {
    private TypePromotion() {
    }

    public static DType resultType(Tensor... operands) {
        DType dimResult = null;
        DType zeroResult = null;
        DType wrappedResult = null;
        for (Tensor t : operands) {
            DType d = t.dtype();
            if (t.isWrappedNumber()) {
                if (d.isFloatingPoint()) {
                    d = Torch.getDefaultDtype();
                }
                wrappedResult = promote(wrappedResult, d);
            } else if (t.dim() == 0) {
                zeroResult = promote(zeroResult, d);
            } else {
                dimResult = promote(dimResult, d);
            }
        }
        return combine(dimResult, combine(zeroResult, wrappedResult));
    }

    private static DType promote(DType a, DType b) {
        return a == null ? b : b == null ? a : DType.promote(a, b);
    }

    // c10's combine_categories: a lower-priority operand counts only if its category is higher
    private static DType combine(DType higher, DType lower) {
        if (higher == null) {
            return lower;
        }
        if (lower == null || higher.isFloatingPoint()) {
            return higher;
        }
        if (higher == DType.BOOL || lower.isFloatingPoint()) {
            return DType.promote(higher, lower);
        }
        return higher;
    }

    /** PyTorch's {@code can_cast}: no floating -> integral, no non-bool -> bool. */
    public static boolean canCast(DType from, DType to) {
        if (from.isFloatingPoint() && !to.isFloatingPoint()) {
            return false;
        }
        return from == DType.BOOL || to != DType.BOOL;
    }

    /** PyTorch's spelling of a dtype in messages: Float, Double, Long, Int, Bool, ... */
    public static String scalarTypeName(DType d) {
        return switch (d) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case FLOAT16 -> "Half";
            case BFLOAT16 -> "BFloat16";
            case INT64 -> "Long";
            case INT32 -> "Int";
            case INT16 -> "Short";
            case INT8 -> "Char";
            case UINT8 -> "Byte";
            case BOOL -> "Bool";
        };
    }

    /** The C++ type name PyTorch's messages print for a dtype ("long int", "c10::Half"). */
    static String cppTypeName(DType d) {
        return switch (d) {
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
            case FLOAT16 -> "c10::Half";
            case BFLOAT16 -> "c10::BFloat16";
            case INT64 -> "long int";
            case INT32 -> "int";
            case INT16 -> "short int";
            case INT8 -> "signed char";
            case UINT8 -> "unsigned char";
            case BOOL -> "bool";
        };
    }
}
