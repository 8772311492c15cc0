package org.alfresco.repo.module;

/**
 * Compile stand-in for the base of module components (Spring parent bean {@code module.baseComponent}). The
 * platform's class registers the component with the ModuleService in {@link #init()} and runs
 * {@link #executeInternal()} once, inside a transaction, as the system user, when the module starts; this one
 * keeps the members iocr-platform uses, with the real signatures, and the plain bean properties.
 */
public abstract class AbstractModuleComponent implements ModuleComponent {

    private String moduleId;
    private String name;
    private String description;
    private boolean executeOnceOnly = true;

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    @Override
    public String getModuleId() {
        return moduleId;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String getDescription() {
        return description;
    }

    public void setSinceVersion(String version) {
    }

    public void setAppliesFromVersion(String version) {
    }

    public void setAppliesToVersion(String version) {
    }

    public void setExecuteOnceOnly(boolean executeOnceOnly) {
        this.executeOnceOnly = executeOnceOnly;
    }

    @Override
    public boolean isExecuteOnceOnly() {
        return executeOnceOnly;
    }

    public void init() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    protected abstract void executeInternal() throws Throwable;

    @Override
    public final synchronized void execute() {
        throw new UnsupportedOperationException("compile stand-in");
    }

    @Override
    public final synchronized void shutdown() {
        throw new UnsupportedOperationException("compile stand-in");
    }
}
