package jtorch.vision.datasets;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

/**
 * Downloading, checking and extracting dataset files: torchvision's {@code torchvision.datasets.utils}
 * ({@code download_url}, {@code check_integrity}, {@code calculate_md5}, {@code extract_archive},
 * {@code download_and_extract_archive}), printing torchvision's progress lines on {@code System.out}.
 *
 * <p>Unlike torchvision, every file lands atomically: a download or an extracted file is written to a
 * temporary file next to its target, checked, then renamed onto the target, so an interrupted or corrupt
 * download never leaves a partial file under the name a dataset looks for. Failures are
 * {@link UncheckedIOException}s naming the URL and the file. torchvision retries a failing {@code https}
 * URL over plain {@code http}; this does not (downgrading the transport is the caller's decision).
 */
public final class DatasetUtils {
    private static final int CHUNK = 1 << 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Archives whose kind the name tells, as torchvision's {@code _detect_file_type}. */
    private static final List<String> KNOWN_SUFFIXES = List.of(".tar.gz", ".tgz", ".tar", ".gz");

    private DatasetUtils() {
    }

    /** torchvision: {@code calculate_md5(fpath)}: the lower-case hex MD5 of a file's bytes. */
    public static String calculateMd5(Path file) {
        MessageDigest md5 = md5();
        byte[] buf = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md5.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to checksum it: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /**
     * torchvision: {@code check_integrity(fpath, md5=None)}: whether {@code file} is a regular file and,
     * when {@code md5} is not null, has that MD5.
     */
    public static boolean checkIntegrity(Path file, String md5) {
        return Files.isRegularFile(file) && (md5 == null || md5.equalsIgnoreCase(calculateMd5(file)));
    }

    /**
     * torchvision: {@code download_url(url, root, filename=None, md5=None)}: downloads {@code url} to
     * {@code root/filename} (the URL's last path segment when {@code filename} is null) unless that file
     * exists and matches {@code md5}; redirects are followed.
     *
     * @return the downloaded (or already present) file
     * @throws UncheckedIOException naming the URL for an HTTP error, an unreachable host or a truncated
     *                              body, and naming the URL, the file and both checksums for an MD5
     *                              mismatch; the target is then left as it was
     */
    public static Path downloadUrl(String url, Path root, String filename, String md5) {
        try {
            return download(url, root, filename, md5);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * torchvision: {@code extract_archive(from_path, to_path=None, remove_finished=False)}: extracts a
     * {@code .tar}, {@code .tar.gz} or {@code .tgz} archive into {@code to} (the archive's folder when
     * null), or decompresses a {@code .gz} file to {@code to/<name without .gz>}.
     *
     * @return the folder extracted to
     * @throws UncheckedIOException naming the archive when it is corrupt or truncated, or when a member
     *                              would land outside {@code to}
     * @throws IllegalArgumentException when the name has none of the known suffixes
     */
    public static Path extractArchive(Path from, Path to, boolean removeFinished) {
        Path target = to != null ? to : from.toAbsolutePath().getParent();
        String name = from.getFileName().toString();
        String suffix = KNOWN_SUFFIXES.stream().filter(name::endsWith).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Unknown compression or archive type of '" + from
                        + "'. Known suffixes are: " + KNOWN_SUFFIXES));
        try {
            Files.createDirectories(target);
            if (suffix.equals(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(from), CHUNK)) {
                    writeAtomically(in, target.resolve(name.substring(0, name.length() - 3)));
                }
            } else {
                try (InputStream raw = new BufferedInputStream(Files.newInputStream(from), CHUNK);
                        InputStream in = suffix.equals(".tar") ? raw : new GZIPInputStream(raw, CHUNK)) {
                    TarReader.extract(in, target);
                }
            }
        } catch (EOFException e) {
            throw new UncheckedIOException("cannot extract " + from + ": truncated archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + from + ": " + e.getMessage(), e);
        }
        if (removeFinished) {
            try {
                Files.delete(from);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + from + " after extracting it: " + e.getMessage(), e);
            }
        }
        return target;
    }

    /**
     * torchvision: {@code download_and_extract_archive(url, download_root, extract_root=None,
     * filename=None, md5=None, remove_finished=False)}: {@link #downloadUrl} then {@link #extractArchive}.
     */
    public static void downloadAndExtractArchive(String url, Path downloadRoot, Path extractRoot, String filename,
            String md5, boolean removeFinished) {
        Path archive = downloadUrl(url, downloadRoot, filename, md5);
        extract(archive, extractRoot != null ? extractRoot : downloadRoot, removeFinished);
    }

