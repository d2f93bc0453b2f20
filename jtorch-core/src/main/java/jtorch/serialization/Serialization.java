package jtorch.serialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import jtorch.Tensor;
import jtorch.nn.Module;

/**
 * Saving and loading checkpoints: {@code torch.save} / {@code torch.load}, surfaced as {@code Torch.save} and
 * {@code Torch.load}.
 *
 * <p>What can be saved: tensors (views are saved as PyTorch saves them: the whole storage once, with each
 * view's offset and strides), {@code Map}s (a state dict {@code Map<String, Tensor>} keeps its order and is
 * written as {@code collections.OrderedDict}), {@code List}s and arrays, strings, Java numbers, booleans and
 * {@code null}, and whole modules (see {@link #loadModule}) — so a whole training checkpoint (model, optimizer and scheduler state dicts, epoch, best metric,
 * RNG state) goes in one file. The default format is PyTorch's zip archive, which {@code torch.load} reads
 * ({@code weights_only=True} for state dicts of tensors). Loading reads that format, PyTorch's legacy format and
 * safetensors, through a restricted unpickler (see {@link CheckpointException} for what it refuses); it never
 * uses Java deserialization. Loaded Python values map to Java as: None {@code null}, bool Boolean, int Integer
 * (Long beyond 32 bits), float Double, str String, list {@code ArrayList}, tuple an unmodifiable List, dict and
 * OrderedDict {@code LinkedHashMap}.
 *
 * <p>Writes are atomic: the file is written to a temporary file in the same directory, forced to disk and
 * renamed over the target, so a failure mid-save never leaves a truncated checkpoint at the target path.
 */
public final class Serialization {
    private Serialization() {
    }

    /** Options for {@link #load(Path, LoadOptions)}: {@code map_location} and {@code mmap}. */
    public static LoadOptions loadOptions() {
        return new LoadOptions();
    }

    /**
     * Saves {@code obj} in the format the file name implies ({@code .safetensors}: safetensors, otherwise
     * PyTorch's zip format). PyTorch: {@code torch.save(obj, f)}.
     *
     * @throws IllegalArgumentException if {@code obj} holds something that cannot be saved
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void save(Object obj, Path path) {
        save(obj, path, Format.forPath(path));
    }

    /**
     * Saves {@code obj} in {@code format}; safetensors takes a {@code Map<String, Tensor>} only. PyTorch:
     * {@code torch.save(obj, f)} / {@code safetensors.torch.save_file(tensors, filename)}.
     */
    public static void save(Object obj, Path path, Format format) {
        String stem = path.getFileName() == null ? "archive" : path.getFileName().toString();
        int dot = stem.lastIndexOf('.');
        String archive = dot > 0 ? stem.substring(0, dot) : stem;
        if (archive.isEmpty()) {
            archive = "archive";
        }
        String name = archive;
        atomicWrite(path, ch -> {
            if (format == Format.SAFETENSORS) {
                SafeTensors.write(obj, ch);
            } else {
                TorchFormat.writeZip(obj, name, ch);
            }
        });
    }

    /**
     * Loads a checkpoint written by {@code torch.save} (zip or legacy format), by safetensors or by
     * {@link #save}. The result is cast to what the caller expects (a {@code Map<String, Tensor>} for a state dict).
     * PyTorch: {@code torch.load(f)}.
     *
     * @throws CheckpointException if the file is not a valid checkpoint
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> T load(Path path) {
        return load(path, loadOptions());
    }

    /** {@link #load(Path)} with {@code map_location} ({@code "cpu"} or {@code "meta"}). PyTorch: {@code torch.load(f, map_location)}. */
    public static <T> T load(Path path, String mapLocation) {
        return load(path, loadOptions().mapLocation(mapLocation));
    }

