package jtorch.utils.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 20).boxed().toList();

    /** A clock advancing 0.5 s per reading. */
    private static java.util.function.LongSupplier clock() {
        long[] t = {0};
        return () -> t[0] += 500_000_000L;
    }

    @Test
    void notATerminalLogsPlainLinesEveryTenPercent() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress<Integer> p = Progress.wrap(ITEMS, "epoch 3", ITEMS.size(), new PrintStream(buf, true, StandardCharsets.UTF_8),
                false, clock(), 10);
        List<Integer> seen = new ArrayList<>();
        for (int x : p) {
            seen.add(x);
            p.setPostfix("loss", 1.0 / (x + 1));
        }
        assertEquals(ITEMS, seen);
        String text = buf.toString(StandardCharsets.UTF_8);
        assertTrue(!text.contains("\r"));
        String[] lines = text.split("\n");
        assertEquals(11, lines.length, text); // 5%, then every 10 points up to 100%
        assertTrue(lines[0].startsWith("epoch 3:   5%|          | 1/20 ["), lines[0]);
        assertTrue(lines[10].startsWith("epoch 3: 100%|##########| 20/20 ["), lines[10]);
        assertTrue(lines[10].endsWith(", loss=0.0500]"), lines[10]);
        assertEquals(20, p.count());
    }

    @Test
    void aTerminalRedrawsOneLine() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress<Integer> p = Progress.wrap(ITEMS, "eval", ITEMS.size(), new PrintStream(buf, true, StandardCharsets.UTF_8),
                true, clock(), 10);
        int sum = 0;
        for (int x : p) {
            sum += x;
        }
        assertEquals(190, sum);
        String text = buf.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.chars().filter(c -> c == '\n').count());
        String last = text.substring(text.lastIndexOf('\r') + 1);
        assertTrue(last.matches("eval: 100%\\|##########\\| 20/20 \\[00:\\d\\d<00:00, \\d+\\.\\d\\d(it/s|s/it)]\n"), last);
        assertTrue(text.split("\r").length > 5);
    }

    @Test
    void unknownTotalShowsCountAndRate() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress<Integer> p = Progress.wrap(ITEMS, "", -1, new PrintStream(buf, true, StandardCharsets.UTF_8), false, clock(), 10);
        p.forEach(x -> { });
        String text = buf.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("20 ["), text);
        assertTrue(text.contains("it/s]"), text);
    }
}
