#!/usr/bin/env python3
# Golden data for jtorch.vision.transforms, .utils and .ops (jtorch-vision/src/test/java/jtorch/vision/...).
#
# Writes small JSON files under jtorch-vision/src/test/resources/fixtures/vision/transforms/:
#   functional_geometry.json  pad / crop / center_crop / five_crop / ten_crop / flips / rotate / affine /
#                             perspective / elastic_transform / gaussian_blur on a uint8 and a float32 3x7x9 image
#   functional_resize.json    resize with every interpolation, antialias on and off, up and down
#   functional_color.json     grayscale, brightness/contrast/saturation/hue/gamma/sharpness, invert,
#                             posterize, solarize, autocontrast, equalize, normalize, convert_image_dtype, erase
#   random_pipelines.json     seeded torchvision pipelines: for each, torch.manual_seed(seed) once, then
#                             `draws` calls on the same input, every output recorded
#   grid.json                 torchvision.utils.make_grid layouts
#   ops.json                  torchvision.ops boxes, nms, focal loss
#   roi.json                  torchvision.ops.roi_align / roi_pool: outputs and input gradients (float32, float64),
#                             boxes as Tensor[K, 5] and as a list of per-image Tensor[L, 4]
#   draw.json                 torchvision.utils.draw_bounding_boxes / draw_segmentation_masks (labels: the pixels
#                             of each label's text box are listed so the test can leave the font out)
#   autoaugment.json          AutoAugment's policy tables, the magnitude bins of the augmentation spaces, and
#                             seeded AutoAugment / RandAugment / TrivialAugmentWide draws on odd-sized uint8 images
# Each case names the jtorch call its test replays ("op") with its arguments ("args"), the input ("input":
# u8, f32, g8 (one channel) or batch (2x3x5x6 uint8)) and the output (shape, dtype, flat values).
# float32 values are written with 9 significant digits, float64 ones with 17, so they round-trip exactly.
# Generated with Debian's python3-torch 1.13 / python3-torchvision 0.14, run as:
#     OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/vision_transforms.py
import json
import os

import torch
import torchvision
import torchvision.transforms as T
import torchvision.transforms.functional as F
from torchvision.transforms import InterpolationMode as IM
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "jtorch-vision", "src", "test", "resources", "fixtures", "vision", "transforms")


def pattern(c, h, w):
    y, x = torch.meshgrid(torch.arange(h), torch.arange(w), indexing="ij")
    chans = [(x * 37 + y * 11) % 256, (x * 5 + y * 23 + 40) % 256, (x * y * 13 + 7) % 256]
    return torch.stack(chans[:c]).to(torch.uint8)


U8 = pattern(3, 7, 9)
G8 = pattern(1, 7, 9)
torch.manual_seed(3)
F32 = torch.rand(3, 7, 9)
BATCH = torch.stack([pattern(3, 5, 6), pattern(3, 5, 6).flip(-1)])
INPUTS = {"u8": U8, "f32": F32, "g8": G8, "batch": BATCH}


def num(v):
    if isinstance(v, float):
        return float("%.9g" % v)
    return v


def enc(t):
    if isinstance(t, (list, tuple)):
        return {"list": [enc(x) for x in t]}
    if isinstance(t, Image.Image):
        t = F.pil_to_tensor(t)
    vals = t.reshape(-1).tolist()
    if t.is_floating_point() and t.dtype != torch.float64:  # float64 values keep all 17 digits
        vals = [num(v) for v in vals]
    elif t.dtype == torch.bool:
        vals = [int(v) for v in vals]
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""), "values": vals}


def inputs():
    return {k: enc(v) for k, v in INPUTS.items()}


def case(cases, op, inp, fn, **args):
    x = INPUTS[inp].clone()
    out = fn(x)
    c = {"op": op, "input": inp, "args": args}
    c.update(enc(out))
    cases.append(c)


def write(name, obj):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(obj, f, separators=(",", ":"))


