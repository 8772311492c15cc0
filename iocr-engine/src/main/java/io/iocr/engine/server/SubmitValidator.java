package io.iocr.engine.server;

import io.iocr.client.ImageSize;
import io.iocr.engine.document.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;

/**
 * Reads the document of a submit request the way Baidu's API document describes it — one of image, url,
 * pdf_file, ofd_file in that priority, base64 (≤ the size limit), images 15–8192 px — and answers Baidu's error
 * codes for everything else. Checks are cheap (headers only); pages are read later by the worker.
 */
final class SubmitValidator {

    /** A document accepted for recognition. */
    record Document(DocumentKind kind, byte[] bytes) {
    }

    private static final int MIN_SIDE = 15;
    private static final int MAX_SIDE = 8192;

    private final long maxEncodedBytes;
    private final Duration urlTimeout;
    private final HttpClient http;

    SubmitValidator(int maxDocumentMb, Duration urlTimeout) {
        this.maxEncodedBytes = maxDocumentMb * 1024L * 1024L;
        this.urlTimeout = urlTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(urlTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Document read(FormParams params, String fileName) {
        Document document;
        if (params.has("image")) {
            document = decode(params.get("image"), "image");
        } else if (params.has("url")) {
            document = download(params.get("url"));
        } else if (params.has("pdf_file")) {
            document = decode(params.get("pdf_file"), "pdf_file");
        } else if (params.has("ofd_file")) {
            document = decode(params.get("ofd_file"), "ofd_file");
        } else {
            throw BaiduError.missing("image/url/pdf_file/ofd_file");
        }
        DocumentKind claimed = DocumentKind.ofFileName(fileName);
        if (claimed != null && claimed.isImage() != document.kind().isImage()
                || claimed != null && !claimed.isImage() && claimed != document.kind()) {
            throw BaiduError.invalidParam("文件名称后缀需与文件实际类型一致: " + fileName);
        }
        if (document.kind().isImage()) {
            checkDimensions(document.bytes());
        }
        return document;
    }

    private Document decode(String encoded, String field) {
        if (encoded == null || encoded.isBlank()) {
            throw BaiduError.emptyImage();
        }
        if (encoded.length() > maxEncodedBytes) {
            throw BaiduError.sizeError("文件base64编码后大小超过" + (maxEncodedBytes >> 20) + "M");
        }
        String base64 = encoded.strip();
        int comma = base64.indexOf(',');
        if (base64.startsWith("data:") && comma > 0) {
            base64 = base64.substring(comma + 1); // tolerated although Baidu asks for the bare base64
        }
        base64 = base64.replace(' ', '+'); // a '+' that was not url-encoded arrives as a space
        base64 = base64.replaceAll("[\\r\\n\\t]", ""); // line-wrapped base64 is fine, anything else is not
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw BaiduError.formatError(field + "不是合法的base64编码");
        }
        if (bytes.length == 0) {
            throw BaiduError.emptyImage();
        }
        DocumentKind kind = DocumentKind.sniff(bytes);
        boolean fits = kind != null && switch (field) {
            case "image" -> kind.isImage();
            case "pdf_file" -> kind == DocumentKind.PDF;
            case "ofd_file" -> kind == DocumentKind.OFD;
            default -> true;
        };
        if (!fits) {
            throw BaiduError.formatError(switch (field) {
                case "pdf_file" -> "pdf_file不是PDF文件";
                case "ofd_file" -> "ofd_file不是OFD文件";
                default -> "图片格式错误，支持jpg/jpeg/png/bmp";
            });
        }
        return new Document(kind, bytes);
    }

    private Document download(String url) {
        if (url == null || url.isBlank() || url.length() > 1024) {
            throw BaiduError.url(282114, "url size error", "URL长度超过1024字节或为0");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw BaiduError.url(282111, "url format illegal", "URL格式非法");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw BaiduError.url(282111, "url format illegal", "URL格式非法");
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(urlTimeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw BaiduError.url(282112, "url download timeout", "URL下载超时");
        } catch (IOException e) {
            throw BaiduError.url(282110, "urls not exit", "URL不存在: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BaiduError.url(282112, "url download timeout", "URL下载被中断");
        }
        if (response.statusCode() / 100 != 2 || response.body().length == 0) {
            throw BaiduError.url(282113, "url response invalid", "URL返回无效: HTTP " + response.statusCode());
        }
        if (response.body().length > maxEncodedBytes * 3 / 4) {
            throw BaiduError.sizeError("文件大小超过限制");
        }
        DocumentKind kind = DocumentKind.sniff(response.body());
        if (kind == null) {
            throw BaiduError.formatError("URL对应的文件格式不支持");
        }
        return new Document(kind, response.body());
    }

    private static void checkDimensions(byte[] bytes) {
        ImageSize size;
        try {
            size = ImageSize.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw BaiduError.formatError("图片无法解码");
        }
        if (size == null) {
            throw BaiduError.formatError("图片格式错误，支持jpg/jpeg/png/bmp");
        }
        int w = size.width();
        int h = size.height();
        if (Math.min(w, h) < MIN_SIDE || Math.max(w, h) > MAX_SIDE) {
            throw BaiduError.sizeError("图片尺寸" + w + "x" + h + "超出范围: 最短边至少15px，最长边最大8192px");
        }
    }
}
