package jtorch.serialization;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.nn.Parameter;

/**
 * A restricted unpickler: it runs the pickle opcodes of protocols 0-4 that plain data needs and can build
 * nothing but what a checkpoint holds — tensors ({@code torch._utils._rebuild_tensor_v2},
 * {@code _rebuild_parameter}), storages (persistent ids naming {@code torch.*Storage}),
 * {@code collections.OrderedDict}, {@code collections.Counter} (MultiStepLR's milestones), {@code torch.Size},
 * dicts, lists, tuples, strings, bytes, numbers, booleans
 * and None. Any other global, any opcode that builds arbitrary objects (INST, OBJ, NEWOBJ, sets), containers
 * nested deeper than {@link #MAX_DEPTH} or made to contain themselves fail with a {@link CheckpointException}.
 * Nothing is ever instantiated by name and no Java deserialization takes place.
 *
 * <p>Python to Java: None {@code null}, bool Boolean, int Integer (Long beyond 32 bits, BigInteger beyond 64),
 * float Double, str String, bytes {@code byte[]}, list ArrayList, tuple an unmodifiable List, dict and
 * OrderedDict and Counter LinkedHashMap (insertion order), torch.Size an unmodifiable List of Integers.
 */
final class Unpickler {
    static final int MAX_DEPTH = 1000;
    private static final int MAX_LONG_BYTES = 1024;
    private static final int MAX_LINE = 4096;

    /** Resolves a persistent storage id {@code ('storage', type, key, location, numel[, view_metadata])}. */
    interface StorageResolver {
        Storage resolve(DType dtype, String key, String location, long numel, Object viewMetadata);
    }

    private enum Callable {
        REBUILD_TENSOR_V2, REBUILD_PARAMETER, ORDERED_DICT, COUNTER, TORCH_SIZE,
        NUMPY_RECONSTRUCT, NUMPY_NDARRAY, NUMPY_DTYPE, CODECS_ENCODE, EMPTY_BYTES
    }

    /** numpy dtype names (without byte order) and the dtypes they load as. */
    private static final Map<String, DType> NUMPY_DTYPES = Map.of("b1", DType.BOOL, "u1", DType.UINT8,
            "i1", DType.INT8, "i2", DType.INT16, "i4", DType.INT32, "i8", DType.INT64, "f2", DType.FLOAT16,
            "f4", DType.FLOAT32, "f8", DType.FLOAT64);

    /** A {@code numpy.dtype} being unpickled: its element type, then (BUILD) its byte order. */
    private static final class NumpyDtype {
        final DType dtype;
        char byteOrder = '|';

        NumpyDtype(DType dtype) {
            this.dtype = dtype;
        }
    }

    /** An empty {@code numpy.ndarray} from {@code _reconstruct}, which BUILD replaces by a tensor. */
    private static final class PendingArray {
    }

    private record StorageType(DType dtype) {
    }

    private record Global(Callable callable) {
    }

    /** A Python tuple: an immutable list. */
    static final class Tuple extends AbstractList<Object> {
        private final Object[] items;

