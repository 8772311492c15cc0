package org.alfresco.repo.module;

/** Compile stand-in: only the members iocr-platform uses, with the real signatures. */
public interface ModuleComponent {

    String getModuleId();

    String getName();

    String getDescription();

    boolean isExecuteOnceOnly();

    void execute();

    void shutdown();
}
