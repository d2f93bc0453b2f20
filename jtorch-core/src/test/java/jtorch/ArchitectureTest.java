package jtorch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jtorch.internal.ops.FusedOptimizerOps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors of DESIGN.md, checked on the compiled classes (every reference, not import lines): API →
 * dispatch and op families ({@code jtorch.internal.ops}) → kernels ({@code jtorch.internal.kernels}), optim
 * reaching the engine only through the fused update hook, and the module exports only API packages.
 */
class ArchitectureTest {
    private static Path classesDir;
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() throws URISyntaxException {
        classesDir = Path.of(Tensor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        classes = new ClassFileImporter().importPath(classesDir);
    }

    @Test
    void onlyTheVectorKernelsUseTheVectorApi() {
        noClasses().that().resideOutsideOfPackage("jtorch.internal.kernels.vector..")
                .should().dependOnClassesThat().resideInAPackage("jdk.incubator.vector..").check(classes);
    }

    @Test
    void kernelsAreTheBottomFloor() {
        noClasses().that().resideInAPackage("jtorch.internal.kernels..")
                .should().dependOnClassesThat().resideInAnyPackage("jtorch.internal.ops..", "jtorch.internal.backend..",
                        "jtorch.autograd..",
                        "jtorch.nn..", "jtorch.optim..", "jtorch.utils..", "jtorch.overrides..")
                .check(classes);
    }

    /** The backend computes on storage plus layout: it knows no Tensor, op family, autograd or API above it. */
    @Test
    void theBackendSitsUnderTheOpsAndOverTheKernels() {
        noClasses().that().resideInAPackage("jtorch.internal.backend..")
                .should().dependOnClassesThat().resideInAnyPackage("jtorch.internal.ops..", "jtorch.autograd..",
                        "jtorch.nn..", "jtorch.optim..", "jtorch.utils..", "jtorch.overrides..", "jtorch.serialization..")
                .orShould().dependOnClassesThat().belongToAnyOf(Tensor.class, jtorch.Torch.class)
                .check(classes);
    }

    /**
     * Only the backend touches a device storage's array. The two exceptions hold host buffers: RandomOps hands
     * the backend's host buffer to the Generator's fills, and CopyOps.toArray returns a fresh CPU copy's array to
     * the user ({@code toFloatArray}).
     */
    @Test
    void opFamiliesDoNotReadArrays() {
        noClasses().that().resideInAPackage("jtorch.internal.ops..")
                .and().doNotHaveFullyQualifiedName("jtorch.internal.ops.RandomOps")
                .and().doNotHaveFullyQualifiedName("jtorch.internal.ops.CopyOps")
                .should().callMethod(jtorch.Storage.class, "data").check(classes);
    }

    @Test
    void opFamiliesDoNotReachUp() {
        noClasses().that().resideInAPackage("jtorch.internal.ops..")
                .should().dependOnClassesThat().resideInAnyPackage("jtorch.nn..", "jtorch.optim..", "jtorch.utils..")
                .check(classes);
    }

    @Test
    void nnOptimAndDataGoThroughTensorOps() {
        noClasses().that().resideInAnyPackage("jtorch.nn..", "jtorch.optim..", "jtorch.utils..")
                .should().dependOnClassesThat().resideInAPackage("jtorch.internal.kernels..").check(classes);
        noClasses().that().resideInAnyPackage("jtorch.utils..", "jtorch.serialization..")
                .should().dependOnClassesThat().resideInAPackage("jtorch.internal..").check(classes);
        // optim's one way into the engine: the fused update hook (its per-parameter step in one pass)
        noClasses().that().resideInAPackage("jtorch.optim..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("jtorch.internal..")
                        .and(DescribedPredicate.not(HasName.Predicates.name(FusedOptimizerOps.class.getName()))))
                .check(classes);
    }

    @Test
    void theModuleExportsExactlyTheApiPackages() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classesDir.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> api = module.packages().stream().filter(p -> !p.startsWith("jtorch.internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(api, exported);
    }
}
