package jtorch.internal.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The provider chosen at start-up follows -Djtorch.kernels; named *FixtureTest so it also runs in the
 * scalar-provider pass of the build, proving that pass really uses the scalar kernels.
 */
class KernelsSelectionFixtureTest {
    @Test
    void providerFollowsTheSwitch() {
        String name = Kernels.get().name();
        if ("scalar".equals(System.getProperty("jtorch.kernels"))) {
            assertEquals("scalar", name);
        } else {
            assertTrue(name.startsWith("vector("), name);
        }
    }
}
