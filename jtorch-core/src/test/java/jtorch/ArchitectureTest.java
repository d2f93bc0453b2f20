package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the layering of DESIGN.md: only jtorch.internal.kernels.vector imports the incubator Vector API,
 * and nn/optim never reach into kernels (they go through tensor ops).
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/jtorch");

    private static List<String> violations(String importPrefix, java.util.function.Predicate<Path> allowed)
            throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (allowed.test(p)) {
                    continue;
                }
                for (String line : Files.readAllLines(p)) {
                    String l = line.trim();
                    if ((l.startsWith("import " + importPrefix) || l.startsWith("import static " + importPrefix))) {
                        bad.add(MAIN.relativize(p) + ": " + l);
                    }
                }
            }
        }
        return bad;
    }

    @Test
    void onlyTheVectorPackageImportsTheVectorApi() throws IOException {
        assertEquals(List.of(), violations("jdk.incubator.vector", p -> p.startsWith(MAIN.resolve("internal/kernels/vector"))));
    }

    @Test
    void nnAndOptimDoNotImportKernels() throws IOException {
        assertEquals(List.of(), violations("jtorch.internal.kernels",
                p -> !(p.startsWith(MAIN.resolve("nn")) || p.startsWith(MAIN.resolve("optim")))));
    }
}
