/**
 * The wire model of Baidu's iOCR 全场景识别 protocol (submit and get_result responses), as the API document
 * describes it. Unknown fields are tolerated so that Baidu can add fields without breaking us; every box may
 * be null. Shared by the repository client and the offline engine, so both speak exactly one protocol.
 */
package io.iocr.client.model;
