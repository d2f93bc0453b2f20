package jtorch.vision.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import jtorch.vision.io.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download code path against a local HTTP server serving small files that
 * tools/golden/vision_download.py generated (fixtures/vision/download), with the MD5s Python's hashlib
 * computed and the members torchvision's {@code extract_archive} wrote. Nothing leaves the machine.
 */
class DownloadTest {
    static JsonObject fx;
    static final Map<String, byte[]> FILES = new TreeMap<>();

    @TempDir
    Path tmp;
    HttpServer server;
    String base;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void load() throws IOException {
        try (var in = DownloadTest.class.getResourceAsStream("/fixtures/vision/download/resources.json")) {
            fx = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        for (String n : fx.getAsJsonObject("mnist_files").keySet()) {
            FILES.put(n, resource("mnist/" + n));
        }
        for (String n : List.of("cifar-10-binary.tar.gz", "cifar-100-binary.tar.gz", "mixed-pax.tar.gz",
                "mixed-gnu.tar.gz", "mixed-ustar.tar.gz", "escape.tar.gz")) {
            FILES.put(n, resource(n));
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DownloadTest.class.getResourceAsStream("/fixtures/vision/download/" + name)) {
            return in.readAllBytes();
        }
    }

    /**
     * /files/NAME serves a fixture, /redirect/NAME answers 302 to /files/NAME, /truncated/NAME announces
     * the whole length and sends half; anything else is a 404.
     */
    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        String[] parts = path.split("/", 3);
        byte[] body = parts.length == 3 ? FILES.get(parts[2]) : null;
        try (ex) {
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else if (parts[1].equals("files")) {
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } else if (parts[1].equals("redirect")) {
                ex.getResponseHeaders().add("Location", "/files/" + parts[2]);
                ex.sendResponseHeaders(302, -1);
            } else if (parts[1].equals("truncated")) {
                ex.sendResponseHeaders(200, body.length);
                OutputStream o = ex.getResponseBody();
                o.write(body, 0, body.length / 2);
                o.flush();
                throw new IOException("dropping the connection mid-body"); // the server then closes it
            } else {
                ex.sendResponseHeaders(404, -1);
            }
        }
    }

