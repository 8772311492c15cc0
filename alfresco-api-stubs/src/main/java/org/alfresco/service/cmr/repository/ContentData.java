package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** Compile stand-in with value semantics: the value of a d:content property. */
public class ContentData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String contentUrl;
    private final String mimetype;
    private final long size;
    private final String encoding;
    private final Locale locale;

    public ContentData(String contentUrl, String mimetype, long size, String encoding) {
        this(contentUrl, mimetype, size, encoding, null);
    }

    public ContentData(String contentUrl, String mimetype, long size, String encoding, Locale locale) {
        this.contentUrl = contentUrl;
        this.mimetype = mimetype;
        this.size = size;
        this.encoding = encoding;
        this.locale = locale;
    }

    public static boolean hasContent(ContentData contentData) {
        return contentData != null && contentData.contentUrl != null;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public String getMimetype() {
        return mimetype;
    }

    public long getSize() {
        return size;
    }

    public String getEncoding() {
        return encoding;
    }

    public Locale getLocale() {
        return locale;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ContentData o && Objects.equals(contentUrl, o.contentUrl)
                && Objects.equals(mimetype, o.mimetype) && size == o.size && Objects.equals(encoding, o.encoding)
                && Objects.equals(locale, o.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentUrl, mimetype, size);
    }

    @Override
    public String toString() {
        return "contentUrl=" + contentUrl + "|mimetype=" + mimetype + "|size=" + size + "|encoding=" + encoding
                + "|locale=" + locale;
    }
}
