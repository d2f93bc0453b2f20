package jtorch.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jtorch.Torch;
import org.junit.jupiter.api.Test;

/** Invalid layer configurations and inputs fail with PyTorch's messages. */
class LayerErrorsTest {
    private static String message(Runnable r) {
        return assertThrows(RuntimeException.class, r::run).getMessage();
    }

    @Test
    void constructorsCheckTheirArguments() {
        assertEquals("dropout probability has to be between 0 and 1, but got 1.5", message(() -> new Dropout(1.5)));
        assertEquals("dropout probability has to be between 0 and 1, but got -1", message(() -> new Dropout2d(-1)));
        assertEquals("Padding_idx must be within num_embeddings",
                message(() -> new Embedding(Embedding.options(10, 3).paddingIdx(10))));
        assertEquals("Padding_idx must be within num_embeddings",
                message(() -> new Embedding(Embedding.options(10, 3).paddingIdx(-11))));
        assertEquals("Shape of weight does not match num_embeddings and embedding_dim",
                message(() -> new Embedding(Embedding.options(10, 3).weight(Torch.ones(3, 10)))));
    }

    @Test
    void forwardChecksItsInput() {
        assertEquals("mat1 and mat2 shapes cannot be multiplied (2x5 and 4x3)",
                message(() -> new Linear(4, 3).call(Torch.ones(2, 5))));
        assertEquals("index out of range in self",
                message(() -> new Embedding(5, 2).call(Torch.tensor(new long[] {5}))));
        assertEquals("Mismatch of parameter numbers and input channel size. Found parameter numbers = 3 and channel "
                + "size = 4.", message(() -> new PReLU(3).call(Torch.ones(2, 4))));
        assertEquals("bilinear(): input1 size does not match weight size: got 3 but expected 2",
                message(() -> new Bilinear(2, 3, 4).call(Torch.ones(1, 3), Torch.ones(1, 3))));
        assertEquals("forward() missing 1 required positional argument: 'input2'",
                message(() -> new Bilinear(2, 3, 4).call(Torch.ones(1, 2))));
        assertEquals("Feature dropout requires at least 2 dimensions in the input",
                message(() -> new Dropout2d().call(Torch.ones(4))));
    }

    @Test
    void embeddingFromPretrainedFreezesByDefault() {
        Embedding e = Embedding.fromPretrained(Torch.ones(4, 2), true, null);
        assertEquals(false, e.weight.requiresGrad());
        assertEquals("Embedding(4, 2)", e.toString());
        assertEquals("Embeddings parameter is expected to be 2-dimensional",
                message(() -> Embedding.fromPretrained(Torch.ones(4), true, null)));
    }
}