        Tuple(Object[] items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    private static final class Info {
        int depth;
        boolean sealed;
    }

    private final PickleInput in;
    private final StorageResolver storages;
    private final boolean numpy;
    private final ArrayList<Object> stack = new ArrayList<>();
    private final ArrayList<ArrayList<Object>> metastack = new ArrayList<>();
    private final HashMap<Long, Object> memo = new HashMap<>();
    private final IdentityHashMap<Object, Info> containers = new IdentityHashMap<>();
    private ArrayList<Object> current = stack;

    Unpickler(PickleInput in, StorageResolver storages) {
        this(in, storages, false);
    }

    /**
     * An unpickler that with {@code numpy} also builds numpy arrays of numeric dtypes as tensors (plain pickles
     * such as CIFAR's batches, never checkpoints) and Python 3's protocol-2 bytes ({@code _codecs.encode}).
     */
    Unpickler(PickleInput in, StorageResolver storages, boolean numpy) {
        this.in = in;
        this.storages = storages;
        this.numpy = numpy;
    }

    /** Reads one pickle (up to its STOP opcode) and returns the object it builds. */
    Object load() {
        while (true) {
            int op = in.readByte();
            switch (op) {
                case 0x80 -> { // PROTO
                    int proto = in.readByte();
                    if (proto > 5) {
                        throw new CheckpointException("unsupported pickle protocol: " + proto);
                    }
                }
                case 0x95 -> in.read(8, "FRAME"); // FRAME: the frame length is only a hint
                case '.' -> {
                    if (!metastack.isEmpty()) {
                        throw new CheckpointException("pickle data is malformed: unclosed MARK at STOP");
                    }
                    return pop();
                }
                case '(' -> {
                    metastack.add(current);
                    current = new ArrayList<>();
                }
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(peek());
                case 'N' -> push(null);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'K' -> push(in.readByte());
                case 'M' -> push(in.readByte() | (in.readByte() << 8));
                case 'J' -> push(int32());
                case 0x8a -> push(longFrom(in.read(in.readByte(), "LONG1")));
                case 0x8b -> {
                    long n = int32() & 0xFFFFFFFFL;
                    if (n > MAX_LONG_BYTES) {
                        throw new CheckpointException("pickle LONG4 of " + n + " bytes exceeds the limit of "
                                + MAX_LONG_BYTES);
                    }
                    push(longFrom(in.read(n, "LONG4")));
                }
                case 'I' -> push(textInt(readLine()));
                case 'L' -> {
                    String s = readLine();
                    push(textInt(s.endsWith("L") ? s.substring(0, s.length() - 1) : s));
                }
                case 'G' -> {
                    long bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits = (bits << 8) | in.readByte();
                    }
                    push(Double.longBitsToDouble(bits));
                }
                case 'F' -> {
                    String s = readLine();
                    try {
                        push(Double.parseDouble(s));
                    } catch (NumberFormatException e) {
                        throw new CheckpointException("pickle data is malformed: bad FLOAT '" + s + "'");
                    }
                }
                case 'X' -> push(utf8(in.read(int32() & 0xFFFFFFFFL, "BINUNICODE")));
                case 0x8c -> push(utf8(in.read(in.readByte(), "SHORT_BINUNICODE")));
                case 0x8d -> push(utf8(in.read(int64(), "BINUNICODE8")));
                case 'T' -> push(new String(in.read(int32() & 0xFFFFFFFFL, "BINSTRING"), StandardCharsets.ISO_8859_1));
                case 'U' -> push(new String(in.read(in.readByte(), "SHORT_BINSTRING"), StandardCharsets.ISO_8859_1));
                case 'B' -> push(in.read(int32() & 0xFFFFFFFFL, "BINBYTES"));
                case 'C' -> push(in.read(in.readByte(), "SHORT_BINBYTES"));
                case 0x8e -> push(in.read(int64(), "BINBYTES8"));
                case ')' -> push(tuple(new Object[0]));
                case 0x85 -> push(tuple(new Object[] {pop()}));
                case 0x86 -> {
                    Object b = pop();
                    Object a = pop();
                    push(tuple(new Object[] {a, b}));
                }
                case 0x87 -> {
                    Object c = pop();
                    Object b = pop();
                    Object a = pop();
                    push(tuple(new Object[] {a, b, c}));
                }
                case 't' -> push(tuple(popMark().toArray()));
                case ']' -> push(container(new ArrayList<>()));
                case 'l' -> {
                    ArrayList<Object> items = popMark();
                    ArrayList<Object> list = container(new ArrayList<>());
                    for (Object o : items) {
                        adopt(list, o);
                        list.add(o);
                    }
                    push(list);
                }
                case '}' -> push(container(new LinkedHashMap<>()));
                case 'd' -> {
                    ArrayList<Object> items = popMark();
                    LinkedHashMap<Object, Object> map = container(new LinkedHashMap<>());
                    setItems(map, items);
                    push(map);
                }
                case 'a' -> {
                    ArrayList<Object> one = new ArrayList<>(1);
                    one.add(pop());
                    appendAll(peek(), one);
                }
                case 'e' -> {
                    ArrayList<Object> items = popMark();
                    appendAll(peek(), items);
                }
                case 's' -> {
                    Object v = pop();
                    Object k = pop();
                    ArrayList<Object> kv = new ArrayList<>(2);
                    kv.add(k);
                    kv.add(v);
                    setItems(asMap(peek(), "SETITEM"), kv);
                }
                case 'u' -> {
                    ArrayList<Object> items = popMark();
                    setItems(asMap(peek(), "SETITEMS"), items);
                }
                case 'h' -> push(memoGet(in.readByte()));
                case 'j' -> push(memoGet(int32() & 0xFFFFFFFFL));
                case 'g' -> push(memoGet(textInt(readLine()).longValue()));
                case 'q' -> memo.put((long) in.readByte(), peek());
                case 'r' -> memo.put(int32() & 0xFFFFFFFFL, peek());
                case 'p' -> memo.put(textInt(readLine()).longValue(), peek());
                case 0x94 -> memo.put((long) memo.size(), peek());
                case 'c' -> {
                    String module = readLine();
                    String name = readLine();
                    push(global(module, name));
                }
                case 0x93 -> {
                    Object name = pop();
                    Object module = pop();
                    if (!(module instanceof String m) || !(name instanceof String n)) {
                        throw new CheckpointException("pickle data is malformed: STACK_GLOBAL needs two strings");
                    }
                    push(global(m, n));
                }
                case 'R' -> {
                    Object args = pop();
                    Object fn = pop();
                    push(reduce(fn, args));
                }
                case 'b' -> {
                    Object state = pop();
                    Object target = pop();
                    push(build(target, state));
                }
                case 'Q' -> push(persistentLoad(pop()));
                case 'P' -> throw new CheckpointException("pickle data uses PERSID with a text id, which checkpoints never contain");
                case 'i', 'o', 0x81, 0x92 -> throw new CheckpointException("Unsupported operand " + opName(op)
                        + ": the pickle wants to instantiate an object, which jtorch's restricted unpickler never does");
                case 0x8f, 0x90, 0x91 -> throw new CheckpointException("Unsupported operand " + opName(op)
                        + ": sets are not part of a checkpoint");
                default -> throw new CheckpointException(String.format("invalid load key, '\\x%02x'.", op));
            }
        }
    }

