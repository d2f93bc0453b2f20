package jtorch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code x.shape()} / {@code x.size()} as PyTorch's {@code torch.Size}: value equality, indexing, printing. */
class SizeTest {
    @Test
    void comparesByValueNotIdentity() {
        Tensor a = Torch.zeros(2, 3);
        Tensor b = Torch.ones(2, 3);
        // int[] shapes compared with == or equals were always false: the trap Size removes
        assertEquals(a.shape(), b.shape());
        assertEquals(a.shape().hashCode(), b.shape().hashCode());
        assertNotEquals(a.shape(), Torch.zeros(3, 2).shape());
        assertEquals(List.of(2, 3), a.size()); // torch.Size([2, 3]) == (2, 3)
        assertEquals(a.size(), a.shape());
    }

    @Test
    void printsAsTorchSize() {
        assertEquals("torch.Size([2, 3])", Torch.zeros(2, 3).shape().toString());
        assertEquals("torch.Size([])", Torch.tensor(1.5).shape().toString());
        assertEquals("torch.Size([0, 4])", Torch.zeros(0, 4).size().toString());
    }

    @Test
    void indexesLikeATuple() {
        Size s = Torch.zeros(2, 3, 4).shape();
        assertEquals(3, s.size());
        assertEquals(2, s.get(0));
        assertEquals(4, s.get(-1));
        assertEquals(3, s.dim(-2));
        assertEquals(24, s.numel());
        assertEquals(1, Torch.tensor(1.5).shape().numel());
        assertArrayEquals(new int[] {2, 3, 4}, s.toIntArray());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> s.get(3));
        assertEquals("tuple index out of range: 3 for torch.Size([2, 3, 4])", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> s.add(5));
        int total = 0;
        for (int d : s) {
            total += d;
        }
        assertEquals(9, total);
    }

    @Test
    void isImmutable() {
        int[] dims = {2, 3};
        Size s = Size.of(dims);
        dims[0] = 7;
        s.toIntArray()[1] = 9;
        assertEquals(List.of(2, 3), s);
        assertEquals(Size.of(2, 3), Torch.arange(6).view(Size.of(-1, 3)).shape());
    }

    @Test
    void factoriesAndViewsTakeASize() {
        Tensor x = Torch.arange(6).reshape(2, 3);
        assertEquals(x.shape(), Torch.zeros(x.size()).shape());
        assertEquals(x.shape(), Torch.ones(x.size()).shape());
        assertEquals(x.shape(), Torch.empty(x.size()).shape());
        assertEquals(x.shape(), Torch.randn(x.size()).shape());
        assertEquals(x.shape(), Torch.rand(x.size()).shape());
        assertEquals(x.shape(), Torch.full(x.size(), 2.0).shape());
        Tensor flat = x.flatten();
        assertEquals(x.shape(), flat.view(x.size()).shape());
        assertEquals(x.shape(), flat.reshape(x.size()).shape());
        assertEquals(Size.of(4, 2, 3), x.unsqueeze(0).expand(Size.of(4, 2, 3)).shape());
    }
}
