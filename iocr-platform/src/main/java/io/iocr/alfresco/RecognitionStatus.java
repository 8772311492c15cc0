package io.iocr.alfresco;

/** The value of {@code iocr:status}: where a document is in the pipeline. */
public enum RecognitionStatus {
    /** Never recognised (no {@code iocr:recognition} aspect); only reported, never stored. */
    NONE,
    /** Waiting to be submitted. */
    PENDING,
    /** Submitted; the task id is on the node and the pump polls it. */
    SUBMITTED,
    SUCCEEDED,
    FAILED,
    /** The content cannot be recognised (mimetype, empty); the reason is in {@code iocr:errorMessage}. */
    UNSUPPORTED;

    public static RecognitionStatus of(Object stored) {
        if (stored == null) {
            return NONE;
        }
        try {
            return valueOf(stored.toString());
        } catch (IllegalArgumentException unknown) {
            return NONE;
        }
    }
}
