package jtorch.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** jtorch-cli is built on the public jtorch API only. */
class PublicApiOnlyTest {
    @Test
    void cliUsesThePublicApiOnly() throws URISyntaxException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var imported = new ClassFileImporter().importPath(classes);
        noClasses().should().dependOnClassesThat().resideInAPackage("jtorch.internal..").check(imported);
    }
}
