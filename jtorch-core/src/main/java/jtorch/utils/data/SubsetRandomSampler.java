package jtorch.utils.data;

import java.util.Iterator;
import java.util.Objects;
import jtorch.Generator;

/**
 * The given indices in a random order, a new one each pass. PyTorch:
 * {@code torch.utils.data.SubsetRandomSampler(indices, generator=None)}: yields
 * {@code indices[i] for i in torch.randperm(len(indices), generator=generator)}; without a
 * generator the permutation draws from the default generator directly.
 */
public final class SubsetRandomSampler implements Sampler<Integer> {
    private final int[] indices;
    private final Generator generator; // null: the default generator at each pass

    /** PyTorch: {@code SubsetRandomSampler(indices)}. */
    public SubsetRandomSampler(int[] indices) {
        this.indices = indices.clone();
        this.generator = null;
    }

    /** PyTorch: {@code SubsetRandomSampler(indices, generator=generator)}. */
    public SubsetRandomSampler(int[] indices, Generator generator) {
        this.indices = indices.clone();
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** PyTorch: {@code SubsetRandomSampler.__len__()}. */
    @Override
    public int size() {
        return indices.length;
    }

    /** PyTorch: {@code SubsetRandomSampler.__iter__()}. */
    @Override
    public Iterator<Integer> iterator() {
        Generator g = generator != null ? generator : Generator.defaultGenerator();
        int[] p = Samplers.randperm(indices.length, g);
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = indices[p[i]];
        }
        return Samplers.iterate(out);
    }
}
