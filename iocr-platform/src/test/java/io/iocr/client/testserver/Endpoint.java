package io.iocr.client.testserver;

/** The three endpoints of the iOCR protocol the {@link IocrTestServer} serves. */
public enum Endpoint {
    /** {@code /oauth/2.0/token}: OAuth client_credentials. */
    TOKEN("/oauth/2.0/token"),
    /** {@code .../universal/request}: submit a document, get a task id. */
    SUBMIT("/rest/2.0/solution/v1/iocr/recognise/universal/request"),
    /** {@code .../universal/get_result}: a task's status and result. */
    RESULT("/rest/2.0/solution/v1/iocr/recognise/universal/get_result");

    private final String path;

    Endpoint(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    static Endpoint ofPath(String path) {
        for (Endpoint endpoint : values()) {
            if (endpoint.path.equals(path)) {
                return endpoint;
            }
        }
        return null;
    }
}
