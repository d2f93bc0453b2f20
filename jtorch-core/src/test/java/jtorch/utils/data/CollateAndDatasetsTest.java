package jtorch.utils.data;

import static jtorch.utils.data.DataFixtureTest.range;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jtorch.DType;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.Test;

class CollateAndDatasetsTest {

    record Labeled(Tensor image, int label) {
    }

    @Test
    void examplesCollateToBatchTensorAndLabelTensor() {
        List<Example<Tensor, Integer>> batch = List.of(new Example<>(Torch.zeros(1, 2, 2), 3),
                new Example<>(Torch.ones(1, 2, 2), 7));
        @SuppressWarnings("unchecked")
        Example<Tensor, Tensor> b = (Example<Tensor, Tensor>) Collate.defaultCollate(batch);
        assertArrayEquals(new int[] {2, 1, 2, 2}, b.data().sizes());
        assertEquals(DType.INT64, b.target().dtype());
        assertArrayEquals(new long[] {3, 7}, b.target().toLongArray());
    }

    @Test
    void numbersStringsMapsListsAndArrays() {
        Tensor d = (Tensor) Collate.defaultCollate(List.of(0.5, 1.5));
        assertEquals(DType.FLOAT64, d.dtype());
        assertEquals(DType.FLOAT32, ((Tensor) Collate.defaultCollate(List.of(0.5f, 1.5f))).dtype());
        assertEquals(DType.INT64, ((Tensor) Collate.defaultCollate(List.of(1L, 2L))).dtype());
        assertEquals(DType.BOOL, ((Tensor) Collate.defaultCollate(List.of(true, false))).dtype());
        assertEquals(List.of("a", "b"), Collate.defaultCollate(List.of("a", "b")));
        Map<String, Object> m1 = new LinkedHashMap<>();
        m1.put("x", Torch.zeros(3));
        m1.put("y", 1);
        Map<String, Object> m2 = new LinkedHashMap<>();
        m2.put("x", Torch.ones(3));
        m2.put("y", 2);
        Map<?, ?> m = (Map<?, ?>) Collate.defaultCollate(List.of(m1, m2));
        assertEquals(List.of("x", "y"), List.copyOf(m.keySet()));
        assertArrayEquals(new int[] {2, 3}, ((Tensor) m.get("x")).sizes());
        List<?> nested = (List<?>) Collate.defaultCollate(List.of(List.of(1, List.of(2.0)), List.of(3, List.of(4.0))));
        assertArrayEquals(new long[] {1, 3}, ((Tensor) nested.get(0)).toLongArray());
        assertEquals(DType.FLOAT64, ((Tensor) ((List<?>) nested.get(1)).get(0)).dtype());
        Tensor arr = (Tensor) Collate.defaultCollate(List.of(new float[] {1, 2}, new float[] {3, 4}));
        assertArrayEquals(new int[] {2, 2}, arr.sizes());
        assertEquals("each element in list of batch should be of equal size", assertThrows(IllegalArgumentException.class,
                () -> Collate.defaultCollate(List.of(List.of(1, 2), List.of(3)))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Collate.defaultCollate(List.of(new Object())))
                .getMessage().startsWith("default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists"));
        assertThrows(IllegalArgumentException.class,
                () -> Collate.defaultCollate(List.of(Torch.zeros(2), Torch.zeros(3))));
        String msg = assertThrows(IllegalArgumentException.class,
                () -> Collate.defaultCollate(List.of(new Labeled(Torch.zeros(1), 1)))).getMessage();
        assertTrue(msg.contains("component 'label' of type int"), msg);
    }

    @Test
    void subsetConcatAndSplitErrors() {
        var c = new ConcatDataset<Integer>(range(3), range(0), range(2));
        assertEquals(5, c.size());
        assertEquals(List.of(0, 1, 2, 0, 1), java.util.stream.IntStream.range(0, 5).mapToObj(c::get).toList());
        assertEquals(1, c.get(-1));
        assertArrayEquals(new int[] {3, 3, 5}, c.cumulativeSizes());
        assertThrows(IndexOutOfBoundsException.class, () -> c.get(5));
        var s = new Subset<>(range(10), new int[] {4, 2});
        assertEquals(2, s.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> new Subset<>(range(3), new int[] {3}));
        assertEquals("Sum of input lengths does not equal the length of the input dataset!",
                assertThrows(IllegalArgumentException.class,
                        () -> Datasets.randomSplit(range(10), new int[] {5, 4}, new Generator(0))).getMessage());
        assertEquals("Fraction at index 1 is not between 0 and 1", assertThrows(IllegalArgumentException.class,
                () -> Datasets.randomSplit(range(10), new double[] {0.5, 1.5, -1.0})).getMessage());
    }

    @Test
    void eightOneOneSplitIsAPartitionAndReproducible() {
        var a = Datasets.randomSplit(range(1001), new double[] {0.8, 0.1, 0.1}, new Generator(42));
        var b = Datasets.randomSplit(range(1001), new double[] {0.8, 0.1, 0.1}, new Generator(42));
        assertEquals(List.of(801, 100, 100), a.stream().map(Subset::size).toList());
        Set<Integer> all = new HashSet<>();
        for (int p = 0; p < 3; p++) {
            assertArrayEquals(a.get(p).indices(), b.get(p).indices());
            for (int i : a.get(p).indices()) {
                assertTrue(all.add(i));
            }
        }
        assertEquals(1001, all.size());
    }

    @Test
    void kFoldInOrderCoversEverySampleOnceAsValidation() {
        List<Fold<Integer>> folds = Datasets.kFold(range(10), 3);
        assertEquals(3, folds.size());
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(0).validation().indices());
        assertArrayEquals(new int[] {4, 5, 6}, folds.get(1).validation().indices());
        assertArrayEquals(new int[] {0, 1, 2, 3, 7, 8, 9}, folds.get(1).train().indices());
        assertThrows(IllegalArgumentException.class, () -> Datasets.kFold(range(3), 4));
        assertThrows(IllegalArgumentException.class, () -> Datasets.kFold(range(3), 1));
    }

    @Test
    void samplerArgumentChecks() {
        assertThrows(IllegalArgumentException.class, () -> new DistributedSampler(range(3), 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new WeightedRandomSampler(new double[] {1, 0}, 2, false));
        assertThrows(IllegalArgumentException.class, () -> new WeightedRandomSampler(new double[] {-1, 2}, 2));
        assertThrows(IllegalArgumentException.class, () -> new BatchSampler(new SequentialSampler(3), 0, false));
        var rs = new RandomSampler(range(10), RandomSampler.options().replacement(true).numSamples(100)
                .generator(new Generator(0)));
        int[] counts = new int[10];
        rs.forEach(i -> counts[i]++);
        assertEquals(100, Arrays.stream(counts).sum());
        assertInstanceOf(Integer.class, rs.iterator().next());
    }
}
