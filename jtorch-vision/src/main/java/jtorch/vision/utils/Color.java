package jtorch.vision.utils;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RGB colour for the drawing utilities: torchvision's {@code (r, g, b)} tuples and the strings Pillow's
 * {@code ImageColor.getrgb} reads.
 *
 * @param r red, 0..255
 * @param g green, 0..255
 * @param b blue, 0..255
 */
public record Color(int r, int g, int b) {
    private static final Map<String, String> NAMES = names();
    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");

    /** A colour from its components. */
    public Color {
        for (int v : new int[] {r, g, b}) {
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("colour components must be in 0..255, got (" + r + ", " + g + ", "
                        + b + ")");
            }
        }
    }

    /**
     * A colour string as Pillow's {@code ImageColor.getrgb}: {@code "#rgb"}, {@code "#rrggbb"},
     * {@code "rgb(r, g, b)"} or one of the 148 CSS3 names ("red", "darkorchid", ...; case-insensitive).
     *
     * @throws IllegalArgumentException for other strings, with Pillow's message
     */
    public static Color of(String color) {
        String c = color.toLowerCase(Locale.ROOT);
        String hex = NAMES.getOrDefault(c, c);
        if (hex.matches("#[0-9a-f]{3}")) {
            return new Color(Integer.parseInt(hex.substring(1, 2), 16) * 17, Integer.parseInt(hex.substring(2, 3), 16) * 17,
                    Integer.parseInt(hex.substring(3, 4), 16) * 17);
        }
        if (hex.matches("#[0-9a-f]{6}")) {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new Color(v >> 16, (v >> 8) & 0xFF, v & 0xFF);
        }
        Matcher m = RGB.matcher(c);
        if (m.matches()) {
            return new Color(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        throw new IllegalArgumentException("unknown color specifier: '" + color + "'");
    }

    /**
     * torchvision's default colours: object {@code i} gets {@code (i * (2^25 - 1, 2^15 - 1, 2^21 - 1)) % 255}
     * ({@code torchvision.utils._generate_color_palette}).
     */
    public static Color palette(int i) {
        return new Color((int) (i * ((1L << 25) - 1) % 255), (int) (i * ((1L << 15) - 1) % 255),
                (int) (i * ((1L << 21) - 1) % 255));
    }

    private static Map<String, String> names() {
        Map<String, String> m = new HashMap<>();
        try (var in = Color.class.getResourceAsStream("colormap.txt");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    String[] kv = line.split(" ");
                    m.put(kv[0], kv[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
