package jtorch.nn.functional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

/**
 * Keyword arguments by name ({@code F.conv2d(x, w, groups=2)} as {@code F.conv2d(x, w, F.convOptions().groups(2))})
 * give what PyTorch's positional call gives; the positional forms are checked against PyTorch's fixtures.
 */
class KeywordOptionsTest {
    private static void same(Tensor expected, Tensor actual) {
        assertArrayEquals(expected.sizes(), actual.sizes());
        assertTrue(expected.equal(actual), () -> expected + " vs " + actual);
    }

    @Test
    void convolutionsByName() {
        Torch.manualSeed(0);
        Tensor x = Torch.randn(2, 4, 9, 7);
        Tensor w = Torch.randn(6, 2, 3, 3);
        Tensor b = Torch.randn(6);
        same(F.conv2d(x, w, b, new int[] {2}, new int[] {1}, new int[] {1}, 2),
                F.conv2d(x, w, F.convOptions().bias(b).stride(2).padding(1).groups(2)));
        same(F.conv2d(x, w, null, new int[] {1}, "same", new int[] {2}, 2),
                F.conv2d(x, w, F.convOptions().padding("same").dilation(2).groups(2)));
        same(F.conv2d(x, w, null, new int[] {1}, new int[] {0}, new int[] {1}, 2), F.conv2d(x, w, F.convOptions().groups(2)));
        Tensor x1 = Torch.randn(2, 4, 11);
        Tensor w1 = Torch.randn(3, 4, 3);
        same(F.conv1d(x1, w1, null, 2, 1, 1, 1), F.conv1d(x1, w1, F.convOptions().stride(2).padding(1)));
        Tensor wt = Torch.randn(4, 3, 3, 3);
        same(F.convTranspose2d(x, wt, null, new int[] {2}, new int[] {1}, new int[] {1}, 1, new int[] {1}),
                F.convTranspose2d(x, wt, F.convTransposeOptions().stride(2).padding(1).outputPadding(1)));
    }

    @Test
    void poolingByName() {
        Torch.manualSeed(1);
        Tensor x = Torch.randn(2, 3, 9, 8);
        same(F.maxPool2d(x, new int[] {3}, new int[0], new int[] {1}, new int[] {1}, true),
                F.maxPool2d(x, 3, F.maxPoolOptions().padding(1).ceilMode(true)));
        same(F.maxPool2d(x, new int[] {2, 3}, new int[] {1, 2}, new int[] {0}, new int[] {2}, false),
                F.maxPool2d(x, new int[] {2, 3}, F.maxPoolOptions().stride(1, 2).dilation(2)));
        same(F.avgPool2d(x, new int[] {3}, new int[] {2}),
                F.avgPool2d(x, 3, F.avgPoolOptions().stride(2)));
        same(jtorch.internal.ops.PoolOps.avgPool2d(x, new int[] {3}, new int[] {2}, new int[] {1}, true, false, 5),
                F.avgPool2d(x, 3, F.avgPoolOptions().stride(2).padding(1).ceilMode(true).countIncludePad(false)
                        .divisorOverride(5)));
        Tensor x1 = Torch.randn(2, 3, 10);
        same(F.maxPool1d(x1, 3, 2), F.maxPool1d(x1, 3, F.maxPoolOptions().stride(2)));
        same(F.avgPool1d(x1, 4, 4), F.avgPool1d(x1, 4, F.avgPoolOptions()));
        var indices = F.maxPool2dWithIndices(x, new int[] {2}, F.maxPoolOptions()).indices();
        assertArrayEquals(new int[] {2, 3, 4, 4}, indices.sizes());
    }

    @Test
    void misuseFailsAsPyTorchDoes() {
        Tensor x1 = Torch.randn(1, 2, 8);
        var size = assertThrows(IllegalArgumentException.class,
                () -> F.maxPool1d(x1, 2, F.maxPoolOptions().stride(1, 2)));
        assertEquals("argument 'stride' must be tuple of ints of size 1, but found element of size 2", size.getMessage());
        var divisor = assertThrows(IllegalArgumentException.class,
                () -> F.avgPool1d(x1, 2, F.avgPoolOptions().divisorOverride(2)));
        assertEquals("avg_pool1d() got an unexpected keyword argument 'divisor_override'", divisor.getMessage());
    }
}
