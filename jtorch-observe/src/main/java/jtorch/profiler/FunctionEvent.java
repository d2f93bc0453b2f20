package jtorch.profiler;

import java.util.ArrayList;
import java.util.List;

/**
 * One profiled interval: an op call or a {@link Profiler#recordFunction} range, with its start and end
 * (nanoseconds since the profile started), thread, input shapes (when recorded) and the events inside it.
 * PyTorch: {@code torch.autograd.profiler_util.FunctionEvent}.
 */
public final class FunctionEvent {
    private final String name;
    private final long startNs;
    private long endNs;
    private final long threadId;
    private final List<List<Integer>> inputShapes;
    private final FunctionEvent parent;
    private final List<FunctionEvent> children = new ArrayList<>();

    FunctionEvent(String name, long startNs, long threadId, List<List<Integer>> inputShapes, FunctionEvent parent) {
        this.name = name;
        this.startNs = startNs;
        this.threadId = threadId;
        this.inputShapes = inputShapes;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    void end(long ns) {
        this.endNs = ns;
    }

    /** {@code aten::<op>} for ops, the given name for ranges. PyTorch: {@code name}/{@code key}. */
    public String name() {
        return name;
    }

    /** Start, in nanoseconds since the profile started. */
    public long startNs() {
        return startNs;
    }

    /** End, in nanoseconds since the profile started. */
    public long endNs() {
        return endNs;
    }

    /** The recording thread's id. PyTorch: {@code thread}. */
    public long threadId() {
        return threadId;
    }

    /** Shapes of the tensor arguments ({@code []} for non-tensors); empty unless shapes were recorded. */
    public List<List<Integer>> inputShapes() {
        return inputShapes;
    }

    /** The enclosing range, or empty at top level. PyTorch: {@code cpu_parent}. */
    public java.util.Optional<FunctionEvent> parent() {
        return java.util.Optional.ofNullable(parent);
    }

    /** Events directly inside this one. PyTorch: {@code cpu_children}. */
    public List<FunctionEvent> children() {
        return List.copyOf(children);
    }

    /** Wall time from start to end. PyTorch: {@code cpu_time_total}. */
    public long cpuTimeTotalNs() {
        return endNs - startNs;
    }

    /** Total time minus the children's totals. PyTorch: {@code self_cpu_time_total}. */
    public long selfCpuTimeTotalNs() {
        long s = cpuTimeTotalNs();
        for (FunctionEvent c : children) {
            s -= c.cpuTimeTotalNs();
        }
        return s;
    }

    @Override
    public String toString() {
        return name + "[" + startNs + ", " + endNs + "]";
    }
}
