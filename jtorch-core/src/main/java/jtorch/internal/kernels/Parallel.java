package jtorch.internal.kernels;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread pool every kernel shares (PyTorch's intra-op pool: {@code torch.set_num_threads}).
 * A parallel loop is cut into at most {@link #numThreads()} chunks; the calling thread runs chunk 0
 * and each pool worker one of the others, so a loop costs one hand-off per worker and no queue.
 *
 * <p>Workers spin briefly after a chunk before parking, so the back-to-back ops of an eager step
 * find them awake (a park/unpark round trip costs tens of microseconds, more than a small op).
 * A chunk belongs to whichever thread claims it first: when the caller has finished its own chunks it
 * takes over those a worker has not started, so a worker that the OS has not scheduled yet (a busy
 * machine) delays nothing. A loop nested in a chunk of another (on a worker or on the caller) runs
 * serially, and chunks a busy worker cannot take run on the caller: nesting and concurrent callers
 * never deadlock.
 */
public final class Parallel {
    /** How long an idle worker polls for the next chunk before parking, in nanoseconds. */
    private static final long SPIN_NANOS = 50_000;

    /**
     * Elements below which an elementwise loop or reduction stays on one thread (PyTorch's
     * {@code at::internal::GRAIN_SIZE}): smaller work costs less than the hand-off.
     */
    public static final int GRAIN = 32768;

    private static volatile Worker[] workers = new Worker[0];
    private static volatile int numThreads;

    static {
        setNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    private Parallel() {
    }

    /** A body of a parallel loop: processes chunk {@code chunk} of {@code chunks}. */
    @FunctionalInterface
    public interface Chunk {
        void run(int chunk, int chunks);
    }

    /** Threads used by kernels (the caller plus pool workers). */
    public static int numThreads() {
        return numThreads;
    }

    /** Resizes the pool; {@code n >= 1}. PyTorch: {@code torch.set_num_threads}. */
    public static synchronized void setNumThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("set_num_threads expects a positive integer");
        }
        if (n == numThreads) {
            return;
        }
        Worker[] old = workers;
        Worker[] next = new Worker[n - 1];
        for (int i = 0; i < next.length; i++) {
            next[i] = i < old.length ? old[i] : Worker.start(i + 1);
        }
        for (int i = next.length; i < old.length; i++) {
            old[i].shutdown();
        }
        workers = next;
        numThreads = n;
    }

    // set while a caller runs chunks of a parallel loop: loops nested in them run serially, as on workers
    private static final ThreadLocal<boolean[]> IN_LOOP = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * Threads a loop started here may use: {@link #numThreads()}, or 1 inside a chunk of another parallel
     * loop (on a worker or on the caller), where nested loops run serially.
     */
    public static int available() {
        return Thread.currentThread() instanceof WorkerThread || IN_LOOP.get()[0] ? 1 : numThreads;
    }

    /**
     * Runs {@code body} for chunks {@code 0..chunks-1} and returns when all are done; chunk 0 runs on
     * the caller. {@code chunks} should not exceed {@link #numThreads()}; extra chunks run on the caller.
     */
    public static void run(int chunks, Chunk body) {
        Worker[] ws = workers;
        if (chunks <= 1 || ws.length == 0 || available() == 1) {
            for (int c = 0; c < chunks; c++) {
                body.run(c, chunks);
            }
            return;
        }
        Job job = new Job(body, chunks, Thread.currentThread());
        boolean[] handed = new boolean[chunks];
        for (int c = 1; c < chunks && c - 1 < ws.length; c++) {
            handed[c] = ws[c - 1].offer(job, c);
        }
        boolean[] inLoop = IN_LOOP.get();
        inLoop[0] = true;
        try {
            for (int c = 0; c < chunks; c++) {
                if (!handed[c]) {
                    job.runIfUnclaimed(c);
                }
            }
            for (int c = 0; c < chunks; c++) {
                if (handed[c]) {
                    job.runIfUnclaimed(c);
                }
            }
        } finally {
            inLoop[0] = false;
        }
        job.await();
        Throwable failure = job.failure.get();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /**
     * Splits {@code [0, n)} into contiguous ranges of whole {@code grain}-sized blocks, one per thread
     * (fewer when there is less work than {@code minPerThread} elements each), and runs them.
     */
    public static void forRange(int n, int grain, int minPerThread, RangeBody body) {
        int blocks = (n + grain - 1) / grain;
        int threads = Math.min(available(), Math.min(blocks, Math.max(1, n / Math.max(1, minPerThread))));
        if (threads <= 1) {
            if (n > 0) {
                body.run(0, n);
            }
            return;
        }
        run(threads, (c, cs) -> {
            int from = (int) ((long) blocks * c / cs) * grain;
            int to = (int) Math.min(n, (long) blocks * (c + 1) / cs * grain);
            if (from < to) {
                body.run(from, to);
            }
        });
    }

    /** The body of {@link #forRange}: processes elements {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private static final class Job {
        final Chunk body;
        final int chunks;
        final AtomicIntegerArray claimed;
        final AtomicInteger remaining;
        final Thread caller;
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean callerParked;

        Job(Chunk body, int chunks, Thread caller) {
            this.body = body;
            this.chunks = chunks;
            this.claimed = new AtomicIntegerArray(chunks);
            this.remaining = new AtomicInteger(chunks);
            this.caller = caller;
        }

        /** Runs chunk c on this thread unless another thread has claimed it. */
        void runIfUnclaimed(int c) {
            if (!claimed.compareAndSet(c, 0, 1)) {
                return;
            }
            try {
                body.run(c, chunks);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
            if (remaining.decrementAndGet() == 0 && callerParked) {
                LockSupport.unpark(caller);
            }
        }

        void await() {
            long start = System.nanoTime();
            while (remaining.get() != 0) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                callerParked = true;
                if (remaining.get() != 0) {
                    LockSupport.parkNanos(this, 1_000_000);
                }
            }
        }
    }

    private static final class WorkerThread extends Thread {
        WorkerThread(Runnable r, String name) {
            super(r, name);
        }
    }

    private record Task(Job job, int chunk) {
    }

    private static final class Worker implements Runnable {
        private final AtomicReference<Task> slot = new AtomicReference<>();
        private volatile boolean parked;
        private volatile boolean stop;
        private Thread thread;

        static Worker start(int index) {
            Worker w = new Worker();
            w.thread = new WorkerThread(w, "jtorch-kernel-" + index);
            w.thread.setDaemon(true);
            w.thread.start();
            return w;
        }

        /** Hands chunk {@code c} of {@code job} to this worker; false when it is busy with another job. */
        boolean offer(Job job, int c) {
            if (stop || slot.get() != null || !slot.compareAndSet(null, new Task(job, c))) {
                return false;
            }
            if (parked) {
                LockSupport.unpark(thread);
            }
            return true;
        }

        void shutdown() {
            stop = true;
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            while (!stop) {
                Task task = slot.get();
                if (task == null) {
                    task = awaitTask();
                    if (task == null) {
                        continue;
                    }
                }
                slot.set(null);
                task.job.runIfUnclaimed(task.chunk);
            }
        }

        private Task awaitTask() {
            long start = System.nanoTime();
            while (System.nanoTime() - start < SPIN_NANOS) {
                Task t = slot.get();
                if (t != null || stop) {
                    return t;
                }
                Thread.onSpinWait();
            }
            parked = true;
            Task j = slot.get();
            if (j == null && !stop) {
                LockSupport.park(this);
            }
            parked = false;
            return slot.get();
        }
    }
}
