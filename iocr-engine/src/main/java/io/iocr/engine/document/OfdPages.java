package io.iocr.engine.document;

import io.iocr.engine.ocr.PixelImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/**
 * Every page of an OFD (GB/T 33190): its text objects as a text layer when it has any (OFD e-invoices do), else
 * its image objects composed onto a white page at the configured resolution for OCR (scanned OFDs). Vector
 * graphics carry no text and are not drawn.
 */
final class OfdPages {

    private OfdPages() {
    }

    static List<DocumentPage> read(byte[] bytes, int dpi, int maxPages) {
        double scale = dpi / 25.4; // OFD units are millimetres
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(bytes))) {
            int count = Math.min(reader.getNumberOfPages(), maxPages);
            List<DocumentPage> pages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Page page = reader.getPage(i + 1); // OFDReader numbers pages from 1
                ST_Box size = reader.getPageSize(page);
                int width = (int) Math.round(size.getWidth() * scale);
                int height = (int) Math.round(size.getHeight() * scale);
                List<TextLayerLines.Fragment> fragments = new ArrayList<>();
                List<ImageObject> images = new ArrayList<>();
                if (page.getContent() != null) {
                    for (CT_Layer layer : page.getContent().getLayers()) {
                        collect(layer.getPageBlocks(), fragments, images, scale);
                    }
                }
                if (!fragments.isEmpty()) {
                    pages.add(DocumentPage.ofText(i + 1, TextLayerLines.join(fragments), width, height));
                } else {
                    pages.add(DocumentPage.ofImage(i + 1, PixelImage.of(compose(reader, images, width, height,
                            scale))));
                }
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("Cannot read the OFD: " + e.getMessage(), e);
        }
    }

    private static void collect(List<PageBlockType> blocks, List<TextLayerLines.Fragment> fragments,
                                List<ImageObject> images, double scale) {
        for (PageBlockType block : blocks) {
            if (block instanceof TextObject text) {
                ST_Box box = text.getBoundary();
                double fontSize = text.getSize() == null ? 3.5 : text.getSize();
                StringBuilder content = new StringBuilder();
                double baselineY = Double.NaN;
                for (TextCode code : text.getTextCodes()) {
                    content.append(code.getContent());
                    if (Double.isNaN(baselineY) && code.getY() != null) {
                        baselineY = code.getY();
                    }
                }
                double left = box.getTopLeftX();
                double top = box.getTopLeftY() + (Double.isNaN(baselineY) ? 0 : baselineY - fontSize * 0.88);
                double width = Math.max(box.getWidth(), fontSize * content.length() * 0.5);
                fragments.add(new TextLayerLines.Fragment(content.toString(), left * scale, top * scale,
                        (left + width) * scale, (top + fontSize) * scale));
            } else if (block instanceof ImageObject image) {
                images.add(image);
            } else if (block instanceof CT_PageBlock group) {
                collect(group.getPageBlocks(), fragments, images, scale);
            }
        }
    }

    private static BufferedImage compose(OFDReader reader, List<ImageObject> images, int width, int height,
                                         double scale) throws IOException {
        BufferedImage page = new BufferedImage(Math.max(width, 1), Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (ImageObject object : images) {
            BufferedImage image = reader.getResMgt().getImage(object);
            ST_Box box = object.getBoundary();
            if (image != null && box != null) {
                g.drawImage(image, (int) Math.round(box.getTopLeftX() * scale), (int) Math.round(box.getTopLeftY()
                        * scale), (int) Math.round(box.getWidth() * scale), (int) Math.round(box.getHeight() * scale),
                        null);
            }
        }
        g.dispose();
        return page;
    }
}
