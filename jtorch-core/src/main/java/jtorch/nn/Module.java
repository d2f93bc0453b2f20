package jtorch.nn;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import jtorch.DType;
import jtorch.Device;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Base class of all network modules. PyTorch: {@code nn.Module}.
 *
 * <p>Child modules and {@link Parameter}s declared as fields are registered under their field names,
 * in the order they were created (PyTorch's assignment order; Java reflection gives no order, so
 * every Module and Parameter carries a creation sequence). Explicit {@link #registerParameter},
 * {@link #registerBuffer} and {@link #registerModule} also exist; plain Tensor fields are not buffers.
 * Registration is read lazily, so fields assigned after {@code super()} are seen, and a reassigned
 * field keeps its position with the new value.
 *
 * <p>Override {@code forward(Tensor)} (or {@code forward(Tensor...)} for several inputs) and run the
 * module with {@link #call}, which also runs the registered hooks.
 */
public abstract class Module {
    private final long creationSeq = Parameter.CREATION.incrementAndGet();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Set<String> nonPersistent = new HashSet<>();
    private final Map<String, Module> modules = new LinkedHashMap<>();
    /** Names registered by reflection (as opposed to explicit register calls). */
    private final Set<String> reflected = new HashSet<>();
    private boolean training = true;
    final List<ForwardPreHook> forwardPreHooks = new ArrayList<>();
    final List<ForwardHook> forwardHooks = new ArrayList<>();
    final List<BackwardHook> backwardHooks = new ArrayList<>();

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    long creationSeq() {
        return creationSeq;
    }

    // ---------------------------------------------------------------- forward and call

    /** The computation of a one-input module. PyTorch: {@code forward}. */
    public Tensor forward(Tensor input) {
        throw new UnsupportedOperationException("Module [" + getName() + "] is missing the required \"forward\" function");
    }

    /** The computation of a several-input module; the default passes one input to {@link #forward(Tensor)}. */
    public Tensor forward(Tensor... inputs) {
        if (inputs.length != 1) {
            throw new IllegalArgumentException(getName() + ".forward() takes 1 input but " + inputs.length
                    + " were given; override forward(Tensor...) for several inputs");
        }
        return forward(inputs[0]);
    }

    /**
     * Runs forward pre-hooks, {@code forward}, then forward hooks. PyTorch: {@code module(x)}. With full
     * backward hooks registered, inputs and output pass through an identity node first, as in PyTorch,
     * so the hooks see grad_input and grad_output.
     */
    public Tensor call(Tensor... inputs) {
        Tensor[] in = inputs;
        for (ForwardPreHook h : List.copyOf(forwardPreHooks)) {
            Tensor[] r = h.apply(this, in);
            if (r != null) {
                in = r;
            }
        }
        BackwardHookState bw = backwardHooks.isEmpty() ? null : new BackwardHookState(this, List.copyOf(backwardHooks));
        if (bw != null) {
            in = bw.setupInputs(in);
        }
        Tensor out = forward(in);
        for (ForwardHook h : List.copyOf(forwardHooks)) {
            Tensor r = h.apply(this, in, out);
            if (r != null) {
                out = r;
            }
        }
        return bw == null ? out : bw.setupOutput(out);
    }

    /** PyTorch's forward pre-hook: may return replaced inputs, or null to keep them. */
    @FunctionalInterface
    public interface ForwardPreHook {
        Tensor[] apply(Module module, Tensor[] inputs);
    }

    /** PyTorch's forward hook: may return a replaced output, or null to keep it. */
    @FunctionalInterface
    public interface ForwardHook {
        Tensor apply(Module module, Tensor[] inputs, Tensor output);
    }

    /** PyTorch: {@code register_forward_pre_hook}. */
    public jtorch.autograd.RemovableHandle registerForwardPreHook(ForwardPreHook hook) {
        forwardPreHooks.add(hook);
        return () -> forwardPreHooks.remove(hook);
    }

    /** PyTorch: {@code register_forward_hook}. */
    public jtorch.autograd.RemovableHandle registerForwardHook(ForwardHook hook) {
        forwardHooks.add(hook);
        return () -> forwardHooks.remove(hook);
    }

    /**
     * PyTorch's full backward hook: called with the gradients w.r.t. the module's inputs (null where an
     * input needs none) and outputs once both are known; may return replacement input gradients, or
     * null to keep them.
     */
    @FunctionalInterface
    public interface BackwardHook {
        Tensor[] apply(Module module, Tensor[] gradInput, Tensor[] gradOutput);
    }

    /** PyTorch: {@code register_full_backward_hook}. */
    public jtorch.autograd.RemovableHandle registerFullBackwardHook(BackwardHook hook) {
        backwardHooks.add(hook);
        return () -> backwardHooks.remove(hook);
    }

    // ---------------------------------------------------------------- registration

    /** Registers (or with null, declares) a parameter. PyTorch: {@code register_parameter}. */
    public void registerParameter(String name, Parameter param) {
        checkName(name, "parameter");
        if (modules.containsKey(name) || buffers.containsKey(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' already exists");
        }
        parameters.put(name, param);
    }

    /** Registers a buffer (state that is not a parameter, e.g. running statistics). */
    public void registerBuffer(String name, Tensor tensor) {
        registerBuffer(name, tensor, true);
    }

    /** PyTorch: {@code register_buffer(name, tensor, persistent)}; non-persistent buffers stay out of the state dict. */
    public void registerBuffer(String name, Tensor tensor, boolean persistent) {
        checkName(name, "buffer");
        if (modules.containsKey(name) || parameters.containsKey(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' already exists");
        }
        buffers.put(name, tensor);
        if (persistent) {
            nonPersistent.remove(name);
        } else {
            nonPersistent.add(name);
        }
    }

    /** Registers a child module. PyTorch: {@code add_module} / {@code register_module}. */
    public void registerModule(String name, Module module) {
        checkName(name, "module");
        if (parameters.containsKey(name) || buffers.containsKey(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' already exists");
        }
        modules.put(name, module);
    }

    public void addModule(String name, Module module) {
        registerModule(name, module);
    }

    private static void checkName(String name, String what) {
        if (name == null) {
            throw new IllegalArgumentException(what + " name should be a string. Got null");
        }
        if (name.contains(".")) {
            throw new IllegalArgumentException(what + " name can't contain \".\", got: " + name);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException(what + " name can't be empty string \"\"");
        }
    }

    /** Replaces a registered buffer's tensor (modules reassigning running stats use this). */
    protected void setBuffer(String name, Tensor tensor) {
        if (!buffers.containsKey(name)) {
            throw new IllegalArgumentException("no buffer named '" + name + "'");
        }
        buffers.put(name, tensor);
    }

    /** Reads the Module/Parameter fields of this object into the registries, in creation order. */
    private void scanFields() {
        List<Field> fields = FIELDS.computeIfAbsent(getClass(), Module::registrableFields);
        List<Object[]> found = new ArrayList<>();
        for (Field f : fields) {
            try {
                Object v = f.get(this);
                if (v instanceof Parameter || v instanceof Module) {
                    found.add(new Object[] {f.getName(), v});
                } else if (v == null && reflected.contains(f.getName())) {
                    parameters.remove(f.getName());
                    modules.remove(f.getName());
                    reflected.remove(f.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read field " + f, e);
            }
        }
        found.sort(Comparator.comparingLong(o -> o[1] instanceof Parameter p ? p.creationSeq() : ((Module) o[1]).creationSeq()));
        for (Object[] e : found) {
            String name = (String) e[0];
            if (e[1] instanceof Parameter p) {
                if (parameters.get(name) != p && !(reflected.contains(name) || !parameters.containsKey(name))) {
                    continue; // an explicit registration under the same name wins
                }
                parameters.put(name, p);
            } else {
                Module m = (Module) e[1];
                if (modules.get(name) != m && !(reflected.contains(name) || !modules.containsKey(name))) {
                    continue;
                }
                modules.put(name, m);
            }
            reflected.add(name);
        }
    }

    private static List<Field> registrableFields(Class<?> cls) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Module.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                if (Module.class.isAssignableFrom(f.getType()) || Parameter.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** This module's own parameters (not recursing), by name; null entries are declared-but-absent. */
    protected Map<String, Parameter> ownParameters() {
        scanFields();
        return parameters;
    }

    protected Map<String, Tensor> ownBuffers() {
        scanFields();
        return buffers;
    }

    protected Map<String, Module> ownModules() {
        scanFields();
        return modules;
    }

    // ---------------------------------------------------------------- traversal

    /** Direct children by name. PyTorch: {@code named_children}. */
    public Map<String, Module> namedChildren() {
        Map<String, Module> out = new LinkedHashMap<>();
        Set<Module> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Module> e : ownModules().entrySet()) {
            if (e.getValue() != null && seen.add(e.getValue())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    public List<Module> children() {
        return new ArrayList<>(namedChildren().values());
    }

    /** This module and all descendants, each once, with dotted names ("" for this one). PyTorch: {@code named_modules}. */
    public Map<String, Module> namedModules() {
        Map<String, Module> out = new LinkedHashMap<>();
        collectModules("", this, out, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void collectModules(String prefix, Module m, Map<String, Module> out, Set<Module> seen) {
        if (!seen.add(m)) {
            return;
        }
        out.put(prefix, m);
        for (Map.Entry<String, Module> e : m.ownModules().entrySet()) {
            if (e.getValue() != null) {
                collectModules(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out, seen);
            }
        }
    }

    public List<Module> modules() {
        return new ArrayList<>(namedModules().values());
    }

    /** All parameters with dotted names, each tensor once. PyTorch: {@code named_parameters}. */
    public Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        Set<Tensor> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Module> m : namedModules().entrySet()) {
            for (Map.Entry<String, Parameter> p : m.getValue().ownParameters().entrySet()) {
                if (p.getValue() != null && seen.add(p.getValue())) {
                    out.put(m.getKey().isEmpty() ? p.getKey() : m.getKey() + "." + p.getKey(), p.getValue());
                }
            }
        }
        return out;
    }

    public List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** All buffers with dotted names. PyTorch: {@code named_buffers}. */
    public Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Module> m : namedModules().entrySet()) {
            for (Map.Entry<String, Tensor> b : m.getValue().ownBuffers().entrySet()) {
                if (b.getValue() != null && seen.add(b.getValue())) {
                    out.put(m.getKey().isEmpty() ? b.getKey() : m.getKey() + "." + b.getKey(), b.getValue());
                }
            }
        }
        return out;
    }

    public List<Tensor> buffers() {
        return new ArrayList<>(namedBuffers().values());
    }

    /** Calls {@code fn} on every submodule (children first) and then on this one. PyTorch: {@code apply}. */
    public Module apply(Consumer<Module> fn) {
        for (Module c : children()) {
            c.apply(fn);
        }
        fn.accept(this);
        return this;
    }

    // ---------------------------------------------------------------- modes and state

    public Module train() {
        return train(true);
    }

    /** Sets training mode here and in every descendant. PyTorch: {@code train(mode)}. */
    public Module train(boolean mode) {
        training = mode;
        for (Module c : children()) {
            c.train(mode);
        }
        return this;
    }

    public Module eval() {
        return train(false);
    }

    public boolean isTraining() {
        return training;
    }

    /** Zeroes every parameter's gradient in place (PyTorch 1.13's default, set_to_none=False). */
    public void zeroGrad() {
        zeroGrad(false);
    }

    public void zeroGrad(boolean setToNone) {
        for (Parameter p : parameters()) {
            if (p.grad() != null) {
                if (setToNone) {
                    p.setGrad(null);
                } else {
                    p.grad().detach_().zero_();
                }
            }
        }
    }

    /** Sets requires_grad on every parameter. PyTorch: {@code requires_grad_}. */
    public Module requiresGrad_(boolean requiresGrad) {
        for (Parameter p : parameters()) {
            p.requiresGrad_(requiresGrad);
        }
        return this;
    }

    /** Converts floating parameters and buffers to {@code dtype}, in place. PyTorch: {@code module.to(dtype)}. */
    public Module to(DType dtype) {
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("nn.Module.to only accepts floating point or complex dtypes, but got "
                    + "desired dtype=" + dtype);
        }
        return convert(t -> t.isFloatingPoint() ? t.to(dtype) : t);
    }

    public Module to(Device device) {
        return convert(t -> t.to(device));
    }

    private Module convert(java.util.function.UnaryOperator<Tensor> fn) {
        for (Module m : modules()) {
            for (Map.Entry<String, Parameter> e : m.ownParameters().entrySet()) {
                Parameter p = e.getValue();
                if (p == null) {
                    continue;
                }
                Tensor converted;
                try (var g = Torch.noGrad()) {
                    converted = fn.apply(p);
                }
                if (converted != p) {
                    m.replaceParameter(e.getKey(), new Parameter(converted, p.requiresGrad()));
                }
            }
            for (Map.Entry<String, Tensor> e : m.ownBuffers().entrySet()) {
                if (e.getValue() != null) {
                    e.setValue(fn.apply(e.getValue()));
                }
            }
        }
        return this;
    }

    // a converted parameter replaces the old one in the registry and in its field, keeping the position
    private void replaceParameter(String name, Parameter p) {
        parameters.put(name, p);
        for (Field f : FIELDS.computeIfAbsent(getClass(), Module::registrableFields)) {
            if (f.getName().equals(name)) {
                try {
                    f.set(this, p);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Parameters and persistent buffers by dotted name, detached. PyTorch: {@code state_dict}. */
    public Map<String, Tensor> stateDict() {
        return StateDicts.collect(this);
    }

    /** Missing and unexpected keys of {@link #loadStateDict}. PyTorch: {@code _IncompatibleKeys}. */
    public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {
    }

    /**
     * Copies tensors from {@code state} into this module's parameters and persistent buffers, module by
     * module as PyTorch does (a tensor whose shape matches is copied even when others fail). Missing and
     * unexpected keys are returned; with {@code strict} they raise, and shape mismatches always raise,
     * with PyTorch's messages. PyTorch: {@code load_state_dict(state_dict, strict)}.
     */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> state, boolean strict) {
        return StateDicts.load(this, state, strict);
    }

    public IncompatibleKeys loadStateDict(Map<String, Tensor> state) {
        return loadStateDict(state, true);
    }

    /** Whether buffer {@code name} goes into the state dict (PyTorch's persistent flag). */
    boolean isPersistentBuffer(String name) {
        return !nonPersistent.contains(name);
    }

    // ---------------------------------------------------------------- printing

    /** The class name PyTorch prints, e.g. {@code Conv2d}. */
    public String getName() {
        return getClass().getSimpleName();
    }

    /** Extra text inside the parentheses of the repr, e.g. {@code in_features=784, out_features=256, bias=True}. */
    public String extraRepr() {
        return "";
    }

    /** PyTorch's module repr: {@code Net(\n  (conv1): Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))\n)}. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        String extra = extraRepr();
        if (!extra.isEmpty()) {
            lines.addAll(List.of(extra.split("\n")));
        }
        for (Map.Entry<String, Module> e : ownModules().entrySet()) {
            String child = e.getValue() == null ? "None" : e.getValue().toString();
            lines.add("(" + e.getKey() + "): " + child.replace("\n", "\n  "));
        }
        StringBuilder sb = new StringBuilder(getName()).append("(");
        if (!lines.isEmpty()) {
            if (ownModules().isEmpty() && lines.size() == 1) {
                sb.append(lines.get(0));
            } else {
                sb.append("\n");
                for (String l : lines) {
                    sb.append("  ").append(l).append("\n");
                }
            }
        }
        return sb.append(")").toString();
    }
}