def geometry():
    cs = []
    for inp in ("u8", "f32"):
        for mode in ("constant", "edge", "reflect", "symmetric"):
            for padding in ([2], [1, 3], [3, 0, 1, 2]):
                fill = 7 if inp == "u8" else 0.25
                case(cs, "pad", inp, lambda x: F.pad(x, padding, fill, mode), padding=padding, fill=fill, mode=mode)
        case(cs, "crop", inp, lambda x: F.crop(x, -2, 3, 6, 8), top=-2, left=3, height=6, width=8)
        case(cs, "crop", inp, lambda x: F.crop(x, 1, 2, 4, 5), top=1, left=2, height=4, width=5)
        for size in ([4, 5], [3, 3], [9, 12], [8, 8]):
            case(cs, "center_crop", inp, lambda x: F.center_crop(x, size), size=size)
        case(cs, "hflip", inp, F.hflip)
        case(cs, "vflip", inp, F.vflip)
        case(cs, "five_crop", inp, lambda x: F.five_crop(x, [4, 5]), size=[4, 5])
        for vf in (False, True):
            case(cs, "ten_crop", inp, lambda x: F.ten_crop(x, [3, 6], vf), size=[3, 6], vertical_flip=vf)
        for interp in ("nearest", "bilinear"):
            fill = [10.0, 20.0, 30.0] if inp == "u8" else [0.1, 0.2, 0.3]
            for angle, expand, center, fl in ((30.0, False, None, None), (-45.0, True, None, None),
                                              (17.0, False, [2, 3], fill), (100.0, True, None, fill)):
                case(cs, "rotate", inp, lambda x: F.rotate(x, angle, IM(interp), expand, center, fl),
                     angle=angle, interpolation=interp, expand=expand, center=center, fill=fl)
            for angle, tr, sc, sh, center, fl in ((15.0, [1, -2], 1.2, [10.0, 5.0], None, None),
                                                  (-30.0, [0, 0], 0.8, [0.0, 0.0], [3, 2], fill),
                                                  (0.0, [2, 1], 1.0, [-20.0, 0.0], None, fill)):
                case(cs, "affine", inp, lambda x: F.affine(x, angle, tr, sc, sh, IM(interp), fl, center),
                     angle=angle, translate=tr, scale=sc, shear=sh, interpolation=interp, fill=fl, center=center)
            sp = [[0, 0], [8, 0], [8, 6], [0, 6]]
            ep = [[1, 1], [7, 0], [8, 5], [2, 6]]
            case(cs, "perspective", inp, lambda x: F.perspective(x, sp, ep, IM(interp), fill),
                 startpoints=sp, endpoints=ep, interpolation=interp, fill=fill)
        gen = torch.Generator().manual_seed(13)
        for interp in ("nearest", "bilinear"):
            disp = torch.rand(1, 7, 9, 2, generator=gen) * 0.5 - 0.25
            fill = [10.0, 20.0, 30.0] if inp == "u8" else [0.1, 0.2, 0.3]
            for fl in (None, fill):
                case(cs, "elastic_transform", inp, lambda x: F.elastic_transform(x, disp, IM(interp), fl),
                     displacement=disp.reshape(-1).tolist(), interpolation=interp, fill=fl)
        for k, s in (([3, 3], [0.8, 0.8]), ([5, 3], [1.3, 0.6])):
            case(cs, "gaussian_blur", inp, lambda x: F.gaussian_blur(x, k, s), kernel_size=k, sigma=s)
    case(cs, "rotate", "batch", lambda x: F.rotate(x, 25.0, IM.BILINEAR), angle=25.0, interpolation="bilinear",
         expand=False, center=None, fill=None)
    case(cs, "pad", "batch", lambda x: F.pad(x, [1, 2], 0, "symmetric"), padding=[1, 2], fill=0, mode="symmetric")
    case(cs, "gaussian_blur", "g8", lambda x: F.gaussian_blur(x, [3, 5], [1.0, 2.0]), kernel_size=[3, 5],
         sigma=[1.0, 2.0])
    write("functional_geometry.json", {"inputs": inputs(), "cases": cs})


