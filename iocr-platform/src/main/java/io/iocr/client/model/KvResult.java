package io.iocr.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kv_result}: the structured extraction of one page.
 *
 * @param singleKey   key → every value found for it, in reading order (a key may repeat, e.g. the buyer's and
 *                    the seller's 名称 on a VAT invoice)
 * @param comboKey    root key (a table such as 货物或应税劳务、服务信息) → its rows, each leaf key → value
 * @param fullResult  the full-text result, returned only for doc_type 其他 with the full-text fallback; its
 *                    shape is not specified by Baidu, so it stays a JSON tree
 * @param otherResult card quality, risk detection and the like; kept as a JSON tree
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KvResult(
        @JsonProperty("single_key") Map<String, List<FieldValue>> singleKey,
        @JsonProperty("combo_key") Map<String, List<Map<String, FieldValue>>> comboKey,
        @JsonProperty("full_result") JsonNode fullResult,
        @JsonProperty("other_result") JsonNode otherResult) {

    public KvResult {
        singleKey = singleKey == null ? new LinkedHashMap<>() : singleKey;
        comboKey = comboKey == null ? new LinkedHashMap<>() : comboKey;
    }
}
