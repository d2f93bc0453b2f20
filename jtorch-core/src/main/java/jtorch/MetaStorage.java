package jtorch;

/** {@link Storage} on the meta device: a size and dtype, no elements. */
final class MetaStorage extends Storage {
    MetaStorage(DType dtype, int size) {
        super(dtype, size);
    }

    @Override
    void reallocate(int size) {
        // no elements to move: the new size is all a meta storage keeps
    }

    @Override
    public Device device() {
        return Device.META;
    }

    @Override
    public Object data() {
        throw noData();
    }

    @Override
    public double getDouble(int i) {
        throw noData();
    }

    @Override
    public long getLong(int i) {
        throw noData();
    }

    @Override
    public void setDouble(int i, double v) {
        throw noData();
    }

    @Override
    public void setLong(int i, long v) {
        throw noData();
    }

    @Override
    public void fill(int from, int to, double v) {
        throw noData();
    }

    private static IllegalStateException noData() {
        return new IllegalStateException("Cannot access data of a tensor on the meta device");
    }
}
