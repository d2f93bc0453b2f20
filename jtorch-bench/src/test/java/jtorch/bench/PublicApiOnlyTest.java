package jtorch.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark measures what users get: it uses jtorch's public API only, never the engine's internals. */
class PublicApiOnlyTest {
    @Test
    void benchUsesThePublicApiOnly() throws URISyntaxException {
        Path classes = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        noClasses().should().dependOnClassesThat().resideInAPackage("jtorch.internal..")
                .check(new ClassFileImporter().importPath(classes));
    }
}
