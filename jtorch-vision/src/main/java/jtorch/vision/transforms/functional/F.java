package jtorch.vision.transforms.functional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Storage;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.vision.io.Image;
import jtorch.vision.io.ImageMode;
import jtorch.vision.transforms.InterpolationMode;

/**
 * The functional transforms: deterministic image operations with explicit parameters, what the transform
 * classes call after drawing their random parameters. torchvision: {@code torchvision.transforms.functional}
 * (usually imported as {@code F}), version 0.14, tensor backend ({@code functional_tensor}).
 *
 * <p>Images are tensors {@code [..., C, H, W]} of dtype uint8 (values 0..255) or floating point (values 0..1);
 * leading dimensions are a batch. As in torchvision, integer images are resampled in float32 and rounded back
 * (half to even), colour operations on uint8 compute in float32 and truncate. {@link Image}s enter through
 * {@link #toTensor(Image)} / {@link #pilToTensor(Image)} and leave through {@link #toPilImage(Tensor)}; the
 * transform classes run every image through these tensor functions (so an image is processed as torchvision
 * processes the tensor {@code pil_to_tensor(img)}, not as its PIL backend would: e.g. PIL always antialiases
 * when resizing).
 *
 * <p>Geometric resampling (rotate, affine, perspective, elastic, antialiased resize) runs in float32, also for
 * float64 images.
 */
public final class F {
    private F() {
    }

    // ------------------------------------------------------------------ conversions

    /**
     * An image as a float tensor {@code [C, H, W]} in [0, 1] (the default dtype): the pixels divided by 255.
     * torchvision: {@code F.to_tensor(pic)}.
     */
    public static Tensor toTensor(Image pic) {
        Tensor u8 = pic.toTensor();
        return Torch.getDefaultDtype() == DType.FLOAT32 ? unitFloats(u8) : u8.to(Torch.getDefaultDtype()).div(255);
    }

    /** A uint8 image as float32 in [0, 1] in one pass: the quotients of {@code to(float32).div(255)}. */
    private static Tensor unitFloats(Tensor u8) {
        Tensor c = u8.contiguous();
        byte[] b = (byte[]) c.storage().data();
        int off = c.storageOffset();
        float[] f = new float[c.numel()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (b[off + i] & 0xFF) / 255f;
        }
        return new Tensor(Storage.wrap(DType.FLOAT32, f), c.sizes(), c.stride(), 0);
    }

    /** An image as a uint8 tensor {@code [C, H, W]}, unscaled. torchvision: {@code F.pil_to_tensor(pic)}. */
    public static Tensor pilToTensor(Image pic) {
        return pic.toTensor();
    }

    /**
     * A tensor {@code [C, H, W]} or {@code [H, W]} (C = 1, 3 or 4) as an image of mode L, RGB or RGBA; a floating
     * tensor is scaled by 255 and truncated to uint8 first ({@code pic.mul(255).byte()}).
     * torchvision: {@code F.to_pil_image(pic)}.
     *
     * @throws IllegalArgumentException for other ranks or channel counts, as torchvision's ValueError
     */
    public static Image toPilImage(Tensor pic) {
        if (pic.dim() != 2 && pic.dim() != 3) {
            throw new IllegalArgumentException("pic should be 2/3 dimensional. Got " + pic.dim() + " dimensions.");
        }
        Tensor p = pic.dim() == 2 ? pic.unsqueeze(0) : pic;
        if (p.size(0) > 4) {
            throw new IllegalArgumentException("pic should not have > 4 channels. Got " + p.size(0) + " channels.");
        }
        if (p.size(0) == 2) {
            throw new IllegalArgumentException("Only modes [LA] are supported for 2D inputs; jtorch's Image has no LA mode");
        }
        if (p.isFloatingPoint()) {
            p = p.mul(255).to(DType.UINT8);
        } else if (p.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("Input type " + p.dtype() + " is not supported");
        }
        return Image.fromTensor(p);
    }

    /** {@link #toPilImage(Tensor)} checking the mode as torchvision's {@code F.to_pil_image(pic, mode)}. */
    public static Image toPilImage(Tensor pic, ImageMode mode) {
        Image img = toPilImage(pic);
        if (img.mode() != mode) {
            throw new IllegalArgumentException("Incorrect mode (" + mode + ") supplied for input with "
                    + img.mode().channels() + " channels. Should be " + img.mode());
        }
        return img;
    }

    /**
     * Converts an image to {@code dtype}, rescaling values: integer to float divides by the integer maximum,
     * float to integer multiplies by {@code max + 1 - 0.001} and truncates, integer to integer shifts by the
     * ratio of the ranges. torchvision: {@code F.convert_image_dtype(image, dtype)}.
     *
     * @throws IllegalArgumentException for the unsafe casts float32 to int32/int64 and float64 to int64
     */
    public static Tensor convertImageDtype(Tensor image, DType dtype) {
        if (image.dtype() == dtype) {
            return image;
        }
        if (image.isFloatingPoint()) {
            if (isFloat(dtype)) {
                return image.to(dtype);
            }
            if ((image.dtype() == DType.FLOAT32 && (dtype == DType.INT32 || dtype == DType.INT64))
                    || (image.dtype() == DType.FLOAT64 && dtype == DType.INT64)) {
                throw new IllegalArgumentException("The cast from " + torchName(image.dtype()) + " to " + torchName(dtype)
                        + " cannot be performed safely.");
            }
            double maxVal = maxValue(dtype);
            return image.mul(maxVal + 1.0 - 1e-3).to(dtype);
        }
        double inputMax = maxValue(image.dtype());
        if (image.dtype() == DType.UINT8 && dtype == DType.FLOAT32) {
            return unitFloats(image);
        }
        if (isFloat(dtype)) {
            return image.to(dtype).div(inputMax);
        }
        double outputMax = maxValue(dtype);
        if (inputMax > outputMax) {
            long factor = (long) Math.floor((inputMax + 1) / (outputMax + 1));
            return image.div(factor, "floor").to(dtype);
        }
        long factor = (long) Math.floor((outputMax + 1) / (inputMax + 1));
        return image.to(dtype).mul(factor);
    }

    // ------------------------------------------------------------------ sizes, flips, crops, padding

    /** {@code [channels, height, width]}. torchvision: {@code F.get_dimensions(img)}. */
    public static int[] getDimensions(Tensor img) {
        assertImage(img);
        int n = img.dim();
        return new int[] {n == 2 ? 1 : img.size(n - 3), img.size(n - 2), img.size(n - 1)};
    }

    /** Mirrors left to right. torchvision: {@code F.hflip(img)}. */
    public static Tensor hflip(Tensor img) {
        assertImage(img);
        return flip(img, img.dim() - 1);
    }

    /** Mirrors top to bottom. torchvision: {@code F.vflip(img)}. */
    public static Tensor vflip(Tensor img) {
        assertImage(img);
        return flip(img, img.dim() - 2);
    }

