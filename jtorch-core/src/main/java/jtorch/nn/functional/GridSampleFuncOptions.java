package jtorch.nn.functional;

/**
 * The keyword arguments of {@code F.grid_sample} after the input and the grid: {@code mode='bilinear'}
 * ({@code 'nearest'}, {@code 'bicubic'}), {@code padding_mode='zeros'} ({@code 'border'}, {@code 'reflection'})
 * and {@code align_corners=None} (false, with PyTorch's warning when left unset).
 */
public final class GridSampleFuncOptions {
    String mode = "bilinear";
    String paddingMode = "zeros";
    Boolean alignCorners;

    GridSampleFuncOptions() {
    }

    /** PyTorch: {@code mode=}: {@code "bilinear"}, {@code "nearest"} or {@code "bicubic"} (4-D input only). */
    public GridSampleFuncOptions mode(String mode) {
        this.mode = mode;
        return this;
    }

    /** PyTorch: {@code padding_mode=}: {@code "zeros"}, {@code "border"} or {@code "reflection"}. */
    public GridSampleFuncOptions paddingMode(String paddingMode) {
        this.paddingMode = paddingMode;
        return this;
    }

    /** PyTorch: {@code align_corners=}: -1 and 1 are the centres (true) or the outer edges (false) of the corner pixels. */
    public GridSampleFuncOptions alignCorners(boolean alignCorners) {
        this.alignCorners = alignCorners;
        return this;
    }
}