    private static String opName(int op) {
        return switch (op) {
            case 'i' -> "INST";
            case 'o' -> "OBJ";
            case 0x81 -> "NEWOBJ";
            case 0x92 -> "NEWOBJ_EX";
            case 0x8f -> "EMPTY_SET";
            case 0x90 -> "ADDITEMS";
            default -> "FROZENSET";
        };
    }

    // ---------------------------------------------------------------- stack

    private void push(Object o) {
        current.add(o);
    }

    private Object pop() {
        if (current.isEmpty()) {
            throw new CheckpointException("pickle data is malformed: unpickling stack underflow");
        }
        return current.remove(current.size() - 1);
    }

    private Object peek() {
        if (current.isEmpty()) {
            throw new CheckpointException("pickle data is malformed: unpickling stack underflow");
        }
        return current.get(current.size() - 1);
    }

    private ArrayList<Object> popMark() {
        if (metastack.isEmpty()) {
            throw new CheckpointException("pickle data is malformed: could not find MARK");
        }
        ArrayList<Object> items = current;
        current = metastack.remove(metastack.size() - 1);
        return items;
    }

    private Object memoGet(long idx) {
        if (!memo.containsKey(idx)) {
            throw new CheckpointException("pickle data is malformed: Memo value not found at index " + idx);
        }
        return memo.get(idx);
    }

    // ---------------------------------------------------------------- containers, depth and cycles

    private <T> T container(T c) {
        containers.put(c, new Info());
        return c;
    }

    /** Records that {@code child} goes into {@code parent}: seals the child, bounds the depth, forbids cycles. */
    private void adopt(Object parent, Object child) {
        Info p = containers.get(parent);
        if (p.sealed) {
            throw new CheckpointException("pickle data is malformed: a container is modified after it was placed"
                    + " inside another (jtorch refuses self-referencing structures)");
        }
        Info c = child == null ? null : containers.get(child);
        if (c == null) {
            return;
        }
        if (child == parent) {
            throw new CheckpointException("pickle data is malformed: a container contains itself");
        }
        c.sealed = true;
        if (c.depth + 1 > p.depth) {
            p.depth = c.depth + 1;
            if (p.depth > MAX_DEPTH) {
                throw new CheckpointException("pickle data nests containers more than " + MAX_DEPTH
                        + " levels deep");
            }
        }
    }

