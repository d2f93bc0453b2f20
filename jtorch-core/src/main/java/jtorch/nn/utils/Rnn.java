package jtorch.nn.utils;

import java.util.ArrayList;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.nn.functional.F;

/**
 * Padding and packing of variable-length sequences. PyTorch: {@code torch.nn.utils.rnn.pad_sequence},
 * {@code pack_padded_sequence}, {@code pad_packed_sequence} and {@code pack_sequence}, composed from
 * differentiable ops (narrow, cat, index_select, pad, stack), so gradients flow back to the padded input.
 *
 * <pre>{@code
 * PackedSequence p = Rnn.packPaddedSequence(x, new long[] {4, 2, 3}, Rnn.packOptions().enforceSorted(false));
 * Rnn.Padded back = Rnn.padPackedSequence(p);   // back.output() equals x where the sequences run
 * }</pre>
 */
public final class Rnn {
    private Rnn() {
    }

    /** {@code pad_packed_sequence}'s result: the padded batch and each sequence's length (int64). */
    public record Padded(Tensor output, Tensor lengths) {
    }

    /** The keyword arguments of {@code pad_sequence}: {@code batch_first=False, padding_value=0.0}. */
    public static final class PadSequenceOptions {
        boolean batchFirst;
        double paddingValue;

        PadSequenceOptions() {
        }

        /** PyTorch: {@code batch_first=}: (B, T, *) instead of (T, B, *). */
        public PadSequenceOptions batchFirst(boolean batchFirst) {
            this.batchFirst = batchFirst;
            return this;
        }

        /** PyTorch: {@code padding_value=}. */
        public PadSequenceOptions paddingValue(double paddingValue) {
            this.paddingValue = paddingValue;
            return this;
        }
    }

    /** The keyword arguments of {@code pack_padded_sequence}: {@code batch_first=False, enforce_sorted=True}. */
    public static final class PackOptions {
        boolean batchFirst;
        boolean enforceSorted = true;

        PackOptions() {
        }

        /** PyTorch: {@code batch_first=}: the input is (B, T, *). */
        public PackOptions batchFirst(boolean batchFirst) {
            this.batchFirst = batchFirst;
            return this;
        }

        /** PyTorch: {@code enforce_sorted=}: false sorts the sequences by length (and records the permutation). */
        public PackOptions enforceSorted(boolean enforceSorted) {
            this.enforceSorted = enforceSorted;
            return this;
        }
    }

    /**
     * The keyword arguments of {@code pad_packed_sequence}: {@code batch_first=False, padding_value=0.0,
     * total_length=None}.
     */
    public static final class PadPackedOptions {
        boolean batchFirst;
        double paddingValue;
        Integer totalLength;

        PadPackedOptions() {
        }

        /** PyTorch: {@code batch_first=}: the output is (B, T, *). */
        public PadPackedOptions batchFirst(boolean batchFirst) {
            this.batchFirst = batchFirst;
            return this;
        }

        /** PyTorch: {@code padding_value=}. */
        public PadPackedOptions paddingValue(double paddingValue) {
            this.paddingValue = paddingValue;
            return this;
        }

        /** PyTorch: {@code total_length=}: pad to this many steps (at least the longest sequence). */
        public PadPackedOptions totalLength(int totalLength) {
            this.totalLength = totalLength;
            return this;
        }
    }

    /** Keyword options of {@code pad_sequence} at PyTorch's defaults. */
    public static PadSequenceOptions padSequenceOptions() {
        return new PadSequenceOptions();
    }

    /** Keyword options of {@code pack_padded_sequence}/{@code pack_sequence} at PyTorch's defaults. */
    public static PackOptions packOptions() {
        return new PackOptions();
    }

    /** Keyword options of {@code pad_packed_sequence} at PyTorch's defaults. */
    public static PadPackedOptions padPackedOptions() {
        return new PadPackedOptions();
    }

    /** PyTorch: {@code pad_sequence(sequences)}: (T, B, *) with T the longest length, zero-padded. */
    public static Tensor padSequence(List<Tensor> sequences) {
        return padSequence(sequences, padSequenceOptions());
    }

