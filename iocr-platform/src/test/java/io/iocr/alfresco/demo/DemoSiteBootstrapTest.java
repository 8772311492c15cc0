package io.iocr.alfresco.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoSiteBootstrapTest {

    private static final QName AUTO_RECOGNISE = QName.createQName(FakeRepository.IOCR_URI, "autoRecognise");
    private static final QName AUTO_TEMPLATE = QName.createQName(FakeRepository.IOCR_URI, "autoTemplate");

    private FakeRepository repository;
    private DemoSiteBootstrap bootstrap;

    @BeforeEach
    void wire() {
        repository = new FakeRepository();
        bootstrap = bootstrapOn(repository);
    }

    private static DemoSiteBootstrap bootstrapOn(FakeRepository repository) {
        DemoSiteBootstrap component = new DemoSiteBootstrap();
        component.setSiteService(repository.siteService());
        component.setFileFolderService(repository.fileFolderService());
        component.setNodeService(repository.nodeService());
        component.setNamespaceService(repository.namespaceService());
        component.setPersonService(repository.personService());
        component.setTransactionHelper(repository.transactionHelper());
        component.setImporterService(repository.importerService());
        component.setSiteSurfConfig(repository.siteSurfConfig());
        component.setEnabled(true);
        return component;
    }

    @Test
    void first_start_creates_a_public_site_whose_library_holds_an_inbox_marked_to_recognise_invoices() {
        bootstrap.executeInternal();

        FakeRepository.Site site = repository.site("iocr-demo");
        assertThat(site.visibility).isEqualTo(SiteVisibility.PUBLIC);
        assertThat(site.preset).isEqualTo("site-dashboard");
        NodeRef library = site.containers.get(SiteService.DOCUMENT_LIBRARY);
        assertThat(library).isNotNull();

        NodeRef inbox = repository.searchSimple(library, "iOCR Inbox");
        assertThat(inbox).isNotNull();
        FakeRepository.Node folder = repository.node(inbox);
        assertThat(folder.type).isEqualTo(ContentModel.TYPE_FOLDER);
        assertThat(folder.aspects).containsEntry(AUTO_RECOGNISE, Map.of(AUTO_TEMPLATE, "multiple_invoice"));
        assertThat(folder.aspects.get(ContentModel.ASPECT_TITLED))
                .containsEntry(ContentModel.PROP_TITLE, "iOCR Inbox")
                .containsKey(DemoSiteBootstrap.PROP_DESCRIPTION);
    }

    @Test
    void the_new_site_gets_the_share_dashboard_the_rest_api_gives_its_sites_with_its_own_site_id() {
        bootstrap.executeInternal();

        assertThat(repository.imports).singleElement().satisfies(imported -> {
            assertThat(imported.location()).isEqualTo(repository.site("iocr-demo").nodeRef);
            assertThat(imported.view()).isEqualTo(FakeRepository.SURF_VIEW);
            assertThat(imported.boundSiteId()).isEqualTo("iocr-demo");
            assertThat(imported.dashboardComponent())
                    .isEqualTo("<component><source-id>site/iocr-demo/dashboard</source-id></component>");
            assertThat(imported.uuidBinding().name()).isEqualTo("CREATE_NEW");
        });
    }

    @Test
    void an_existing_site_keeps_its_own_share_configuration() {
        repository.createSite("site-dashboard", "iocr-demo", "Made by hand", "", SiteVisibility.PUBLIC);

        bootstrap.executeInternal();

        assertThat(repository.imports).isEmpty();
    }

    @Test
    void without_the_site_configuration_bean_the_site_is_created_without_a_dashboard() {
        bootstrap.setSiteSurfConfig(null);

        bootstrap.executeInternal();

        assertThat(repository.imports).isEmpty();
        assertThat(repository.site("iocr-demo").containers).containsKey(SiteService.DOCUMENT_LIBRARY);
    }

    @Test
    void the_work_runs_in_a_transaction_of_its_own_so_a_failure_cannot_roll_back_the_module_startup() {
        bootstrap.executeInternal();

        assertThat(repository.transactionsRequiringNew).containsExactly(true);
    }

    @Test
    void the_configured_person_becomes_site_manager_since_the_site_is_created_as_the_system_user() {
        bootstrap.executeInternal();

        assertThat(repository.site("iocr-demo").members).containsEntry("admin", "SiteManager");
    }

    @Test
    void site_name_folder_name_and_template_follow_the_configuration() {
        bootstrap.setSiteShortName("ocr-finance");
        bootstrap.setInboxName("Invoices to file");
        bootstrap.setTemplate("vat_invoice");

        bootstrap.executeInternal();

        NodeRef library = repository.site("ocr-finance").containers.get(SiteService.DOCUMENT_LIBRARY);
        NodeRef inbox = repository.searchSimple(library, "Invoices to file");
        assertThat(repository.node(inbox).aspects.get(AUTO_RECOGNISE)).containsEntry(AUTO_TEMPLATE, "vat_invoice");
        assertThat(repository.sites).containsOnlyKeys("ocr-finance");
    }

    @Test
    void without_a_template_the_folder_is_marked_without_one_and_the_repository_defaults_apply() {
        bootstrap.setTemplate(" ");

        bootstrap.executeInternal();

        NodeRef library = repository.site("iocr-demo").containers.get(SiteService.DOCUMENT_LIBRARY);
        assertThat(repository.node(repository.searchSimple(library, "iOCR Inbox")).aspects.get(AUTO_RECOGNISE))
                .isEmpty();
    }

    @Test
    void running_again_reuses_the_site_and_folder_and_keeps_what_the_owner_changed_on_the_marker() {
        bootstrap.executeInternal();
        NodeRef library = repository.site("iocr-demo").containers.get(SiteService.DOCUMENT_LIBRARY);
        NodeRef inbox = repository.searchSimple(library, "iOCR Inbox");
        Map<QName, Serializable> marker = repository.node(inbox).aspects.get(AUTO_RECOGNISE);
        marker.put(AUTO_TEMPLATE, "id_card_front");
        int nodes = repository.nodes.size();

        bootstrapOn(repository).executeInternal();

        assertThat(repository.sites).hasSize(1);
        assertThat(repository.nodes).hasSize(nodes);
        assertThat(repository.children(library)).containsExactly(inbox);
        assertThat(repository.node(inbox).aspects.get(AUTO_RECOGNISE)).containsEntry(AUTO_TEMPLATE, "id_card_front");
    }

    @Test
    void an_existing_site_without_a_document_library_gets_one_with_the_inbox() {
        repository.createSite("site-dashboard", "iocr-demo", "Made by hand", "", SiteVisibility.PRIVATE);

        bootstrap.executeInternal();

        FakeRepository.Site site = repository.site("iocr-demo");
        assertThat(site.title).isEqualTo("Made by hand");
        assertThat(site.visibility).isEqualTo(SiteVisibility.PRIVATE);
        NodeRef library = site.containers.get(SiteService.DOCUMENT_LIBRARY);
        assertThat(repository.searchSimple(library, "iOCR Inbox")).isNotNull();
    }

    @Test
    void a_site_manager_who_is_not_a_person_here_is_skipped_and_the_demo_still_created() {
        bootstrap.setSiteManager("alice");

        bootstrap.executeInternal();

        FakeRepository.Site site = repository.site("iocr-demo");
        assertThat(site.members).doesNotContainKey("alice");
        assertThat(site.containers).containsKey(SiteService.DOCUMENT_LIBRARY);
    }

    @Test
    void when_the_iocr_model_is_not_deployed_nothing_is_created_and_the_repository_still_starts() {
        repository.namespaces.remove("iocr");

        assertThatCode(bootstrap::executeInternal).doesNotThrowAnyException();

        assertThat(repository.sites).isEmpty();
        assertThat(repository.nodes).isEmpty();
    }

    @Test
    void a_failure_half_way_rolls_back_what_the_demo_had_created() {
        bootstrap.setFolderMarker("iocr:autoRecognise");
        bootstrap.setTemplateProperty("nope:autoTemplate");

        assertThatCode(bootstrap::executeInternal).doesNotThrowAnyException();

        assertThat(repository.sites).isEmpty();
        assertThat(repository.nodes).isEmpty();
    }

    @Test
    void when_disabled_the_component_does_not_register_so_enabling_it_later_still_runs_it_once() {
        bootstrap.setEnabled(false);

        // The platform's init() registers the component with the ModuleService (the stand-in's throws):
        // a disabled component must return before that.
        assertThatCode(bootstrap::init).doesNotThrowAnyException();
        assertThat(repository.calls).isEmpty();
    }
}