    private Tuple tuple(Object[] items) {
        Tuple t = container(new Tuple(items));
        for (Object o : items) {
            adopt(t, o);
        }
        containers.get(t).sealed = true;
        return t;
    }

    @SuppressWarnings("unchecked")
    private void appendAll(Object target, ArrayList<Object> items) {
        if (!(target instanceof ArrayList<?> l) || !containers.containsKey(target)) {
            throw new CheckpointException("pickle data is malformed: APPENDS to a " + pyType(target));
        }
        for (Object o : items) {
            adopt(target, o);
            ((ArrayList<Object>) l).add(o);
        }
    }

    @SuppressWarnings("unchecked")
    private LinkedHashMap<Object, Object> asMap(Object target, String op) {
        if (!(target instanceof LinkedHashMap<?, ?> m) || !containers.containsKey(target)) {
            throw new CheckpointException("pickle data is malformed: " + op + " on a " + pyType(target));
        }
        return (LinkedHashMap<Object, Object>) m;
    }

    private void setItems(LinkedHashMap<Object, Object> map, List<Object> kv) {
        if (kv.size() % 2 != 0) {
            throw new CheckpointException("pickle data is malformed: odd number of items for SETITEMS");
        }
        for (int i = 0; i < kv.size(); i += 2) {
            Object k = kv.get(i);
            checkHashable(k);
            adopt(map, k);
            adopt(map, kv.get(i + 1));
            map.put(k, kv.get(i + 1));
        }
    }

    private static void checkHashable(Object k) {
        if (k == null || k instanceof String || k instanceof Number || k instanceof Boolean || k instanceof byte[]) {
            if (k instanceof byte[]) {
                throw new CheckpointException("jtorch does not load dicts keyed by bytes");
            }
            return;
        }
        if (k instanceof Tuple t) {
            for (Object o : t) {
                checkHashable(o);
            }
            return;
        }
        throw new CheckpointException("unhashable type: '" + pyType(k) + "'");
    }

    private static String pyType(Object o) {
        return switch (o) {
            case null -> "NoneType";
            case Tuple t -> "tuple";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            case String s -> "str";
            case Boolean b -> "bool";
            case Double d -> "float";
            case Number n -> "int";
            case Tensor t -> "Tensor";
            case Storage s -> "Storage";
            case byte[] b -> "bytes";
            case NumpyDtype d -> "numpy.dtype";
            case PendingArray p -> "numpy.ndarray";
            default -> o.getClass().getSimpleName();
        };
    }

    // ---------------------------------------------------------------- globals and reduce

    private Object global(String module, String name) {
        if (module.equals("torch._utils") && name.equals("_rebuild_tensor_v2")) {
            return new Global(Callable.REBUILD_TENSOR_V2);
        }
        if (module.equals("torch._utils") && name.equals("_rebuild_parameter")) {
            return new Global(Callable.REBUILD_PARAMETER);
        }
        if (module.equals("collections") && name.equals("OrderedDict")) {
            return new Global(Callable.ORDERED_DICT);
        }
        if (module.equals("collections") && name.equals("Counter")) {
            return new Global(Callable.COUNTER); // MultiStepLR's milestones
        }
        if (module.equals("torch") && name.equals("Size")) {
            return new Global(Callable.TORCH_SIZE);
        }
        if (numpy) {
            switch (module + "." + name) {
                case "numpy.core.multiarray._reconstruct" -> {
                    return new Global(Callable.NUMPY_RECONSTRUCT);
                }
                case "numpy.ndarray" -> {
                    return new Global(Callable.NUMPY_NDARRAY);
                }
                case "numpy.dtype" -> {
                    return new Global(Callable.NUMPY_DTYPE);
                }
                case "_codecs.encode" -> {
                    return new Global(Callable.CODECS_ENCODE);
                }
                case "__builtin__.bytes", "builtins.bytes" -> { // protocol 2's empty bytes: bytes()
                    return new Global(Callable.EMPTY_BYTES);
                }
                default -> {
                }
            }
        }
        if (module.equals("torch")) {
            Optional<DType> d = StorageTypes.dtype(name);
            if (d.isPresent()) {
                return new StorageType(d.get());
            }
        }
        throw new CheckpointException("Unsupported global: GLOBAL " + module + "." + name + " was not an allowed"
                + " global. jtorch's restricted unpickler only builds tensors (torch._utils._rebuild_tensor_v2,"
                + " torch._utils._rebuild_parameter), storages (torch.*Storage), collections.OrderedDict,"
                + " collections.Counter, torch.Size, dicts, lists, tuples, strings, numbers, booleans and None");
    }

