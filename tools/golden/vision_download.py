#!/usr/bin/env python3
# Golden data for jtorch-vision's download code path (jtorch-vision/src/test/java/jtorch/vision/datasets/
# DownloadTest.java), written to fixtures/vision/download/:
#  - resources.json: torchvision 0.14's MNIST / FashionMNIST mirrors and resources (file names, MD5s);
#    for each small archive below its MD5 (hashlib) and, for each member, its name and MD5 after
#    extraction as torchvision.datasets.utils.extract_archive writes it.
#  - mnist/*.gz: four small IDX files (5 train, 3 test 4x3 images) gzipped with Python's gzip.
#  - cifar-10-binary.tar.gz / cifar-100-binary.tar.gz: the binary distributions' layout with 2 records per
#    batch, written by tarfile in GNU format (as the real archives); mixed-{pax,gnu,ustar}.tar.gz: a folder
#    entry, a symlink and a member path over 100 characters, which each format stores its own way (a pax
#    header, a GNU long-name entry, ustar's prefix field); escape.tar.gz: a member named ../escaped.txt.
# The test serves these files from a local HTTP server; nothing is downloaded.
# Run as:   OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/vision_download.py
import gzip
import hashlib
import io
import json
import os
import shutil
import struct
import tarfile
import tempfile

from torchvision.datasets import MNIST, FashionMNIST
from torchvision.datasets.utils import extract_archive

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "jtorch-vision", "src", "test", "resources", "fixtures", "vision", "download")


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def idx(dims, data):
    return struct.pack(">I", 0x0800 | len(dims)) + b"".join(struct.pack(">I", d) for d in dims) + bytes(data)


def mnist(d):
    os.makedirs(d, exist_ok=True)
    files = {}
    for prefix, n in (("train", 5), ("t10k", 3)):
        images = idx([n, 4, 3], [(i * 7 + p) % 256 for i in range(n) for p in range(12)])
        labels = idx([n], [(i * 3) % 10 for i in range(n)])
        for name, content in ((prefix + "-images-idx3-ubyte.gz", images), (prefix + "-labels-idx1-ubyte.gz", labels)):
            path = os.path.join(d, name)
            with open(path, "wb") as f:  # mtime 0: the same bytes on every run
                with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
                    g.write(content)
            files[name] = md5(path)
    return files


def cifar_record(i, label_bytes, label):
    head = bytes([i % 20, label]) if label_bytes == 2 else bytes([label])
    return head + bytes((i * 5 + k * 50 + p) % 256 for k in range(3) for p in range(1024))


def add(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 0
    tar.addfile(info, io.BytesIO(data))


def write_tar(path, fmt, build):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=fmt) as tar:
        build(tar)
    with open(path, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
            g.write(raw.getvalue())


def cifar10(tar):
    folder = tarfile.TarInfo("cifar-10-batches-bin")
    folder.type = tarfile.DIRTYPE
    folder.mode = 0o755
    tar.addfile(folder)
    for f in range(1, 6):
        add(tar, f"cifar-10-batches-bin/data_batch_{f}.bin",
            b"".join(cifar_record(2 * f + r, 1, (f + r) % 10) for r in range(2)))
    add(tar, "cifar-10-batches-bin/test_batch.bin", b"".join(cifar_record(r, 1, 9 - r) for r in range(2)))
    add(tar, "cifar-10-batches-bin/batches.meta.txt", b"airplane\nautomobile\n")


def cifar100(tar):
    add(tar, "cifar-100-binary/train.bin", b"".join(cifar_record(r, 2, 90 + r) for r in range(2)))
    add(tar, "cifar-100-binary/test.bin", b"".join(cifar_record(r, 2, r) for r in range(2)))


def mixed(tar, long_name):
    folder = tarfile.TarInfo("top/empty")
    folder.type = tarfile.DIRTYPE
    folder.mode = 0o755
    tar.addfile(folder)
    add(tar, long_name, bytes(range(256)) * 3 + b"tail")
    add(tar, "top/a.txt", b"")
    link = tarfile.TarInfo("top/link")
    link.type = tarfile.SYMTYPE
    link.linkname = "a.txt"
    tar.addfile(link)


LONG = "top/" + "long-" * 25 + "name.bin"
SPLIT = "top/" + "d" * 90 + "/" + "f" * 90 + ".bin"


def members(archive):
    """Every regular file torchvision's extract_archive writes, with its MD5."""
    d = tempfile.mkdtemp()
    try:
        extract_archive(archive, d)
        out = {}
        for base, _, names in os.walk(d):
            for n in names:
                p = os.path.join(base, n)
                if os.path.isfile(p) and not os.path.islink(p):
                    out[os.path.relpath(p, d)] = md5(p)
        return out
    finally:
        shutil.rmtree(d)


def main():
    os.makedirs(OUT, exist_ok=True)
    out = {"mnist": {"mirrors": MNIST.mirrors, "resources": MNIST.resources},
           "fashion_mnist": {"mirrors": FashionMNIST.mirrors, "resources": FashionMNIST.resources},
           "mnist_files": mnist(os.path.join(OUT, "mnist")), "archives": {}}
    for name, fmt, build in (("cifar-10-binary.tar.gz", tarfile.GNU_FORMAT, cifar10),
                             ("cifar-100-binary.tar.gz", tarfile.GNU_FORMAT, cifar100),
                             # a long member name as a pax header, a GNU 'L' entry, and ustar's prefix field
                             ("mixed-pax.tar.gz", tarfile.PAX_FORMAT, lambda t: mixed(t, LONG)),
                             ("mixed-gnu.tar.gz", tarfile.GNU_FORMAT, lambda t: mixed(t, LONG)),
                             ("mixed-ustar.tar.gz", tarfile.USTAR_FORMAT, lambda t: mixed(t, SPLIT))):
        path = os.path.join(OUT, name)
        write_tar(path, fmt, build)
        out["archives"][name] = {"md5": md5(path), "members": members(path)}
    # a member that would land outside the extraction folder (torchvision 0.14's tarfile extracts it there)
    write_tar(os.path.join(OUT, "escape.tar.gz"), tarfile.GNU_FORMAT, lambda t: add(t, "../escaped.txt", b"x"))
    with open(os.path.join(OUT, "resources.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