    /** PyTorch: {@code pad_sequence(sequences, batch_first=False, padding_value=0.0)}. */
    public static Tensor padSequence(List<Tensor> sequences, PadSequenceOptions o) {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("received an empty list of sequences");
        }
        int maxLen = 0;
        for (Tensor s : sequences) {
            maxLen = Math.max(maxLen, s.size(0));
        }
        List<Tensor> padded = new ArrayList<>();
        for (Tensor s : sequences) {
            // (0, 0) for every trailing dim, then (0, missing) for the time dim
            int[] pad = new int[2 * s.dim()];
            pad[pad.length - 1] = maxLen - s.size(0);
            padded.add(F.pad(s, pad, "constant", o.paddingValue));
        }
        return Torch.stack(padded, o.batchFirst ? 0 : 1);
    }

    /** PyTorch: {@code pack_padded_sequence(input, lengths)} (sorted, sequence-first). */
    public static PackedSequence packPaddedSequence(Tensor input, long[] lengths) {
        return packPaddedSequence(input, Torch.fromArray(lengths, lengths.length), packOptions());
    }

    /** PyTorch: {@code pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)}. */
    public static PackedSequence packPaddedSequence(Tensor input, long[] lengths, PackOptions o) {
        return packPaddedSequence(input, Torch.fromArray(lengths, lengths.length), o);
    }

    /**
     * PyTorch: {@code pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True)}, lengths a 1-D
     * tensor (converted to int64 as {@code torch.as_tensor} does).
     */
    public static PackedSequence packPaddedSequence(Tensor input, Tensor lengths, PackOptions o) {
        lengths = lengths.to(DType.INT64);
        Tensor sortedIndices = null;
        if (!o.enforceSorted) {
            var sorted = lengths.sort(-1, true);
            lengths = sorted.values();
            sortedIndices = sorted.indices();
            input = input.indexSelect(o.batchFirst ? 0 : 1, sortedIndices);
        }
        if (input.numel() == 0) {
            throw new IllegalArgumentException("Cannot pack empty tensors.");
        }
        Tensor seqFirst = o.batchFirst ? input.transpose(0, 1) : input;
        int batch = seqFirst.size(1);
        long[] len = lengths.toLongArray();
        if (len.length != batch) {
            throw new IllegalArgumentException("Expected `len(lengths)` to be equal to batch_size, but got "
                    + len.length + " (batch_size=" + batch + ")");
        }
        if (len[batch - 1] <= 0) {
            throw new IllegalArgumentException("Length of all samples has to be greater than 0, but found an element"
                    + " in 'lengths' that is <= 0");
        }
        for (int i = 0; i + 1 < batch; i++) {
            if (len[i + 1] > len[i]) {
                throw new IllegalArgumentException("`lengths` array must be sorted in decreasing order when"
                        + " `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence"
                        + " and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.");
            }
        }
        if (len[0] > seqFirst.size(0)) {
            // PyTorch reads past the input here; jtorch refuses
            throw new IllegalArgumentException("pack_padded_sequence: a length of " + len[0]
                    + " exceeds the input's " + seqFirst.size(0) + " time steps");
        }
        int steps = (int) len[0];
        long[] batchSizes = new long[steps];
        List<Tensor> rows = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            int running = 0;
            while (running < batch && len[running] > t) {
                running++;
            }
            batchSizes[t] = running;
            rows.add(seqFirst.select(0, t).narrow(0, 0, running));
        }
        Tensor unsorted = sortedIndices == null ? null : invertPermutation(sortedIndices);
        return new PackedSequence(Torch.cat(rows, 0), Torch.fromArray(batchSizes, batchSizes.length), sortedIndices,
                unsorted);
    }

    /** PyTorch: {@code pad_packed_sequence(sequence)}: (T, B, *) zero-padded, and the lengths. */
    public static Padded padPackedSequence(PackedSequence sequence) {
        return padPackedSequence(sequence, padPackedOptions());
    }

    /** PyTorch: {@code pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None)}. */
    public static Padded padPackedSequence(PackedSequence sequence, PadPackedOptions o) {
        long[] batchSizes = sequence.batchSizes().toLongArray();
        int steps = batchSizes.length;
        int batch = steps == 0 ? 0 : (int) batchSizes[0];
        int total = steps;
        if (o.totalLength != null) {
            if (o.totalLength < steps) {
                throw new IllegalArgumentException("Expected total_length to be at least the length of the longest"
                        + " sequence in input, but got total_length=" + o.totalLength + " and max sequence length"
                        + " being " + steps);
            }
            total = o.totalLength;
        }
        Tensor data = sequence.data();
        int[] trailing = java.util.Arrays.copyOfRange(data.sizes(), 1, data.dim());
        List<Tensor> perStep = new ArrayList<>();
        long[] lengths = new long[batch];
        int offset = 0;
        for (int t = 0; t < total; t++) {
            int running = t < steps ? (int) batchSizes[t] : 0;
            Tensor rows = data.narrow(0, offset, running);
            offset += running;
            // (0, 0) for every trailing dim, then the missing batch entries
            int[] pad = new int[2 * (trailing.length + 1)];
            pad[pad.length - 1] = batch - running;
            perStep.add(F.pad(rows, pad, "constant", o.paddingValue));
            for (int b = 0; b < running; b++) {
                lengths[b]++;
            }
        }
        Tensor padded = Torch.stack(perStep, 0);
        Tensor lengthsT = Torch.fromArray(lengths, lengths.length);
        if (sequence.unsortedIndices() != null) {
            padded = padded.indexSelect(1, sequence.unsortedIndices());
            lengthsT = lengthsT.indexSelect(0, sequence.unsortedIndices());
        }
        return new Padded(o.batchFirst ? padded.transpose(0, 1) : padded, lengthsT);
    }

    /** PyTorch: {@code pack_sequence(sequences)}: sequences sorted by decreasing length. */
    public static PackedSequence packSequence(List<Tensor> sequences) {
        return packSequence(sequences, true);
    }

    /** PyTorch: {@code pack_sequence(sequences, enforce_sorted=True)}. */
    public static PackedSequence packSequence(List<Tensor> sequences, boolean enforceSorted) {
        long[] lengths = new long[sequences.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = sequences.get(i).size(0);
        }
        return packPaddedSequence(padSequence(sequences), Torch.fromArray(lengths, lengths.length),
                packOptions().enforceSorted(enforceSorted));
    }

    // PyTorch's invert_permutation: output[permutation[i]] = i
    private static Tensor invertPermutation(Tensor permutation) {
        long[] p = permutation.toLongArray();
        long[] inverse = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            inverse[(int) p[i]] = i;
        }
        return Torch.fromArray(inverse, inverse.length);
    }
}
