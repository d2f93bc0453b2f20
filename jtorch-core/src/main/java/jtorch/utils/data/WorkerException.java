package jtorch.utils.data;

/**
 * An exception thrown on a DataLoader worker thread, re-thrown on the thread iterating the loader
 * with the original exception as its cause. PyTorch re-raises a worker's exception in the main
 * process as "Caught X in DataLoader worker process N"; here the message also names the sample
 * index that failed ({@code -1} when the failure was not in one sample: collation, the
 * {@code workerInitFn}, or an {@link IterableDataset}'s iterator).
 */
public final class WorkerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The worker that failed. */
    private final int workerId;
    /** The dataset index it was loading. */
    private final int index;

    WorkerException(String message, int workerId, int index, Throwable cause) {
        super(message, cause);
        this.workerId = workerId;
        this.index = index;
    }

    /** The id of the worker thread that failed. */
    public int workerId() {
        return workerId;
    }

    /** The dataset index being loaded when the exception was thrown, or -1 (see the class comment). */
    public int index() {
        return index;
    }
}