def resize():
    cs = []
    for inp in ("u8", "f32"):
        for size, max_size in (([5], None), ([4, 6], None), ([11, 13], None), ([12], 14), ([3, 17], None)):
            for interp, aa in (("nearest", False), ("bilinear", False), ("bilinear", True),
                               ("bicubic", False), ("bicubic", True)):
                case(cs, "resize", inp, lambda x: F.resize(x, size, IM(interp), max_size, aa),
                     size=size, interpolation=interp, max_size=max_size, antialias=aa)
    case(cs, "resize", "batch", lambda x: F.resize(x, [3, 4], IM.BILINEAR, None, True), size=[3, 4],
         interpolation="bilinear", max_size=None, antialias=True)
    # nearest-exact is torch's interpolate mode (torchvision 0.14 has no InterpolationMode for it)
    for inp in ("u8", "f32"):
        for size in ([4, 6], [11, 13]):
            def ne(x):
                y = torch.nn.functional.interpolate(x.unsqueeze(0).float(), size=size, mode="nearest-exact")[0]
                return y.round().to(x.dtype) if x.dtype == torch.uint8 else y
            case(cs, "resize", inp, ne, size=size, interpolation="nearest-exact", max_size=None, antialias=False)
    write("functional_resize.json", {"inputs": inputs(), "cases": cs})


def color():
    cs = []
    for inp in ("u8", "f32"):
        for n in (1, 3):
            case(cs, "rgb_to_grayscale", inp, lambda x: F.rgb_to_grayscale(x, n), num_output_channels=n)
        for f in (0.0, 0.6, 1.7):
            case(cs, "adjust_brightness", inp, lambda x: F.adjust_brightness(x, f), factor=f)
            case(cs, "adjust_contrast", inp, lambda x: F.adjust_contrast(x, f), factor=f)
            case(cs, "adjust_saturation", inp, lambda x: F.adjust_saturation(x, f), factor=f)
            case(cs, "adjust_sharpness", inp, lambda x: F.adjust_sharpness(x, f), factor=f)
        for h in (-0.5, -0.21, 0.1, 0.37):
            case(cs, "adjust_hue", inp, lambda x: F.adjust_hue(x, h), factor=h)
        for g, gain in ((0.5, 1.0), (2.2, 0.9)):
            case(cs, "adjust_gamma", inp, lambda x: F.adjust_gamma(x, g, gain), gamma=g, gain=gain)
        case(cs, "invert", inp, F.invert)
        thr = 100.0 if inp == "u8" else 0.45
        case(cs, "solarize", inp, lambda x: F.solarize(x, thr), threshold=thr)
        case(cs, "autocontrast", inp, F.autocontrast)
        v = torch.tensor([[[3.0]], [[200.0]], [[77.0]]]) if inp == "u8" else torch.tensor([[[0.5]], [[-1.0]], [[2.0]]])
        case(cs, "erase", inp, lambda x: F.erase(x, 1, 2, 3, 4, v), i=1, j=2, h=3, w=4, v=v.reshape(-1).tolist())
    for bits in (0, 1, 3, 8):
        case(cs, "posterize", "u8", lambda x: F.posterize(x, bits), bits=bits)
    case(cs, "equalize", "u8", F.equalize)
    case(cs, "equalize", "batch", F.equalize)
    case(cs, "equalize", "g8", F.equalize)
    case(cs, "autocontrast", "g8", F.autocontrast)
    case(cs, "autocontrast", "batch", F.autocontrast)
    case(cs, "adjust_contrast", "batch", lambda x: F.adjust_contrast(x, 0.4), factor=0.4)
    case(cs, "adjust_hue", "batch", lambda x: F.adjust_hue(x, 0.3), factor=0.3)
    case(cs, "normalize", "f32", lambda x: F.normalize(x, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
         mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])
    for inp, dt in (("u8", "float32"), ("u8", "float64"), ("u8", "int32"), ("u8", "int16"), ("f32", "uint8"),
                    ("f32", "int16"), ("f32", "float64"), ("u8", "uint8")):
        case(cs, "convert_image_dtype", inp, lambda x: F.convert_image_dtype(x, getattr(torch, dt)), dtype=dt)
    # ToTensor / PILToTensor on a PIL image built from the uint8 input (HWC)
    case(cs, "to_tensor_image", "u8", lambda x: F.to_tensor(Image.fromarray(x.permute(1, 2, 0).numpy(), "RGB")))
    case(cs, "to_tensor_image", "g8", lambda x: F.to_tensor(Image.fromarray(x[0].numpy(), "L")))
    case(cs, "to_pil_image", "f32", lambda x: F.pil_to_tensor(F.to_pil_image(x)))
    write("functional_color.json", {"inputs": inputs(), "cases": cs})