    private static Tensor flip(Tensor img, int dim) {
        int n = img.size(dim);
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) {
            idx[i] = n - 1 - i;
        }
        return img.indexSelect(dim, Torch.fromArray(idx, n));
    }

    /**
     * The region {@code [top, top + height) x [left, left + width)}; parts outside the image are zero-padded.
     * torchvision: {@code F.crop(img, top, left, height, width)}.
     */
    public static Tensor crop(Tensor img, int top, int left, int height, int width) {
        int[] d = getDimensions(img);
        int h = d[1];
        int w = d[2];
        int right = left + width;
        int bottom = top + height;
        int hd = img.dim() - 2;
        int wd = img.dim() - 1;
        if (left < 0 || top < 0 || right > w || bottom > h) {
            int[] ltrb = {Math.max(-left + Math.min(0, right), 0), Math.max(-top + Math.min(0, bottom), 0),
                Math.max(right - Math.max(w, left), 0), Math.max(bottom - Math.max(h, top), 0)};
            Tensor inner = slice(img, hd, Math.max(top, 0), bottom);
            inner = slice(inner, wd, Math.max(left, 0), right);
            return pad(inner, ltrb, 0, "constant");
        }
        return img.narrow(hd, top, height).narrow(wd, left, width);
    }

    /** Python's {@code x[start:end]} on one dimension (clamped bounds, possibly empty). */
    private static Tensor slice(Tensor x, int dim, int start, int end) {
        int n = x.size(dim);
        int s = Math.min(Math.max(start, 0), n);
        int e = Math.min(Math.max(end, 0), n);
        return x.narrow(dim, s, Math.max(e - s, 0));
    }

    /** A centred square crop. torchvision: {@code F.center_crop(img, output_size)}. */
    public static Tensor centerCrop(Tensor img, int size) {
        return centerCrop(img, new int[] {size, size});
    }

    /**
     * The centred {@code (h, w)} crop, zero-padding first where the image is smaller.
     * torchvision: {@code F.center_crop(img, output_size)}.
     */
    public static Tensor centerCrop(Tensor img, int[] outputSize) {
        int[] s = outputSize.length == 1 ? new int[] {outputSize[0], outputSize[0]} : outputSize;
        int[] d = getDimensions(img);
        int ih = d[1];
        int iw = d[2];
        int ch = s[0];
        int cw = s[1];
        if (cw > iw || ch > ih) {
            int[] ltrb = {cw > iw ? (cw - iw) / 2 : 0, ch > ih ? (ch - ih) / 2 : 0,
                cw > iw ? (cw - iw + 1) / 2 : 0, ch > ih ? (ch - ih + 1) / 2 : 0};
            img = pad(img, ltrb, 0, "constant");
            d = getDimensions(img);
            ih = d[1];
            iw = d[2];
            if (cw == iw && ch == ih) {
                return img;
            }
        }
        int top = (int) Math.rint((ih - ch) / 2.0);
        int left = (int) Math.rint((iw - cw) / 2.0);
        return crop(img, top, left, ch, cw);
    }

    /**
     * The four corner crops and the centre crop {@code (tl, tr, bl, br, center)}.
     * torchvision: {@code F.five_crop(img, size)}.
     *
     * @throws IllegalArgumentException if the crop is larger than the image
     */
    public static List<Tensor> fiveCrop(Tensor img, int[] size) {
        int[] s = size.length == 1 ? new int[] {size[0], size[0]} : size;
        if (s.length != 2) {
            throw new IllegalArgumentException("Please provide only two dimensions (h, w) for size.");
        }
        int[] d = getDimensions(img);
        int ih = d[1];
        int iw = d[2];
        int ch = s[0];
        int cw = s[1];
        if (cw > iw || ch > ih) {
            throw new IllegalArgumentException("Requested crop size (" + ch + ", " + cw + ") is bigger than input size ("
                    + ih + ", " + iw + ")");
        }
        return List.of(crop(img, 0, 0, ch, cw), crop(img, 0, iw - cw, ch, cw), crop(img, ih - ch, 0, ch, cw),
                crop(img, ih - ch, iw - cw, ch, cw), centerCrop(img, new int[] {ch, cw}));
    }

    /**
     * The five crops of the image and the five of its flipped copy (horizontal, or vertical with
     * {@code verticalFlip}). torchvision: {@code F.ten_crop(img, size, vertical_flip)}.
     */
    public static List<Tensor> tenCrop(Tensor img, int[] size, boolean verticalFlip) {
        List<Tensor> out = new ArrayList<>(fiveCrop(img, size));
        out.addAll(fiveCrop(verticalFlip ? vflip(img) : hflip(img), size));
        return List.copyOf(out);
    }

    /** Constant zero padding on all four sides. torchvision: {@code F.pad(img, padding)}. */
    public static Tensor pad(Tensor img, int padding) {
        return pad(img, new int[] {padding}, 0, "constant");
    }

    /**
     * Pads the image. {@code padding}: one value for all sides, two for (left/right, top/bottom) or four for
     * (left, top, right, bottom); negative values crop. {@code paddingMode}: "constant" (with {@code fill}),
     * "edge", "reflect" (mirror without the edge pixel) or "symmetric" (mirror with it).
     * torchvision: {@code F.pad(img, padding, fill, padding_mode)}.
     */
    public static Tensor pad(Tensor img, int[] padding, double fill, String paddingMode) {
        assertImage(img);
        if (padding.length != 1 && padding.length != 2 && padding.length != 4) {
            throw new IllegalArgumentException("Padding must be an int or a 1, 2, or 4 element tuple, not a "
                    + padding.length + " element tuple");
        }
        if (!List.of("constant", "edge", "reflect", "symmetric").contains(paddingMode)) {
            throw new IllegalArgumentException("Padding mode should be either constant, edge, reflect or symmetric");
        }
        int[] p = switch (padding.length) {
            case 1 -> new int[] {padding[0], padding[0], padding[0], padding[0]};
            case 2 -> new int[] {padding[0], padding[0], padding[1], padding[1]};
            default -> new int[] {padding[0], padding[2], padding[1], padding[3]};
        }; // left, right, top, bottom
        if (paddingMode.equals("symmetric")) {
            return padSymmetric(img, p);
        }
        String mode = paddingMode.equals("edge") ? "replicate" : paddingMode;
        boolean squeeze = img.dim() < 4;
        Tensor x = squeeze ? img.unsqueeze(0) : img;
        DType out = x.dtype();
        boolean cast = !mode.equals("constant") && out != DType.FLOAT32 && out != DType.FLOAT64;
        if (cast) {
            x = x.to(DType.FLOAT32);
        }
        x = mode.equals("constant") ? jtorch.nn.functional.F.pad(x, p, "constant", fill)
                : jtorch.nn.functional.F.pad(x, p, mode);
        if (squeeze) {
            x = x.squeeze(0);
        }
        return cast ? x.to(out) : x;
    }

    private static Tensor padSymmetric(Tensor img, int[] p) {
        if (p[0] < 0 || p[1] < 0 || p[2] < 0 || p[3] < 0) {
            int hd = img.dim() - 2;
            int wd = img.dim() - 1;
            int cl = -Math.min(p[0], 0);
            int cr = -Math.min(p[1], 0);
            int ct = -Math.min(p[2], 0);
            int cb = -Math.min(p[3], 0);
            img = slice(img, hd, ct, img.size(hd) - cb);
            img = slice(img, wd, cl, img.size(wd) - cr);
            p = new int[] {Math.max(p[0], 0), Math.max(p[1], 0), Math.max(p[2], 0), Math.max(p[3], 0)};
        }
        if (img.dim() != 3 && img.dim() != 4) {
            throw new IllegalStateException("Symmetric padding of N-D tensors are not supported yet");
        }
        int hd = img.dim() - 2;
        int wd = img.dim() - 1;
        Tensor x = img.indexSelect(wd, symmetricIndex(img.size(wd), p[0], p[1]));
        return x.indexSelect(hd, symmetricIndex(img.size(hd), p[2], p[3]));
    }

    /** torchvision's index list {@code [before-1 .. 0] + [0 .. n-1] + [-1 .. -after]} with Python's negative indices. */
    private static Tensor symmetricIndex(int n, int before, int after) {
        long[] idx = new long[before + n + after];
        int k = 0;
        for (int i = before - 1; i >= 0; i--) {
            idx[k++] = pyIndex(i, n);
        }
        for (int i = 0; i < n; i++) {
            idx[k++] = i;
        }
        for (int i = 0; i < after; i++) {
            idx[k++] = pyIndex(-(i + 1), n);
        }
        return Torch.fromArray(idx, idx.length);
    }

    private static long pyIndex(int i, int n) {
        int j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            throw new IndexOutOfBoundsException("index " + i + " is out of bounds for dimension with size " + n);
        }
        return j;
    }

    // ------------------------------------------------------------------ resizing

    /**
     * torchvision's {@code _compute_resized_output_size}: {@code size} of length 1 is the smaller edge (the
     * longer scaled by the aspect ratio and truncated, then both capped by {@code maxSize}), of length 2 is
     * {@code (h, w)}. {@code maxSize} may be null.
     */
    public static int[] computeResizedOutputSize(int imageHeight, int imageWidth, int[] size, Integer maxSize) {
        if (size.length == 1) {
            int h = imageHeight;
            int w = imageWidth;
            int shortSide = w <= h ? w : h;
            int longSide = w <= h ? h : w;
            int requested = size[0];
            int newShort = requested;
            int newLong = (int) ((double) requested * longSide / shortSide);
            if (maxSize != null) {
                if (maxSize <= requested) {
                    throw new IllegalArgumentException("max_size = " + maxSize + " must be strictly greater than the "
                            + "requested size for the smaller edge size = " + Arrays.toString(size));
                }
                if (newLong > maxSize) {
                    newShort = (int) ((double) maxSize * newShort / newLong);
                    newLong = maxSize;
                }
            }
            return w <= h ? new int[] {newLong, newShort} : new int[] {newShort, newLong};
        }
        return new int[] {size[0], size[1]};
    }

    /** Bilinear resize of the smaller edge to {@code size}. torchvision: {@code F.resize(img, size)}. */
    public static Tensor resize(Tensor img, int size) {
        return resize(img, new int[] {size}, InterpolationMode.BILINEAR, null, false);
    }

    /** Bilinear resize to {@code (h, w)} or of the smaller edge ({@code size.length == 1}). torchvision: {@code F.resize}. */
    public static Tensor resize(Tensor img, int[] size) {
        return resize(img, size, InterpolationMode.BILINEAR, null, false);
    }

    /**
     * Resizes to {@code size} ({@code (h, w)}, or one value for the smaller edge, keeping the aspect ratio,
     * with the longer edge capped by {@code maxSize}, which may be null). Integer images are interpolated in
     * float32, clamped to [0, 255] after bicubic, rounded half to even. {@code antialias} (bilinear and bicubic
     * only) widens the filter when downscaling, as torch's {@code interpolate(antialias=True)}; torchvision
     * 0.14's default {@code antialias=None} is false for tensors. torchvision:
     * {@code F.resize(img, size, interpolation, max_size, antialias)}.
     */
    public static Tensor resize(Tensor img, int[] size, InterpolationMode interpolation, Integer maxSize,
                                boolean antialias) {
        if (size.length != 1 && size.length != 2) {
            throw new IllegalArgumentException("Size must be an int or a 1 or 2 element tuple/list, not a " + size.length
                    + " element tuple/list");
        }
        if (maxSize != null && size.length != 1) {
            throw new IllegalArgumentException("max_size should only be passed if size specifies the length of the "
                    + "smaller edge, i.e. size should be an int or a sequence of length 1 in torchscript mode.");
        }
        int[] d = getDimensions(img);
        int[] out = computeResizedOutputSize(d[1], d[2], size, maxSize);
        if (out[0] == d[1] && out[1] == d[2]) {
            return img;
        }
        if (antialias && interpolation != InterpolationMode.BILINEAR && interpolation != InterpolationMode.BICUBIC) {
            throw new IllegalArgumentException("Antialias option is supported for bilinear and bicubic interpolation modes only");
        }
        boolean squeeze = img.dim() < 4;
        Tensor x = squeeze ? img.unsqueeze(0) : img;
        DType outType = x.dtype();
        boolean cast = outType != DType.FLOAT32 && outType != DType.FLOAT64;
        if (antialias) {
            int[] shape = x.sizes();
            int planes = x.numel() / (d[1] * d[2]);
            boolean cubic = interpolation == InterpolationMode.BICUBIC;
            float[] r = Kernels.resizeAntialias(floats(x), planes, d[1], d[2], out[0], out[1], cubic);
            int[] os = squeeze ? img.sizes().clone() : shape.clone();
            os[os.length - 2] = out[0];
            os[os.length - 1] = out[1];
            if (outType == DType.UINT8) { // castOut's clamp (bicubic), round half to even and cast in one pass
                byte[] b = new byte[r.length];
                for (int i = 0; i < r.length; i++) {
                    float v = cubic ? Math.min(Math.max(r[i], 0f), 255f) : r[i];
                    b[i] = (byte) (int) Math.rint(v);
                }
                return u8(b, os);
            }
            int[] full = shape.clone();
            full[full.length - 2] = out[0];
            full[full.length - 1] = out[1];
            x = Torch.fromArray(r, full);
            x = cast ? x : x.to(outType);
        } else {
            if (cast) {
                x = x.to(DType.FLOAT32);
            }
            Tensor flat = x.dim() == 4 ? x : x.reshape(-1, d[0], d[1], d[2]);
            boolean align = interpolation == InterpolationMode.BILINEAR || interpolation == InterpolationMode.BICUBIC;
            var o = jtorch.nn.functional.F.interpolateOptions().size(out).mode(interpolation.value());
            Tensor y = jtorch.nn.functional.F.interpolate(flat, align ? o.alignCorners(false) : o);
            int[] os = x.sizes().clone();
            os[os.length - 2] = out[0];
            os[os.length - 1] = out[1];
            x = y.reshape(os);
        }
        if (interpolation == InterpolationMode.BICUBIC && outType == DType.UINT8) {
            x = x.clamp(0.0, 255.0);
        }
        if (squeeze) {
            x = x.squeeze(0);
        }
        return castOut(x, cast, outType);
    }

    /** {@link #crop} then {@link #resize}. torchvision: {@code F.resized_crop(img, top, left, height, width, size, interpolation, antialias)}. */
    public static Tensor resizedCrop(Tensor img, int top, int left, int height, int width, int[] size,
                                     InterpolationMode interpolation, boolean antialias) {
        return resize(crop(img, top, left, height, width), size, interpolation, null, antialias);
    }

    // ------------------------------------------------------------------ warps

    /**
     * torchvision's {@code _get_inverse_affine_matrix(center, angle, translate, scale, shear, inverted=True)}:
     * the 2x3 matrix (row-major) mapping output to input coordinates of
     * {@code T * C * R * S * Sh * C^-1} (angles in degrees, clockwise rotation).
     */
    public static double[] inverseAffineMatrix(double[] center, double angle, double[] translate, double scale,
                                               double[] shear) {
        double rot = Math.toRadians(angle);
        double sx = Math.toRadians(shear[0]);
        double sy = Math.toRadians(shear[1]);
        double cx = center[0];
        double cy = center[1];
        double tx = translate[0];
        double ty = translate[1];
        double a = Math.cos(rot - sy) / Math.cos(sy);
        double b = -Math.cos(rot - sy) * Math.tan(sx) / Math.cos(sy) - Math.sin(rot);
        double c = Math.sin(rot - sy) / Math.cos(sy);
        double d = -Math.sin(rot - sy) * Math.tan(sx) / Math.cos(sy) + Math.cos(rot);
        double[] m = {d / scale, -b / scale, 0.0 / scale, -c / scale, a / scale, 0.0 / scale};
        m[2] += m[0] * (-cx - tx) + m[1] * (-cy - ty);
        m[5] += m[3] * (-cx - tx) + m[4] * (-cy - ty);
        m[2] += cx;
        m[5] += cy;
        return m;
    }

    /** Rotation by {@code angle} degrees counter-clockwise about the centre, nearest neighbour. torchvision: {@code F.rotate(img, angle)}. */
    public static Tensor rotate(Tensor img, double angle) {
        return rotate(img, angle, InterpolationMode.NEAREST, false, null, null);
    }

    /**
     * Rotates by {@code angle} degrees counter-clockwise about {@code center} ({@code (x, y)} pixel coordinates,
     * null for the image centre); {@code expand} enlarges the output to hold the whole rotated image; pixels
     * outside the input get {@code fill} (one value or one per channel; null leaves torchvision's zeros without
     * the mask blending). NEAREST or BILINEAR. torchvision:
     * {@code F.rotate(img, angle, interpolation, expand, center, fill)}.
     */
    public static Tensor rotate(Tensor img, double angle, InterpolationMode interpolation, boolean expand, int[] center,
                                double[] fill) {
        checkGridInputs(img, interpolation, fill);
        int[] d = getDimensions(img);
        int h = d[1];
        int w = d[2];
        double[] cf = {0.0, 0.0};
        if (center != null) {
            cf = new double[] {1.0 * (center[0] - w * 0.5), 1.0 * (center[1] - h * 0.5)};
        }
        double[] m = inverseAffineMatrix(cf, -angle, new double[] {0.0, 0.0}, 1.0, new double[] {0.0, 0.0});
        int ow = w;
        int oh = h;
        if (expand) {
            int[] s = affineOutputSize(m, w, h);
            ow = s[0];
            oh = s[1];
        }
        return gridTransform(img, Kernels.affineGrid(m, w, h, ow, oh), oh, ow, interpolation, fill);
    }

    /** torchvision's {@code _compute_affine_output_size} (float32, with its 1e-4 tolerance): {@code (w, h)}. */
    private static int[] affineOutputSize(double[] m, int w, int h) {
        float[][] pts = {{-0.5f * w, -0.5f * h}, {-0.5f * w, 0.5f * h}, {0.5f * w, 0.5f * h}, {0.5f * w, -0.5f * h}};
        float[] t = new float[6];
        for (int i = 0; i < 6; i++) {
            t[i] = (float) m[i];
        }
        float[] min = {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY};
        float[] max = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float[] p : pts) {
            for (int r = 0; r < 2; r++) {
                float v = p[0] * t[3 * r] + p[1] * t[3 * r + 1] + t[3 * r + 2];
                min[r] = Math.min(min[r], v);
                max[r] = Math.max(max[r], v);
            }
        }
        float[] half = {(float) (w * 0.5), (float) (h * 0.5)};
        float tol = 1e-4f;
        int[] size = new int[2];
        for (int r = 0; r < 2; r++) {
            float mx = max[r] + half[r];
            float mn = min[r] + half[r];
            float cmax = (float) Math.ceil((float) truncate(mx / tol) * tol);
            float cmin = (float) Math.floor((float) truncate(mn / tol) * tol);
            size[r] = (int) (cmax - cmin);
        }
        return size;
    }

    private static float truncate(float v) {
        return v < 0 ? (float) Math.ceil(v) : (float) Math.floor(v);
    }

    /**
     * Affine warp keeping the image centre (or {@code center}) fixed: rotation by {@code angle} degrees
     * clockwise, translation {@code (tx, ty)} in pixels, {@code scale}, shear {@code (sx, sy)} in degrees.
     * torchvision: {@code F.affine(img, angle, translate, scale, shear, interpolation, fill, center)};
     * {@code fill} and {@code center} may be null.
     */
    public static Tensor affine(Tensor img, double angle, int[] translate, double scale, double[] shear,
                                InterpolationMode interpolation, double[] fill, int[] center) {
        if (translate.length != 2) {
            throw new IllegalArgumentException("Argument translate should be a sequence of length 2");
        }
        if (scale <= 0.0) {
            throw new IllegalArgumentException("Argument scale should be positive");
        }
        double[] sh = shear.length == 1 ? new double[] {shear[0], shear[0]} : shear;
        if (sh.length != 2) {
            throw new IllegalArgumentException("Shear should be a sequence containing two values. Got "
                    + Arrays.toString(shear));
        }
        checkGridInputs(img, interpolation, fill);
        int[] d = getDimensions(img);
        double[] cf = {0.0, 0.0};
        if (center != null) {
            cf = new double[] {1.0 * (center[0] - d[2] * 0.5), 1.0 * (center[1] - d[1] * 0.5)};
        }
        double[] m = inverseAffineMatrix(cf, angle, new double[] {translate[0], translate[1]}, scale, sh);
        return gridTransform(img, Kernels.affineGrid(m, d[2], d[1], d[2], d[1]), d[1], d[2], interpolation, fill);
    }

    /** Affine warp with nearest-neighbour sampling and no fill. torchvision: {@code F.affine(img, angle, translate, scale, shear)}. */
    public static Tensor affine(Tensor img, double angle, int[] translate, double scale, double[] shear) {
        return affine(img, angle, translate, scale, shear, InterpolationMode.NEAREST, null, null);
    }

    /**
     * The 8 coefficients of the perspective transform mapping {@code endpoints} to {@code startpoints}
     * (four {@code (x, y)} corners each). torchvision: {@code F._get_perspective_coeffs}.
     */
    public static double[] perspectiveCoeffs(int[][] startpoints, int[][] endpoints) {
        double[][] a = new double[8][];
        double[] b = new double[8];
        for (int i = 0; i < 4; i++) {
            int[] p1 = endpoints[i];
            int[] p2 = startpoints[i];
            a[2 * i] = new double[] {p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]};
            a[2 * i + 1] = new double[] {0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]};
            b[2 * i] = p2[0];
            b[2 * i + 1] = p2[1];
        }
        double[] x = Kernels.solve(a, b);
        for (int i = 0; i < 8; i++) {
            x[i] = (float) x[i];
        }
        return x;
    }

    /**
     * Perspective warp taking the four {@code startpoints} corners to {@code endpoints} ({@code [[x, y] x 4]},
     * top-left, top-right, bottom-right, bottom-left); {@code fill} may be null. torchvision:
     * {@code F.perspective(img, startpoints, endpoints, interpolation, fill)}.
     */
    public static Tensor perspective(Tensor img, int[][] startpoints, int[][] endpoints, InterpolationMode interpolation,
                                     double[] fill) {
        checkGridInputs(img, interpolation, fill);
        double[] k = perspectiveCoeffs(startpoints, endpoints);
        int[] d = getDimensions(img);
        return gridTransform(img, Kernels.perspectiveGrid(k, d[2], d[1]), d[1], d[2], interpolation, fill);
    }

    /**
     * Resamples at the identity grid plus {@code displacement} ({@code [1, H, W, 2]}, in normalised [-1, 1]
     * units); {@code fill} may be null. torchvision: {@code F.elastic_transform(img, displacement, interpolation, fill)}.
     */
    public static Tensor elasticTransform(Tensor img, Tensor displacement, InterpolationMode interpolation,
                                          double[] fill) {
        int[] d = getDimensions(img);
        int h = d[1];
        int w = d[2];
        if (!Arrays.equals(displacement.sizes(), new int[] {1, h, w, 2})) {
            throw new IllegalArgumentException("Argument displacement shape should be (1, " + h + ", " + w
                    + ", 2), but given " + Arrays.toString(displacement.sizes()));
        }
        checkGridInputs(img, interpolation, fill);
        float[] disp = floats(displacement);
        float[] gx = Kernels.linspace((-w + 1) / (double) w, (w - 1) / (double) w, w);
        float[] gy = Kernels.linspace((-h + 1) / (double) h, (h - 1) / (double) h, h);
        float[] grid = new float[h * w * 2];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                int p = (i * w + j) * 2;
                grid[p] = gx[j] + disp[p];
                grid[p + 1] = gy[i] + disp[p + 1];
            }
        }
        return gridTransform(img, grid, h, w, interpolation, fill);
    }

    private static void checkGridInputs(Tensor img, InterpolationMode interpolation, double[] fill) {
        assertImage(img);
        int c = getDimensions(img)[0];
        if (fill != null && fill.length > 1 && fill.length != c) {
            throw new IllegalArgumentException("The number of elements in 'fill' cannot broadcast to match the number "
                    + "of channels of the image (" + fill.length + " != " + c + ")");
        }
        if (interpolation != InterpolationMode.NEAREST && interpolation != InterpolationMode.BILINEAR) {
            throw new IllegalArgumentException("Interpolation mode '" + interpolation.value()
                    + "' is unsupported with Tensor input");
        }
    }

    /** torchvision's {@code _apply_grid_transform}: grid sampling in float32, integer images rounded back. */
    private static Tensor gridTransform(Tensor img, float[] grid, int oh, int ow, InterpolationMode mode, double[] fill) {
        int[] d = getDimensions(img);
        int c = d[0];
        int n = img.numel() / (c * d[1] * d[2]);
        float[] ff = null;
        if (fill != null) {
            ff = new float[fill.length];
            for (int i = 0; i < fill.length; i++) {
                ff[i] = (float) fill[i];
            }
        }
        float[] r = Kernels.gridSample(floats(img), n, c, d[1], d[2], grid, oh, ow, mode == InterpolationMode.NEAREST, ff);
        int[] os = img.sizes().clone();
        os[os.length - 2] = oh;
        os[os.length - 1] = ow;
        return fromFloats(r, os, img.dtype());
    }

    // ------------------------------------------------------------------ blur

    /**
     * Gaussian blur with an odd {@code kernelSize} {@code (kx, ky)} and {@code sigma} {@code (sx, sy)} (null:
     * {@code 0.3 * ((k - 1) * 0.5 - 1) + 0.8}, torchvision's {@code k * 0.15 + 0.35}), reflect-padded so the size is kept.
     * torchvision: {@code F.gaussian_blur(img, kernel_size, sigma)}.
     */
    public static Tensor gaussianBlur(Tensor img, int[] kernelSize, double[] sigma) {
        int[] k = kernelSize.length == 1 ? new int[] {kernelSize[0], kernelSize[0]} : kernelSize;
        if (k.length != 2) {
            throw new IllegalArgumentException("If kernel_size is a sequence its length should be 2. Got " + k.length);
        }
        for (int ks : k) {
            if (ks % 2 == 0 || ks < 0) {
                throw new IllegalArgumentException("kernel_size should have odd and positive integers. Got "
                        + Arrays.toString(k));
            }
        }
        double[] s = sigma == null ? new double[] {k[0] * 0.15 + 0.35, k[1] * 0.15 + 0.35}
                : sigma.length == 1 ? new double[] {sigma[0], sigma[0]} : sigma;
        if (s.length != 2) {
            throw new IllegalArgumentException("If sigma is a sequence, its length should be 2. Got " + s.length);
        }
        for (double v : s) {
            if (v <= 0.0) {
                throw new IllegalArgumentException("sigma should have positive values. Got " + Arrays.toString(s));
            }
        }
        assertImage(img);
        float[] kx = gaussianKernel1d(k[0], s[0]);
        float[] ky = gaussianKernel1d(k[1], s[1]);
        float[] k2 = new float[k[0] * k[1]];
        for (int i = 0; i < k[1]; i++) {
            for (int j = 0; j < k[0]; j++) {
                k2[i * k[0] + j] = ky[i] * kx[j];
            }
        }
        boolean squeeze = img.dim() < 4;
        Tensor x = squeeze ? img.unsqueeze(0) : img;
        DType outType = x.dtype();
        x = x.to(DType.FLOAT32);
        x = jtorch.nn.functional.F.pad(x, new int[] {k[0] / 2, k[0] / 2, k[1] / 2, k[1] / 2}, "reflect");
        int ph = x.size(x.dim() - 2);
        int pw = x.size(x.dim() - 1);
        int planes = x.numel() / (ph * pw);
        float[] r = Kernels.conv2dSame(floats(x), planes, ph, pw, k2, k[1], k[0]);
        int[] os = img.sizes();
        Tensor y = fromFloats(r, os, DType.FLOAT32);
        return castOut(y, outType != DType.FLOAT32, outType);
    }

    private static float[] gaussianKernel1d(int size, double sigma) {
        double half = (size - 1) * 0.5;
        float[] x = Kernels.linspace(-half, half, size);
        float sg = (float) sigma;
        float[] pdf = new float[size];
        float sum = 0f;
        for (int i = 0; i < size; i++) {
            float t = x[i] / sg;
            pdf[i] = (float) Math.exp(-0.5f * (t * t));
        }
        for (float v : pdf) {
            sum += v;
        }
        for (int i = 0; i < size; i++) {
            pdf[i] /= sum;
        }
        return pdf;
    }

    // ------------------------------------------------------------------ colour

    /**
     * Luma {@code 0.2989 R + 0.587 G + 0.114 B} (truncated for integer images), with 1 or 3 (repeated) output
     * channels; a one-channel image is copied. torchvision: {@code F.rgb_to_grayscale(img, num_output_channels)}.
     */
    public static Tensor rgbToGrayscale(Tensor img, int numOutputChannels) {
        if (img.dim() < 3) {
            throw new IllegalArgumentException("Input image tensor should have at least 3 dimensions, but found "
                    + img.dim());
        }
        assertChannels(img, 1, 3);
        if (numOutputChannels != 1 && numOutputChannels != 3) {
            throw new IllegalArgumentException("num_output_channels should be either 1 or 3");
        }
        int cd = img.dim() - 3;
        Tensor l;
        if (img.size(cd) == 3 && img.dtype() == DType.UINT8) {
            l = grayU8(img);
        } else if (img.size(cd) == 3) {
            Tensor r = img.select(cd, 0);
            Tensor g = img.select(cd, 1);
            Tensor b = img.select(cd, 2);
            l = r.mul(0.2989).add(g.mul(0.587)).add(b.mul(0.114)).to(img.dtype()).unsqueeze(cd);
        } else {
            l = img.clone();
        }
        return numOutputChannels == 3 ? l.expand(img.sizes()) : l;
    }

    /** {@code clamp(v, 0, 255).to(uint8)} of a finite float (comparisons, cheaper than Math.min/max's NaN rules). */
    private static byte clampTruncate(float v) {
        return (byte) (int) (v < 0f ? 0f : v > 255f ? 255f : v);
    }

    /** The uint8 luma of {@link #rgbToGrayscale} in one pass, with the tensor ops' float32 products and sums. */
    private static Tensor grayU8(Tensor img) {
        Tensor c = img.contiguous();
        byte[] x = (byte[]) c.storage().data();
        int off = c.storageOffset();
        int[] s = img.sizes().clone();
        int plane = s[s.length - 2] * s[s.length - 1];
        int n = img.numel() / (3 * plane);
        float wr = 0.2989f;
        float wg = 0.587f;
        float wb = 0.114f;
        byte[] out = new byte[n * plane];
        for (int i = 0; i < n; i++) {
            int o = off + 3 * i * plane;
            for (int p = 0; p < plane; p++) {
                float v = (x[o + p] & 0xFF) * wr + (x[o + plane + p] & 0xFF) * wg + (x[o + 2 * plane + p] & 0xFF) * wb;
                out[i * plane + p] = (byte) (int) v;
            }
        }
        s[s.length - 3] = 1;
        return u8(out, s);
    }

    /** One output channel. torchvision: {@code F.rgb_to_grayscale(img)}. */
    public static Tensor rgbToGrayscale(Tensor img) {
        return rgbToGrayscale(img, 1);
    }

    private static Tensor blend(Tensor img1, Tensor img2, double ratio) {
        double bound = img1.isFloatingPoint() ? 1.0 : 255.0;
        return img1.mul(ratio).add(img2.mul(1.0 - ratio)).clamp(0.0, bound).to(img1.dtype());
    }

    /**
     * {@link #blend} of a uint8 image {@code [..., C, H, W]} in one pass, with the tensor ops' float32 arithmetic
     * ({@code float(ratio) * x1 + float(1 - ratio) * x2}, clamped to [0, 255], truncated): {@code x2} is a value
     * per image ({@code perImage}, broadcast over channels and pixels), a grey pixel per image ({@code gray},
     * broadcast over channels), or 0 when both are null (blending with black).
     */
    private static Tensor blendU8(Tensor img, double ratio, float[] perImage, byte[] gray) {
        Tensor c = img.contiguous();
        byte[] x = (byte[]) c.storage().data();
        int off = c.storageOffset();
        int[] s = img.sizes();
        int ch = s[s.length - 3];
        int plane = s[s.length - 2] * s[s.length - 1];
        int n = img.numel() / (ch * plane);
        float a = (float) ratio;
        float b = (float) (1.0 - ratio);
        byte[] out = new byte[img.numel()];
        for (int i = 0; i < n; i++) {
            float constant = perImage != null ? perImage[i] * b : 0f;
            for (int k = 0; k < ch; k++) {
                int o = (i * ch + k) * plane;
                int g = i * plane;
                if (gray != null) {
                    for (int p = 0; p < plane; p++) {
                        out[o + p] = clampTruncate((x[off + o + p] & 0xFF) * a + (gray[g + p] & 0xFF) * b);
                    }
                } else {
                    for (int p = 0; p < plane; p++) {
                        out[o + p] = clampTruncate((x[off + o + p] & 0xFF) * a + constant);
                    }
                }
            }
        }
        return u8(out, s);
    }

    /** Blends with black: factor 0 gives black, 1 the image. torchvision: {@code F.adjust_brightness(img, brightness_factor)}. */
    public static Tensor adjustBrightness(Tensor img, double brightnessFactor) {
        if (brightnessFactor < 0) {
            throw new IllegalArgumentException("brightness_factor (" + num(brightnessFactor) + ") is not non-negative.");
        }
        assertImage(img);
        assertChannels(img, 1, 3);
        if (img.dtype() == DType.UINT8) {
            return blendU8(img, brightnessFactor, null, null);
        }
        return blend(img, Torch.zerosLike(img), brightnessFactor);
    }

    /** Blends with the mean grey level. torchvision: {@code F.adjust_contrast(img, contrast_factor)}. */
    public static Tensor adjustContrast(Tensor img, double contrastFactor) {
        if (contrastFactor < 0) {
            throw new IllegalArgumentException("contrast_factor (" + num(contrastFactor) + ") is not non-negative.");
        }
        assertImage(img);
        assertChannels(img, 3, 1);
        DType dt = img.isFloatingPoint() ? img.dtype() : DType.FLOAT32;
        Tensor g = getDimensions(img)[0] == 3 ? rgbToGrayscale(img) : img;
        int n = img.dim();
        Tensor mean = g.to(dt).mean(new int[] {n - 3, n - 2, n - 1}, true);
        if (img.dtype() == DType.UINT8) {
            return blendU8(img, contrastFactor, mean.contiguous().toFloatArray(), null);
        }
        return blend(img, mean, contrastFactor);
    }

    /** Blends with the greyscale image. torchvision: {@code F.adjust_saturation(img, saturation_factor)}. */
    public static Tensor adjustSaturation(Tensor img, double saturationFactor) {
        if (saturationFactor < 0) {
            throw new IllegalArgumentException("saturation_factor (" + num(saturationFactor) + ") is not non-negative.");
        }
        assertImage(img);
        assertChannels(img, 1, 3);
        if (getDimensions(img)[0] == 1) {
            return img;
        }
        if (img.dtype() == DType.UINT8) {
            Tensor gray = rgbToGrayscale(img).contiguous();
            byte[] g = Arrays.copyOfRange((byte[]) gray.storage().data(), gray.storageOffset(),
                    gray.storageOffset() + gray.numel());
            return blendU8(img, saturationFactor, null, g);
        }
        return blend(img, rgbToGrayscale(img), saturationFactor);
    }

    /**
     * Shifts the hue by {@code hueFactor} (in [-0.5, 0.5], a fraction of the colour circle) through HSV.
     * torchvision: {@code F.adjust_hue(img, hue_factor)}.
     */
    public static Tensor adjustHue(Tensor img, double hueFactor) {
        if (!(-0.5 <= hueFactor && hueFactor <= 0.5)) {
            throw new IllegalArgumentException("hue_factor (" + num(hueFactor) + ") is not in [-0.5, 0.5].");
        }
        assertImage(img);
        assertChannels(img, 1, 3);
        if (getDimensions(img)[0] == 1) {
            return img;
        }
        boolean u8 = img.dtype() == DType.UINT8;
        float[] x = floats(img);
        int plane = img.size(img.dim() - 2) * img.size(img.dim() - 1);
        int n = x.length / (3 * plane);
        float hf = (float) hueFactor;
        // uint8 results are truncated as they are stored (no float image in between)
        float[] out = u8 ? null : new float[x.length];
        byte[] outU8 = u8 ? new byte[x.length] : null;
        for (int b = 0; b < n; b++) {
            int o = b * 3 * plane;
            for (int p = 0; p < plane; p++) {
                float r = x[o + p];
                float g = x[o + plane + p];
                float bl = x[o + 2 * plane + p];
                if (u8) {
                    r = r / 255.0f;
                    g = g / 255.0f;
                    bl = bl / 255.0f;
                }
                float maxc = Math.max(r, Math.max(g, bl));
                float minc = Math.min(r, Math.min(g, bl));
                boolean eqc = maxc == minc;
                float cr = maxc - minc;
                float s = cr / (eqc ? 1f : maxc);
                float crd = eqc ? 1f : cr;
                float rc = (maxc - r) / crd;
                float gc = (maxc - g) / crd;
                float bc = (maxc - bl) / crd;
                float hr = maxc == r ? bc - gc : 0f;
                float hg = maxc == g && maxc != r ? 2.0f + rc - bc : 0f;
                float hb = maxc != g && maxc != r ? 4.0f + gc - rc : 0f;
                float h = hr + hg + hb;
                h = frac(h / 6.0f + 1.0f);
                h = frac(h + hf);
                float v = maxc;
                float h6 = h * 6.0f;
                float fi = (float) Math.floor(h6);
                float f = h6 - fi;
                int i = Math.floorMod((int) fi, 6);
                float pp = clamp01(v * (1.0f - s));
                float q = clamp01(v * (1.0f - s * f));
                float t = clamp01(v * (1.0f - s * (1.0f - f)));
                float ro;
                float go;
                float bo;
                switch (i) {
                    case 0 -> { ro = v; go = t; bo = pp; }
                    case 1 -> { ro = q; go = v; bo = pp; }
                    case 2 -> { ro = pp; go = v; bo = t; }
                    case 3 -> { ro = pp; go = q; bo = v; }
                    case 4 -> { ro = t; go = pp; bo = v; }
                    default -> { ro = v; go = pp; bo = q; }
                }
                if (u8) {
                    outU8[o + p] = (byte) (int) (ro * 255.0f);
                    outU8[o + plane + p] = (byte) (int) (go * 255.0f);
                    outU8[o + 2 * plane + p] = (byte) (int) (bo * 255.0f);
                } else {
                    out[o + p] = ro;
                    out[o + plane + p] = go;
                    out[o + 2 * plane + p] = bo;
                }
            }
        }
        if (u8) {
            return u8(outU8, img.sizes());
        }
        return Torch.fromArray(out, img.sizes()).to(img.dtype());
    }

    /**
     * {@code a - floor(a)}: torch's {@code a % 1.0} (Python's modulo, the sign of the divisor) for floats, without
     * Java's {@code %} on floats, which is a slow runtime call. Equal: the fraction of a float is exact, and for
     * negative {@code a} both are the one rounding of the same real number.
     */
    private static float frac(float a) {
        return a - (float) Math.floor(a);
    }

    private static float clamp01(float v) {
        return v < 0f ? 0f : (v > 1f ? 1f : v);
    }

    /**
     * Gamma correction {@code gain * img^gamma} on the [0, 1] scale (integer images converted there and back).
     * torchvision: {@code F.adjust_gamma(img, gamma, gain)}.
     */
    public static Tensor adjustGamma(Tensor img, double gamma, double gain) {
        assertChannels(img, 1, 3);
        if (gamma < 0) {
            throw new IllegalArgumentException("Gamma should be a non-negative real number");
        }
        DType dt = img.dtype();
        Tensor r = img.isFloatingPoint() ? img : convertImageDtype(img, DType.FLOAT32);
        r = r.pow(gamma).mul(gain).clamp(0.0, 1.0);
        return convertImageDtype(r, dt);
    }

    /** {@link #adjustGamma(Tensor, double, double)} with gain 1. torchvision: {@code F.adjust_gamma(img, gamma)}. */
    public static Tensor adjustGamma(Tensor img, double gamma) {
        return adjustGamma(img, gamma, 1);
    }

    /**
     * Blends with a smoothed copy (3x3 kernel {@code [[1,1,1],[1,5,1],[1,1,1]] / 13}, borders kept): factor 0
     * blurs, 1 keeps, 2 sharpens. torchvision: {@code F.adjust_sharpness(img, sharpness_factor)}.
     */
    public static Tensor adjustSharpness(Tensor img, double sharpnessFactor) {
        if (sharpnessFactor < 0) {
            throw new IllegalArgumentException("sharpness_factor (" + num(sharpnessFactor) + ") is not non-negative.");
        }
        assertImage(img);
        assertChannels(img, 1, 3);
        int h = img.size(img.dim() - 2);
        int w = img.size(img.dim() - 1);
        if (w <= 2 || h <= 2) {
            return img;
        }
        float[] k = new float[9];
        Arrays.fill(k, 1f);
        k[4] = 5f;
        for (int i = 0; i < 9; i++) {
            k[i] /= 13f;
        }
        float[] x = floats(img);
        int planes = x.length / (h * w);
        float[] conv = Kernels.conv2dSame(x, planes, h, w, k, 3, 3);
        boolean integer = !img.isFloatingPoint();
        float[] res = x.clone();
        for (int p = 0; p < planes; p++) {
            for (int i = 1; i < h - 1; i++) {
                for (int j = 1; j < w - 1; j++) {
                    float v = conv[p * (h - 2) * (w - 2) + (i - 1) * (w - 2) + (j - 1)];
                    res[p * h * w + i * w + j] = integer ? (float) Math.rint(v) : v;
                }
            }
        }
        Tensor blurred = fromFloats(res, img.sizes(), integer ? img.dtype() : DType.FLOAT32).to(img.dtype());
        return blend(img, blurred, sharpnessFactor);
    }

    /** {@code 255 - img} (uint8) or {@code 1 - img}. torchvision: {@code F.invert(img)}. */
    public static Tensor invert(Tensor img) {
        assertImage(img);
        if (img.dim() < 3) {
            throw new IllegalArgumentException("Input image tensor should have at least 3 dimensions, but found "
                    + img.dim());
        }
        assertChannels(img, 1, 3);
        return img.isFloatingPoint() ? img.rsub(1.0) : img.rsub(255L);
    }

    /** Keeps the {@code bits} high bits of each uint8 value. torchvision: {@code F.posterize(img, bits)}. */
    public static Tensor posterize(Tensor img, int bits) {
        if (bits < 0 || bits > 8) {
            throw new IllegalArgumentException("The number if bits should be between 0 and 8. Got " + bits);
        }
        assertImage(img);
        if (img.dim() < 3) {
            throw new IllegalArgumentException("Input image tensor should have at least 3 dimensions, but found "
                    + img.dim());
        }
        if (img.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("Only torch.uint8 image tensors are supported, but found "
                    + torchName(img.dtype()));
        }
        assertChannels(img, 1, 3);
        int mask = -(1 << (8 - bits));
        byte[] b = bytes(img);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (b[i] & mask);
        }
        return u8(b, img.sizes());
    }

    /** Inverts values at or above {@code threshold}. torchvision: {@code F.solarize(img, threshold)}. */
    public static Tensor solarize(Tensor img, double threshold) {
        assertImage(img);
        if (img.dim() < 3) {
            throw new IllegalArgumentException("Input image tensor should have at least 3 dimensions, but found "
                    + img.dim());
        }
        assertChannels(img, 1, 3);
        if (threshold > (img.isFloatingPoint() ? 1 : 255)) {
            throw new IllegalArgumentException("Threshold should be less than bound of img.");
        }
        return Torch.where(img.ge(threshold), invert(img), img);
    }

    /**
     * Stretches each channel to the full range (min to 0, max to the bound); constant channels are kept.
     * torchvision: {@code F.autocontrast(img)}.
     */
    public static Tensor autocontrast(Tensor img) {
        assertImage(img);
        if (img.dim() < 3) {
            throw new IllegalArgumentException("Input image tensor should have at least 3 dimensions, but found "
                    + img.dim());
        }
        assertChannels(img, 1, 3);
        float bound = img.isFloatingPoint() ? 1f : 255f;
        float[] x = floats(img);
        int plane = img.size(img.dim() - 2) * img.size(img.dim() - 1);
        float[] out = new float[x.length];
        for (int p = 0; p < x.length / plane; p++) {
            float mn = Float.POSITIVE_INFINITY;
            float mx = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < plane; i++) {
                mn = Math.min(mn, x[p * plane + i]);
                mx = Math.max(mx, x[p * plane + i]);
            }
            float scale = bound / (mx - mn);
            if (!Float.isFinite(scale)) {
                mn = 0f;
                scale = 1f;
            }
            for (int i = 0; i < plane; i++) {
                float v = (x[p * plane + i] - mn) * scale;
                out[p * plane + i] = v < 0f ? 0f : (v > bound ? bound : v);
            }
        }
        if (img.dtype() == DType.UINT8) {
            return u8Truncate(out, img.sizes());
        }
        return Torch.fromArray(out, img.sizes()).to(img.dtype());
    }

    /**
     * Histogram equalisation of each channel of a uint8 image {@code [C, H, W]} or {@code [B, C, H, W]}.
     * torchvision: {@code F.equalize(img)}.
     */
    public static Tensor equalize(Tensor img) {
        assertImage(img);
        if (img.dim() < 3 || img.dim() > 4) {
            throw new IllegalArgumentException("Input image tensor should have 3 or 4 dimensions, but found " + img.dim());
        }
        if (img.dtype() != DType.UINT8) {
            throw new IllegalArgumentException("Only torch.uint8 image tensors are supported, but found "
                    + torchName(img.dtype()));
        }
        assertChannels(img, 1, 3);
        byte[] b = bytes(img);
        int plane = img.size(img.dim() - 2) * img.size(img.dim() - 1);
        for (int p = 0; p < b.length / plane; p++) {
            long[] hist = new long[256];
            for (int i = 0; i < plane; i++) {
                hist[b[p * plane + i] & 0xFF]++;
            }
            long last = 0;
            long total = 0;
            for (long v : hist) {
                if (v != 0) {
                    total += v;
                    last = v;
                }
            }
            long step = Math.floorDiv(total - last, 255);
            if (step == 0) {
                continue;
            }
            long[] lut = new long[256];
            long cum = 0;
            for (int v = 0; v < 256; v++) {
                long prev = cum;
                lut[v] = Math.min(Math.max(Math.floorDiv(prev + Math.floorDiv(step, 2), step), 0), 255);
                cum += hist[v];
            }
            for (int i = 0; i < plane; i++) {
                b[p * plane + i] = (byte) lut[b[p * plane + i] & 0xFF];
            }
        }
        return u8(b, img.sizes());
    }

    /**
     * {@code (tensor - mean) / std} per channel of a floating image {@code [..., C, H, W]}; {@code inplace}
     * writes into {@code tensor}. torchvision: {@code F.normalize(tensor, mean, std, inplace)}.
     *
     * @throws IllegalArgumentException for an integer tensor, fewer than 3 dims, or a std that is 0 in the dtype
     */
    public static Tensor normalize(Tensor tensor, double[] mean, double[] std, boolean inplace) {
        assertImage(tensor);
        if (!tensor.isFloatingPoint()) {
            throw new IllegalArgumentException("Input tensor should be a float tensor. Got " + torchName(tensor.dtype()) + ".");
        }
        if (tensor.dim() < 3) {
            throw new IllegalArgumentException("Expected tensor to be a tensor image of size (..., C, H, W). Got "
                    + "tensor.size() = torch.Size(" + Arrays.toString(tensor.sizes()) + ")");
        }
        Tensor t = inplace ? tensor : tensor.clone();
        DType dt = t.dtype();
        Tensor m = Torch.fromArray(mean, mean.length).to(dt);
        Tensor s = Torch.fromArray(std, std.length).to(dt);
        if (s.eq(0.0).any().itemBool()) {
            throw new IllegalArgumentException("std evaluated to zero after conversion to " + torchName(dt)
                    + ", leading to division by zero.");
        }
        return t.sub_(m.view(-1, 1, 1)).div_(s.view(-1, 1, 1));
    }

    /** Not in place. torchvision: {@code F.normalize(tensor, mean, std)}. */
    public static Tensor normalize(Tensor tensor, double[] mean, double[] std) {
        return normalize(tensor, mean, std, false);
    }

    /**
     * Writes {@code v} (broadcast to {@code [C, h, w]}) into the box at row {@code i}, column {@code j}.
     * torchvision: {@code F.erase(img, i, j, h, w, v, inplace)}.
     */
    public static Tensor erase(Tensor img, int i, int j, int h, int w, Tensor v, boolean inplace) {
        assertImage(img);
        Tensor t = inplace ? img : img.clone();
        Tensor region = t.narrow(t.dim() - 2, i, h).narrow(t.dim() - 1, j, w);
        region.copy_(v.to(t.dtype()).expand(region.sizes()));
        return t;
    }

    // ------------------------------------------------------------------ helpers

    static void assertImage(Tensor img) {
        if (img.dim() < 2) {
            throw new IllegalArgumentException("Tensor is not a torch image.");
        }
    }

    private static void assertChannels(Tensor img, int... permitted) {
        int c = getDimensions(img)[0];
        for (int p : permitted) {
            if (p == c) {
                return;
            }
        }
        throw new IllegalArgumentException("Input image tensor permitted channel values are " + Arrays.toString(permitted)
                + ", but found " + c);
    }

    private static boolean isFloat(DType d) {
        return d == DType.FLOAT32 || d == DType.FLOAT64 || d == DType.FLOAT16 || d == DType.BFLOAT16;
    }

    private static double maxValue(DType d) {
        return switch (d) {
            case UINT8 -> 255;
            case INT8 -> 127;
            case INT16 -> 32767;
            case INT32 -> 2147483647;
            case INT64 -> 9223372036854775807.0;
            default -> 1;
        };
    }

    static String torchName(DType d) {
        return "torch." + d.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    static float[] floats(Tensor x) {
        if (x.dtype() == DType.UINT8) { // the common image case in one pass
            Tensor c = x.contiguous();
            byte[] b = (byte[]) c.storage().data();
            int off = c.storageOffset();
            float[] f = new float[c.numel()];
            for (int i = 0; i < f.length; i++) {
                f[i] = b[off + i] & 0xFF;
            }
            return f;
        }
        return x.to(DType.FLOAT32).contiguous().toFloatArray();
    }

    static byte[] bytes(Tensor x) {
        int[] v = x.to(DType.INT32).contiguous().toIntArray();
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    static Tensor u8(byte[] data, int[] shape) {
        int[] stride = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            stride[i] = s;
            s *= shape[i];
        }
        return new Tensor(Storage.wrap(DType.UINT8, data), shape.clone(), stride, 0);
    }

    /** float32 values truncated to uint8, as {@code tensor.to(torch.uint8)} for values in [0, 256). */
    private static Tensor u8Truncate(float[] v, int[] shape) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) (int) v[i];
        }
        return u8(b, shape);
    }

    /** torchvision's {@code _cast_squeeze_out} for float32 results: integer dtypes round half to even first. */
    private static Tensor fromFloats(float[] v, int[] shape, DType out) {
        if (out == DType.FLOAT32 || out == DType.FLOAT64 || out == DType.FLOAT16 || out == DType.BFLOAT16) {
            return Torch.fromArray(v, shape).to(out);
        }
        float[] r = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (float) Math.rint(v[i]);
        }
        return Torch.fromArray(r, shape).to(out);
    }

    private static Tensor castOut(Tensor x, boolean cast, DType out) {
        if (!cast) {
            return x;
        }
        if (!isFloat(out)) {
            x = x.round();
        }
        return x.to(out);
    }
}
