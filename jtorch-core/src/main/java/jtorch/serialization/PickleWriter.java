package jtorch.serialization;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.nn.Parameter;

/**
 * Writes a Java object graph as a pickle (protocol 2) the way Python's pickler writes the equivalent Python
 * objects inside {@code torch.save}: every string, list, dict, non-empty tuple, global and reduced object is
 * memoized and referenced again by {@code BINGET}; tensors reduce to {@code torch._utils._rebuild_tensor_v2}
 * over a persistent storage id {@code ('storage', torch.XStorage, key, 'cpu', numel)}.
 *
 * <p>Java to Python: {@code null} None, Boolean bool, Byte/Short/Integer/Long/BigInteger int, Float/Double
 * float, String/Character str, List and arrays list, Map dict (a non-empty map from strings to tensors — a
 * state dict — becomes {@code collections.OrderedDict}, as {@code state_dict()} is in PyTorch), Tensor a tensor,
 * Parameter {@code torch._utils._rebuild_parameter}, a Module the dict of {@link ModuleRecords}.
 */
final class PickleWriter {
    static final int MAX_DEPTH = 1000;
    private static final String STORAGE = "storage";
    private static final String CPU = "cpu";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final IdentityHashMap<Object, Integer> memo = new IdentityHashMap<>();
    private final Map<String, Integer> globals = new LinkedHashMap<>();
    private final IdentityHashMap<Storage, String> storageKeys = new IdentityHashMap<>();
    private final List<Storage> storages = new ArrayList<>();
    // containers being written: meeting one again means the structure contains itself, which Python can
    // pickle but jtorch's loader refuses, so it is refused here too
    private final IdentityHashMap<Object, Boolean> active = new IdentityHashMap<>();

    /** The pickle of {@code obj}; {@link #storages()} then lists the storages it references, key i at index i. */
    byte[] dump(Object obj) {
        out.write(0x80);
        out.write(2);
        save(obj, 0);
        out.write('.');
        return out.toByteArray();
    }

    List<Storage> storages() {
        return storages;
    }

