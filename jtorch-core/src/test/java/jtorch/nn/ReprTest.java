package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Module reprs print numbers as Python's str() does (values checked against CPython 3). */
class ReprTest {
    @Test
    void floatsPrintLikePythonRepr() {
        double[] values = {0.01, 1e-05, 1e20, 0.1, 1.0, 100.0, 1e16, 1e15, 123456789012345.6, 0.0001, 2.5e-07, -0.5,
            1.0 / 3, 5e-324, 1.7976931348623157e308, -0.0, Double.POSITIVE_INFINITY, 12345.678};
        String[] python = {"0.01", "1e-05", "1e+20", "0.1", "1.0", "100.0", "1e+16", "1000000000000000.0",
            "123456789012345.6", "0.0001", "2.5e-07", "-0.5", "0.3333333333333333", "5e-324",
            "1.7976931348623157e+308", "-0.0", "inf", "12345.678"};
        for (int i = 0; i < values.length; i++) {
            assertEquals(python[i], Repr.floating(values[i]));
        }
    }

    @Test
    void javaIntegersPrintAsPythonInts() {
        assertEquals("Softplus(beta=1, threshold=20)", new Softplus().toString());
        assertEquals("Softplus(beta=2.0, threshold=10)", new Softplus(2.0, 10).toString());
        assertEquals("Hardtanh(min_val=0, max_val=6, inplace=True)", new Hardtanh(0, 6, true).toString());
        assertEquals("LeakyReLU(negative_slope=1e-05)", new LeakyReLU(1e-5).toString());
        assertEquals("ELU(alpha=1e+20, inplace=True)", new ELU(1e20, true).toString());
        assertEquals("Unflatten(dim=-1, unflattened_size=(4,))", new Unflatten(-1, 4).toString());
    }
}
