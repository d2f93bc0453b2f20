package jtorch.vision.utils;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An RGB canvas {@code [3, H, W]} with the drawing primitives torchvision's {@code draw_bounding_boxes} takes
 * from Pillow 9: {@code ImageDraw.rectangle} (outline rows and columns, fill rows, blending with an alpha as
 * Pillow's "RGBA" drawing mode does) and text.
 */
final class Drawing {
    final int height;
    final int width;
    final int[] px; // planar R, G, B

    Drawing(int[] rgb, int height, int width) {
        this.px = rgb;
        this.height = height;
        this.width = width;
    }

    /** Pillow's {@code DIV255(in1 * (255 - alpha) + in2 * alpha)}: the blend of a pixel value with the ink's. */
    private static int blend(int alpha, int dst, int src) {
        int t = dst * (255 - alpha) + src * alpha + 128;
        return ((t >> 8) + t) >> 8;
    }

    private void point(int x, int y, Color c, int alpha) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            int p = y * width + x;
            int plane = height * width;
            px[p] = blend(alpha, px[p], c.r());
            px[plane + p] = blend(alpha, px[plane + p], c.g());
            px[2 * plane + p] = blend(alpha, px[2 * plane + p], c.b());
        }
    }

    /** Pillow's {@code hline}: pixels {@code x0..x1} (either order) of row y, clipped. */
    private void hline(int x0, int y, int x1, Color c, int alpha) {
        for (int x = Math.min(x0, x1); x <= Math.max(x0, x1); x++) {
            point(x, y, c, alpha);
        }
    }

    /** Pillow's vertical {@code line}: {@code |y1 - y0|} pixels from y0 towards y1, the end excluded. */
    private void vline(int x, int y0, int y1, Color c, int alpha) {
        int step = y1 < y0 ? -1 : 1;
        for (int i = 0, y = y0; i < Math.abs(y1 - y0); i++, y += step) {
            point(x, y, c, alpha);
        }
    }

    /** Pillow's {@code draw_rectangle(xy, ink, fill=1)}: rows y0..y1 (clipped), columns x0..x1. */
    void fillRectangle(int x0, int y0, int x1, int y1, Color c, int alpha) {
        for (int y = Math.max(Math.min(y0, y1), 0); y <= Math.min(Math.max(y0, y1), height); y++) {
            hline(x0, y, x1, c, alpha);
        }
    }

    /** Pillow's {@code draw_rectangle(xy, ink, fill=0, width)}: {@code width} nested outlines, drawn inwards. */
    void outlineRectangle(int x0, int y0, int x1, int y1, Color c, int lineWidth) {
        int top = Math.min(y0, y1);
        int bottom = Math.max(y0, y1);
        int w = lineWidth == 0 ? 1 : lineWidth;
        for (int i = 0; i < w; i++) {
            hline(x0, top + i, x1, c, 255);
            hline(x0, bottom - i, x1, c, 255);
            vline(x1 - i, top + w, bottom - w + 1, c, 255);
            vline(x0 + i, top + w, bottom - w + 1, c, 255);
        }
    }

    /**
     * Text with its top-left corner at {@code (x, y)}, rendered by Java2D (not Pillow's fonts: the default is
     * a 10-pixel monospaced font standing in for Pillow's 11-pixel bitmap font) without antialiasing.
     */
    void text(int x, int y, String s, Color c, Path fontFile, Integer fontSize) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int plane = height * width;
        for (int p = 0; p < plane; p++) {
            img.setRGB(p % width, p / width, (px[p] << 16) | (px[plane + p] << 8) | px[2 * plane + p]);
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(font(fontFile, fontSize));
            g.setColor(new java.awt.Color(c.r(), c.g(), c.b()));
            g.drawString(s, x, y + g.getFontMetrics().getAscent());
        } finally {
            g.dispose();
        }
        for (int p = 0; p < plane; p++) {
            int v = img.getRGB(p % width, p / width);
            px[p] = (v >> 16) & 0xFF;
            px[plane + p] = (v >> 8) & 0xFF;
            px[2 * plane + p] = v & 0xFF;
        }
    }

    private static Font font(Path file, Integer size) {
        if (file == null) {
            return new Font(Font.MONOSPACED, Font.PLAIN, 10);
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont((float) (size == null ? 10 : size));
        } catch (FontFormatException e) {
            throw new IllegalArgumentException("cannot read the TrueType font " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TrueType font " + file, e);
        }
    }
}
