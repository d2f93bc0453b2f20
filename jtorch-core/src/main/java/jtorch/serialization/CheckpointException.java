package jtorch.serialization;

/**
 * A checkpoint file that cannot be read: not a PyTorch or safetensors file, a damaged or truncated archive, a
 * CRC mismatch, a pickle that names a global outside jtorch's allowlist, sizes that do not fit the file, or
 * nesting deeper than the loader allows. PyTorch raises {@code RuntimeError} or {@code pickle.UnpicklingError}
 * in these cases; the messages here follow PyTorch's where it has one.
 */
public class CheckpointException extends RuntimeException {
    /** A failure described by {@code message}. */
    public CheckpointException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
