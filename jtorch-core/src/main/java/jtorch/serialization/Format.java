package jtorch.serialization;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats {@link Serialization#save} writes. Loading detects the format from the file's first bytes
 * (PyTorch's zip archive, PyTorch's legacy pickle stream, or safetensors).
 */
public enum Format {
    /** PyTorch's zip archive ({@code data.pkl} plus one record per storage), what {@code torch.save} writes. */
    PYTORCH,
    /** safetensors: an 8-byte little-endian header length, a JSON header, then the raw tensor data. */
    SAFETENSORS;

    /** The format a file name implies: {@link #SAFETENSORS} for {@code .safetensors}, {@link #PYTORCH} otherwise. */
    public static Format forPath(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".safetensors") ? SAFETENSORS : PYTORCH;
    }
}
