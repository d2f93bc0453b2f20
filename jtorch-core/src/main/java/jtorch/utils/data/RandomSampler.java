package jtorch.utils.data;

import java.util.Iterator;
import java.util.Optional;
import jtorch.Generator;

/**
 * Random indices: a permutation (without replacement) or uniform draws (with replacement).
 * PyTorch: {@code torch.utils.data.RandomSampler(data_source, replacement=False, num_samples=None,
 * generator=None)}.
 *
 * <p>Draws exactly as PyTorch 1.13: without a generator each pass first takes a seed from the
 * default generator ({@code torch.empty((), dtype=torch.int64).random_()}) and permutes with a
 * fresh generator seeded by it; without replacement it yields {@code numSamples / n} whole
 * permutations and then the head of one more; with replacement it draws {@code randint(n)} in
 * chunks of 32.
 */
public final class RandomSampler implements Sampler<Integer> {
    private final Dataset<?> dataSource;
    private final boolean replacement;
    private final Integer numSamples; // empty: len(data_source) at each pass
    private final Optional<Generator> generator;

    /** Keyword arguments of {@code RandomSampler}: {@code replacement}, {@code num_samples}, {@code generator}. */
    public static final class Options {
        private boolean replacement;
        private Integer numSamples;
        private Generator generator;

        private Options() {
        }

        /** PyTorch: {@code replacement=} (default false). */
        public Options replacement(boolean r) {
            this.replacement = r;
            return this;
        }

        /** PyTorch: {@code num_samples=} (default: the dataset size). */
        public Options numSamples(int n) {
            this.numSamples = n;
            return this;
        }

        /** PyTorch: {@code generator=} (default: a seed drawn from the default generator per pass). */
        public Options generator(Generator g) {
            this.generator = java.util.Objects.requireNonNull(g, "generator");
            return this;
        }
    }

    /** Fresh keyword arguments for {@link #RandomSampler(Dataset, Options)}. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code RandomSampler(data_source)}. */
    public RandomSampler(Dataset<?> dataSource) {
        this(dataSource, options());
    }

    /** PyTorch: {@code RandomSampler(data_source, replacement, num_samples, generator)}. */
    public RandomSampler(Dataset<?> dataSource, Options o) {
        this.dataSource = dataSource;
        this.replacement = o.replacement;
        this.numSamples = o.numSamples;
        this.generator = Optional.ofNullable(o.generator);
        if (numSamples != null && numSamples <= 0) {
            throw new IllegalArgumentException(
                    "num_samples should be a positive integer value, but got num_samples=" + numSamples);
        }
    }

    /** PyTorch: {@code RandomSampler.replacement}. */
    public boolean replacement() {
        return replacement;
    }

    /** PyTorch: {@code RandomSampler.__len__()} = {@code num_samples}. */
    @Override
    public int size() {
        return numSamples != null ? numSamples : dataSource.size();
    }

    /** PyTorch: {@code RandomSampler.__iter__()}; draws its seed (if any) here. */
    @Override
    public Iterator<Integer> iterator() {
        int n = dataSource.size();
        int total = size();
        if (total <= 0) {
            throw new IllegalArgumentException(
                    "num_samples should be a positive integer value, but got num_samples=" + total);
        }
        Generator g = generator.orElseGet(() -> new Generator(Samplers.randomInt64(Generator.defaultGenerator())));
        int[] out = new int[total];
        int pos = 0;
        if (replacement) {
            long[] chunk = new long[32];
            while (pos < total) {
                int m = Math.min(32, total - pos);
                g.randomFromTo(chunk, 0, m, 0, n);
                for (int i = 0; i < m; i++) {
                    out[pos++] = (int) chunk[i];
                }
            }
        } else {
            for (int k = 0; k < total / n; k++) {
                int[] p = Samplers.randperm(n, g);
                System.arraycopy(p, 0, out, pos, n);
                pos += n;
            }
            int[] p = Samplers.randperm(n, g);
            System.arraycopy(p, 0, out, pos, total % n);
        }
        return Samplers.iterate(out);
    }
}
