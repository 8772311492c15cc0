package io.iocr.alfresco.harness;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * What a repository persists: nodes with their properties, aspects, parents and permissions, content binaries,
 * and job locks. It outlives a {@link HarnessRepository}: {@link HarnessRepository#restart} drops every thread,
 * queue and in-memory cache and starts again on the same state, as a JVM restart does to the database and the
 * content store. Only committed changes are here (transactions undo theirs on rollback).
 */
public final class RepositoryState {

    /** One node row. Mutated only under {@link #lock}, inside a transaction. */
    public static final class NodeRecord {
        final NodeRef ref;
        QName type;
        final Set<QName> aspects = new LinkedHashSet<>();
        final Map<QName, Serializable> props = new LinkedHashMap<>();
        NodeRef parent;
        QName assocQName;
        final List<NodeRef> children = new ArrayList<>();
        final Map<String, Set<String>> acl = new HashMap<>();
        boolean inheritPermissions = true;
        int versions;

        NodeRecord(NodeRef ref) {
            this.ref = ref;
        }

        Snapshot snapshot() {
            Map<String, Set<String>> aclCopy = new HashMap<>();
            acl.forEach((authority, permissions) -> aclCopy.put(authority, new HashSet<>(permissions)));
            return new Snapshot(type, new LinkedHashSet<>(aspects), new LinkedHashMap<>(props), parent,
                    assocQName, new ArrayList<>(children), aclCopy, inheritPermissions, versions);
        }

        void restore(Snapshot snapshot) {
            type = snapshot.type();
            aspects.clear();
            aspects.addAll(snapshot.aspects());
            props.clear();
            props.putAll(snapshot.props());
            parent = snapshot.parent();
            assocQName = snapshot.assocQName();
            children.clear();
            children.addAll(snapshot.children());
            acl.clear();
            acl.putAll(snapshot.acl());
            inheritPermissions = snapshot.inherit();
            versions = snapshot.versions();
        }
    }

    record Snapshot(QName type, Set<QName> aspects, Map<QName, Serializable> props, NodeRef parent,
            QName assocQName, List<NodeRef> children, Map<String, Set<String>> acl, boolean inherit, int versions) {
    }

    /** A job lock row: held by {@code token} until {@code expiresAt}. */
    record LockRow(String token, long expiresAt) {
    }

    final Map<NodeRef, NodeRecord> nodes = new ConcurrentHashMap<>();
    final Map<String, byte[]> contentStore = new ConcurrentHashMap<>();
    final Map<QName, LockRow> locks = new ConcurrentHashMap<>();
    final AtomicLong sequence = new AtomicLong();
    /** The database's serialisation: one writing transaction at a time. */
    final ReentrantLock lock = new ReentrantLock();
    NodeRef root;
    NodeRef companyHome;

    public NodeRef companyHome() {
        return companyHome;
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** Versions created for a node (by the simulated versionable aspect). */
    public int versionCount(NodeRef node) {
        NodeRecord record = nodes.get(node);
        return record == null ? 0 : record.versions;
    }
}
