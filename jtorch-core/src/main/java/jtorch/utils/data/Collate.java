package jtorch.utils.data;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Batch collation: PyTorch's {@code torch.utils.data.default_collate}.
 */
public final class Collate {
    private Collate() {
    }

    /**
     * Merges a list of samples into a batch, recursively, as PyTorch's
     * {@code default_collate(batch)}:
     * <ul>
     *   <li>{@link Tensor}s are stacked along a new first dimension ({@code torch.stack(batch, 0)});</li>
     *   <li>{@code Double} (Python's float) becomes a float64 tensor, {@code Float} a float32 tensor
     *       (its own type kept, as for NumPy scalars), {@code Integer}, {@code Long}, {@code Short}
     *       and {@code Byte} (Python's int) an int64 tensor, {@code Boolean} a bool tensor;</li>
     *   <li>primitive arrays ({@code float[]}, {@code double[]}, {@code long[]}, {@code int[]}, ...),
     *       like NumPy arrays, become tensors of their own type and are stacked;</li>
     *   <li>strings stay a list of strings;</li>
     *   <li>a {@link Map} becomes a map (the first sample's key order) of collated values;</li>
     *   <li>a record (like a named tuple) becomes the same record type built from its collated
     *       components, so a list of {@link Example}{@code (image, label)} becomes one
     *       {@code Example(batch tensor, label tensor)}; the record's component types must accept
     *       the collated values (declare them as type parameters, {@code Tensor} or {@code Object});</li>
     *   <li>a {@link List} (a tuple or list in Python) becomes a list of collated positions; all
     *       samples must have the same length.</li>
     * </ul>
     *
     * @throws IllegalArgumentException with PyTorch's messages for unsupported element types and
     *                                  lists of unequal sizes
     */
    public static Object defaultCollate(List<?> batch) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("default_collate: the batch is empty");
        }
        Object elem = batch.get(0);
        if (elem == null) {
            throw new IllegalArgumentException("default_collate: batch must contain tensors, numpy arrays, numbers, "
                    + "dicts or lists; found null");
        }
        if (elem instanceof Tensor) {
            List<Tensor> ts = new ArrayList<>(batch.size());
            for (Object o : batch) {
                ts.add(as(Tensor.class, o));
            }
            return Torch.stack(ts, 0);
        }
        if (elem instanceof Double || elem instanceof Float) {
            double[] v = new double[batch.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = as(Number.class, batch.get(i)).doubleValue();
            }
            Tensor t = Torch.fromArray(v, v.length);
            return elem instanceof Float ? t.to(DType.FLOAT32) : t;
        }
        if (elem instanceof Integer || elem instanceof Long || elem instanceof Short || elem instanceof Byte) {
            long[] v = new long[batch.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = as(Number.class, batch.get(i)).longValue();
            }
            return Torch.fromArray(v, v.length);
        }
        if (elem instanceof Boolean) {
            boolean[] v = new boolean[batch.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = as(Boolean.class, batch.get(i));
            }
            return Torch.fromArray(v, v.length);
        }
        if (elem instanceof CharSequence) {
            return List.copyOf(batch);
        }
        if (elem.getClass().isArray() && elem.getClass().getComponentType().isPrimitive()) {
            List<Tensor> ts = new ArrayList<>(batch.size());
            for (Object o : batch) {
                ts.add(arrayTensor(o));
            }
            return Torch.stack(ts, 0);
        }
        if (elem instanceof Map<?, ?> first) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object key : first.keySet()) {
                List<Object> column = new ArrayList<>(batch.size());
                for (Object o : batch) {
                    Map<?, ?> m = as(Map.class, o);
                    if (!m.containsKey(key)) {
                        throw new IllegalArgumentException("default_collate: KeyError: " + key
                                + " (a sample lacks a key of the first sample)");
                    }
                    column.add(m.get(key));
                }
                out.put(key, defaultCollate(column));
            }
            return out;
        }
        if (elem instanceof Record) {
            return collateRecord(batch, elem.getClass());
        }
        if (elem instanceof List<?> first) {
            int size = first.size();
            for (Object o : batch) {
                if (as(List.class, o).size() != size) {
                    throw new IllegalArgumentException("each element in list of batch should be of equal size");
                }
            }
            List<Object> out = new ArrayList<>(size);
            for (int p = 0; p < size; p++) {
                List<Object> column = new ArrayList<>(batch.size());
                for (Object o : batch) {
                    column.add(((List<?>) o).get(p));
                }
                out.add(defaultCollate(column));
            }
            return out;
        }
        throw unsupported(elem);
    }

    private static Object collateRecord(List<?> batch, Class<?> type) {
        RecordComponent[] comps = type.getRecordComponents();
        Object[] values = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int c = 0; c < comps.length; c++) {
            types[c] = comps[c].getType();
            List<Object> column = new ArrayList<>(batch.size());
            for (Object o : batch) {
                if (o == null || o.getClass() != type) {
                    throw new IllegalArgumentException("default_collate: expected every sample to be a "
                            + type.getName() + ", found " + (o == null ? "null" : o.getClass().getName()));
                }
                try {
                    comps[c].getAccessor().setAccessible(true);
                    column.add(comps[c].getAccessor().invoke(o));
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    throw new IllegalArgumentException("default_collate: cannot read component '"
                            + comps[c].getName() + "' of " + type.getName(), e);
                }
            }
            values[c] = defaultCollate(column);
            if (types[c].isPrimitive() || !types[c].isInstance(values[c])) {
                throw new IllegalArgumentException("default_collate: cannot rebuild record " + type.getName()
                        + ": component '" + comps[c].getName() + "' of type " + types[c].getName()
                        + " cannot hold the collated " + values[c].getClass().getSimpleName()
                        + "; declare it as a type parameter, Tensor or Object (e.g. use Example), or pass a collateFn");
            }
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("default_collate: cannot rebuild record " + type.getName()
                    + " from its collated components", e);
        }
    }

    private static Tensor arrayTensor(Object a) {
        return switch (a) {
            case float[] f -> Torch.fromArray(f.clone(), f.length);
            case double[] d -> Torch.fromArray(d.clone(), d.length);
            case long[] l -> Torch.fromArray(l.clone(), l.length);
            case int[] i -> Torch.fromArray(i.clone(), i.length);
            case boolean[] b -> Torch.fromArray(b.clone(), b.length);
            case byte[] b -> Torch.fromArray(b.clone(), b.length);
            default -> throw unsupported(a);
        };
    }

    private static <X> X as(Class<X> type, Object o) {
        if (!type.isInstance(o)) {
            throw new IllegalArgumentException("default_collate: expected every sample to be a " + type.getSimpleName()
                    + " like the first one, found " + (o == null ? "null" : o.getClass().getName()));
        }
        return type.cast(o);
    }

    private static IllegalArgumentException unsupported(Object elem) {
        return new IllegalArgumentException("default_collate: batch must contain tensors, numpy arrays, numbers, "
                + "dicts or lists; found " + elem.getClass().getName());
    }
}
