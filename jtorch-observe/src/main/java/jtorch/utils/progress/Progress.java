package jtorch.utils.progress;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;
import jtorch.utils.data.DataLoader;

/**
 * A progress bar for training and evaluation loops, tqdm's {@code tqdm(loader, desc="epoch 3")}:
 * {@code for (var batch : Progress.wrap(loader, "epoch 3"))}. In a terminal it redraws one line
 * ({@code epoch 3:  45%|#####     | 45/100 [00:09<00:11, 4.87it/s, loss=0.412]}); when output is not a terminal
 * (CI, a log file) it prints that line as a plain log line every {@code logEvery} percent instead.
 *
 * <p>A small class of its own rather than a library (me.tongfei:progressbar pulls in JLine for terminal
 * handling): all it needs is {@code System.console()} and carriage returns.
 */
public final class Progress<T> implements Iterable<T> {
    private final Iterable<T> source;
    private final String desc;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private final int logEveryPercent;
    private final Map<String, String> postfix = new LinkedHashMap<>();
    private long n;
    private long startNs;
    private long lastDrawNs;
    private int lastLoggedPercent = -1;

    Progress(Iterable<T> source, String desc, long total, PrintStream out, boolean terminal, LongSupplier clock,
             int logEveryPercent) {
        this.source = source;
        this.desc = desc;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.logEveryPercent = logEveryPercent;
    }

    /** tqdm: {@code tqdm(loader, desc=desc)} — total from {@link DataLoader#size()}. */
    public static <B> Progress<B> wrap(DataLoader<?, B> loader, String desc) {
        return wrap(loader, desc, loader.size());
    }

    /** tqdm: {@code tqdm(iterable, desc=desc, total=total)}; a negative total means unknown. */
    public static <T> Progress<T> wrap(Iterable<T> iterable, String desc, long total) {
        return new Progress<>(iterable, desc, total, System.err, System.console() != null, System::nanoTime, 10);
    }

    /** tqdm: {@code tqdm(collection, desc=desc)}. */
    public static <T> Progress<T> wrap(java.util.Collection<T> items, String desc) {
        return wrap(items, desc, items.size());
    }

    /**
     * Full control for tests and logs: the stream, whether it is a terminal, a nanosecond clock, and how
     * often (in percent of the total) non-terminal output logs a line.
     */
    public static <T> Progress<T> wrap(Iterable<T> iterable, String desc, long total, PrintStream out, boolean terminal,
                                       LongSupplier nanoClock, int logEveryPercent) {
        return new Progress<>(iterable, desc, total, out, terminal, nanoClock, logEveryPercent);
    }

    /** Shows {@code key=value} after the rate, e.g. the running loss. tqdm: {@code set_postfix(loss=...)}. */
    public Progress<T> setPostfix(String key, double value) {
        postfix.put(key, String.format(Locale.ROOT, "%.3g", value));
        return this;
    }

    /** Shows {@code key=value} after the rate. tqdm: {@code set_postfix(key=value)}. */
    public Progress<T> setPostfix(String key, String value) {
        postfix.put(key, value);
        return this;
    }

    /** Items done so far. tqdm: {@code n}. */
    public long count() {
        return n;
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<T> it = source.iterator();
        n = 0;
        startNs = clock.getAsLong();
        lastDrawNs = startNs - 1_000_000_000L;
        lastLoggedPercent = -1;
        return new Iterator<>() {
            private boolean started;
            private boolean done;

            @Override
            public boolean hasNext() {
                boolean h = it.hasNext();
                if (!h && !done) {
                    done = true;
                    finish();
                }
                return h;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (started) {
                    step();
                }
                started = true;
                return it.next();
            }

            private void finish() {
                if (started) {
                    step();
                }
                if (terminal) {
                    out.print("\r" + line() + "\n");
                } else if (lastLoggedPercent < 100) {
                    out.println(line());
                }
                out.flush();
            }
        };
    }

    private void step() {
        n++;
        long now = clock.getAsLong();
        if (terminal) {
            if (now - lastDrawNs >= 100_000_000L) { // redraw at most ten times a second
                lastDrawNs = now;
                out.print("\r" + line());
                out.flush();
            }
        } else if (total > 0) {
            int pct = (int) (100 * n / total);
            if (pct >= 100 || pct >= lastLoggedPercent + logEveryPercent || lastLoggedPercent < 0) {
                if (pct >= 100 && n < total) {
                    return;
                }
                lastLoggedPercent = pct;
                out.println(line());
            }
        }
    }

    /** The current line: {@code desc: pct%|bar| n/total [elapsed<eta, rate it/s, postfix]}. */
    public String line() {
        double elapsed = (clock.getAsLong() - startNs) / 1e9;
        double rate = elapsed > 0 ? n / elapsed : 0;
        StringBuilder sb = new StringBuilder();
        if (!desc.isEmpty()) {
            sb.append(desc).append(": ");
        }
        if (total > 0) {
            int pct = (int) (100 * n / total);
            int filled = (int) (10 * n / total);
            sb.append(String.format(Locale.ROOT, "%3d%%|", pct)).append("#".repeat(filled))
                    .append(" ".repeat(10 - filled)).append("| ").append(n).append('/').append(total);
            double eta = rate > 0 ? (total - n) / rate : 0;
            sb.append(" [").append(clockText(elapsed)).append('<').append(rate > 0 ? clockText(eta) : "?");
        } else {
            sb.append(n).append(" [").append(clockText(elapsed));
        }
        sb.append(", ").append(rate >= 1 || rate == 0 ? String.format(Locale.ROOT, "%.2fit/s", rate)
                : String.format(Locale.ROOT, "%.2fs/it", 1 / rate));
        postfix.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
        return sb.append(']').toString();
    }

    private static String clockText(double secs) {
        long s = Math.round(secs);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
