package io.iocr.alfresco;

import org.alfresco.service.namespace.QName;

/**
 * The QNames of the iocr content model ({@code alfresco/module/iocr-platform/model/iocr-model.xml}) that the
 * repository adapter reads and writes. The one place that names them: a renamed property in the model is one
 * edit here.
 */
public final class IocrModel {

    public static final String NAMESPACE_URI = "http://www.iocr.io/model/content/1.0";
    public static final String PREFIX = "iocr";

    /** Marker plus recognition state of a document; the source of truth of the pipeline. */
    public static final QName ASPECT_RECOGNITION = qname("recognition");
    public static final QName PROP_STATUS = qname("status");
    public static final QName PROP_TASK_ID = qname("taskId");
    public static final QName PROP_TEMPLATE = qname("template");
    public static final QName PROP_CLASSIFIER = qname("classifier");
    public static final QName PROP_DOC_TYPE = qname("docType");
    public static final QName PROP_SUBMITTED = qname("submitted");
    public static final QName PROP_FINISHED = qname("finished");
    public static final QName PROP_ATTEMPTS = qname("attempts");
    public static final QName PROP_ERROR_CODE = qname("errorCode");
    public static final QName PROP_ERROR_MESSAGE = qname("errorMessage");
    /** SHA-256 of the content whose result is stored. */
    public static final QName PROP_CHECKSUM = qname("contentChecksum");
    public static final QName PROP_CONTENT_URL = qname("contentUrl");
    public static final QName PROP_RAW_RESULT = qname("rawResult");
    public static final QName PROP_FIELD_LOCATIONS = qname("fieldLocations");
    public static final QName PROP_WARNINGS = qname("warnings");
    public static final QName PROP_WARNING_COUNT = qname("warningCount");
    public static final QName PROP_EDITED_PROPERTIES = qname("editedProperties");

    // Pipeline bookkeeping (the "pipeline" block of the model).
    /** When the document was (re)queued: set by the behaviour, the rule action and the re-run web script. */
    public static final QName PROP_REQUESTED = qname("requested");
    /** When the recognise action validated the document and handed it to the pump; null while not yet. */
    public static final QName PROP_QUEUED = qname("queued");
    /** The {@link io.iocr.client.ErrorCategory} of the last error. */
    public static final QName PROP_ERROR_CATEGORY = qname("errorCategory");

    // Folder auto-recognition (the "folder" block of the model).
    public static final QName ASPECT_AUTO_RECOGNISE = qname("autoRecognise");
    public static final QName PROP_AUTO_TEMPLATE = qname("autoTemplate");
    public static final QName PROP_AUTO_CLASSIFIER = qname("autoClassifier");

    private IocrModel() {
    }

    private static QName qname(String localName) {
        return QName.createQName(NAMESPACE_URI, localName);
    }

    /** The properties of {@link #ASPECT_RECOGNITION}: pipeline state, never "recognised values". */
    public static boolean isStateProperty(QName property) {
        return STATE_PROPERTIES.contains(property);
    }

    private static final java.util.Set<QName> STATE_PROPERTIES = java.util.Set.of(PROP_STATUS, PROP_TASK_ID,
            PROP_TEMPLATE, PROP_CLASSIFIER, PROP_DOC_TYPE, PROP_SUBMITTED, PROP_FINISHED, PROP_ATTEMPTS,
            PROP_ERROR_CODE, PROP_ERROR_MESSAGE, PROP_CHECKSUM, PROP_CONTENT_URL, PROP_RAW_RESULT,
            PROP_FIELD_LOCATIONS, PROP_WARNINGS, PROP_WARNING_COUNT, PROP_EDITED_PROPERTIES, PROP_REQUESTED,
            PROP_QUEUED, PROP_ERROR_CATEGORY, PROP_AUTO_TEMPLATE, PROP_AUTO_CLASSIFIER);
}