    private Object reduce(Object fn, Object argsObj) {
        if (!(fn instanceof Global g)) {
            throw new CheckpointException("pickle data is malformed: REDUCE on a " + pyType(fn)
                    + ", which is not callable");
        }
        if (!(argsObj instanceof Tuple args)) {
            throw new CheckpointException("pickle data is malformed: REDUCE arguments are a " + pyType(argsObj)
                    + ", not a tuple");
        }
        return switch (g.callable()) {
            case ORDERED_DICT -> {
                if (!args.isEmpty()) {
                    throw new CheckpointException("jtorch only loads OrderedDict() pickled without arguments");
                }
                yield container(new LinkedHashMap<>());
            }
            case COUNTER -> {
                if (args.size() != 1 || !(args.get(0) instanceof Map<?, ?> counts)) {
                    throw new CheckpointException("jtorch only loads Counter pickled as Counter(dict)");
                }
                yield container(new LinkedHashMap<>(counts));
            }
            case TORCH_SIZE -> {
                if (args.size() != 1 || !(args.get(0) instanceof Tuple dims)) {
                    throw new CheckpointException("torch.Size expects one tuple argument");
                }
                Object[] out = new Object[dims.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = intArg(dims.get(i), "torch.Size");
                }
                yield tuple(out);
            }
            case REBUILD_PARAMETER -> {
                if (args.size() != 3 || !(args.get(0) instanceof Tensor data) || !(args.get(1) instanceof Boolean rg)) {
                    throw new CheckpointException("_rebuild_parameter expects (Tensor, bool, OrderedDict)");
                }
                yield new Parameter(data, rg && data.isFloatingPoint());
            }
            case REBUILD_TENSOR_V2 -> rebuildTensor(args);
            case NUMPY_RECONSTRUCT -> {
                if (args.size() != 3 || !(args.get(0) instanceof Global a) || a.callable() != Callable.NUMPY_NDARRAY) {
                    throw new CheckpointException("jtorch only loads numpy arrays pickled as "
                            + "_reconstruct(numpy.ndarray, shape, typecode)");
                }
                yield new PendingArray();
            }
            case NUMPY_NDARRAY -> throw new CheckpointException("jtorch only builds numpy.ndarray through "
                    + "numpy.core.multiarray._reconstruct");
            case NUMPY_DTYPE -> {
                DType d = !args.isEmpty() && args.get(0) instanceof String spec
                        ? NUMPY_DTYPES.get(spec.replaceFirst("^[<>|=]", "")) : null;
                if (d == null) {
                    throw new CheckpointException("unsupported numpy dtype " + (args.isEmpty() ? "()" : args.get(0))
                            + " (jtorch loads " + String.join(", ", new java.util.TreeSet<>(NUMPY_DTYPES.keySet()))
                            + ")");
                }
                yield new NumpyDtype(d);
            }
            case CODECS_ENCODE -> {
                if (args.size() != 2 || !(args.get(0) instanceof String text) || !"latin1".equals(args.get(1))) {
                    throw new CheckpointException("jtorch only loads bytes pickled as _codecs.encode(str, 'latin1')");
                }
                yield text.getBytes(StandardCharsets.ISO_8859_1);
            }
            case EMPTY_BYTES -> {
                if (!args.isEmpty()) {
                    throw new CheckpointException("jtorch only loads bytes() pickled without arguments");
                }
                yield new byte[0];
            }
        };
    }

