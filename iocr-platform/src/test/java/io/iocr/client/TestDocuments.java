package io.iocr.client;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real documents for tests, made in memory. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static DocumentSource source(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    /** A real image of the given size, encoded as {@code format} (png, jpg, bmp). */
    public static byte[] image(String format, int width, int height) {
        return image(format, width, height, 0);
    }

    /** Like {@link #image(String, int, int)}, with pixels that make each {@code variant} a different file. */
    public static byte[] image(String format, int width, int height, int variant) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        image.setRGB(variant % width, (variant / width) % height, variant * 7919 & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG of {@code index}-dependent content: distinct files for bulk tests. */
    public static byte[] distinctPng(int index) {
        return image("png", 40, 30, index);
    }

    /** Bytes that start like a PDF, followed by {@code size} seeded random bytes. */
    public static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size + 9];
        new Random(seed).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    /** A minimal OFD package: a ZIP whose root holds OFD.xml. */
    public static byte[] ofd() {
        return zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>");
    }

    public static byte[] zip(String entry, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
