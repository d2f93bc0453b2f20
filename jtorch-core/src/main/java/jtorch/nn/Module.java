package jtorch.nn;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * <pre>{@code
 * import jtorch.Tensor;
 * import jtorch.nn.Linear;
 * import jtorch.nn.Module;   // not jtorch.nn.*: java.lang.Module would make "Module" ambiguous
 * import jtorch.nn.functional.F;
 *
 * class MLP extends Module {
 *     final Linear hidden = new Linear(784, 256);
 *     final Linear out = new Linear(256, 10);
 *
 *     @Override
 *     public Tensor forward(Tensor x) {
 *         return out.call(F.relu(hidden.call(x)));
 *     }
 * }
 * }</pre>
 *
 * <p><b>Registration.</b> An instance field registers by its runtime value, under the field's name: a field
 * holding a {@link Parameter} is a parameter and a field holding a Module is a child module, whatever the
 * field's declared type ({@code Tensor weight = new Parameter(...)} and {@code Object head = new Linear(...)}
 * both register). A field that is null is not registered; reassigning a field replaces the registered value in
 * place. Plain tensors in fields are not buffers: use {@link #registerBuffer}. Modules or parameters kept in a
 * plain {@code List}, {@code Map} or array are not registered (as in PyTorch) and raise a warning naming the
 * field at the first inspection: hold them in a {@link ModuleList}, {@link ModuleDict}, {@link ParameterList}
 * or {@link ParameterDict}.
 *
 * <p><b>Order.</b> PyTorch orders parameters, buffers and children by assignment, which Java cannot observe;
 * jtorch uses the closest Java analogue, <em>field declaration order</em>, superclass fields first. It does
 * not depend on when objects were created or on whether the module was inspected before a field was
 * reassigned, so {@code parameters()}, {@code stateDict()} and the printed tree are deterministic: declare
 * fields in the order the Python model assigns {@code self.x = ...} and the keys are PyTorch's. Explicit
 * {@link #registerParameter}, {@link #registerBuffer} and {@link #registerModule} calls also exist; an explicit
 * registration comes after the fields that already held a value when it was made (so a subclass of
 * {@link Sequential} lists the constructor's modules before its own fields), and under a field's name it wins.
 *
 * <p><b>Attributes by name.</b> {@link #getAttribute}, {@link #setAttribute} and {@link #deleteAttribute} are
 * PyTorch's getattr, setattr and delattr for tensors. They let {@code jtorch.nn.utils}' reparametrisations
 * (weight_norm, spectral_norm, prune) turn a parameter into a plain tensor computed before each forward: the
 * built-in modules declare their parameter fields as {@code Tensor} so that the field forward reads can hold it.
 * Registering a parameter under a field's name also sets the field; a plain tensor set under a name without a
 * field is held by the module (PyTorch's instance {@code __dict__}).
 *
 * <p>Override {@code forward(Tensor)} (or {@code forward(Tensor...)} for several inputs) and run the
 * module with {@link #call}, which also runs the registered hooks.
 */
public abstract class Module {
    /** For subclasses ({@code class Net extends Module}); fields holding parameters and modules register themselves. */
    protected Module() {
    }

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Set<String> nonPersistent = new HashSet<>();
    private final Map<String, Module> modules = new LinkedHashMap<>();
    /** Plain tensor attributes set by name without a field to hold them (PyTorch's instance __dict__). */
    private final Map<String, Tensor> attributes = new HashMap<>();
    /** Kind-prefixed names ("p:weight", "m:fc") registered from fields (as opposed to explicit register calls). */
    private final Set<String> reflected = new HashSet<>();
    /** For each explicit registration (kind-prefixed name), the fields that held a value when it was made. */
    private final Map<String, Set<String>> explicitAfter = new HashMap<>();
    private boolean training = true;
    final List<ForwardPreHook> forwardPreHooks = new ArrayList<>();
    final List<ForwardHook> forwardHooks = new ArrayList<>();
    final List<BackwardHook> backwardHooks = new ArrayList<>();

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

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
/** Called before {@code forward}; returns replacement inputs or null. */
        Tensor[] apply(Module module, Tensor[] inputs);
    }

    /** PyTorch's forward hook: may return a replaced output, or null to keep it. */
    @FunctionalInterface
    public interface ForwardHook {
/** Called after {@code forward}; returns a replacement output or null. */
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
/** Called in backward; returns replacement input gradients or null. */
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
        explicitAfter.put("p:" + name, assignedFields());
        reflected.remove("p:" + name);
        parameters.put(name, param);
        // a field of that name now holds it too, as PyTorch's attribute would
        Field f = parameterField(name);
        if (f != null) {
            write(f, param);
        }
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
        explicitAfter.put("m:" + name, assignedFields());
        reflected.remove("m:" + name);
        modules.put(name, module);
    }

    /** PyTorch: {@code Module.add_module(name, module)}. */
    public void addModule(String name, Module module) {
        registerModule(name, module);
    }

    // ---------------------------------------------------------------- tensor attributes by name

    /**
     * The tensor this module holds under {@code name}: a parameter, a buffer, or a plain tensor attribute (such as
     * the weight a reparametrisation computes), held in the field of that name or, without one, by the module.
     * PyTorch: {@code getattr(module, name)}; a declared-but-absent parameter or buffer gives null, an unknown
     * name fails with PyTorch's AttributeError text.
     */
    public Tensor getAttribute(String name) {
        if (ownParameters().containsKey(name)) {
            return parameters.get(name);
        }
        if (buffers.containsKey(name)) {
            return buffers.get(name);
        }
        if (attributes.containsKey(name)) {
            return attributes.get(name);
        }
        Field f = field(name);
        Object v = f == null ? null : read(f);
        if (v instanceof Tensor t) {
            return t;
        }
        if (f == null || v != null || modules.containsKey(name)) {
            throw new IllegalArgumentException(noAttribute(name));
        }
        return null;
    }

    /**
     * Assigns a tensor to {@code name} as PyTorch's {@code setattr(module, name, value)} does. A {@link Parameter}
     * is registered as a parameter: in place of a parameter of that name, else (replacing a buffer or module of
     * that name) after the registrations already made, as PyTorch's dict appends it. A plain tensor (or null)
     * replaces a buffer of that name, or becomes a plain attribute: in the field of that name (which must be able
     * to hold it), or without such a field, held by the module (PyTorch's instance {@code __dict__}). As in
     * PyTorch, a plain tensor cannot replace a parameter: delete it first ({@link #deleteAttribute}).
     */
    public void setAttribute(String name, Tensor value) {
        if (value instanceof Parameter p && ownParameters().containsKey(name)) {
            Field f = parameterField(name);
            if (f != null) {
                write(f, p); // the registration follows its field
            } else {
                parameters.put(name, p);
            }
            return;
        }
        if (value instanceof Parameter p) {
            ownBuffers().remove(name);
            nonPersistent.remove(name);
            attributes.remove(name);
            if (modules.remove(name) != null) {
                forget("m:" + name);
            }
            registerParameter(name, p);
            return;
        }
        if (ownParameters().containsKey(name)) {
            if (value != null) {
                throw new IllegalArgumentException("cannot assign '" + value.type() + "' as parameter '" + name
                        + "' (torch.nn.Parameter or None expected)");
            }
            registerParameter(name, null);
            return;
        }
        if (buffers.containsKey(name)) {
            buffers.put(name, value);
            return;
        }
        Field f = field(name);
        if (f == null) {
            attributes.put(name, value);
            return;
        }
        if (Modifier.isFinal(f.getModifiers()) || (value != null && !f.getType().isInstance(value))) {
            throw new IllegalArgumentException("field " + getName() + "." + name + " (" + f.getType().getSimpleName()
                    + (Modifier.isFinal(f.getModifiers()) ? ", final" : "") + ") cannot hold a "
                    + (value == null ? "null" : value.type()) + " attribute");
        }
        write(f, value);
    }

    /**
     * Removes the parameter, buffer, submodule or plain tensor attribute called {@code name} (a field holding it
     * is set to null). PyTorch: {@code delattr(module, name)}; an unknown name fails with PyTorch's
     * AttributeError text.
     */
    public void deleteAttribute(String name) {
        Map<String, ?> registry = ownParameters().containsKey(name) ? parameters : buffers.containsKey(name) ? buffers
                : modules.containsKey(name) ? modules : attributes.containsKey(name) ? attributes : null;
        Field f = field(name);
        Object held = f == null ? null : read(f);
        if (registry == null && !(held instanceof Tensor)) {
            throw new IllegalArgumentException(noAttribute(name));
        }
        if (registry != null) {
            registry.remove(name);
            nonPersistent.remove(name);
            forget((registry == parameters ? "p:" : "m:") + name);
        }
        if (held != null && !Modifier.isFinal(f.getModifiers())) {
            write(f, null);
        }
    }

    private void forget(String kindName) {
        reflected.remove(kindName);
        explicitAfter.remove(kindName);
    }

    private String noAttribute(String name) {
        return "'" + getName() + "' object has no attribute '" + name + "'";
    }

    /**
     * The forward pre-hooks in registration order (read-only; PyTorch's {@code _forward_pre_hooks.values()}),
     * so that utilities such as weight_norm can find the hook they registered.
     */
    public List<ForwardPreHook> forwardPreHooks() {
        return java.util.Collections.unmodifiableList(forwardPreHooks);
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

    // Fields whose runtime value is a Parameter or a Module register under their names. The order (PyTorch's
    // assignment order, which Java cannot observe) is field declaration order, superclass fields first; an
    // explicit register call comes after the fields that already held a value when it was made. Synchronized:
    // every inspection rescans, and an eval-mode module may serve several inference threads at once.
    private synchronized void scanFields() {
        List<Field> fields = FIELDS.computeIfAbsent(getClass(), Module::registrableFields);
        if (fields.isEmpty()) {
            return;
        }
        Map<String, Parameter> fieldParams = new LinkedHashMap<>();
        Map<String, Module> fieldModules = new LinkedHashMap<>();
        List<Field> collections = null;
        for (Field f : fields) {
            Object v = read(f);
            if (v instanceof Parameter p) {
                fieldParams.put(f.getName(), p);
            } else if (v instanceof Module m) {
                fieldModules.put(f.getName(), m);
            } else if (v instanceof java.util.Collection<?> || v instanceof Map<?, ?> || v instanceof Object[]) {
                if (collections == null) {
                    collections = new ArrayList<>();
                }
                collections.add(f);
            }
        }
        rebuild(parameters, fieldParams, "p:");
        rebuild(modules, fieldModules, "m:");
        if (collections != null) {
            hintContainers(collections);
        }
    }

    private <T> void rebuild(Map<String, T> registry, Map<String, T> fieldValues, String kind) {
        Map<String, T> out = new LinkedHashMap<>();
        Set<String> fromFields = new HashSet<>();
        for (Map.Entry<String, T> e : registry.entrySet()) {
            if (reflected.contains(kind + e.getKey())) {
                continue;
            }
            // an explicit registration: the fields assigned before it come first
            Set<String> before = explicitAfter.getOrDefault(kind + e.getKey(), Set.of());
            for (Map.Entry<String, T> f : fieldValues.entrySet()) {
                if (before.contains(f.getKey()) && !out.containsKey(f.getKey()) && !isExplicit(registry, kind, f.getKey())) {
                    out.put(f.getKey(), f.getValue());
                    fromFields.add(f.getKey());
                }
            }
            out.put(e.getKey(), explicitValue(kind, e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, T> f : fieldValues.entrySet()) {
            if (!out.containsKey(f.getKey())) {
                out.put(f.getKey(), f.getValue());
                fromFields.add(f.getKey());
            }
        }
        reflected.removeIf(n -> n.startsWith(kind));
        for (String n : fromFields) {
            reflected.add(kind + n);
        }
        if (!sameEntries(registry, out)) {
            registry.clear();
            registry.putAll(out);
        }
    }

    // An explicit registration keeps its position. Under a field's name that can hold a Parameter, the field
    // gives the value (a later `m.weight = new Parameter(...)` or `= null` replaces it where it stands, as
    // PyTorch's attribute assignment does); otherwise the registration wins.
    @SuppressWarnings("unchecked")
    private <T> T explicitValue(String kind, String name, T registered) {
        Field f = kind.equals("p:") ? parameterField(name) : null;
        if (f == null) {
            return registered;
        }
        Object v = read(f);
        return v == null || v instanceof Parameter ? (T) v : registered;
    }

    private boolean isExplicit(Map<String, ?> registry, String kind, String name) {
        return registry.containsKey(name) && !reflected.contains(kind + name);
    }

    private static boolean sameEntries(Map<String, ?> a, Map<String, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        var ia = a.entrySet().iterator();
        for (Map.Entry<String, ?> e : b.entrySet()) {
            Map.Entry<String, ?> x = ia.next();
            if (!x.getKey().equals(e.getKey()) || x.getValue() != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    // the field names holding a Parameter or Module now: an explicit registration comes after them
    private Set<String> assignedFields() {
        Set<String> out = new HashSet<>();
        for (Field f : FIELDS.computeIfAbsent(getClass(), Module::registrableFields)) {
            Object v = read(f);
            if (v instanceof Parameter || v instanceof Module) {
                out.add(f.getName());
            }
        }
        return out;
    }

    // the non-final field called name that can hold a Parameter, or null
    private Field parameterField(String name) {
        Field f = field(name);
        return f != null && f.getType().isAssignableFrom(Parameter.class) && !Modifier.isFinal(f.getModifiers())
                ? f : null;
    }

    private Field field(String name) {
        for (Field f : FIELDS.computeIfAbsent(getClass(), Module::registrableFields)) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private void write(Field f, Object value) {
        try {
            f.set(this, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write field " + f, e);
        }
    }

    private Object read(Field f) {
        try {
            return f.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read field " + f, e);
        }
    }

    private static final Set<String> HINTED = ConcurrentHashMap.newKeySet();

    // PyTorch does not register modules or parameters kept in a plain list, map or array either; say so
    private void hintContainers(List<Field> fields) {
        Set<Object> registered = null;
        for (Field f : fields) {
            String key = f.getDeclaringClass().getName() + "." + f.getName();
            if (HINTED.contains(key)) {
                continue;
            }
            Object v = read(f);
            Iterable<?> items = v instanceof Map<?, ?> map ? map.values()
                    : v instanceof Object[] arr ? java.util.Arrays.asList(arr) : (java.util.Collection<?>) v;
            String kind = null;
            for (Object item : items) {
                if (!(item instanceof Module) && !(item instanceof Parameter)) {
                    continue;
                }
                if (registered == null) {
                    registered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                    registered.addAll(parameters.values());
                    for (Module child : modules.values()) {
                        if (child != null) {
                            registered.addAll(child.modules());
                            registered.addAll(child.parameters());
                        }
                    }
                }
                if (!registered.contains(item)) {
                    kind = item instanceof Module ? "modules" : "parameters";
                    break;
                }
            }
            if (kind != null && HINTED.add(key)) {
                boolean mods = kind.equals("modules");
                jtorch.Warnings.warnOnce(f.getDeclaringClass().getSimpleName() + "." + f.getName() + " is a "
                        + v.getClass().getName() + " holding " + kind + " that are not registered: like PyTorch, "
                        + "jtorch does not register " + kind + " kept in a plain list, map or array, so they are "
                        + "missing from parameters(), stateDict(), zeroGrad() and to(). Hold them in a "
                        + (mods ? "ModuleList (or ModuleDict)" : "ParameterList (or ParameterDict)")
                        + " instead.");
            }
        }
    }

    // every instance field below Module, superclass fields first, each class's in declaration order
    private static List<Field> registrableFields(Class<?> cls) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Module.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getType().isPrimitive()
                        || f.getType() == String.class || Number.class.isAssignableFrom(f.getType())
                        || f.getType() == Boolean.class) {
                    continue;
                }
                f.setAccessible(true);
                own.add(f);
            }
            List<String> declared = declarationOrder(c);
            if (declared != null) {
                own.sort(Comparator.comparingInt(f -> declared.indexOf(f.getName())));
            }
            out.addAll(own);
        }
        return out;
    }

    // the order of the fields in the class file, which javac writes in declaration order (reflection
    // promises no order); null when the class file cannot be read
    private static List<String> declarationOrder(Class<?> c) {
        String file = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (var in = c.getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            var model = java.lang.classfile.ClassFile.of().parse(in.readAllBytes());
            List<String> names = new ArrayList<>();
            for (var fm : model.fields()) {
                names.add(fm.fieldName().stringValue());
            }
            return names;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** This module's own parameters (not recursing), by name; null entries are declared-but-absent. */
    protected Map<String, Parameter> ownParameters() {
        scanFields();
        return parameters;
    }

/** This module's own buffers by name (PyTorch's {@code _buffers}), registration order. */
    protected Map<String, Tensor> ownBuffers() {
        scanFields();
        return buffers;
    }

/** This module's direct submodules by name (PyTorch's {@code _modules}), registration order. */
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

    /** PyTorch: {@code Module.children()}. */
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

    /** PyTorch: {@code Module.modules()}. */
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

    /** PyTorch: {@code Module.parameters(recurse=True)}. */
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

    /** PyTorch: {@code Module.buffers(recurse=True)}. */
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

    /** PyTorch: {@code Module.train(mode=True)}. */
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

    /** PyTorch: {@code Module.eval()}. */
    public Module eval() {
        return train(false);
    }

    /** PyTorch's {@code is_training} attribute. */
    public boolean isTraining() {
        return training;
    }

    /** Zeroes every parameter's gradient in place (PyTorch 1.13's default, set_to_none=False). */
    public void zeroGrad() {
        zeroGrad(false);
    }

    /** PyTorch: {@code Module.zero_grad(set_to_none=False)}. */
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

    /** Moves parameters and buffers to {@code device}, in place. PyTorch: {@code module.to(device)}. */
    public Module to(Device device) {
        return convert(t -> t.to(device));
    }

    /** Parameters and buffers on the CPU (where they already are). PyTorch: {@code module.cpu()}. */
    public Module cpu() {
        return to(Device.CPU);
    }

    /** Fails as PyTorch does without CUDA. PyTorch: {@code module.cuda()}. */
    public Module cuda() {
        throw new IllegalStateException("Torch not compiled with CUDA enabled");
    }

    /** Floating parameters and buffers to float16, in place. PyTorch: {@code module.half()}. */
    public Module half() {
        return to(DType.FLOAT16);
    }

    /** Floating parameters and buffers to bfloat16, in place. PyTorch: {@code module.bfloat16()}. */
    public Module bfloat16() {
        return to(DType.BFLOAT16);
    }

    /** Floating parameters and buffers to float32, in place. PyTorch: {@code module.float()}. */
    public Module toFloat() {
        return to(DType.FLOAT32);
    }

    /** Floating parameters and buffers to float64, in place. PyTorch: {@code module.double()}. */
    public Module toDouble() {
        return to(DType.FLOAT64);
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
            if (f.getName().equals(name) && read(f) instanceof Parameter && f.getType().isInstance(p)) {
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
        /**
         * PyTorch's repr: {@code <All keys matched successfully>} when both lists are empty, else
         * {@code _IncompatibleKeys(missing_keys=['bias'], unexpected_keys=['extra'])}.
         */
        @Override
        public String toString() {
            if (missingKeys.isEmpty() && unexpectedKeys.isEmpty()) {
                return "<All keys matched successfully>";
            }
            return "_IncompatibleKeys(missing_keys=" + pyList(missingKeys) + ", unexpected_keys=" + pyList(unexpectedKeys)
                    + ")";
        }

        private static String pyList(List<String> keys) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append('\'').append(keys.get(i)).append('\'');
            }
            return sb.append("]").toString();
        }
    }

    /**
     * Copies tensors from {@code state} into this module's parameters and persistent buffers, module by
     * module as PyTorch does (a tensor whose shape matches is copied even when others fail). Missing and
     * unexpected keys are returned; with {@code strict} they raise, and shape mismatches always raise,
     * with PyTorch's messages. PyTorch: {@code load_state_dict(state_dict, strict)}.
     */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> state, boolean strict) {
        return loadStateDict(state, strict, Tensor::copy_);
    }

    /**
     * {@link #loadStateDict(Map, boolean)} with the data of each checkpoint tensor whose shape matches put into
     * the parameter or buffer by {@code copy.accept(target, source)} (under no-grad) instead of
     * {@code target.copy_(source)}: the keys, shapes and messages are checked as there. A jtorch extension for
     * loaders whose state dict holds only shapes (meta tensors) and that fill each parameter from the file
     * themselves, so that no second copy of the checkpoint is ever in the heap ({@code
     * Serialization.loadStateDict}); PyTorch has no such argument because its memory-mapped tensors are backed
     * by the file itself.
     */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> state, boolean strict,
                                          java.util.function.BiConsumer<Tensor, Tensor> copy) {
        return StateDicts.load(this, state, strict, copy);
    }

    /** PyTorch: {@code Module.load_state_dict(state_dict, strict=True)}. */
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