    private Tensor rebuildTensor(Tuple args) {
        if (args.size() != 6 && args.size() != 7) {
            throw new CheckpointException("_rebuild_tensor_v2() takes 6 or 7 arguments, got " + args.size());
        }
        if (!(args.get(0) instanceof Storage storage)) {
            throw new CheckpointException("_rebuild_tensor_v2 expects a storage, got a " + pyType(args.get(0)));
        }
        long offset = intArg(args.get(1), "storage_offset");
        if (!(args.get(2) instanceof Tuple size) || !(args.get(3) instanceof Tuple stride)) {
            throw new CheckpointException("_rebuild_tensor_v2 expects size and stride tuples");
        }
        if (size.size() != stride.size()) {
            throw new CheckpointException("mismatch in length of strides and shape: size has " + size.size()
                    + " dims, stride " + stride.size());
        }
        if (!(args.get(4) instanceof Boolean requiresGrad)) {
            throw new CheckpointException("_rebuild_tensor_v2 expects requires_grad to be a bool");
        }
        int dims = size.size();
        int[] shape = new int[dims];
        int[] strides = new int[dims];
        long numel = 1;
        long maxIndex = offset;
        for (int i = 0; i < dims; i++) {
            long n = intArg(size.get(i), "size");
            long s = intArg(stride.get(i), "stride");
            if (n < 0 || s < 0 || n > Integer.MAX_VALUE || s > Integer.MAX_VALUE) {
                throw new CheckpointException("invalid tensor geometry: size " + size + ", stride " + stride);
            }
            shape[i] = (int) n;
            strides[i] = (int) s;
            numel = Math.multiplyHigh(numel, n) != 0 ? Long.MAX_VALUE : numel * n;
            if (n > 0) {
                maxIndex += (n - 1) * s;
            }
        }
        if (numel > Integer.MAX_VALUE) {
            throw new CheckpointException("tensor of size " + size + " has more than 2^31-1 elements");
        }
        if (offset < 0 || offset > storage.size() || (numel > 0 && maxIndex >= storage.size())) {
            throw new CheckpointException("setStorage: sizes " + size + ", strides " + stride + " and storage offset "
                    + offset + " require a storage of at least " + (maxIndex + 1) + " elements, but the storage has "
                    + storage.size());
        }
        Tensor t = new Tensor(storage, shape, strides, (int) offset);
        if (requiresGrad) {
            if (!t.isFloatingPoint()) {
                throw new CheckpointException("only Tensors of floating point dtype can require gradients");
            }
            t.requiresGrad_(true);
        }
        return t;
    }

    private static long intArg(Object o, String what) {
        if (o instanceof Integer || o instanceof Long) {
            return ((Number) o).longValue();
        }
        throw new CheckpointException("expected an int for " + what + ", got a " + pyType(o));
    }

    /** BUILD: the object that takes {@code target}'s place (itself, or the tensor a numpy array becomes). */
    private Object build(Object target, Object state) {
        // PyTorch's state_dict() carries its per-module versions as the attribute _metadata; jtorch keeps the keys
        if (target instanceof LinkedHashMap<?, ?> && containers.containsKey(target) && state instanceof Map<?, ?>) {
            adopt(target, state);
            return target;
        }
        if (target instanceof NumpyDtype d) {
            // numpy's dtype state: (version, byteorder, subarray, names, fields, elsize, alignment, flags)
            if (!(state instanceof Tuple t) || t.size() < 2 || !(t.get(1) instanceof String order)
                    || order.length() != 1) {
                throw new CheckpointException("pickle data is malformed: numpy dtype state " + state);
            }
            d.byteOrder = order.charAt(0);
            return d;
        }
        if (target instanceof PendingArray p) {
            Tensor t = numpyArray(state);
            memo.replaceAll((k, v) -> v == p ? t : v);
            return t;
        }
        throw new CheckpointException("pickle data is malformed: BUILD on a " + pyType(target)
                + " is not supported by jtorch's restricted unpickler");
    }

