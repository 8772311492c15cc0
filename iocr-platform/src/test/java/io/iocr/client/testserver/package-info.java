/**
 * A protocol test server for Baidu's iOCR 全场景识别 API ({@link io.iocr.client.testserver.IocrTestServer}): a real
 * HTTP server on loopback with QPS enforcement, fault injection, controllable task durations and token expiry,
 * and counters that prove what a client did. Test scope; reused by the repository's end-to-end tests.
 */
package io.iocr.client.testserver;