    /** Runs {@code body} with System.out captured; returns what it printed. */
    static String printed(Runnable body) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    static List<MNIST.Resource> resources(JsonObject json) {
        List<MNIST.Resource> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("resources")) {
            JsonArray a = e.getAsJsonArray();
            out.add(new MNIST.Resource(a.get(0).getAsString(), a.get(1).getAsString()));
        }
        return out;
    }

    static List<String> strings(JsonArray a) {
        return a.asList().stream().map(JsonElement::getAsString).toList();
    }

    /** The fixture's MNIST files, in torchvision's order, with hashlib's MD5s, fetched from {@code mirrors}. */
    static MNIST<Image, Integer> mnist(Path root, boolean train, List<String> mirrors, Function<String, String> md5) {
        List<MNIST.Resource> res = resources(fx.getAsJsonObject("mnist")).stream()
                .map(r -> new MNIST.Resource(r.filename(), md5.apply(r.filename()))).toList();
        return new MNIST<>(root, train, VisionDataset.identity(), VisionDataset.identity(), true) {
            @Override
            public List<String> mirrors() {
                return mirrors;
            }

            @Override
            public List<Resource> resources() {
                return res;
            }
        };
    }

    static String md5(String file) {
        return fx.getAsJsonObject("mnist_files").get(file).getAsString();
    }

    static String closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/";
        }
    }

    /** Every file under {@code dir} (relative, '/'-separated) with the MD5 {@link DatasetUtils} computes. */
    static Map<String, String> regularFiles(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), DatasetUtils.calculateMd5(p));
            }
        }
        return out;
    }

    static Map<String, String> members(String archive) {
        Map<String, String> out = new TreeMap<>();
        fx.getAsJsonObject("archives").getAsJsonObject(archive).getAsJsonObject("members").entrySet()
                .forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
        return out;
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void mirrorsAndResourcesAreTorchvisions() throws IOException {
        for (String folder : List.of("MNIST", "FashionMNIST")) {
            Path raw = tmp.resolve(folder).resolve("raw");
            Files.createDirectories(raw);
            for (var f : FILES.entrySet()) {
                if (f.getKey().contains("idx")) {
                    Files.write(raw.resolve(f.getKey()), f.getValue());
                }
            }
        }
        MNIST<Image, Integer> m = MNIST.of(tmp, false);
        FashionMNIST<Image, Integer> f = FashionMNIST.of(tmp, false);
        assertEquals(strings(fx.getAsJsonObject("mnist").getAsJsonArray("mirrors")), m.mirrors());
        assertEquals(resources(fx.getAsJsonObject("mnist")), m.resources());
        assertEquals(strings(fx.getAsJsonObject("fashion_mnist").getAsJsonArray("mirrors")), f.mirrors());
        assertEquals(resources(fx.getAsJsonObject("fashion_mnist")), f.resources());
        for (var e : fx.getAsJsonObject("mnist_files").entrySet()) { // the JDK's MD5 is hashlib's
            assertEquals(e.getValue().getAsString(), DatasetUtils.calculateMd5(raw(tmp, "MNIST").resolve(e.getKey())));
        }
    }

    static Path raw(Path root, String folder) {
        return root.resolve(folder).resolve("raw");
    }

    @Test
    void aFailingMirrorIsReportedAndTheNextOneServesVerifiedExtractedFiles() throws IOException {
        List<String> mirrors = List.of(base + "missing/", base + "redirect/");
        String out = printed(() -> {
            MNIST<Image, Integer> train = mnist(tmp, true, mirrors, DownloadTest::md5);
            assertEquals(5, train.size());
            assertEquals((3 * 7 + 5) & 0xFF, train.get(3).data().getPixel(2, 1, 0)); // image 3, p = 1*3 + 2
            assertEquals(9, train.get(3).target());
        });
        String first = base + "missing/train-images-idx3-ubyte.gz";
        String second = base + "redirect/train-images-idx3-ubyte.gz";
        Path raw = raw(tmp, "MNIST");
        assertTrue(out.contains("Downloading " + first + "\nDownloading " + first + " to "
                + raw.resolve("train-images-idx3-ubyte.gz") + "\nFailed to download (trying next):\nHTTP Error 404 for "
                + first + "\n\nDownloading " + second + "\n"), out);
        assertTrue(out.contains("Extracting " + raw.resolve("train-images-idx3-ubyte.gz") + " to " + raw), out);
        assertEquals(12, requests.size(), requests.toString()); // 4 x (404, 302, 200)
        for (var f : fx.getAsJsonObject("mnist_files").entrySet()) {
            String gz = f.getKey();
            assertEquals(f.getValue().getAsString(), DatasetUtils.calculateMd5(raw.resolve(gz)));
            assertArrayEquals(gunzip(FILES.get(gz)), Files.readAllBytes(raw.resolve(gz.replace(".gz", ""))));
        }
        try (Stream<Path> s = Files.list(raw)) {
            assertEquals(8, s.count(), "the 4 archives and the 4 extracted files, no temporary file");
        }
        // everything is there: no request, nothing printed
        String again = printed(() -> assertEquals(3, mnist(tmp, false, mirrors, DownloadTest::md5).size()));
        assertEquals("", again);
        assertEquals(12, requests.size());
    }

    @Test
    void aVerifiedArchiveIsKeptAndACorruptOneFetchedAgain() throws IOException {
        Path raw = raw(tmp, "MNIST");
        Files.createDirectories(raw);
        for (var f : FILES.entrySet()) {
            if (f.getKey().contains("idx")) {
                Files.write(raw.resolve(f.getKey()), f.getValue());
            }
        }
        Files.write(raw.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {1, 2, 3});
        String out = printed(() -> assertEquals(3, mnist(tmp, false, List.of(base + "files/"), DownloadTest::md5).size()));
        assertEquals(List.of("/files/t10k-labels-idx1-ubyte.gz"), requests);
        assertTrue(out.contains("Downloading " + base + "files/t10k-labels-idx1-ubyte.gz"), out);
        assertEquals(md5("t10k-labels-idx1-ubyte.gz"), DatasetUtils.calculateMd5(raw.resolve("t10k-labels-idx1-ubyte.gz")));

        Path lone = tmp.resolve("lone");
        String url = base + "files/train-labels-idx1-ubyte.gz";
        printed(() -> DatasetUtils.downloadUrl(url, lone, null, md5("train-labels-idx1-ubyte.gz")));
        String skip = printed(() -> DatasetUtils.downloadUrl(url, lone, null, md5("train-labels-idx1-ubyte.gz")));
        assertEquals("Using downloaded and verified file: " + lone.resolve("train-labels-idx1-ubyte.gz") + "\n", skip);
        assertEquals(2, requests.size());
    }

    @Test
    void aChecksumMismatchFailsAtOnceNamingUrlFileAndSumsAndLeavesNoFile() throws IOException {
        String bad = "0123456789abcdef0123456789abcdef";
        List<String> mirrors = List.of(base + "files/", base + "redirect/");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> printed(
                () -> mnist(tmp, true, mirrors, n -> n.startsWith("train-images") ? bad : md5(n))));
        Path target = raw(tmp, "MNIST").resolve("train-images-idx3-ubyte.gz");
        String url = base + "files/train-images-idx3-ubyte.gz";
        assertEquals("java.io.IOException: File not found or corrupted: " + url + " downloaded as " + target
                + " has MD5 " + md5("train-images-idx3-ubyte.gz") + ", expected " + bad, e.getMessage());
        assertEquals(List.of("/files/train-images-idx3-ubyte.gz"), requests, "a wrong file does not try the next mirror");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(), s.toList(), "no partial or temporary file");
        }
    }

    @Test
    void offlineEveryMirrorFailsAndTheErrorNamesFileAndUrls() throws IOException {
        String dead = closedPort();
        List<String> mirrors = List.of(dead + "a/", dead + "b/");
        String[] out = new String[1];
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> out[0] = printed(() -> mnist(tmp, true, mirrors, DownloadTest::md5)));
        assertEquals("Error downloading train-images-idx3-ubyte.gz from " + mirrors, e.getMessage());
        assertTrue(e.getCause().getMessage().startsWith("cannot reach " + dead + "b/train-images-idx3-ubyte.gz: "),
                e.getCause().getMessage());
        Path raw = raw(tmp, "MNIST");
        try (Stream<Path> s = Files.list(raw)) {
            assertEquals(List.of(), s.toList());
        }
        UncheckedIOException direct = assertThrows(UncheckedIOException.class,
                () -> printed(() -> DatasetUtils.downloadUrl(dead + "x.bin", tmp, null, null)));
        assertTrue(direct.getMessage().startsWith("cannot reach " + dead + "x.bin: java.net.ConnectException"),
                direct.getMessage());
    }

    @Test
    void httpErrorsAndTruncatedBodiesLeaveNoFile() throws IOException {
        Path dir = tmp.resolve("d");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> printed(() -> DatasetUtils.downloadUrl(base + "nothing/here.gz", dir, null, null)));
        assertEquals("HTTP Error 404 for " + base + "nothing/here.gz", e.getMessage());
        String url = base + "truncated/cifar-10-binary.tar.gz";
        e = assertThrows(UncheckedIOException.class, () -> printed(() -> DatasetUtils.downloadUrl(url, dir, "c.tar.gz", null)));
        assertTrue(e.getMessage().startsWith("download of " + url), e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void cifarArchivesDownloadVerifyExtractAndRead() throws IOException {
        String md510 = fx.getAsJsonObject("archives").getAsJsonObject("cifar-10-binary.tar.gz").get("md5").getAsString();
        String url10 = base + "files/cifar-10-binary.tar.gz";
        class Local10<X, Y> extends CIFAR10<X, Y> {
            Local10(boolean train) {
                super(tmp, train, identity(), identity(), true);
            }

            @Override
            public String url() {
                return url10;
            }

            @Override
            public String tgzMd5() {
                return md510;
            }
        }
        String out = printed(() -> {
            CIFAR10<Image, Integer> train = new Local10<>(true);
            assertEquals(10, train.size());
            // index 5 is record 1 of data_batch_3: the generator's i = 7, label (3 + 1) % 10, green plane p = 33
            assertEquals(4, train.target(5));
            assertEquals((7 * 5 + 50 + 33) & 0xFF, train.get(5).data().getPixel(1, 1, 1));
        });
        assertTrue(out.contains("Downloading " + url10 + " to " + tmp.resolve("cifar-10-binary.tar.gz")), out);
        assertTrue(out.contains("Extracting " + tmp.resolve("cifar-10-binary.tar.gz") + " to " + tmp), out);
        Map<String, String> extracted = regularFiles(tmp.resolve("cifar-10-batches-bin"));
        Map<String, String> expected = new TreeMap<>();
        members("cifar-10-binary.tar.gz").forEach((k, v) -> expected.put(k.substring("cifar-10-batches-bin/".length()), v));
        assertEquals(expected, extracted);
        assertEquals("Files already downloaded\n", printed(() -> assertEquals(2, new Local10<>(false).size())));
        assertEquals(1, requests.size());

        String md5100 = fx.getAsJsonObject("archives").getAsJsonObject("cifar-100-binary.tar.gz").get("md5").getAsString();
        Path root100 = tmp.resolve("c100");
        CIFAR100<Image, Integer>[] made = new CIFAR100[1];
        String out100 = printed(() -> made[0] = new CIFAR100<>(root100, true, VisionDataset.identity(),
                VisionDataset.identity(), true) {
            @Override
            public String url() {
                return base + "redirect/cifar-100-binary.tar.gz";
            }

            @Override
            public String tgzMd5() {
                return md5100;
            }
        });
        assertTrue(out100.contains("Downloading " + base + "redirect/cifar-100-binary.tar.gz"), out100);
        CIFAR100<Image, Integer> c100 = made[0];
        assertEquals(2, c100.size());
        assertEquals(91, c100.target(1));
        assertEquals(1, c100.coarseLabel(1));
        Map<String, String> m100 = new TreeMap<>();
        members("cifar-100-binary.tar.gz").forEach((k, v) -> m100.put(k.substring("cifar-100-binary/".length()), v));
        assertEquals(m100, regularFiles(root100.resolve("cifar-100-binary")));
    }

    @Test
    void tarFormatsExtractAsTorchvisionsExtractArchive() throws IOException {
        for (String a : List.of("mixed-pax.tar.gz", "mixed-gnu.tar.gz", "mixed-ustar.tar.gz")) {
            Path archive = tmp.resolve(a);
            Files.write(archive, FILES.get(a));
            Path to = tmp.resolve("out-" + a);
            assertEquals(to, DatasetUtils.extractArchive(archive, to, true));
            assertEquals(members(a), regularFiles(to), a);
            assertTrue(Files.isDirectory(to.resolve("top/empty")), a);
            assertFalse(Files.exists(to.resolve("top/link"), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                    "symbolic links are skipped");
            assertFalse(Files.exists(archive), "remove_finished");
        }
    }

    @Test
    void corruptArchivesFailNamingTheArchiveAndLeaveNoPartialFile() throws IOException {
        byte[] good = FILES.get("mixed-gnu.tar.gz");
        Path cut = tmp.resolve("cut.tar.gz");
        Files.write(cut, java.util.Arrays.copyOf(good, good.length / 2));
        Path to = tmp.resolve("cut");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> DatasetUtils.extractArchive(cut, to, false));
        assertTrue(e.getMessage().startsWith("cannot extract " + cut + ": "), e.getMessage());
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.walk(to)) {
                assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
            }
        }

        byte[] tar = gunzip(good);
        tar[520] ^= 1; // a byte of the second header (the first is the folder entry)
        Path badHeader = tmp.resolve("bad.tar");
        Files.write(badHeader, tar);
        e = assertThrows(UncheckedIOException.class, () -> DatasetUtils.extractArchive(badHeader, tmp.resolve("b"), false));
        assertTrue(e.getMessage().startsWith("cannot extract " + badHeader + ": not a tar archive or corrupt: header 1 "
                + "has checksum"), e.getMessage());

        Path notGz = tmp.resolve("x-idx1-ubyte.gz");
        Files.writeString(notGz, "plain text");
        e = assertThrows(UncheckedIOException.class, () -> DatasetUtils.extractArchive(notGz, null, false));
        assertTrue(e.getMessage().startsWith("cannot extract " + notGz + ": Not in GZIP format"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x-idx1-ubyte")));

        Path escape = tmp.resolve("inner/escape.tar.gz");
        Files.createDirectories(escape.getParent());
        Files.write(escape, FILES.get("escape.tar.gz"));
        e = assertThrows(UncheckedIOException.class, () -> DatasetUtils.extractArchive(escape, null, false));
        assertTrue(e.getMessage().contains("tar member '../escaped.txt' would be extracted outside " + tmp.resolve("inner")),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("escaped.txt")));

        Path zip = tmp.resolve("a.zip");
        Files.writeString(zip, "PK");
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class,
                () -> DatasetUtils.extractArchive(zip, null, false));
        assertTrue(u.getMessage().contains("Unknown compression or archive type of '" + zip + "'"), u.getMessage());
    }
}