def pipelines():
    cs = []

    def pipe(name, inp, seed, draws, make, to_image=False):
        t = make()
        torch.manual_seed(seed)
        outs = []
        for _ in range(draws):
            x = INPUTS[inp].clone()
            if to_image:
                x = Image.fromarray(x.permute(1, 2, 0).numpy(), "RGB")
            outs.append(enc(t(x)))
        cs.append({"name": name, "input": inp, "seed": seed, "image": to_image, "repr": repr(t), "outputs": outs})

    pipe("rrc_flip_jitter_erase", "f32", 0, 20, lambda: T.Compose([
        T.RandomResizedCrop(5, scale=(0.3, 1.0)), T.RandomHorizontalFlip(),
        T.ColorJitter(0.4, 0.4, 0.4, 0.1), T.RandomErasing(p=0.7, value="random")]))
    pipe("rrc_uint8", "u8", 1, 12, lambda: T.Compose([
        T.RandomResizedCrop((6, 4), scale=(0.5, 0.9), ratio=(0.5, 2.0), antialias=True),
        T.ColorJitter(brightness=(0.5, 1.5), contrast=0.3, saturation=(0.2, 1.8), hue=(-0.3, 0.2)),
        T.RandomErasing(p=0.9, scale=(0.1, 0.3), value=(9, 99, 199))]))
    pipe("crop_flip_rotate_gray", "u8", 2, 12, lambda: T.Compose([
        T.RandomCrop(7, padding=2, padding_mode="reflect"), T.RandomVerticalFlip(),
        T.RandomRotation(30, interpolation=IM.BILINEAR, fill=(5, 6, 7)), T.RandomGrayscale(0.3)]))
    pipe("affine_perspective_blur", "u8", 3, 10, lambda: T.Compose([
        T.RandomAffine(20, translate=(0.1, 0.2), scale=(0.8, 1.2), shear=(-5, 5, -5, 5)),
        T.RandomPerspective(0.4, p=0.6, fill=3), T.GaussianBlur(3, (0.1, 2.0))]))
    pipe("photometric", "u8", 4, 12, lambda: T.Compose([
        T.RandomInvert(), T.RandomPosterize(4), T.RandomSolarize(100), T.RandomAdjustSharpness(2),
        T.RandomAutocontrast(), T.RandomEqualize(), T.RandomApply([T.ColorJitter(0.5)], p=0.4)]))
    pipe("seed_augmentation_image", "u8", 5, 8, lambda: T.Compose([
        T.RandomCrop(7, padding=2), T.RandomHorizontalFlip(), T.ToTensor(),
        T.Normalize([0.5, 0.4, 0.3], [0.2, 0.25, 0.3])]), to_image=True)
    pipe("pad_if_needed_center", "f32", 6, 6, lambda: T.Compose([
        T.RandomCrop((9, 11), pad_if_needed=True, fill=0.5, padding_mode="constant"), T.CenterCrop(6),
        T.Resize(4, antialias=True), T.RandomAffine(0, shear=10, interpolation=IM.BILINEAR)]))
    pipe("rrc_fallback", "u8", 7, 3, lambda: T.RandomResizedCrop(4, scale=(2.0, 3.0)))
    pipe("elastic", "u8", 8, 6, lambda: T.ElasticTransform(alpha=20.0, sigma=1.0))
    pipe("elastic_fill_float", "f32", 9, 6, lambda: T.ElasticTransform(alpha=[5.0, 30.0], sigma=[0.5, 1.4],
                                                                        interpolation=IM.NEAREST, fill=0.5))
    write("random_pipelines.json", {"inputs": inputs(), "cases": cs})


