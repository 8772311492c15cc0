package io.iocr.engine.ocr;

import io.iocr.client.model.Location;
import java.util.List;

/**
 * A quadrilateral in image pixels, corners clockwise from top-left: (x0,y0) top-left, (x1,y1) top-right,
 * (x2,y2) bottom-right, (x3,y3) bottom-left.
 */
public record Quad(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3) {

    public static Quad ofRect(float left, float top, float width, float height) {
        return new Quad(left, top, left + width, top, left + width, top + height, left, top + height);
    }

    public float minX() {
        return Math.min(Math.min(x0, x1), Math.min(x2, x3));
    }

    public float maxX() {
        return Math.max(Math.max(x0, x1), Math.max(x2, x3));
    }

    public float minY() {
        return Math.min(Math.min(y0, y1), Math.min(y2, y3));
    }

    public float maxY() {
        return Math.max(Math.max(y0, y1), Math.max(y2, y3));
    }

    public float centerX() {
        return (x0 + x1 + x2 + x3) / 4f;
    }

    public float centerY() {
        return (y0 + y1 + y2 + y3) / 4f;
    }

    /** Length of the top edge (text direction). */
    public float width() {
        return (float) Math.max(Math.hypot(x1 - x0, y1 - y0), Math.hypot(x2 - x3, y2 - y3));
    }

    /** Length of the left edge (text height). */
    public float height() {
        return (float) Math.max(Math.hypot(x3 - x0, y3 - y0), Math.hypot(x2 - x1, y2 - y1));
    }

    /**
     * The part of this quad between fractions {@code from} and {@code to} of its top/bottom edges; used to locate
     * a value that shares one detected line with its label.
     */
    public Quad slice(double from, double to) {
        float f = (float) Math.max(0, Math.min(1, from));
        float t = (float) Math.max(f, Math.min(1, to));
        return new Quad(lerp(x0, x1, f), lerp(y0, y1, f), lerp(x0, x1, t), lerp(y0, y1, t),
                lerp(x3, x2, t), lerp(y3, y2, t), lerp(x3, x2, f), lerp(y3, y2, f));
    }

    /** The axis-aligned union of two quads. */
    public Quad union(Quad other) {
        float left = Math.min(minX(), other.minX());
        float top = Math.min(minY(), other.minY());
        return ofRect(left, top, Math.max(maxX(), other.maxX()) - left, Math.max(maxY(), other.maxY()) - top);
    }

    public Quad scaled(double sx, double sy) {
        return new Quad((float) (x0 * sx), (float) (y0 * sy), (float) (x1 * sx), (float) (y1 * sy),
                (float) (x2 * sx), (float) (y2 * sy), (float) (x3 * sx), (float) (y3 * sy));
    }

    /** The wire location: {@code box} as four integer corners, {@code cbox} as [x, y, w, h] of the bounds. */
    public Location toLocation() {
        List<List<Integer>> box = List.of(point(x0, y0), point(x1, y1), point(x2, y2), point(x3, y3));
        int left = Math.round(minX());
        int top = Math.round(minY());
        List<Integer> cbox = List.of(left, top, Math.round(maxX()) - left, Math.round(maxY()) - top);
        return new Location(box, cbox);
    }

    private static List<Integer> point(float x, float y) {
        return List.of(Math.round(x), Math.round(y));
    }

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }
}