    // numpy's ndarray state: (version, shape, dtype, is_fortran, raw little-endian data)
    private static Tensor numpyArray(Object state) {
        if (!(state instanceof Tuple t) || t.size() != 5 || !(t.get(1) instanceof Tuple shape)
                || !(t.get(2) instanceof NumpyDtype d)) {
            throw new CheckpointException("pickle data is malformed: numpy array state " + pyType(state));
        }
        if (Boolean.TRUE.equals(t.get(3))) {
            throw new CheckpointException("jtorch does not load Fortran-ordered numpy arrays");
        }
        if (d.byteOrder == '>' && d.dtype.itemSize() > 1) {
            throw new CheckpointException("jtorch does not load big-endian numpy arrays");
        }
        byte[] raw = switch (t.get(4)) {
            case byte[] b -> b;
            case String s -> s.getBytes(StandardCharsets.ISO_8859_1); // Python 2's str, read as latin1
            default -> throw new CheckpointException("numpy array data is a " + pyType(t.get(4))
                    + ", not bytes (object arrays are not loaded)");
        };
        int[] dims = new int[shape.size()];
        long numel = 1;
        for (int i = 0; i < dims.length; i++) {
            long n = intArg(shape.get(i), "numpy shape");
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new CheckpointException("invalid numpy shape " + shape);
            }
            dims[i] = (int) n;
            numel = Math.multiplyHigh(numel, n) != 0 ? Long.MAX_VALUE : numel * n;
        }
        if (numel > Integer.MAX_VALUE || numel * d.dtype.itemSize() != raw.length) {
            throw new CheckpointException("numpy array of shape " + shape + " and dtype " + d.dtype + " needs "
                    + numel * d.dtype.itemSize() + " bytes, its data has " + raw.length);
        }
        Storage s = Storage.allocate(d.dtype, (int) numel);
        StorageBytes.get(ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN), s.data(), 0, (int) numel);
        int[] stride = new int[dims.length];
        for (int i = dims.length - 1, step = 1; i >= 0; step *= dims[i], i--) {
            stride[i] = step;
        }
        return new Tensor(s, dims, stride, 0);
    }

    private Storage persistentLoad(Object pid) {
        if (!(pid instanceof Tuple t) || t.size() < 5 || t.size() > 6 || !"storage".equals(t.get(0))) {
            throw new CheckpointException("Unknown saved id type: " + pid);
        }
        if (!(t.get(1) instanceof StorageType type)) {
            throw new CheckpointException("persistent id names a " + pyType(t.get(1)) + " instead of a storage type");
        }
        if (!(t.get(2) instanceof String key) || !(t.get(3) instanceof String location)) {
            throw new CheckpointException("persistent id has a malformed key or location: " + pid);
        }
        long numel = intArg(t.get(4), "storage numel");
        if (numel < 0) {
            throw new CheckpointException("negative storage size " + numel);
        }
        return storages.resolve(type.dtype(), key, location, numel, t.size() == 6 ? t.get(5) : null);
    }

    // ---------------------------------------------------------------- scalars

    private int int32() {
        return in.readByte() | (in.readByte() << 8) | (in.readByte() << 16) | (in.readByte() << 24);
    }

    private long int64() {
        long lo = int32() & 0xFFFFFFFFL;
        long hi = int32() & 0xFFFFFFFFL;
        return lo | (hi << 32);
    }

    private static Number longFrom(byte[] le) {
        if (le.length == 0) {
            return 0;
        }
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return normalize(new BigInteger(be));
    }

    static Number normalize(BigInteger v) {
        if (v.bitLength() < 32) {
            return v.intValue();
        }
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    private static Number textInt(String s) {
        if (s.equals("00")) {
            return 0;
        }
        if (s.equals("01")) {
            return 1;
        }
        try {
            return normalize(new BigInteger(s.trim()));
        } catch (NumberFormatException e) {
            throw new CheckpointException("pickle data is malformed: bad int '" + s + "'");
        }
    }

    private String readLine() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int b = in.readByte();
            if (b == '\n') {
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new CheckpointException("pickle data is malformed: line longer than " + MAX_LINE + " bytes");
            }
            sb.append((char) b);
        }
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new CheckpointException("'utf-8' codec can't decode a string in the pickle data");
        }
    }
}
