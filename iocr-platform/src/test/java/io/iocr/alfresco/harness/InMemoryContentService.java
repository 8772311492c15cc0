package io.iocr.alfresco.harness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentIOException;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

/**
 * ContentService over the state's content store: readers are fresh per call, writers put a new binary under a
 * new URL and (update = true) set the node's content property when done, which fires the content policies
 * through the node service.
 */
public final class InMemoryContentService {

    private final RepositoryState state;
    private final NodeService nodeService;

    public InMemoryContentService(RepositoryState state, NodeService nodeService) {
        this.state = state;
        this.nodeService = nodeService;
    }

    public ContentService contentService() {
        return ServiceProxy.of(ContentService.class, this);
    }

    public ContentReader getReader(NodeRef nodeRef, QName propertyQName) {
        Serializable value = nodeService.getProperty(nodeRef, propertyQName);
        if (!(value instanceof ContentData data) || !ContentData.hasContent(data)) {
            return null;
        }
        return ServiceProxy.of(ContentReader.class, new Reader(data));
    }

    public ContentWriter getWriter(NodeRef nodeRef, QName propertyQName, boolean update) {
        return ServiceProxy.of(ContentWriter.class, new Writer(nodeRef, propertyQName, update));
    }

    /** A reader of one binary. */
    public final class Reader {
        private final ContentData data;

        Reader(ContentData data) {
            this.data = data;
        }

        public ContentReader getReader() {
            return ServiceProxy.of(ContentReader.class, new Reader(data));
        }

        public boolean exists() {
            return state.contentStore.containsKey(data.getContentUrl());
        }

        public InputStream getContentInputStream() {
            return new ByteArrayInputStream(bytes());
        }

        public String getContentString() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        private byte[] bytes() {
            byte[] bytes = state.contentStore.get(data.getContentUrl());
            if (bytes == null) {
                throw new ContentIOException("Content missing from the store: " + data.getContentUrl());
            }
            return bytes;
        }

        public long getSize() {
            return data.getSize();
        }

        public ContentData getContentData() {
            return data;
        }

        public String getContentUrl() {
            return data.getContentUrl();
        }

        public String getMimetype() {
            return data.getMimetype();
        }

        public String getEncoding() {
            return data.getEncoding();
        }
    }

    /** A writer that puts a new binary and points the node's property at it. */
    public final class Writer {
        private final NodeRef nodeRef;
        private final QName property;
        private final boolean update;
        private String mimetype = "application/octet-stream";
        private String encoding = "UTF-8";
        private ContentData written;

        Writer(NodeRef nodeRef, QName property, boolean update) {
            this.nodeRef = nodeRef;
            this.property = property;
            this.update = update;
        }

        public void setMimetype(String mimetype) {
            this.mimetype = mimetype;
        }

        public void setEncoding(String encoding) {
            this.encoding = encoding;
        }

        public String getMimetype() {
            return mimetype;
        }

        public String getEncoding() {
            return encoding;
        }

        public void putContent(InputStream is) {
            try (is) {
                put(is.readAllBytes());
            } catch (IOException e) {
                throw new ContentIOException("Cannot write content", e);
            }
        }

        public void putContent(String content) {
            put(content.getBytes(StandardCharsets.UTF_8));
        }

        private void put(byte[] bytes) {
            String url = "store://harness/" + state.sequence.incrementAndGet() + ".bin";
            state.contentStore.put(url, bytes);
            written = new ContentData(url, mimetype, bytes.length, encoding);
            if (update) {
                nodeService.setProperty(nodeRef, property, written);
            }
        }

        public ContentData getContentData() {
            return written;
        }

        public long getSize() {
            return written == null ? 0 : written.getSize();
        }

        public String getContentUrl() {
            return written == null ? null : written.getContentUrl();
        }
    }
}
