package io.iocr.share;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static io.iocr.share.MessageBundlesTest.RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel's web-tier controller (iocr-recognition.get.js) run on Rhino, the engine Share runs it on, with
 * stand-ins for Surf's root objects: AlfrescoUtil.param, remote.connect("alfresco").get(uri) (a response with
 * status.code and response, as Surf's connector returns) and model.
 */
class RecognitionPanelControllerTest {

    private static final String NODE_REF = "workspace://SpacesStore/5f0c2d7e-1b64-4a8e-9c6b-0d2f4c1a9e11";

    private final List<String> calls = new ArrayList<>();

    private Scriptable run(int status, String response) throws Exception {
        String controller = Files.readString(RESOURCES.resolve(
                "alfresco/web-extension/site-webscripts/io/iocr/components/recognition/iocr-recognition.get.js"));
        // Surf resolves <import resource="..."/> before running the script; AlfrescoUtil is stood in below.
        controller = controller.replaceAll("<import resource=\"[^\"]+\">", "");
        Context cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_ES6);
            Scriptable scope = cx.initStandardObjects();
            scope.put("calls", scope, Context.javaToJS(calls, scope));
            scope.put("responseStatus", scope, status);
            scope.put("responseBody", scope, response);
            cx.evaluateString(scope, """
                    var model = {};
                    var AlfrescoUtil = { param: function (name) { return name == "nodeRef" ? "%s" : null; } };
                    var remote = { connect: function (endpoint) {
                        return { get: function (uri) { calls.add(endpoint + " " + uri);
                                                       return { status: { code: responseStatus }, response: responseBody }; } }; } };
                    """.formatted(NODE_REF), "standins", 1, null);
            cx.evaluateString(scope, controller, "iocr-recognition.get.js", 1, null);
            return (Scriptable) scope.get("model", scope);
        } finally {
            Context.exit();
        }
    }

    @Test
    void readsTheNodesRecognitionFromTheRepositoryWebScript() throws Exception {
        Scriptable model = run(200, "{\"status\":\"SUCCEEDED\",\"fields\":[{\"id\":\"iocr:invoiceNumber\",\"value\":\"07285251\"}]}");

        assertThat(calls).containsExactly("alfresco /iocr/recognition/workspace/SpacesStore/5f0c2d7e-1b64-4a8e-9c6b-0d2f4c1a9e11");
        NativeObject recognition = (NativeObject) model.get("recognition", model);
        assertThat(recognition.get("status")).isEqualTo("SUCCEEDED");
        assertThat(((NativeObject) ((NativeArray) recognition.get("fields")).get(0)).get("value")).isEqualTo("07285251");
        assertThat(model.has("loadError", model)).isFalse();
    }

    @Test
    void reportsTheStatusWhenTheRepositoryRefusesOrFails() throws Exception {
        Scriptable model = run(403, "{\"message\":\"denied\"}");

        assertThat(model.get("loadError", model)).isEqualTo("403");
        assertThat(model.has("recognition", model)).isFalse();
    }

    @Test
    void createsThePanelWidgetForTheNode() throws Exception {
        Scriptable model = run(200, "{\"status\":\"NONE\"}");

        NativeObject widget = (NativeObject) ((NativeArray) model.get("widgets", model)).get(0);
        assertThat(widget.get("name")).isEqualTo("IOCR.RecognitionPanel");
        assertThat(((NativeObject) widget.get("options")).get("nodeRef")).isEqualTo(NODE_REF);
        assertThat(model.get("nodeRef", model)).isEqualTo(NODE_REF);
    }
}