def reprs():
    r = {}
    ts = {
        "Compose": T.Compose([T.Resize(256), T.CenterCrop(224), T.ToTensor(),
                              T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])]),
        "RandomCrop": T.RandomCrop(32, 4),
        "RandomResizedCrop": T.RandomResizedCrop(224),
        "ColorJitter": T.ColorJitter(0.1, 0.2, 0.3, 0.1),
        "RandomRotation": T.RandomRotation(30),
        "RandomAffine": T.RandomAffine(10, translate=(0.1, 0.1), scale=(0.9, 1.1), shear=5),
        "Pad": T.Pad(4, padding_mode="reflect"),
        "RandomErasing": T.RandomErasing(),
        "GaussianBlur": T.GaussianBlur(5),
        "RandomApply": T.RandomApply([T.RandomHorizontalFlip(0.3), T.Grayscale(3)], p=0.25),
        "FiveCrop": T.FiveCrop(5),
        "TenCrop": T.TenCrop(5, vertical_flip=True),
        "Resize": T.Resize((32, 48), interpolation=IM.BICUBIC, antialias=True),
        "RandomPerspective": T.RandomPerspective(),
        "RandomPosterize": T.RandomPosterize(3, p=0.2),
    }
    for k, t in ts.items():
        r[k] = repr(t)
    write("reprs.json", r)


def grid():
    torch.manual_seed(11)
    imgs = torch.rand(5, 3, 4, 5) * 3 - 1
    gray = torch.rand(3, 1, 3, 4)
    cs = []
    for kw in ({}, {"nrow": 2, "padding": 1}, {"nrow": 3, "padding": 0}, {"normalize": True},
               {"normalize": True, "value_range": (-0.5, 1.5), "nrow": 4},
               {"normalize": True, "scale_each": True, "padding": 3, "pad_value": 0.5}, {"nrow": 10, "pad_value": 1.0}):
        cs.append({"input": "imgs", "args": {k: list(v) if isinstance(v, tuple) else v for k, v in kw.items()},
                   **enc(torchvision.utils.make_grid(imgs, **kw))})
    cs.append({"input": "gray", "args": {"nrow": 2, "padding": 1}, **enc(torchvision.utils.make_grid(gray, nrow=2, padding=1))})
    cs.append({"input": "single", "args": {"normalize": True},
               **enc(torchvision.utils.make_grid(imgs[0], normalize=True))})
    cs.append({"input": "single2d", "args": {}, **enc(torchvision.utils.make_grid(gray[0, 0]))})
    # save_image's byte conversion: make_grid(...).mul(255).add_(0.5).clamp_(0, 255).to(uint8)
    g = torchvision.utils.make_grid(imgs, nrow=3, normalize=True)
    saved = g.mul(255).add_(0.5).clamp_(0, 255).to(torch.uint8)
    write("grid.json", {"imgs": enc(imgs), "gray": enc(gray), "cases": cs, "save_bytes": enc(saved)})


