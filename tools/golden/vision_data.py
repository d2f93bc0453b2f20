#!/usr/bin/env python3
# Golden data for jtorch-vision's io and datasets (jtorch-vision/src/test/java/jtorch/vision/...).
#
# 1. fixtures/vision/images/: small PNG (L, RGB, RGBA), JPEG, BMP and GIF files written by Pillow from
#    a fixed pattern, and images.json with the pixels Pillow decodes from each (np.asarray(Image.open(f)),
#    GIF converted to RGB) and what torchvision.io.read_image returns for the PNGs.
# 2. fixtures/vision/fashion_mnist.json: for Debian's Fashion-MNIST (/usr/share/datasets/fashion-mnist),
#    torchvision.datasets.FashionMNIST's sizes, per-class counts and the sum of data (uint8 pixels as
#    int64) per split, and the first image's pixel sum and label. torchvision 0.14 reads the unpacked
#    files from root/FashionMNIST/raw, so they are gunzipped into a temporary root first.
# Run as:   OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/vision_data.py
import gzip
import json
import os
import shutil
import tempfile

import numpy as np
import torch
import torchvision
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "jtorch-vision", "src", "test", "resources", "fixtures", "vision")
FMNIST = "/usr/share/datasets/fashion-mnist"


def pattern(h, w, c):
    y, x = np.mgrid[0:h, 0:w]
    chans = [(x * 37 + y * 11) % 256, (x * 5 + y * 23 + 40) % 256, (x * y * 3 + 7) % 256, (255 - x * 9) % 256]
    return np.stack(chans[:c], axis=-1).astype(np.uint8)


def images():
    d = os.path.join(OUT, "images")
    os.makedirs(d, exist_ok=True)
    out = {}
    files = {
        "gray.png": Image.fromarray(pattern(9, 13, 1)[..., 0], "L"),
        "rgb.png": Image.fromarray(pattern(9, 13, 3), "RGB"),
        "rgba.png": Image.fromarray(pattern(9, 13, 4), "RGBA"),
        "rgb.bmp": Image.fromarray(pattern(9, 13, 3), "RGB"),
        "rgb.jpg": Image.fromarray(pattern(16, 24, 3), "RGB"),
        "gray.jpg": Image.fromarray(pattern(16, 24, 1)[..., 0], "L"),
        "pal.gif": Image.fromarray(pattern(9, 13, 3), "RGB").quantize(16),
    }
    for name, img in files.items():
        path = os.path.join(d, name)
        if name.endswith(".jpg"):
            img.save(path, quality=90)
        else:
            img.save(path)
        dec = Image.open(path)
        if dec.mode == "P":
            dec = dec.convert("RGB")
        arr = np.asarray(dec)
        out[name] = {"mode": dec.mode, "size": list(dec.size), "pixels": arr.reshape(-1).tolist()}
        if name.endswith(".png"):
            t = torchvision.io.read_image(path)
            out[name]["read_image_shape"] = list(t.shape)
            out[name]["read_image_sum"] = int(t.long().sum())
    with open(os.path.join(OUT, "images.json"), "w") as f:
        json.dump(out, f, separators=(",", ":"))


def fashion():
    if not os.path.isdir(FMNIST):
        print("no", FMNIST, "- skipping fashion_mnist.json")
        return
    root = tempfile.mkdtemp()
    raw = os.path.join(root, "FashionMNIST", "raw")
    os.makedirs(raw)
    for n in os.listdir(FMNIST):
        with gzip.open(os.path.join(FMNIST, n)) as src, open(os.path.join(raw, n[:-3]), "wb") as dst:
            shutil.copyfileobj(src, dst)
    out = {}
    for train in (True, False):
        ds = torchvision.datasets.FashionMNIST(root, train=train, download=False)
        counts = torch.bincount(ds.targets, minlength=10).tolist()
        first = np.asarray(ds[0][0])
        x = ds.data.float().div(255)
        out["train" if train else "test"] = {
            "size": len(ds), "class_counts": counts, "pixel_sum": int(ds.data.long().sum()),
            "first_pixel_sum": int(first.astype(np.int64).sum()), "first_label": int(ds[0][1]),
            "last_label": int(ds[len(ds) - 1][1]), "mean": float(x.mean()), "std": float(x.std(unbiased=False)),
            "classes": ds.classes}
    shutil.rmtree(root)
    with open(os.path.join(OUT, "fashion_mnist.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    images()
    fashion()
    print("wrote", OUT)
