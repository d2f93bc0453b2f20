package jtorch.vision.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A folder per class: {@code root/<class>/**&#47;<file>}, classes in sorted order numbered from 0, the
 * files of each class in sorted path order. torchvision: {@code torchvision.datasets.DatasetFolder(root,
 * loader, extensions, transform, target_transform)}.
 *
 * @param <S> what the loader makes of a file
 */
public class DatasetFolder<S, X, Y> extends VisionDataset<S, X, Y> {

    /** One file and its class index. torchvision: an entry of {@code DatasetFolder.samples}. */
    public record Sample(Path path, int classIndex) {
    }

    private final Path root;
    private final Function<? super Path, ? extends S> loader;
    private final List<String> classes;
    private final Map<String, Integer> classToIdx;
    private final List<Sample> samples;

    /**
     * torchvision: {@code DatasetFolder(root, loader, extensions, transform, target_transform)}.
     * Extensions are compared case-insensitively ({@code ".png"}).
     *
     * @throws UncheckedIOException if the root has no class folder ("Couldn't find any class folder in
     *                              root") or a class folder no file with a valid extension
     */
    public DatasetFolder(Path root, Function<? super Path, ? extends S> loader, Set<String> extensions,
            Function<? super S, ? extends X> transform, Function<? super Integer, ? extends Y> targetTransform) {
        super(transform, targetTransform);
        this.root = root;
        this.loader = Objects.requireNonNull(loader, "loader");
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dataset root " + root + ": " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new UncheckedIOException(new IOException("Couldn't find any class folder in " + root + "."));
        }
        this.classes = List.copyOf(names);
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            idx.put(names.get(i), i);
        }
        this.classToIdx = java.util.Collections.unmodifiableMap(idx);
        Set<String> exts = new TreeSet<>();
        for (String e : extensions) {
            exts.add(e.toLowerCase(Locale.ROOT));
        }
        List<Sample> found = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root.resolve(names.get(c)), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                files = s.filter(Files::isRegularFile).filter(p -> hasExtension(p, exts)).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list class folder " + root.resolve(names.get(c)) + ": "
                        + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                empty.add(names.get(c));
            }
            for (Path f : files) {
                found.add(new Sample(f, c));
            }
        }
        if (!empty.isEmpty()) {
            throw new UncheckedIOException(new IOException("Found no valid file for the classes " + String.join(", ", empty)
                    + " in " + root + ". Supported extensions are: " + String.join(", ", exts)));
        }
        this.samples = List.copyOf(found);
    }

    private static boolean hasExtension(Path p, Set<String> exts) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : exts) {
            if (n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The root folder. torchvision: {@code DatasetFolder.root}. */
    public Path root() {
        return root;
    }

    /** Sorted class names. torchvision: {@code DatasetFolder.classes}. */
    public List<String> classes() {
        return classes;
    }

    /** Class name to index. torchvision: {@code DatasetFolder.class_to_idx}. */
    public Map<String, Integer> classToIdx() {
        return classToIdx;
    }

    /** Every (file, class index) pair. torchvision: {@code DatasetFolder.samples}. */
    public List<Sample> samples() {
        return samples;
    }

    /** The class index of every sample. torchvision: {@code DatasetFolder.targets}. */
    public int[] targets() {
        return samples.stream().mapToInt(Sample::classIndex).toArray();
    }

    @Override
    protected S rawSample(int index) {
        return loader.apply(samples.get(index).path());
    }

    /** The class index of sample {@code index}. */
    @Override
    public int target(int index) {
        return samples.get(index).classIndex();
    }

    /** torchvision: {@code len(dataset)}. */
    @Override
    public int size() {
        return samples.size();
    }
}
