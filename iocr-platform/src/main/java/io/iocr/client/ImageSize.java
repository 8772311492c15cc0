package io.iocr.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** An image's size in pixels, as its header gives it. */
public record ImageSize(int width, int height) {

    /**
     * Reads the header of the image in {@code in}, never its pixels, and in memory: ImageIO's own stream factory
     * would first copy the stream into a temporary file, which fails where no temporary file can be written.
     * {@code in} is left open.
     *
     * @return the size, or null when no image reader recognises the bytes
     * @throws IOException when a reader recognises them but cannot read the header
     */
    public static ImageSize read(InputStream in) throws IOException {
        try (ImageInputStream image = new MemoryCacheImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
