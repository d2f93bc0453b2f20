package jtorch.vision.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;

/**
 * Images listed in a text file of {@code "path label"} lines: the seed's {@code MyDataset(txt_path,
 * transform, target_transform)}, which opens each image with {@code Image.open(fn).convert('RGB')}.
 * Relative paths are resolved against {@code baseDir} (the working directory, as in the seed, for
 * {@link #of(Path)}).
 */
public class ListFileDataset<X, Y> extends VisionDataset<Image, X, Y> {

    /** One line of the list file. */
    public record Entry(Path path, int label) {
    }

    private final Path listFile;
    private final List<Entry> entries;

    /**
     * Reads the list file. Blank lines are skipped; a line needs a path and an integer label.
     *
     * @throws UncheckedIOException naming the list file and line for a malformed line or a missing image
     */
    public ListFileDataset(Path listFile, Path baseDir, Function<? super Image, ? extends X> transform,
            Function<? super Integer, ? extends Y> targetTransform) {
        super(transform, targetTransform);
        this.listFile = listFile;
        List<String> lines;
        try {
            lines = Files.readAllLines(listFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read list file " + listFile + ": " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            String where = listFile + " line " + (i + 1);
            if (words.length < 2) {
                throw new UncheckedIOException(new IOException(where + ": expected \"path label\", got \"" + line + "\""));
            }
            int label;
            try {
                label = Integer.parseInt(words[1]);
            } catch (NumberFormatException e) {
                throw new UncheckedIOException(new IOException(where + ": label \"" + words[1] + "\" is not an integer"));
            }
            Path p = baseDir.resolve(words[0]);
            if (!Files.isRegularFile(p)) {
                throw new UncheckedIOException(new IOException(where + " names a missing image: " + p));
            }
            out.add(new Entry(p, label));
        }
        this.entries = List.copyOf(out);
    }

    /** The seed's {@code MyDataset(txt_path)}: paths relative to the working directory, no transforms. */
    public static ListFileDataset<Image, Integer> of(Path listFile) {
        return new ListFileDataset<>(listFile, Path.of(""), identity(), identity());
    }

    /** The seed's {@code MyDataset(txt_path, transform)}. */
    public static <X> ListFileDataset<X, Integer> of(Path listFile, Path baseDir, Function<? super Image, ? extends X> transform) {
        return new ListFileDataset<>(listFile, baseDir, transform, identity());
    }

    /** The parsed lines: the seed's {@code self.imgs}. */
    public List<Entry> entries() {
        return entries;
    }

    /** The list file. */
    public Path listFile() {
        return listFile;
    }

    @Override
    protected Image rawSample(int index) {
        return Image.open(entries.get(index).path()).convert(ImageMode.RGB);
    }

    /** The label on line {@code index}. */
    @Override
    public int target(int index) {
        return entries.get(index).label();
    }

    /** The seed's {@code __len__}. */
    @Override
    public int size() {
        return entries.size();
    }
}
