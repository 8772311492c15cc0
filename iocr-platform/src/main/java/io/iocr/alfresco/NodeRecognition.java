package io.iocr.alfresco;

import java.util.Date;
import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * A read of one node's {@code iocr:recognition} state.
 *
 * @param requested when the node was last (re)queued; distinguishes a new request from an old one
 * @param queued    when the recognise action validated the node for submission, or null
 * @param checksum  SHA-256 of the content whose result is stored, or null
 */
public record NodeRecognition(
        NodeRef nodeRef,
        RecognitionStatus status,
        String taskId,
        String template,
        String classifier,
        Date requested,
        Date queued,
        Date submitted,
        Date finished,
        int attempts,
        String checksum,
        String errorCategory,
        String errorCode,
        String errorMessage,
        List<String> editedProperties) {

    public boolean isReadyForSubmission() {
        return status == RecognitionStatus.PENDING && queued != null;
    }
}
