package org.alfresco.repo.policy;

/** Compile stand-in. */
public interface ClassPolicy extends Policy {
}
