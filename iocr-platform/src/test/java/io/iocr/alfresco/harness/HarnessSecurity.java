package io.iocr.alfresco.harness;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;

import io.iocr.alfresco.PlatformSupport;

/**
 * Who the current thread runs as, and what they may do. Administrators and the system user may do everything;
 * a node's creator (owner) has all permissions on it; others get what the node's and its ancestors' ACLs grant
 * (inheritance can be switched off per node). Read comes with Consumer and above, Write with Collaborator,
 * Coordinator, Editor, Write and All.
 */
public final class HarnessSecurity implements PlatformSupport {

    public static final String SYSTEM = "System";
    public static final String ADMIN = "admin";
    private static final String EVERYONE = "GROUP_EVERYONE";
    private static final Set<String> GRANTS_WRITE = Set.of("Write", "Collaborator", "Coordinator", "Editor", "All");
    private static final Set<String> GRANTS_READ = Set.of("Read", "Consumer", "Contributor", "Collaborator",
            "Coordinator", "Editor", "Write", "All");

    /** Denied by a permission check of a public service. */
    public static final class AccessDenied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AccessDenied(String message) {
            super(message);
        }
    }

    private final RepositoryState state;
    private final Transactions transactions;
    private final ThreadLocal<String> user = new ThreadLocal<>();

    public HarnessSecurity(RepositoryState state, Transactions transactions) {
        this.state = state;
        this.transactions = transactions;
    }

    public <T> T runAs(String userName, Supplier<T> work) {
        String previous = user.get();
        user.set(userName);
        try {
            return work.get();
        } finally {
            user.set(previous);
        }
    }

    @Override
    public <T> T runAsSystem(Supplier<T> work) {
        return runAs(SYSTEM, work);
    }

    @Override
    public String currentUser() {
        return user.get();
    }

    @Override
    public boolean isSystemUser() {
        return SYSTEM.equals(user.get());
    }

    @Override
    public void afterCommit(Runnable task) {
        transactions.afterCommit(task);
    }

    boolean isAdministrator() {
        String current = user.get();
        return SYSTEM.equals(current) || ADMIN.equals(current);
    }

    public AccessStatus hasPermission(NodeRef nodeRef, String permission) {
        String current = user.get();
        if (current == null) {
            return AccessStatus.DENIED;
        }
        if (isAdministrator()) {
            return AccessStatus.ALLOWED;
        }
        RepositoryState.NodeRecord record = state.nodes.get(nodeRef);
        if (record == null) {
            return AccessStatus.DENIED;
        }
        if (current.equals(record.props.get(InMemoryNodeService.PROP_CREATOR))) {
            return AccessStatus.ALLOWED;
        }
        Set<String> granted = new HashSet<>();
        for (RepositoryState.NodeRecord node = record; node != null; ) {
            collect(node.acl, current, granted);
            if (!node.inheritPermissions || node.parent == null) {
                break;
            }
            node = state.nodes.get(node.parent);
        }
        Set<String> needed = PermissionService.WRITE.equals(permission) ? GRANTS_WRITE : GRANTS_READ;
        for (String permissionGranted : granted) {
            if (needed.contains(permissionGranted)) {
                return AccessStatus.ALLOWED;
            }
        }
        return AccessStatus.DENIED;
    }

    private static void collect(Map<String, Set<String>> acl, String userName, Set<String> granted) {
        granted.addAll(acl.getOrDefault(userName, Set.of()));
        granted.addAll(acl.getOrDefault(EVERYONE, Set.of()));
    }

    void check(NodeRef nodeRef, String permission) {
        if (hasPermission(nodeRef, permission) != AccessStatus.ALLOWED) {
            throw new AccessDenied("Access denied: " + user.get() + " lacks " + permission + " on " + nodeRef);
        }
    }

    public PermissionService permissionService() {
        return ServiceProxy.of(PermissionService.class, new PermissionImpl());
    }

    public AuthorityService authorityService() {
        return ServiceProxy.of(AuthorityService.class, new Object() {
            @SuppressWarnings("unused")
            public boolean hasAdminAuthority() {
                return isAdministrator();
            }
        });
    }

    /** PermissionService over the nodes' ACLs. */
    public final class PermissionImpl {

        public AccessStatus hasPermission(NodeRef nodeRef, String permission) {
            return HarnessSecurity.this.hasPermission(nodeRef, permission);
        }

        public void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow) {
            transactions.required(() -> {
                RepositoryState.NodeRecord record = state.nodes.get(nodeRef);
                RepositoryState.Snapshot before = record.snapshot();
                if (allow) {
                    record.acl.computeIfAbsent(authority, a -> new HashSet<>()).add(permission);
                } else {
                    record.acl.getOrDefault(authority, new HashSet<>()).remove(permission);
                }
                transactions.changed(() -> record.restore(before));
                return null;
            });
        }

        public void setInheritParentPermissions(NodeRef nodeRef, boolean inherit) {
            transactions.required(() -> {
                RepositoryState.NodeRecord record = state.nodes.get(nodeRef);
                boolean before = record.inheritPermissions;
                record.inheritPermissions = inherit;
                transactions.changed(() -> record.inheritPermissions = before);
                return null;
            });
        }
    }
}
