package jtorch.utils.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.Generator;
import jtorch.Tensor;
import jtorch.Torch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jtorch.utils.data against PyTorch 1.13 (fixtures/data/data_loading.json from
 * tools/golden/data_loading.py): same seeds, same indices.
 */
class DataFixtureTest {
    private static JsonObject fx;

    @BeforeAll
    static void load() throws Exception {
        try (var in = DataFixtureTest.class.getResourceAsStream("/fixtures/data/data_loading.json")) {
            fx = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    /** A dataset of the ints 0..n-1, like Python's range(n) / list(range(n)). */
    static Dataset<Integer> range(int n) {
        return new Dataset<>() {
            @Override
            public Integer get(int index) {
                Dataset.checkIndex(index, n);
                return index;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    static List<Integer> ints(JsonElement e) {
        List<Integer> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            out.add(x.getAsInt());
        }
        return out;
    }

    static List<List<Integer>> intLists(JsonElement e) {
        List<List<Integer>> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            out.add(ints(x));
        }
        return out;
    }

    static List<Integer> list(Iterable<Integer> it) {
        List<Integer> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    static List<Integer> list(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    @Test
    void randomInt64IsTheDrawRandomSamplerAndTheLoaderTakeTheirSeedsFrom() {
        for (JsonElement e : fx.getAsJsonArray("random_int64")) {
            JsonObject c = e.getAsJsonObject();
            Generator g = new Generator(c.get("seed").getAsLong());
            for (JsonElement v : c.getAsJsonArray("values")) {
                assertEquals(Long.parseLong(v.getAsString()), Samplers.randomInt64(g));
            }
        }
    }

    @Test
    void shuffledLoaderBatchesOverTwoEpochsEqualPyTorchs() {
        for (int workers : new int[] {0, 2}) {
            for (JsonElement e : fx.getAsJsonArray("loader")) {
                JsonObject c = e.getAsJsonObject();
                int n = c.get("n").getAsInt();
                long seed = c.get("seed").getAsLong();
                DataLoader.Options o = DataLoader.options().batchSize(c.get("batch_size").getAsInt()).shuffle(true)
                        .dropLast(c.get("drop_last").getAsBoolean()).numWorkers(workers);
                if (c.get("generator").getAsBoolean()) {
                    o.generator(new Generator(seed));
                } else {
                    Torch.manualSeed(seed);
                }
                try (DataLoader<Integer, Tensor> loader = new DataLoader<>(range(n), o)) {
                    JsonArray epochs = c.getAsJsonArray("epochs");
                    for (JsonElement epoch : epochs) {
                        List<List<Integer>> got = new ArrayList<>();
                        for (Tensor b : loader) {
                            got.add(Arrays.stream(b.toLongArray()).mapToInt(x -> (int) x).boxed().toList());
                        }
                        assertEquals(intLists(epoch), got, "case " + c + " workers " + workers);
                    }
                }
            }
        }
    }

    @Test
    void randomSplitEqualsPyTorchs() {
        for (JsonElement e : fx.getAsJsonArray("random_split")) {
            JsonObject c = e.getAsJsonObject();
            int n = c.get("n").getAsInt();
            long seed = c.get("seed").getAsLong();
            JsonArray l = c.getAsJsonArray("lengths");
            boolean fractions = l.get(0).getAsString().contains(".");
            Generator g = c.get("generator").getAsBoolean() ? new Generator(seed) : null;
            if (g == null) {
                Torch.manualSeed(seed);
            }
            List<Subset<Integer>> parts;
            if (fractions) {
                double[] f = new double[l.size()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = l.get(i).getAsDouble();
                }
                parts = g != null ? Datasets.randomSplit(range(n), f, g) : Datasets.randomSplit(range(n), f);
            } else {
                int[] len = new int[l.size()];
                for (int i = 0; i < len.length; i++) {
                    len[i] = l.get(i).getAsInt();
                }
                parts = g != null ? Datasets.randomSplit(range(n), len, g) : Datasets.randomSplit(range(n), len);
            }
            List<List<Integer>> got = parts.stream().map(p -> list(p.indices())).toList();
            assertEquals(intLists(c.get("splits")), got, c.toString());
        }
    }

    @Test
    void kFoldEqualsTorchRandpermCutLikeSklearnKFold() {
        for (JsonElement e : fx.getAsJsonArray("kfold")) {
            JsonObject c = e.getAsJsonObject();
            List<Fold<Integer>> folds = Datasets.kFold(range(c.get("n").getAsInt()), c.get("k").getAsInt(),
                    new Generator(c.get("seed").getAsLong()));
            JsonArray want = c.getAsJsonArray("folds");
            assertEquals(want.size(), folds.size());
            for (int f = 0; f < folds.size(); f++) {
                JsonObject w = want.get(f).getAsJsonObject();
                assertEquals(ints(w.get("train")), list(folds.get(f).train().indices()));
                assertEquals(ints(w.get("val")), list(folds.get(f).validation().indices()));
            }
        }
    }

    @Test
    void randomSamplerWithAndWithoutReplacementEqualsPyTorchs() {
        for (JsonElement e : fx.getAsJsonArray("random_sampler")) {
            JsonObject c = e.getAsJsonObject();
            RandomSampler s = new RandomSampler(range(c.get("n").getAsInt()), RandomSampler.options()
                    .replacement(c.get("replacement").getAsBoolean()).numSamples(c.get("num_samples").getAsInt())
                    .generator(new Generator(c.get("seed").getAsLong())));
            assertEquals(ints(c.get("indices")), list(s), c.toString());
        }
        JsonObject d = fx.getAsJsonObject("random_sampler_default");
        Torch.manualSeed(d.get("seed").getAsLong());
        RandomSampler s = new RandomSampler(range(d.get("n").getAsInt()));
        for (JsonElement epoch : d.getAsJsonArray("epochs")) {
            assertEquals(ints(epoch), list(s));
        }
    }

    @Test
    void subsetRandomSamplerEqualsPyTorchs() {
        for (JsonElement e : fx.getAsJsonArray("subset_random")) {
            JsonObject c = e.getAsJsonObject();
            int[] idx = ints(c.get("indices")).stream().mapToInt(Integer::intValue).toArray();
            var s = new SubsetRandomSampler(idx, new Generator(c.get("seed").getAsLong()));
            assertEquals(ints(c.get("samples")), list(s));
        }
    }

    @Test
    void weightedRandomSamplerDrawsEqualPyTorchs() {
        for (JsonElement e : fx.getAsJsonArray("weighted")) {
            JsonObject c = e.getAsJsonObject();
            double[] w = c.getAsJsonArray("weights").asList().stream().mapToDouble(JsonElement::getAsDouble).toArray();
            var s = new WeightedRandomSampler(w, c.get("num_samples").getAsInt(), c.get("replacement").getAsBoolean(),
                    new Generator(c.get("seed").getAsLong()));
            assertEquals(ints(c.get("samples")), list(s), c.toString());
        }
    }

    @Test
    void distributedSamplerPartitionsLikePyTorch() {
        for (JsonElement e : fx.getAsJsonArray("distributed")) {
            JsonObject c = e.getAsJsonObject();
            int reps = c.get("num_replicas").getAsInt();
            JsonArray ranks = c.getAsJsonArray("ranks");
            for (int rank = 0; rank < reps; rank++) {
                var s = new DistributedSampler(range(c.get("n").getAsInt()), reps, rank, DistributedSampler.options()
                        .shuffle(c.get("shuffle").getAsBoolean()).dropLast(c.get("drop_last").getAsBoolean())
                        .seed(c.get("seed").getAsLong()));
                JsonArray epochs = ranks.get(rank).getAsJsonArray();
                for (int ep = 0; ep < epochs.size(); ep++) {
                    s.setEpoch(ep);
                    List<Integer> want = ints(epochs.get(ep));
                    assertEquals(want, list(s), c + " rank " + rank + " epoch " + ep);
                    assertEquals(want.size(), s.size());
                }
            }
        }
    }

    @Test
    void batchSamplerEqualsPyTorchs() {
        JsonArray b = fx.getAsJsonArray("batch_sampler");
        assertEquals(intLists(b.get(0)), list2(new BatchSampler(new SequentialSampler(10), 3, false)));
        assertEquals(intLists(b.get(1)), list2(new BatchSampler(new SequentialSampler(10), 3, true)));
        assertEquals(4, new BatchSampler(new SequentialSampler(10), 3, false).size());
        assertEquals(3, new BatchSampler(new SequentialSampler(10), 3, true).size());
    }

    static List<List<Integer>> list2(Iterable<List<Integer>> it) {
        List<List<Integer>> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
