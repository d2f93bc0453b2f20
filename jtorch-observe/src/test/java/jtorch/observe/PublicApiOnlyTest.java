package jtorch.observe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import jtorch.utils.tensorboard.SummaryWriter;
import org.junit.jupiter.api.Test;

/** jtorch-observe is built on jtorch-core's public API only (and never on jtorch-vision). */
class PublicApiOnlyTest {
    @Test
    void observeUsesThePublicApiOnly() throws URISyntaxException {
        Path classes = Path.of(SummaryWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var imported = new ClassFileImporter().importPath(classes);
        noClasses().should().dependOnClassesThat().resideInAPackage("jtorch.internal..").check(imported);
        noClasses().should().dependOnClassesThat().resideInAPackage("jtorch.vision..").check(imported);
    }
}
