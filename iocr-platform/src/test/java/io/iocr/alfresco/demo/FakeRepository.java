package io.iocr.alfresco.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.rest.api.impl.SiteSurfConfig;
import org.alfresco.service.cmr.model.FileFolderService;
import org.alfresco.service.cmr.model.FileInfo;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.site.SiteVisibility;
import org.alfresco.service.cmr.view.ImportPackageHandler;
import org.alfresco.service.cmr.view.ImporterBinding;
import org.alfresco.service.cmr.view.ImporterProgress;
import org.alfresco.service.cmr.view.ImporterService;
import org.alfresco.service.cmr.view.Location;
import org.alfresco.service.namespace.NamespaceException;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/**
 * Just enough repository for the demo bootstrap: sites with members and containers, folders with names,
 * aspects with properties, people, namespaces and transactions that roll back. Its public methods are the
 * service methods the bootstrap calls (see {@link Fakes}).
 */
public final class FakeRepository {

    static final String IOCR_URI = "http://www.iocr.io/model/iocr/1.0";

    final Map<String, String> namespaces = new HashMap<>(Map.of(
            "cm", NamespaceService.CONTENT_MODEL_1_0_URI, "iocr", IOCR_URI));
    final Set<String> people = new HashSet<>(Set.of("admin"));
    final Map<String, Site> sites = new LinkedHashMap<>();
    final Map<NodeRef, Node> nodes = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<Boolean> transactionsRequiringNew = new ArrayList<>();
    final List<Imported> imports = new ArrayList<>();

    /** An import of Share's site configuration, as the importer read it from the package handler. */
    record Imported(NodeRef location, String view, String dashboardComponent, String boundSiteId,
            ImporterBinding.UUID_BINDING uuidBinding) {
    }

    /** Shaped like the platform's site configuration: a view naming content files, both with site id tokens. */
    static final String SURF_VIEW = "<view:view><cm:folder view:childName=\"cm:surf-config\">"
            + "<cm:name>${siteId}</cm:name></cm:folder></view:view>";
    static final String DASHBOARD_FILE = "surf-config/content0.bin";
    static final String DASHBOARD_COMPONENT = "<component><source-id>site/${siteId}/dashboard</source-id></component>";

    static final class Site {
        String preset;
        String shortName;
        String title;
        SiteVisibility visibility;
        NodeRef nodeRef;
        final Map<String, NodeRef> containers = new HashMap<>();
        final Map<String, String> members = new HashMap<>();
    }

    static final class Node {
        NodeRef parent;
        String name;
        QName type;
        final Map<QName, Map<QName, Serializable>> aspects = new LinkedHashMap<>();
    }

    // --- the services, as the bootstrap sees them -------------------------------------------------------------

    SiteService siteService() {
        return Fakes.of(SiteService.class, this, calls);
    }

    FileFolderService fileFolderService() {
        return Fakes.of(FileFolderService.class, this, calls);
    }

    NodeService nodeService() {
        return Fakes.of(NodeService.class, this, calls);
    }

    NamespaceService namespaceService() {
        return Fakes.of(NamespaceService.class, this, calls);
    }

    PersonService personService() {
        return Fakes.of(PersonService.class, this, calls);
    }

    /** Runs the work; on failure restores the repository as it was before the transaction. */
    RetryingTransactionHelper transactionHelper() {
        return new RetryingTransactionHelper() {
            @Override
            public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
                transactionsRequiringNew.add(requiresNew);
                Map<String, Site> sitesBefore = new LinkedHashMap<>(sites);
                Map<NodeRef, Node> nodesBefore = new LinkedHashMap<>(nodes);
                try {
                    return cb.execute();
                } catch (Throwable e) {
                    sites.clear();
                    sites.putAll(sitesBefore);
                    nodes.clear();
                    nodes.putAll(nodesBefore);
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
            }
        };
    }

    ImporterService importerService() {
        return Fakes.of(ImporterService.class, this, calls);
    }

    SiteSurfConfig siteSurfConfig() {
        return new SiteSurfConfig() {
            @Override
            public String getImportView() {
                return SURF_VIEW;
            }

            @Override
            public String getImportContent(String contentPath) {
                return DASHBOARD_FILE.equals(contentPath) ? DASHBOARD_COMPONENT : null;
            }
        };
    }

    // SiteService

    public SiteInfo createSite(String sitePreset, String shortName, String title, String description,
            SiteVisibility visibility) {
        if (sites.containsKey(shortName)) {
            throw new IllegalStateException("site exists: " + shortName);
        }
        Site site = new Site();
        site.preset = sitePreset;
        site.shortName = shortName;
        site.title = title;
        site.visibility = visibility;
        site.nodeRef = newNode(null, shortName, QName.createQName("http://www.alfresco.org/model/site/1.0", "site"));
        site.members.put("System", "SiteManager");
        sites.put(shortName, site);
        return getSite(shortName);
    }