    /**
     * torchvision's mirror loop of {@code MNIST.download()}: tries {@code mirror + filename} for each
     * mirror in turn; a mirror that cannot be reached or answers with an HTTP error is reported and the
     * next one tried; a checksum mismatch fails at once, as in torchvision.
     */
    static void downloadFromMirrors(List<String> mirrors, String filename, String md5, Path root) {
        PrintStream out = System.out;
        IOException last = null;
        for (String mirror : mirrors) {
            String url = mirror + filename;
            out.println("Downloading " + url);
            try {
                extract(download(url, root, filename, md5), root, false);
                out.println();
                return;
            } catch (IOException e) {
                out.println("Failed to download (trying next):");
                out.println(e.getMessage());
                out.println();
                last = e;
            }
        }
        throw new UncheckedIOException("Error downloading " + filename + " from " + mirrors, last);
    }

    private static void extract(Path archive, Path to, boolean removeFinished) {
        System.out.println("Extracting " + archive + " to " + to);
        extractArchive(archive, to, removeFinished);
    }

    /** download_url with the network failures as checked IOExceptions (the mirror loop's URLError). */
    private static Path download(String url, Path root, String filename, String md5) throws IOException {
        URI uri = URI.create(url);
        String name = filename != null && !filename.isEmpty() ? filename
                : uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
        Files.createDirectories(root);
        Path file = root.resolve(name);
        if (checkIntegrity(file, md5)) {
            System.out.println("Using downloaded and verified file: " + file);
            return file;
        }
        System.out.println("Downloading " + url + " to " + file);
        Path part = partFile(file);
        try {
            String actual = fetch(uri, part);
            if (md5 != null && !md5.equalsIgnoreCase(actual)) {
                // not an IOException: a wrong file is no reason to try another mirror
                throw new UncheckedIOException(new IOException("File not found or corrupted: " + url
                        + " downloaded as " + file + " has MD5 " + actual + ", expected " + md5));
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** GETs {@code uri} into {@code part}; returns the MD5 of the bytes received. */
    private static String fetch(URI uri, Path part) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("User-Agent", "jtorch-vision").GET().build();
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT).build()) {
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while downloading " + uri);
            } catch (IOException e) {
                throw new IOException("cannot reach " + uri + ": " + e, e);
            }
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP Error " + response.statusCode() + " for " + uri);
                }
                long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                MessageDigest md5 = md5();
                long got;
                try (InputStream in = new DigestInputStream(body, md5); OutputStream out = Files.newOutputStream(part)) {
                    got = in.transferTo(out);
                } catch (IOException e) {
                    throw new IOException("download of " + uri + " failed: " + e, e);
                }
                if (expected >= 0 && got != expected) {
                    throw new IOException("download of " + uri + " truncated: " + got + " of " + expected + " bytes");
                }
                return HexFormat.of().formatHex(md5.digest());
            }
        }
    }

    /**
     * Copies {@code in} to a temporary file next to {@code target}, then renames it onto {@code target}.
     * Returns the bytes written.
     */
    static long writeAtomically(InputStream in, Path target) throws IOException {
        Path part = partFile(target);
        try {
            long n;
            try (OutputStream out = Files.newOutputStream(part)) {
                n = in.transferTo(out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * A new empty hidden file {@code .<name>.<random>.part} next to {@code target}; created with the
     * default permissions (not {@code createTempFile}'s owner-only ones) since it becomes the target.
     */
    private static Path partFile(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            try {
                return Files.createFile(dir.resolve("." + target.getFileName() + "."
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part"));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /**
     * Reader of tar archives (POSIX ustar with GNU long names and pax path headers, which covers the
     * archives torchvision downloads): regular files and folders are extracted, links and devices
     * skipped.
     */
    static final class TarReader {
        private static final int BLOCK = 512;

        private TarReader() {
        }

        static void extract(InputStream in, Path to) throws IOException {
            Path root = to.toAbsolutePath().normalize();
            byte[] header = new byte[BLOCK];
            String longName = null;
            for (int entry = 0; ; entry++) {
                if (in.readNBytes(header, 0, BLOCK) < BLOCK) {
                    throw new EOFException("truncated tar archive (no end-of-archive blocks)");
                }
                if (isZero(header)) {
                    return; // end-of-archive marker
                }
                checkChecksum(header, entry);
                long size = number(header, 124, 12);
                byte type = header[156];
                String name = longName != null ? longName : fullName(header);
                longName = null;
                switch (type) {
                    case 'L' -> longName = trimNul(new String(readData(in, size), StandardCharsets.UTF_8));
                    case 'x' -> longName = paxPath(readData(in, size));
                    case '0', 0, '7' -> {
                        Path target = safeResolve(root, name);
                        Files.createDirectories(target.getParent());
                        long n = writeAtomically(new BoundedStream(in, size), target);
                        if (n != size) {
                            throw new EOFException("truncated tar archive in member " + name);
                        }
                        skip(in, padding(size));
                    }
                    case '5' -> Files.createDirectories(safeResolve(root, name));
                    default -> skip(in, size + padding(size)); // links, devices, global pax headers
                }
            }
        }

        private static byte[] readData(InputStream in, long size) throws IOException {
            if (size > 1 << 20) {
                throw new IOException("tar extended header of " + size + " bytes");
            }
            byte[] data = in.readNBytes((int) size);
            if (data.length < size) {
                throw new EOFException("truncated tar archive");
            }
            skip(in, padding(size));
            return data;
        }

        /** The {@code path} record of a pax extended header ({@code "<len> path=<value>\n"} records), or null. */
        private static String paxPath(byte[] data) {
            String path = null;
            int i = 0;
            while (i < data.length) {
                int space = indexOf(data, (byte) ' ', i);
                if (space < 0) {
                    break;
                }
                int len = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII).trim());
                String record = new String(data, space + 1, len - (space + 1 - i) - 1, StandardCharsets.UTF_8);
                if (record.startsWith("path=")) {
                    path = record.substring(5);
                }
                i += len;
            }
            return path;
        }

        private static int indexOf(byte[] a, byte b, int from) {
            for (int i = from; i < a.length; i++) {
                if (a[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        private static String fullName(byte[] h) {
            String name = string(h, 0, 100);
            boolean ustar = string(h, 257, 5).equals("ustar");
            String prefix = ustar && h[263] == '0' ? string(h, 345, 155) : ""; // POSIX ustar ("00"), not GNU
            return prefix.isEmpty() ? name : prefix + "/" + name;
        }

        private static Path safeResolve(Path root, String name) throws IOException {
            Path p = root.resolve(name).normalize();
            if (!p.startsWith(root) || p.equals(root)) {
                throw new IOException("tar member '" + name + "' would be extracted outside " + root);
            }
            return p;
        }

        private static void checkChecksum(byte[] h, int entry) throws IOException {
            long stored = number(h, 148, 8);
            long sum = 0;
            for (int i = 0; i < BLOCK; i++) {
                sum += i >= 148 && i < 156 ? ' ' : h[i] & 0xFF;
            }
            if (sum != stored) {
                throw new IOException("not a tar archive or corrupt: header " + entry + " has checksum " + stored
                        + ", computed " + sum);
            }
        }

        /** An octal field, or GNU's base-256 form (high bit set) for large sizes. */
        private static long number(byte[] h, int off, int len) {
            if ((h[off] & 0x80) != 0) {
                long v = h[off] & 0x7F;
                for (int i = off + 1; i < off + len; i++) {
                    v = (v << 8) | (h[i] & 0xFF);
                }
                return v;
            }
            String s = trimNul(new String(h, off, len, StandardCharsets.US_ASCII)).trim();
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        }

        private static String string(byte[] h, int off, int len) {
            return trimNul(new String(h, off, len, StandardCharsets.UTF_8));
        }

        private static String trimNul(String s) {
            int z = s.indexOf('\0');
            return z < 0 ? s : s.substring(0, z);
        }

        private static boolean isZero(byte[] b) {
            for (byte x : b) {
                if (x != 0) {
                    return false;
                }
            }
            return true;
        }

        private static long padding(long size) {
            return (BLOCK - size % BLOCK) % BLOCK;
        }

        private static void skip(InputStream in, long n) throws IOException {
            in.skipNBytes(n);
        }
    }

    /** The next {@code limit} bytes of a stream, leaving it open. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
