package io.iocr.engine.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal OFD packages (GB/T 33190) written by hand for tests: one with text objects, as OFD e-invoices carry,
 * and one holding only a scanned image.
 */
public final class OfdSamples {

    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private OfdSamples() {
    }

    public static byte[] withText(String... lines) {
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            objects.append("<ofd:TextObject ID=\"").append(10 + i).append("\" Boundary=\"20 ").append(20 + 15 * i)
                    .append(" 120 7\" Font=\"2\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">").append(lines[i])
                    .append("</ofd:TextCode></ofd:TextObject>");
        }
        return ofd(objects.toString(), null);
    }

    public static byte[] withImage(byte[] png) {
        String image = "<ofd:ImageObject ID=\"10\" Boundary=\"10 10 150 50\" ResourceID=\"6\" CTM=\"150 0 0 50 0 0\"/>";
        return ofd(image, png);
    }

    private static byte[] ofd(String pageObjects, byte[] png) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "OFD.xml", "<ofd:OFD " + NS + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>"
                    + "<ofd:DocID>0c4b3a1e</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                    + "</ofd:DocBody></ofd:OFD>");
            put(zip, "Doc_0/Document.xml", "<ofd:Document " + NS + "><ofd:CommonData><ofd:MaxUnitID>20</ofd:MaxUnitID>"
                    + "<ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea>"
                    + "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                    + (png == null ? "" : "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>")
                    + "</ofd:CommonData><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
                    + "</ofd:Pages></ofd:Document>");
            put(zip, "Doc_0/PublicRes.xml", "<ofd:Res " + NS + " BaseLoc=\"Res\"><ofd:Fonts>"
                    + "<ofd:Font ID=\"2\" FontName=\"宋体\" FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>");
            if (png != null) {
                put(zip, "Doc_0/DocumentRes.xml", "<ofd:Res " + NS + " BaseLoc=\"Res\"><ofd:MultiMedias>"
                        + "<ofd:MultiMedia ID=\"6\" Type=\"Image\" Format=\"PNG\"><ofd:MediaFile>scan.png</ofd:MediaFile>"
                        + "</ofd:MultiMedia></ofd:MultiMedias></ofd:Res>");
                zip.putNextEntry(new ZipEntry("Doc_0/Res/scan.png"));
                zip.write(png);
                zip.closeEntry();
            }
            put(zip, "Doc_0/Pages/Page_0/Content.xml", "<ofd:Page " + NS + "><ofd:Content><ofd:Layer ID=\"3\">"
                    + pageObjects + "</ofd:Layer></ofd:Content></ofd:Page>");
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