def ops():
    from torchvision import ops as O
    torch.manual_seed(12)
    xy = torch.rand(12, 2) * 20
    wh = torch.rand(12, 2) * 10 + 0.5
    boxes = torch.cat([xy, xy + wh], 1)
    boxes[5] = boxes[2] + 0.5  # a strong overlap
    scores = torch.rand(12)
    scores[7] = scores[3]  # a tie
    idxs = torch.tensor([0, 1, 0, 2, 1, 0, 2, 2, 1, 0, 0, 1])
    b2 = boxes[:5] + 1.5
    r = {"boxes": enc(boxes), "scores": enc(scores), "idxs": enc(idxs), "boxes2": enc(b2)}
    r["box_iou"] = enc(O.box_iou(boxes, b2))
    r["generalized_box_iou"] = enc(O.generalized_box_iou(boxes, b2))
    r["box_area"] = enc(O.box_area(boxes))
    r["nms"] = {str(t): enc(O.nms(boxes, scores, t)) for t in (0.0, 0.1, 0.3, 0.7)}
    r["batched_nms"] = {str(t): enc(O.batched_nms(boxes, scores, idxs, t)) for t in (0.1, 0.5)}
    r["box_convert"] = {f"{a}>{b}": enc(O.box_convert(boxes, a, b)) for a in ("xyxy", "xywh", "cxcywh")
                        for b in ("xyxy", "xywh", "cxcywh")}
    r["clip_boxes_to_image"] = enc(O.clip_boxes_to_image(boxes, (13, 17)))
    r["remove_small_boxes"] = enc(O.remove_small_boxes(boxes, 3.0))
    logits = torch.randn(4, 3)
    targets = (torch.rand(4, 3) > 0.5).float()
    r["focal"] = {"inputs": enc(logits), "targets": enc(targets)}
    for red in ("none", "mean", "sum"):
        r["focal"][red] = enc(O.sigmoid_focal_loss(logits, targets, 0.3, 1.5, red))
    write("ops.json", r)


def pyrandom():
    # RandomChoice / RandomOrder draw from Python's random module: its stream for a few seeds
    import random
    r = {}
    for seed in (0, 5, 2**40 + 7):
        random.seed(seed)
        rnd = [random.random() for _ in range(3)]
        order = list(range(6))
        random.shuffle(order)
        uniform = [random.choices(range(4))[0] for _ in range(6)]
        weighted = [random.choices(range(3), weights=[0.2, 0.5, 0.3])[0] for _ in range(6)]
        r[str(seed)] = {"random": rnd, "shuffle": order, "choices": uniform, "weighted": weighted}
    random.seed(9)
    t = T.RandomChoice([T.RandomHorizontalFlip(1.0), T.RandomVerticalFlip(1.0), T.Grayscale(3)], p=[0.3, 0.3, 0.4])
    o = T.RandomOrder([T.Pad(1), T.CenterCrop(5), T.RandomVerticalFlip(1.0)])
    r["pipeline"] = {"seed": 9, "choice": [enc(t(U8.clone())) for _ in range(4)], "order": [enc(o(U8.clone())) for _ in range(4)]}
    write("pyrandom.json", r)


def roi():
    from torchvision.ops import roi_align, roi_pool
    torch.manual_seed(31)
    x = torch.rand(2, 3, 7, 9) * 4 - 1
    boxes = torch.tensor([
        [0, 1.2, 0.7, 6.3, 5.1],      # inside
        [1, 0.0, 0.0, 8.0, 6.0],      # the whole image
        [0, -2.5, -1.5, 3.2, 2.9],    # partly outside (top left)
        [1, 5.5, 3.3, 12.0, 9.5],     # partly outside (bottom right)
        [0, 2.2, 2.4, 2.6, 2.5],      # smaller than a pixel
        [1, 4.0, 1.0, 3.0, 2.0],      # x2 < x1
        [0, 0.49, 1.51, 7.5, 6.49],   # corners near half-pixels (roi_pool rounding)
        [1, 20.0, 20.0, 30.0, 25.0],  # entirely outside
    ])
    gen = torch.Generator().manual_seed(32)
    r = {"input": enc(x), "boxes": enc(boxes), "align": [], "pool": []}
    configs = [([2, 2], 1.0, -1, False), ([3, 4], 1.0, -1, True), ([5, 5], 0.5, 2, False), ([2, 3], 2.0, 0, True),
               ([1, 1], 1.0, 3, False), ([4, 2], 0.75, -1, False), ([3, 3], 1.0, 1, True)]
    for dt in (torch.float32, torch.float64):
        for size, scale, ratio, aligned in configs:
            xi = x.detach().to(dt).clone().requires_grad_()
            y = roi_align(xi, boxes.to(dt), size, scale, ratio, aligned)
            g = torch.randn(y.shape, generator=gen, dtype=dt)
            y.backward(g)
            r["align"].append({"dtype": str(dt).replace("torch.", ""), "output_size": size, "spatial_scale": scale,
                               "sampling_ratio": ratio, "aligned": aligned, "grad_output": enc(g), "output": enc(y),
                               "grad_input": enc(xi.grad)})
        for size, scale in (([2, 2], 1.0), ([3, 4], 0.5), ([5, 5], 1.0), ([1, 1], 2.0), ([4, 3], 0.6)):
            xi = x.detach().to(dt).clone().requires_grad_()
            y = roi_pool(xi, boxes.to(dt), size, scale)
            g = torch.randn(y.shape, generator=gen, dtype=dt)
            y.backward(g)
            r["pool"].append({"dtype": str(dt).replace("torch.", ""), "output_size": size, "spatial_scale": scale,
                              "grad_output": enc(g), "output": enc(y), "grad_input": enc(xi.grad)})
    # the same boxes as a list of per-image Tensor[L, 4] (rows of image 0, then of image 1)
    per_image = [boxes[boxes[:, 0] == i, 1:] for i in range(2)]
    r["list_boxes"] = {"boxes": [enc(b) for b in per_image],
                       "align": enc(roi_align(x, per_image, [3, 2], 0.5, 2, True)),
                       "pool": enc(roi_pool(x, per_image, [3, 2], 0.5))}
    write("roi.json", r)


