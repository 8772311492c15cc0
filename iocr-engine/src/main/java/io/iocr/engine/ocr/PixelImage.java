package io.iocr.engine.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** An image as packed 0xRRGGBB pixels, row-major: the one in-memory form every OCR stage reads. */
public record PixelImage(int width, int height, int[] rgb) {

    public static PixelImage of(BufferedImage image) {
        BufferedImage rgbImage = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgbImage = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = rgbImage.createGraphics();
            g.setColor(java.awt.Color.WHITE); // transparent pixels read as paper, not as black ink
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) rgbImage.getRaster().getDataBuffer()).getData();
        return new PixelImage(rgbImage.getWidth(), rgbImage.getHeight(), pixels);
    }

    public int at(int x, int y) {
        return rgb[y * width + x];
    }
}
