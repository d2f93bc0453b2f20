package jtorch.vision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import jtorch.vision.io.Image;
import org.junit.jupiter.api.Test;

/** jtorch-vision is built on jtorch-core's public API only, as a user's library would be. */
class PublicApiOnlyTest {
    @Test
    void visionUsesThePublicApiOnly() throws URISyntaxException {
        Path classes = Path.of(Image.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        noClasses().should().dependOnClassesThat().resideInAPackage("jtorch.internal..")
                .check(new ClassFileImporter().importPath(classes));
    }
}
