#!/usr/bin/env python3
# torchvision's CIFAR-10/100 python distributions in miniature, for jtorch-vision's CifarPythonTest.
#
# fixtures/vision/cifar_python/cifar-10-batches-py/ (data_batch_1..5, test_batch, batches.meta) and
# cifar-100-python/ (train, test, meta): pickled dicts as the real files hold them (numpy uint8 'data'
# [N, 3072] of R, G, B planes, label lists, the names in the meta file), two or three images per batch with a
# seeded random pattern, pickled with protocol 2. cifar_python.json records what torchvision 0.14's
# CIFAR10/CIFAR100 read from them (their MD5 check skipped): classes, targets, and per sample np.asarray(img) (HWC) flattened.
# Run as:   OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/vision_cifar_python.py
import json
import os
import pickle

import numpy as np
import torchvision

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "jtorch-vision", "src", "test", "resources", "fixtures", "vision",
                   "cifar_python")
rng = np.random.RandomState(0)


def dump(path, obj):
    with open(path, "wb") as f:
        pickle.dump(obj, f, protocol=2)


def batch(n, extra):
    d = {"batch_label": "tiny batch", "data": rng.randint(0, 256, size=(n, 3072)).astype(np.uint8),
         "filenames": ["img_%d.png" % i for i in range(n)]}
    d.update(extra(n))
    return d


def main():
    c10 = os.path.join(OUT, "cifar-10-batches-py")
    c100 = os.path.join(OUT, "cifar-100-python")
    os.makedirs(c10, exist_ok=True)
    os.makedirs(c100, exist_ok=True)
    ten = lambda n: {"labels": [int(v) for v in rng.randint(0, 10, size=n)]}
    for i in range(1, 6):
        dump(os.path.join(c10, "data_batch_%d" % i), batch(2, ten))
    dump(os.path.join(c10, "test_batch"), batch(3, ten))
    names10 = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
    dump(os.path.join(c10, "batches.meta"), {"label_names": names10, "num_cases_per_batch": 2, "num_vis": 3072})
    hundred = lambda n: {"fine_labels": [int(v) for v in rng.randint(0, 100, size=n)],
                         "coarse_labels": [int(v) for v in rng.randint(0, 20, size=n)]}
    dump(os.path.join(c100, "train"), batch(3, hundred))
    dump(os.path.join(c100, "test"), batch(2, hundred))
    dump(os.path.join(c100, "meta"), {"fine_label_names": ["fine%02d" % i for i in range(100)],
                                      "coarse_label_names": ["coarse%02d" % i for i in range(20)]})
    out = {}
    for name, cls in (("cifar10", torchvision.datasets.CIFAR10), ("cifar100", torchvision.datasets.CIFAR100)):
        for train in (True, False):
            # torchvision checks each file's MD5 against the real distribution's: skipped for the miniature
            unchecked = type("Unchecked", (cls,), {"_check_integrity": lambda self: True, "meta": dict(cls.meta, md5=None)})
            ds = unchecked(OUT, train=train)
            out["%s_%s" % (name, "train" if train else "test")] = {
                "classes": ds.classes,
                "targets": [int(t) for t in ds.targets],
                "pixels": [np.asarray(ds[i][0]).reshape(-1).tolist() for i in range(len(ds))],
            }
    with open(os.path.join(OUT, "cifar_python.json"), "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
