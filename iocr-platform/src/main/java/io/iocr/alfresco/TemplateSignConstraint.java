package io.iocr.alfresco;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.action.constraint.BaseParameterConstraint;

/**
 * The preset models of iOCR 全场景识别 (the seed's 预置模型清单, all 25) as the values of the rule action's
 * templateSign drop-down. Labels come from the repository message bundle as
 * {@code ac-iocr-template-signs.<templateSign>} (en and zh_CN).
 */
public class TemplateSignConstraint extends BaseParameterConstraint {

    /** The constraint name; equal to the Spring bean id. */
    public static final String NAME = "ac-iocr-template-signs";

    public static final List<String> PRESET_MODELS = List.of(
            "id_card_front", "id_card_back", "vehicle_license", "vehicle_license_back", "driver_license",
            "driver_license_back", "bank_card", "chinese_passport", "household_register_subpage",
            "household_register_homepage", "social_security_card", "real_estate_certificate", "multiple_invoice",
            "biz_license", "hk_mc_return_passport_front", "hk_mc_return_passport_back", "hk_mc_passport_front",
            "hk_mc_passport_back", "tw_return_passport_front", "tw_return_passport_back", "tw_passport_front",
            "tw_passport_back", "vehicle_certificate", "waybill", "license_plate");

    @Override
    protected Map<String, String> getAllowableValuesImpl() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String model : PRESET_MODELS) {
            String label = getI18NLabel(model);
            values.put(model, label == null || label.isBlank() ? model : label);
        }
        return values;
    }
}
