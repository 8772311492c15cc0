package io.iocr.alfresco;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.service.cmr.security.AuthorityService;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /iocr/admin/status} (administrators only): queue depth, documents by status, the pump on this
 * repository node (cluster lock, counters), calls in the last minute against the configured limits, the
 * submission pause after quota or configuration errors, and the last errors.
 */
public class AdminStatusWebScript extends AbstractWebScript {

    private AuthorityService authorityService;
    private RecognitionStore store;
    private RecognitionPump pump;
    private double submitQps;
    private double pollQps;
    private final ObjectMapper json = new ObjectMapper();

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setStore(RecognitionStore store) {
        this.store = store;
    }

    public void setPump(RecognitionPump pump) {
        this.pump = pump;
    }

    public void setSubmitQps(double submitQps) {
        this.submitQps = submitQps;
    }

    public void setPollQps(double pollQps) {
        this.pollQps = pollQps;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        // The descriptor already requires admin authentication; checked again so the script is safe if rewired.
        if (!authorityService.hasAdminAuthority()) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "Only administrators may see the iOCR status");
        }
        PipelineMonitor monitor = pump.monitor();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (RecognitionStatus status : RecognitionStatus.values()) {
            if (status != RecognitionStatus.NONE) {
                counts.put(status.name(), store.count(status));
            }
        }
        Map<String, Object> queue = new LinkedHashMap<>();
        queue.put("depth", (long) counts.get("PENDING") + (long) counts.get("SUBMITTED"));
        queue.put("pending", counts.get("PENDING"));
        queue.put("submitted", counts.get("SUBMITTED"));
        queue.put("pollingOnThisNode", pump.tasksInFlight());

        Map<String, Object> pumpState = new LinkedHashMap<>();
        pumpState.put("holdsClusterLock", monitor.lockHeld());
        pumpState.put("lastCycle", monitor.lastCycle() == null ? null
                : WebScriptSupport.iso(Date.from(monitor.lastCycle())));
        pumpState.put("submitted", monitor.submittedCount());
        pumpState.put("succeeded", monitor.succeededCount());
        pumpState.put("failed", monitor.failedCount());
        pumpState.put("retried", monitor.retriedCount());

        Map<String, Object> rateLimit = new LinkedHashMap<>();
        rateLimit.put("submitQps", submitQps);
        rateLimit.put("pollQps", pollQps);
        rateLimit.put("submitCallsLastMinute", monitor.submitCallsLastMinute());
        rateLimit.put("pollCallsLastMinute", monitor.pollCallsLastMinute());
        rateLimit.put("qpsExceededResponses", monitor.throttledCount());

        Map<String, Object> quota = new LinkedHashMap<>();
        PipelineMonitor.Pause pause = monitor.pause();
        quota.put("paused", pause != null);
        if (pause != null) {
            quota.put("since", WebScriptSupport.iso(Date.from(pause.since())));
            quota.put("until", WebScriptSupport.iso(Date.from(pause.until())));
            quota.put("category", pause.category());
            quota.put("code", pause.code());
            quota.put("reason", pause.reason());
        }

        List<Map<String, Object>> errors = new ArrayList<>();
        for (PipelineMonitor.ErrorEntry error : monitor.lastErrors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("time", WebScriptSupport.iso(Date.from(error.time())));
            entry.put("nodeRef", error.nodeRef());
            entry.put("category", error.category());
            entry.put("code", error.code());
            entry.put("message", error.message());
            errors.add(entry);
        }

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("queue", queue);
        body.put("counts", counts);
        body.put("pump", pumpState);
        body.put("rateLimit", rateLimit);
        body.put("quota", quota);
        body.put("lastErrors", errors);
        WebScriptSupport.writeJson(res, Status.STATUS_OK, body, json);
    }
}