def draw():
    from PIL import ImageColor, ImageDraw, ImageFont
    # Pillow's colour names (the CSS3 keywords), a resource of jtorch.vision.utils.Color
    res = os.path.join(HERE, "..", "..", "jtorch-vision", "src", "main", "resources", "jtorch", "vision", "utils")
    os.makedirs(res, exist_ok=True)
    with open(os.path.join(res, "colormap.txt"), "w") as f:
        f.write("# Pillow's ImageColor.colormap (the CSS3 colour keywords); generated by tools/golden/vision_transforms.py\n")
        for name, value in sorted(ImageColor.colormap.items()):
            f.write("%s %s\n" % (name, value))
    torch.manual_seed(41)
    img = torch.randint(0, 256, (3, 23, 31), dtype=torch.uint8)
    gray = torch.randint(0, 256, (1, 23, 31), dtype=torch.uint8)
    boxes = torch.tensor([[2.0, 3.0, 12.9, 15.2], [10.0, 1.0, 29.0, 9.0], [-4.0, 14.0, 8.0, 30.0],
                          [20.0, 12.0, 21.0, 13.0], [5.5, 5.5, 5.5, 19.0], [25.0, 2.0, 40.0, 22.0]])
    r = {"image": enc(img), "gray": enc(gray), "boxes": enc(boxes), "boxes_cases": [], "mask_cases": []}
    U = torchvision.utils
    for inp, kw in (("image", {}), ("image", {"width": 3}), ("image", {"fill": True}),
                    ("image", {"fill": True, "width": 2, "colors": "red"}),
                    ("image", {"colors": ["#0f8", (10, 200, 30), "darkorchid", "#123456", "white", "rgb(1, 2, 3)"]}),
                    ("gray", {"width": 2, "colors": (255, 0, 128)}),
                    ("image", {"labels": ["cat", "dog", "a", "b", "c", "d"], "width": 2})):
        t = {"image": img, "gray": gray}[inp]
        out = U.draw_bounding_boxes(t, boxes, **kw)
        case = {"input": inp, "args": {k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()}, **enc(out)}
        if "labels" in kw:
            # where the default font's text lands, as Pillow's textbbox: [x0, y0, x1, y1) per label
            draw_ = ImageDraw.Draw(Image.new("RGB", (31, 23)))
            font = ImageFont.load_default()
            w = kw.get("width", 1)
            case["text_boxes"] = [list(draw_.textbbox((int(b[0]) + w + 1, int(b[1]) + w + 1), lab, font=font))
                                  for b, lab in zip(boxes.to(torch.int64).tolist(), kw["labels"])]
        r["boxes_cases"].append(case)
    masks = torch.rand(3, 23, 31) > 0.6
    r["masks"] = enc(masks)
    for kw in ({}, {"alpha": 0.35}, {"alpha": 1.0, "colors": ["blue", (3, 250, 7), "#abc"]}, {"alpha": 0.5, "colors": "lime"},
               {"alpha": 0.0}):
        r["mask_cases"].append({"masks": 3, "args": {k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()},
                                **enc(U.draw_segmentation_masks(img, masks, **kw))})
    r["mask_cases"].append({"masks": 1, "args": {"alpha": 0.7, "colors": (200, 100, 50)},
                            **enc(U.draw_segmentation_masks(img, masks[1], 0.7, (200, 100, 50)))})
    write("draw.json", r)


