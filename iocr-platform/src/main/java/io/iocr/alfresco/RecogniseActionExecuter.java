package io.iocr.alfresco;

import java.util.List;

import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The rule action {@value #NAME}: recognise the document with iOCR. Public, so it appears in Share's rule
 * editor ("Perform action") with a drop-down of the preset models. Always runs asynchronously, after the
 * transaction that triggered it commits: it validates the document and hands it to the {@link RecognitionPump},
 * which makes the iOCR calls.
 */
public class RecogniseActionExecuter extends ActionExecuterAbstractBase {

    /** The action name; equal to the Spring bean id, as the action service requires. */
    public static final String NAME = "iocr-recognise";
    /** A preset model ({@code vat_invoice}) or a custom model id; wins over the classifier. */
    public static final String PARAM_TEMPLATE_SIGN = "templateSign";
    /** A project space whose rules classify the document. */
    public static final String PARAM_CLASSIFIER_ID = "classifierId";
    /** Re-submit even if the content is the one already recognised. */
    public static final String PARAM_FORCE = "force";

    private RecognitionQueue queue;

    public void setQueue(RecognitionQueue queue) {
        this.queue = queue;
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_TEMPLATE_SIGN, DataTypeDefinition.TEXT, false,
                getParamDisplayLabel(PARAM_TEMPLATE_SIGN), false, TemplateSignConstraint.NAME));
        paramList.add(new ParameterDefinitionImpl(PARAM_CLASSIFIER_ID, DataTypeDefinition.TEXT, false,
                getParamDisplayLabel(PARAM_CLASSIFIER_ID)));
        paramList.add(new ParameterDefinitionImpl(PARAM_FORCE, DataTypeDefinition.BOOLEAN, false,
                getParamDisplayLabel(PARAM_FORCE)));
    }

    /** Never inside the transaction that triggered it, even from a rule not marked "run in background". */
    @Override
    public boolean isExecuteAsynchronously(NodeRef actionedUponNodeRef) {
        return true;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        queue.prepare(actionedUponNodeRef,
                RecognitionQueue.text(action.getParameterValue(PARAM_TEMPLATE_SIGN)),
                RecognitionQueue.text(action.getParameterValue(PARAM_CLASSIFIER_ID)),
                RecognitionQueue.flag(action.getParameterValue(PARAM_FORCE)));
    }
}
