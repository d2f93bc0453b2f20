package jtorch.serialization;

import java.util.Optional;
import jtorch.DType;

/** PyTorch's legacy storage class names ({@code torch.FloatStorage}, ...) that checkpoints name per dtype. */
final class StorageTypes {
    private StorageTypes() {
    }

    static String name(DType d) {
        return switch (d) {
            case FLOAT32 -> "FloatStorage";
            case FLOAT64 -> "DoubleStorage";
            case FLOAT16 -> "HalfStorage";
            case BFLOAT16 -> "BFloat16Storage";
            case INT64 -> "LongStorage";
            case INT32 -> "IntStorage";
            case INT16 -> "ShortStorage";
            case INT8 -> "CharStorage";
            case UINT8 -> "ByteStorage";
            case BOOL -> "BoolStorage";
        };
    }

    static Optional<DType> dtype(String name) {
        for (DType d : DType.values()) {
            if (name(d).equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
