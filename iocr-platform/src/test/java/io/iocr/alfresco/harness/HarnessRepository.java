package io.iocr.alfresco.harness;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import io.iocr.alfresco.AdminStatusWebScript;
import io.iocr.alfresco.AutoRecognitionBehaviour;
import io.iocr.alfresco.PipelineSettings;
import io.iocr.alfresco.RecogniseActionExecuter;
import io.iocr.alfresco.RecognitionGetWebScript;
import io.iocr.alfresco.RecognitionPump;
import io.iocr.alfresco.RecognitionQueue;
import io.iocr.alfresco.RecognitionRerunWebScript;
import io.iocr.alfresco.RecognitionStore;
import io.iocr.alfresco.UserEditTracker;
import io.iocr.client.IocrClient;
import io.iocr.mapping.ResultMapper;

/**
 * One running "repository": the in-memory services over a {@link RepositoryState}, with iocr-platform's beans
 * wired as service-context.xml and webscript-context.xml wire them, and the scheduled job that runs the pump.
 * {@link #restart} simulates a crash and a new start: the threads, the asynchronous action queue and the
 * pump's memory are gone; the state (nodes, content, job locks) survives.
 */
public final class HarnessRepository implements AutoCloseable {

    /** Where our content model lives in the module. */
    public static final String IOCR_MODEL = "alfresco/module/iocr-platform/model/iocr-model.xml";
    public static final String IOCR_MODEL_LABELS = "alfresco/module/iocr-platform/messages/iocr-model";

    /** What a repository is started with. */
    public record Config(IocrClient client, ResultMapper mapper, PipelineSettings settings, Duration jobInterval,
            int actionThreads) {

    }

    private final RepositoryState state;
    private final Config config;
    public final ModelDictionary dictionary;
    public final Transactions transactions;
    public final HarnessSecurity security;
    public final HarnessPolicies policies;
    public final InMemoryNodeService nodeServiceImpl;
    public final NodeService nodeService;
    public final InMemoryContentService contentServiceImpl;
    public final ContentService contentService;
    public final HarnessActionService actionServiceImpl;
    public final ActionService actionService;
    public final SearchService searchService;
    public final HarnessJobLockService jobLocks;
    public final PermissionService permissionService;
    public final AuthorityService authorityService;
    public final DictionaryService dictionaryService;
    public final NamespaceService namespaceService;
    public final BehaviourFilter behaviourFilter;
    public final PolicyComponent policyComponent;

    public final RecognitionStore store;
    public final RecognitionQueue queue;
    public final RecognitionPump pump;
    public final RecogniseActionExecuter executer;
    public final AutoRecognitionBehaviour behaviour;
    public final UserEditTracker editTracker;
    public final RecognitionGetWebScript getWebScript;
    public final RecognitionRerunWebScript rerunWebScript;
    public final AdminStatusWebScript adminStatusWebScript;
    private final ScheduledExecutorService jobScheduler;

