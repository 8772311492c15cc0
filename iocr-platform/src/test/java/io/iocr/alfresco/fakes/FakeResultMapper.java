package io.iocr.alfresco.fakes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.iocr.client.model.FieldValue;
import io.iocr.client.model.PageResult;
import io.iocr.client.model.RecognitionResponse;
import io.iocr.mapping.FieldLocation;
import io.iocr.mapping.MappedResult;
import io.iocr.mapping.MappingWarning;
import io.iocr.mapping.ResultMapper;

/**
 * Replaces the JSON-driven mapping in adapter tests: maps the seed invoice's 发票号码 (second value: the number),
 * 开票日期 and 价税合计(小写) onto the invoice aspect, with their raw text and locations.
 */
public final class FakeResultMapper implements ResultMapper {

    @Override
    public MappedResult map(RecognitionResponse response, String templateSign) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        List<FieldLocation> locations = new ArrayList<>();
        List<MappingWarning> warnings = new ArrayList<>();
        String docType = null;
        for (PageResult page : response.pages()) {
            docType = docType == null ? page.docType() : docType;
            Map<String, List<FieldValue>> keys = page.kvResult().singleKey();
            put(keys, "发票号码", 1, "iocr:invoiceNumber", properties, raw, locations, page,
                    words -> words.replaceAll("[^0-9]", ""));
            put(keys, "开票日期", 0, "iocr:invoiceDate", properties, raw, locations, page,
                    words -> LocalDate.parse(words.replace("年", "-").replace("月", "-").replace("日", "")));
            put(keys, "价税合计(小写)", 0, "iocr:totalAmount", properties, raw, locations, page,
                    words -> Double.valueOf(words.replaceAll("[^0-9.]", "")));
        }
        if (properties.isEmpty()) {
            warnings.add(new MappingWarning(null, null, "No invoice fields found"));
        }
        return new MappedResult(properties.isEmpty() ? Set.of() : Set.of("iocr:invoice"), properties, raw,
                locations, warnings, docType, "");
    }

    private static void put(Map<String, List<FieldValue>> keys, String key, int index, String property,
            Map<String, Object> properties, Map<String, String> raw, List<FieldLocation> locations,
            PageResult page, java.util.function.Function<String, Object> convert) {
        List<FieldValue> values = keys.get(key);
        if (values == null || values.size() <= index) {
            return;
        }
        FieldValue value = values.get(index);
        properties.put(property, convert.apply(value.words()));
        raw.put(property, value.words());
        locations.add(new FieldLocation(property, key, page.pageNum() == null ? 1 : page.pageNum(),
                value.location().box(), value.location().cbox()));
    }
}