    public SiteInfo getSite(String shortName) {
        Site site = sites.get(shortName);
        if (site == null) {
            return null;
        }
        return Fakes.of(SiteInfo.class, new Object() {
            public NodeRef getNodeRef() {
                return site.nodeRef;
            }

            public String getShortName() {
                return site.shortName;
            }
        });
    }

    public boolean isMember(String shortName, String authorityName) {
        return site(shortName).members.containsKey(authorityName);
    }

    public void setMembership(String shortName, String authorityName, String role) {
        site(shortName).members.put(authorityName, role);
    }

    public NodeRef createContainer(String shortName, String componentId, QName containerType,
            Map<QName, Serializable> containerProperties) {
        Site site = site(shortName);
        NodeRef container = newNode(site.nodeRef, componentId, containerType);
        site.containers.put(componentId, container);
        return container;
    }

    public NodeRef getContainer(String shortName, String componentId) {
        return site(shortName).containers.get(componentId);
    }

    // FileFolderService

    public NodeRef searchSimple(NodeRef contextNodeRef, String name) {
        return nodes.entrySet().stream()
                .filter(e -> contextNodeRef.equals(e.getValue().parent) && name.equals(e.getValue().name))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    public FileInfo create(NodeRef parentNodeRef, String name, QName typeQName) {
        if (searchSimple(parentNodeRef, name) != null) {
            throw new IllegalStateException("file exists: " + name);
        }
        NodeRef node = newNode(parentNodeRef, name, typeQName);
        return Fakes.of(FileInfo.class, new Object() {
            public NodeRef getNodeRef() {
                return node;
            }
        });
    }

    // ImporterService

    public void importView(ImportPackageHandler importHandler, Location location, ImporterBinding binding,
            ImporterProgress progress) {
        node(location.getNodeRef());
        try (Reader view = importHandler.getDataStream();
                InputStream dashboard = importHandler.importStream(DASHBOARD_FILE)) {
            char[] buffer = new char[SURF_VIEW.length() * 2];
            int length = view.read(buffer);
            imports.add(new Imported(location.getNodeRef(), new String(buffer, 0, length),
                    new String(dashboard.readAllBytes(), StandardCharsets.UTF_8), binding.getValue("siteId"),
                    binding.getUUIDBinding()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // NodeService

    public void addAspect(NodeRef nodeRef, QName aspectTypeQName, Map<QName, Serializable> aspectProperties) {
        if (!IOCR_URI.equals(aspectTypeQName.getNamespaceURI())
                && !NamespaceService.CONTENT_MODEL_1_0_URI.equals(aspectTypeQName.getNamespaceURI())) {
            throw new IllegalArgumentException("unknown aspect " + aspectTypeQName);
        }
        node(nodeRef).aspects.put(aspectTypeQName,
                new HashMap<>(aspectProperties == null ? Map.of() : aspectProperties));
    }

    public boolean hasAspect(NodeRef nodeRef, QName aspectTypeQName) {
        return node(nodeRef).aspects.containsKey(aspectTypeQName);
    }

    // NamespaceService

    public String getNamespaceURI(String prefix) {
        String uri = namespaces.get(prefix);
        if (uri == null) {
            throw new NamespaceException("Namespace prefix " + prefix + " is not mapped to a namespace URI");
        }
        return uri;
    }

    public Collection<String> getPrefixes(String namespaceURI) {
        return namespaces.entrySet().stream().filter(e -> e.getValue().equals(namespaceURI))
                .map(Map.Entry::getKey).toList();
    }

    // PersonService

    public boolean personExists(String userName) {
        return people.contains(userName);
    }

    // --- helpers for the tests ---------------------------------------------------------------------------------

    Site site(String shortName) {
        Site site = sites.get(shortName);
        if (site == null) {
            throw new IllegalArgumentException("no site " + shortName);
        }
        return site;
    }

    Node node(NodeRef nodeRef) {
        Node node = nodes.get(nodeRef);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeRef);
        }
        return node;
    }

    List<NodeRef> children(NodeRef parent) {
        return nodes.entrySet().stream().filter(e -> parent.equals(e.getValue().parent))
                .map(Map.Entry::getKey).toList();
    }

    private NodeRef newNode(NodeRef parent, String name, QName type) {
        NodeRef ref = new NodeRef("workspace", "SpacesStore", UUID.randomUUID().toString());
        Node node = new Node();
        node.parent = parent;
        node.name = name;
        node.type = type;
        nodes.put(ref, node);
        return ref;
    }
}