    /**
     * {@link #load(Path)} with options. PyTorch: {@code torch.load(f, map_location=..., mmap=...)}.
     *
     * <p>Tensors end in Java heap arrays, so everything loaded must fit in the heap at once: {@code mmap} changes
     * how the bytes are read, not where they end. For a checkpoint larger than the free heap, use
     * {@link #loadStateDict(Module, Path, LoadOptions, boolean)}, which puts each tensor straight into a module's
     * existing parameters, or map location {@code meta}, which reads no tensor data at all.
     */
    public static <T> T load(Path path, LoadOptions options) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(ch, path, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the state dict in {@code path} into {@code module}, streaming: the checkpoint is read as shapes only
     * (as with map location {@code meta}), the keys and shapes are checked as {@link Module#loadStateDict(Map,
     * boolean)} checks them (same missing/unexpected keys, same errors), and then each tensor's bytes go from the
     * file straight into the matching parameter's or buffer's array, a block at a time (through a memory mapping
     * with {@code options.mmap(true)}). So the heap holds the model and never a second copy of the checkpoint:
     * a checkpoint of any size loads into a model that fits. A tensor stored with another dtype or as a
     * non-contiguous view is read through a temporary array of its storage and copied with {@code copy_}, so the
     * peak is then the model plus that one storage. Zip records are CRC-checked as they are read; if one fails,
     * the parameter it was going to has been partly overwritten and the error names it. PyTorch: {@code
     * module.load_state_dict(torch.load(f, mmap=True), strict)} (PyTorch 2.1), where the loaded tensors are
     * backed by the mapped file; jtorch's tensors are heap arrays, hence this method.
     *
     * <p>Reads PyTorch's zip and legacy formats and safetensors; the file must hold a state dict (a map of
     * tensors).
     *
     * @throws CheckpointException if the file is not a valid checkpoint or holds no state dict
     * @throws IllegalStateException with PyTorch's "Error(s) in loading state_dict" message, as
     *     {@link Module#loadStateDict(Map, boolean)}
     * @throws IllegalArgumentException if {@code options} map storages to {@code meta}
     */
    public static Module.IncompatibleKeys loadStateDict(Module module, Path path, LoadOptions options,
                                                        boolean strict) {
        if (options.meta()) {
            throw new IllegalArgumentException("loadStateDict reads tensor data; map location meta has none");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            DeferredData data = new DeferredData(ch, options.mmap());
            Object loaded = read(ch, path, options.deferTo(data));
            if (!(loaded instanceof Map<?, ?> map) || !map.values().stream().allMatch(v -> v instanceof Tensor)) {
                throw new CheckpointException(path + " holds no state dict (a map of tensors) but a "
                        + (loaded == null ? "None" : loaded.getClass().getSimpleName()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Tensor> state = (Map<String, Tensor>) map;
            return module.loadStateDict(state, strict, data::fill);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #loadStateDict(Module, Path, LoadOptions, boolean)} with buffered reads. */
    public static Module.IncompatibleKeys loadStateDict(Module module, Path path, boolean strict) {
        return loadStateDict(module, path, loadOptions(), strict);
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(FileChannel ch, Path path, LoadOptions options) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(16);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // fill what the file has
        }
        head.flip();
        if (head.remaining() >= 4 && head.getInt(0) == 0x504b0304) {
            return (T) TorchFormat.readZip(ch, options);
        }
        if (head.remaining() >= 2 && (head.get(0) & 0xFF) == 0x80) {
            return (T) TorchFormat.readLegacy(ch, options);
        }
        if (head.remaining() >= 9 && head.get(8) == '{') {
            return (T) SafeTensors.read(ch, options);
        }
        if (head.remaining() >= 4 && head.getInt(0) == 0x504b0506) {
            throw new CheckpointException("PytorchStreamReader failed reading zip archive: the archive is empty");
        }
        throw new CheckpointException("not a PyTorch checkpoint or safetensors file: " + path
                + (head.remaining() == 0 ? " is empty" : String.format(" (invalid load key, '\\x%02x'.)",
                        head.get(0) & 0xFF)));
    }

    /**
     * Loads a module saved whole ({@code Torch.save(net, f)}): the file names the module's class and holds its
     * state dict; the module is rebuilt through a factory registered with {@link #registerModuleFactory} or the
     * class's no-argument constructor, loaded strictly, and put in the training mode it was saved in. Only
     * subclasses of {@code type} are built. PyTorch: {@code net = torch.load(f)} of a file written by
     * {@code torch.save(net, f)}.
     *
     * @throws CheckpointException if the file holds no module, the class is unknown or not a {@code type}, or it
     *     cannot be constructed
     */
    public static <T extends Module> T loadModule(Path path, Class<T> type) {
        return ModuleRecords.rebuild(load(path), type);
    }

    /**
     * Registers how to build modules of {@code type} for {@link #loadModule} when the class has no no-argument
     * constructor (PyTorch needs none: it unpickles the object's attributes).
     */
    public static <T extends Module> void registerModuleFactory(Class<T> type, java.util.function.Supplier<? extends T> factory) {
        ModuleRecords.register(type, factory);
    }

    private interface ChannelBody {
        void write(FileChannel ch) throws IOException;
    }

    private static void atomicWrite(Path target, ChannelBody body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.write(ch);
                ch.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.exists(abs) ? Files.getPosixFilePermissions(abs)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true); // make the rename durable
            } catch (IOException | UnsupportedOperationException e) {
                // directories cannot be opened for sync on every platform
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // best effort: the target is untouched either way
                }
            }
        }
    }
}
