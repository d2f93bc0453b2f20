package jtorch.serialization;

import java.util.Optional;
import jtorch.Device;

/**
 * The keyword arguments of {@code torch.load(f, map_location=None, mmap=None)} that jtorch supports. Create with
 * {@link Serialization#loadOptions()}; setters return this options object.
 */
public final class LoadOptions {
    private Optional<Device> mapLocation = Optional.empty();
    private boolean mmap;
    // set by Serialization.loadStateDict: storages load as shapes only, with where their data lies
    private DeferredData deferred;

    LoadOptions() {
    }

    /**
     * Where storages go ({@code map_location}): {@code "cpu"}, or {@code "meta"} for shapes, dtypes and strides
     * without reading any tensor data. Without it, storages saved on a CUDA device fail to load, as in a PyTorch
     * build without CUDA.
     */
    public LoadOptions mapLocation(String device) {
        return mapLocation(Device.of(device));
    }

    /** {@link #mapLocation(String)} given a {@link Device}. */
    public LoadOptions mapLocation(Device device) {
        device.placement(); // CUDA fails here, as on a PyTorch build without CUDA
        this.mapLocation = Optional.of(device);
        return this;
    }

    /**
     * Read tensor data through memory mappings of the file ({@code mmap=True}, PyTorch 2.1) instead of buffered
     * reads; either way the data goes straight into the tensors' storage without a second copy in the heap.
     */
    public LoadOptions mmap(boolean mmap) {
        this.mmap = mmap;
        return this;
    }

    /** The map location, if one was given. */
    public Optional<Device> mapLocation() {
        return mapLocation;
    }

    /** Whether tensor data is read through memory mappings. */
    public boolean mmap() {
        return mmap;
    }

    boolean meta() {
        return mapLocation.isPresent() && mapLocation.get().placement() == Device.META;
    }

    /** Whether storages are made without data: on the meta device, or deferred for {@link DeferredData}. */
    boolean shapesOnly() {
        return meta() || deferred != null;
    }

    LoadOptions deferTo(DeferredData data) {
        LoadOptions o = new LoadOptions();
        o.mapLocation = mapLocation;
        o.mmap = mmap;
        o.deferred = data;
        return o;
    }

    /** Makes a storage without data (see {@link #shapesOnly()}), recording its region when deferring. */
    jtorch.Storage shapeOnly(jtorch.DType dtype, int numel, DeferredData.Region region) {
        jtorch.Storage s = jtorch.Storage.meta(dtype, numel);
        defer(s, region);
        return s;
    }

    /** Records where the data of {@code meta} lies when deferring. */
    void defer(jtorch.Storage meta, DeferredData.Region region) {
        if (deferred != null) {
            deferred.put(meta, region);
        }
    }

    /** PyTorch's checks on the location a storage was saved from. */
    void checkLocation(String location) {
        if (mapLocation.isPresent() || location.equals("cpu") || location.startsWith("cpu:")) {
            return;
        }
        if (location.startsWith("cuda")) {
            throw new CheckpointException("Attempting to deserialize object on a CUDA device but"
                    + " torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use"
                    + " torch.load with map_location=torch.device('cpu') to map your storages to the CPU.");
        }
        throw new CheckpointException("don't know how to restore data location of a storage (tagged with "
                + location + ")");
    }
}
