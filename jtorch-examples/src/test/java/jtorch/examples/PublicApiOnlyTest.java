package jtorch.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples use jtorch's public API only (and the bundled data of jtorch-cli, not its training code). */
class PublicApiOnlyTest {
    @Test
    void examplesUseThePublicApiOnly() throws URISyntaxException {
        Path classes = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var imported = new ClassFileImporter().importPath(classes);
        noClasses().should().dependOnClassesThat().resideInAPackage("jtorch.internal..").check(imported);
        noClasses().that().doNotHaveSimpleName("SeedData").should().dependOnClassesThat()
                .resideInAPackage("jtorch.cli..").check(imported);
    }
}
