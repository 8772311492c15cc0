/**
 * A client for Baidu's iOCR 全场景识别 (universal) API: OAuth token, submit, get_result, with validation before
 * sending, one error taxonomy, retries with backoff and a shared rate limiter. Free of Alfresco types; the
 * repository adapter and the command-line tools both use it.
 */
package io.iocr.client;