    private HarnessRepository(RepositoryState state, Config config, boolean startJob) {
        this.state = state;
        this.config = config;
        dictionary = new ModelDictionary(List.of("harness/minimal-content-model.xml", IOCR_MODEL),
                List.of(IOCR_MODEL_LABELS));
        transactions = new Transactions(state);
        security = new HarnessSecurity(state, transactions);
        policies = new HarnessPolicies(transactions, dictionary);
        policyComponent = policies.policyComponent();
        behaviourFilter = policies.behaviourFilter();
        nodeServiceImpl = new InMemoryNodeService(state, transactions, dictionary, security, policies);
        nodeService = ServiceProxy.of(NodeService.class, nodeServiceImpl);
        contentServiceImpl = new InMemoryContentService(state, nodeService);
        contentService = contentServiceImpl.contentService();
        actionServiceImpl = new HarnessActionService(transactions, security, config.actionThreads());
        actionService = actionServiceImpl.actionService();
        searchService = new HarnessSearchService(state, transactions, dictionary).searchService();
        jobLocks = new HarnessJobLockService(state);
        permissionService = security.permissionService();
        authorityService = security.authorityService();
        dictionaryService = dictionary.dictionaryService();
        namespaceService = dictionary.namespaceService();
        nodeServiceImpl.bootstrap();

        // service-context.xml
        store = new RecognitionStore();
        store.setNodeService(nodeService);
        store.setContentService(contentService);
        store.setBehaviourFilter(behaviourFilter);
        store.setSearchService(searchService);
        store.setNamespaceService(namespaceService);
        store.setDictionaryService(dictionaryService);

        queue = new RecognitionQueue();
        pump = new RecognitionPump();
        queue.setStore(store);
        queue.setActionService(actionService);
        queue.setSettings(config.settings());
        queue.setPlatform(security);
        queue.setPump(pump);

        pump.setClient(config.client());
        pump.setMapper(config.mapper());
        pump.setStore(store);
        pump.setQueue(queue);
        pump.setJobLockService(jobLocks.jobLockService());
        pump.setTransactionService(transactions.transactionService());
        pump.setPlatform(security);
        pump.setSettings(config.settings());
        pump.init();

        executer = new RecogniseActionExecuter();
        executer.setQueue(queue);
        actionServiceImpl.register(RecogniseActionExecuter.NAME, executer);

        behaviour = new AutoRecognitionBehaviour();
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setNodeService(nodeService);
        behaviour.setDictionaryService(dictionaryService);
        behaviour.setQueue(queue);
        behaviour.setStore(store);
        behaviour.setSettings(config.settings());
        behaviour.setPlatform(security);
        behaviour.init();

        editTracker = new UserEditTracker();
        editTracker.setPolicyComponent(policyComponent);
        editTracker.setStore(store);
        editTracker.setPlatform(security);
        editTracker.init();

        // webscript-context.xml
        getWebScript = new RecognitionGetWebScript();
        getWebScript.setNodeService(nodeService);
        getWebScript.setPermissionService(permissionService);
        getWebScript.setDictionaryService(dictionaryService);
        getWebScript.setNamespaceService(namespaceService);
        rerunWebScript = new RecognitionRerunWebScript();
        rerunWebScript.setNodeService(nodeService);
        rerunWebScript.setPermissionService(permissionService);
        rerunWebScript.setDictionaryService(dictionaryService);
        rerunWebScript.setNamespaceService(namespaceService);
        rerunWebScript.setQueue(queue);
        rerunWebScript.setPump(pump);
        adminStatusWebScript = new AdminStatusWebScript();
        adminStatusWebScript.setAuthorityService(authorityService);
        adminStatusWebScript.setStore(store);
        adminStatusWebScript.setPump(pump);
        adminStatusWebScript.setSubmitQps(2);
        adminStatusWebScript.setPollQps(10);

        // The scheduled job (Quartz in ACS): a pump cycle at a fixed interval.
        jobScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "harness-job");
            thread.setDaemon(true);
            return thread;
        });
        if (startJob) {
            long interval = config.jobInterval().toMillis();
            jobScheduler.scheduleWithFixedDelay(pump::runCycle, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    public static HarnessRepository start(Config config) {
        return new HarnessRepository(new RepositoryState(), config, true);
    }

    public static HarnessRepository start(RepositoryState state, Config config) {
        return new HarnessRepository(state, config, true);
    }

    /** A repository whose scheduled job does not run (tests drive the pump). */
    public static HarnessRepository startWithoutJob(RepositoryState state, Config config) {
        return new HarnessRepository(state, config, false);
    }

    public RepositoryState state() {
        return state;
    }

    public Config config() {
        return config;
    }

    /** Kills threads and queues, as a JVM crash does; the state survives. */
    public void crash() {
        jobScheduler.shutdownNow();
        pump.destroy();
        actionServiceImpl.shutdownNow();
    }

    /** Crash, then start a new repository on the same state. */
    public HarnessRepository restart() {
        crash();
        return new HarnessRepository(state, config, true);
    }

    @Override
    public void close() {
        crash();
    }

    // --- conveniences for tests ---------------------------------------------------------------------------------

    public NodeRef companyHome() {
        return state.companyHome();
    }

    public <T> T as(String user, Supplier<T> work) {
        return security.runAs(user, work);
    }

    public <T> T inTransaction(String user, Supplier<T> work) {
        return security.runAs(user, () -> transactions.run(work::get, false, true));
    }

    public NodeRef createFolder(NodeRef parent, String name) {
        return inTransaction(HarnessSecurity.ADMIN, () -> nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name), ContentModel.TYPE_FOLDER,
                new HashMap<>(Map.of(ContentModel.PROP_NAME, name))).getChildRef());
    }

    /** As a client does: create the node, then write its content, in one transaction as {@code user}. */
    public NodeRef upload(String user, NodeRef folder, String name, String mimetype, byte[] bytes) {
        return inTransaction(user, () -> createDocument(folder, name, mimetype, bytes));
    }

    /** The upload's work, for callers that manage the transaction. */
    public NodeRef createDocument(NodeRef folder, String name, String mimetype, byte[] bytes) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        NodeRef node = nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name), ContentModel.TYPE_CONTENT, props)
                .getChildRef();
        writeContent(node, mimetype, bytes);
        return node;
    }

    public void writeContent(NodeRef node, String mimetype, byte[] bytes) {
        ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype(mimetype);
        writer.putContent(new ByteArrayInputStream(bytes));
    }

    public Serializable property(NodeRef node, QName property) {
        return as(HarnessSecurity.SYSTEM, () -> nodeService.getProperty(node, property));
    }

    public void grant(NodeRef node, String authority, String permission) {
        as(HarnessSecurity.ADMIN, () -> {
            permissionService.setPermission(node, authority, permission, true);
            return null;
        });
    }
}