    private void save(Object o, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("cannot save an object nested more than " + MAX_DEPTH
                    + " levels deep (or a structure that contains itself)");
        }
        switch (o) {
            case null -> out.write('N');
            case Boolean b -> out.write(b ? 0x88 : 0x89);
            case Byte b -> saveLong(b);
            case Short s -> saveLong(s);
            case Integer i -> saveLong(i);
            case Long l -> saveLong(l);
            case BigInteger bi -> saveBig(bi);
            case Float f -> saveFloat(f);
            case Double d -> saveFloat(d);
            case Character c -> saveString(String.valueOf(c));
            case String s -> saveString(s);
            case Tensor t -> saveTensor(t, depth);
            case jtorch.nn.Module m -> saveMap(ModuleRecords.record(m), depth);
            case Map<?, ?> m -> saveMap(m, depth);
            case List<?> l -> saveList(l, l, depth);
            case Object[] a -> saveList(a, List.of(a), depth);
            case int[] a -> saveList(a, java.util.Arrays.stream(a).boxed().toList(), depth);
            case long[] a -> saveList(a, java.util.Arrays.stream(a).boxed().toList(), depth);
            case double[] a -> saveList(a, java.util.Arrays.stream(a).boxed().toList(), depth);
            case float[] a -> {
                List<Object> l = new ArrayList<>(a.length);
                for (float v : a) {
                    l.add(v);
                }
                saveList(a, l, depth);
            }
            case boolean[] a -> {
                List<Object> l = new ArrayList<>(a.length);
                for (boolean v : a) {
                    l.add(v);
                }
                saveList(a, l, depth);
            }
            default -> throw new IllegalArgumentException("Can't pickle object of type " + o.getClass().getName()
                    + ": jtorch saves tensors, maps, lists, arrays, strings, numbers, booleans and null");
        }
    }

    private boolean getMemo(Object o) {
        Integer idx = memo.get(o);
        if (idx == null) {
            return false;
        }
        if (idx < 256) {
            out.write('h');
            out.write(idx);
        } else {
            out.write('j');
            int32(idx);
        }
        return true;
    }

    private void memoize(Object o) {
        int idx = memo.size() + globals.size();
        memo.put(o, idx);
        put(idx);
    }

    private void put(int idx) {
        if (idx < 256) {
            out.write('q');
            out.write(idx);
        } else {
            out.write('r');
            int32(idx);
        }
    }

    private void saveGlobal(String module, String name) {
        String key = module + "\n" + name;
        Integer idx = globals.get(key);
        if (idx != null) {
            if (idx < 256) {
                out.write('h');
                out.write(idx);
            } else {
                out.write('j');
                int32(idx);
            }
            return;
        }
        out.write('c');
        out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
        idx = memo.size() + globals.size();
        globals.put(key, idx);
        put(idx);
    }

    private void saveLong(long v) {
        if (v >= 0 && v < 256) {
            out.write('K');
            out.write((int) v);
        } else if (v >= 0 && v < 65536) {
            out.write('M');
            out.write((int) v & 0xFF);
            out.write((int) (v >>> 8) & 0xFF);
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            out.write('J');
            int32((int) v);
        } else {
            saveBig(BigInteger.valueOf(v));
        }
    }

    private void saveBig(BigInteger v) {
        if (v.bitLength() < 32) {
            saveLong(v.longValue());
            return;
        }
        byte[] be = v.toByteArray(); // minimal two's complement, big-endian
        if (be.length < 256) {
            out.write(0x8a);
            out.write(be.length);
        } else {
            out.write(0x8b);
            int32(be.length);
        }
        for (int i = be.length - 1; i >= 0; i--) {
            out.write(be[i]);
        }
    }

    private void saveFloat(double d) {
        out.write('G');
        long bits = Double.doubleToRawLongBits(d);
        for (int s = 56; s >= 0; s -= 8) {
            out.write((int) (bits >>> s) & 0xFF);
        }
    }

    private void saveString(String s) {
        if (getMemo(s)) {
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        int32(b.length);
        out.writeBytes(b);
        memoize(s);
    }

    private void checkNotActive(Object container) {
        if (active.containsKey(container)) {
            throw new IllegalArgumentException("cannot save a structure that contains itself");
        }
    }

    private void saveList(Object identity, List<?> l, int depth) {
        checkNotActive(identity);
        if (getMemo(identity)) {
            return;
        }
        active.put(identity, true);
        out.write(']');
        memoize(identity);
        for (int start = 0; start < l.size(); start += 1000) {
            int end = Math.min(l.size(), start + 1000);
            if (end - start == 1) {
                save(l.get(start), depth + 1);
                out.write('a');
            } else {
                out.write('(');
                for (int i = start; i < end; i++) {
                    save(l.get(i), depth + 1);
                }
                out.write('e');
            }
        }
        active.remove(identity);
    }

    private static boolean isStateDict(Map<?, ?> m) {
        if (m.isEmpty()) {
            return false;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String) || !(e.getValue() instanceof Tensor)) {
                return false;
            }
        }
        return true;
    }

    private void saveMap(Map<?, ?> m, int depth) {
        checkNotActive(m);
        if (getMemo(m)) {
            return;
        }
        active.put(m, true);
        for (Object k : m.keySet()) {
            if (!(k == null || k instanceof String || k instanceof Number || k instanceof Boolean
                    || k instanceof Character)) {
                throw new IllegalArgumentException("Can't pickle a dict key of type " + k.getClass().getName()
                        + ": keys must be strings, numbers, booleans or null");
            }
        }
        if (isStateDict(m)) {
            saveGlobal("collections", "OrderedDict");
            out.write(')');
            out.write('R');
        } else {
            out.write('}');
        }
        memoize(m);
        List<Map.Entry<?, ?>> items = new ArrayList<>(m.entrySet());
        for (int start = 0; start < items.size(); start += 1000) {
            int end = Math.min(items.size(), start + 1000);
            if (end - start == 1) {
                save(items.get(start).getKey(), depth + 1);
                save(items.get(start).getValue(), depth + 1);
                out.write('s');
            } else {
                out.write('(');
                for (int i = start; i < end; i++) {
                    save(items.get(i).getKey(), depth + 1);
                    save(items.get(i).getValue(), depth + 1);
                }
                out.write('u');
            }
        }
        active.remove(m);
    }

    private void saveTensor(Tensor t, int depth) {
        if (getMemo(t)) {
            return;
        }
        if (t.isMeta()) {
            throw new IllegalArgumentException("cannot save a tensor on the meta device: it has no data");
        }
        if (t instanceof Parameter p) {
            saveGlobal("torch._utils", "_rebuild_parameter");
            Tensor data = new Tensor(p.storage(), p.sizes(), p.stride(), p.storageOffset());
            saveTensorReduce(data);
            memoize(data);
            out.write(p.requiresGrad() ? 0x88 : 0x89);
            emptyOrderedDict();
            out.write(0x87); // TUPLE3
            memoize(new Object());
            out.write('R');
        } else {
            saveTensorReduce(t);
        }
        memoize(t);
    }

    /** {@code _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, OrderedDict())}, ending in REDUCE. */
    private void saveTensorReduce(Tensor t) {
        saveGlobal("torch._utils", "_rebuild_tensor_v2");
        out.write('(');
        Storage s = t.storage();
        String key = storageKeys.get(s);
        if (key == null) {
            key = Integer.toString(storages.size());
            storageKeys.put(s, key);
            storages.add(s);
        }
        out.write('(');
        saveString(STORAGE);
        saveGlobal("torch", StorageTypes.name(s.dtype()));
        saveString(key);
        saveString(CPU);
        saveLong(s.size());
        out.write('t');
        memoize(new Object());
        out.write('Q'); // BINPERSID
        saveLong(t.storageOffset());
        saveIntTuple(t.sizes());
        saveIntTuple(t.stride());
        out.write(t.requiresGrad() ? 0x88 : 0x89);
        emptyOrderedDict();
        out.write('t');
        memoize(new Object());
        out.write('R');
    }

    private void emptyOrderedDict() {
        saveGlobal("collections", "OrderedDict");
        out.write(')');
        out.write('R');
        memoize(new Object());
    }

    private void saveIntTuple(int[] v) {
        if (v.length == 0) {
            out.write(')');
            return;
        }
        if (v.length > 3) {
            out.write('(');
        }
        for (int x : v) {
            saveLong(x);
        }
        out.write(switch (v.length) {
            case 1 -> 0x85;
            case 2 -> 0x86;
            case 3 -> 0x87;
            default -> 't';
        });
        memoize(new Object());
    }

    private void int32(int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
        out.write((v >>> 16) & 0xFF);
        out.write((v >>> 24) & 0xFF);
    }
}