def autoaugment():
    from torchvision.transforms import AutoAugment, AutoAugmentPolicy, RandAugment, TrivialAugmentWide
    torch.manual_seed(21)
    ins = {"img": torch.randint(0, 256, (3, 13, 15), dtype=torch.uint8),
           "gray": torch.randint(0, 256, (1, 9, 11), dtype=torch.uint8),
           "batch": torch.randint(0, 256, (2, 3, 7, 9), dtype=torch.uint8)}
    r = {"inputs": {k: enc(v) for k, v in ins.items()}}
    r["policies"] = {p.name: [[list(step) for step in sub] for sub in AutoAugment(p).policies]
                     for p in AutoAugmentPolicy}

    def space(sp):
        return [[name, enc(m), signed] for name, (m, signed) in sp.items()]
    r["spaces"] = {
        "AutoAugment_10_13x15": space(AutoAugment()._augmentation_space(10, (13, 15))),
        "RandAugment_31_13x15": space(RandAugment()._augmentation_space(31, (13, 15))),
        "RandAugment_25_9x11": space(RandAugment()._augmentation_space(25, (9, 11))),
        "TrivialAugmentWide_31": space(TrivialAugmentWide()._augmentation_space(31)),
        "TrivialAugmentWide_11": space(TrivialAugmentWide()._augmentation_space(11)),
    }
    cs = []

    def pipe(name, inp, seed, draws, t):
        torch.manual_seed(seed)
        outs = [enc(t(ins[inp].clone())) for _ in range(draws)]
        cs.append({"name": name, "input": inp, "seed": seed, "repr": repr(t), "outputs": outs})

    pipe("autoaugment_imagenet", "img", 0, 20, AutoAugment())
    pipe("autoaugment_cifar10", "img", 1, 20, AutoAugment(AutoAugmentPolicy.CIFAR10))
    pipe("autoaugment_svhn_bilinear_fill", "img", 2, 20,
         AutoAugment(AutoAugmentPolicy.SVHN, IM.BILINEAR, fill=[10, 20, 30]))
    pipe("autoaugment_imagenet_batch", "batch", 3, 10, AutoAugment(fill=128))
    pipe("randaugment", "img", 4, 20, RandAugment())
    pipe("randaugment_custom", "img", 5, 20, RandAugment(num_ops=3, magnitude=20, num_magnitude_bins=25, fill=7))
    pipe("randaugment_gray", "gray", 6, 10, RandAugment(magnitude=30, interpolation=IM.BILINEAR, fill=200))
    pipe("trivialaugment", "img", 7, 20, TrivialAugmentWide())
    pipe("trivialaugment_custom", "img", 8, 20,
         TrivialAugmentWide(num_magnitude_bins=11, interpolation=IM.BILINEAR, fill=[1, 2, 3]))
    pipe("trivialaugment_batch", "batch", 9, 10, TrivialAugmentWide())
    r["cases"] = cs
    write("autoaugment.json", r)


if __name__ == "__main__":
    pyrandom()
    geometry()
    resize()
    color()
    pipelines()
    reprs()
    grid()
    ops()
    roi()
    draw()
    autoaugment()
    print("wrote", OUT)
