package org.alfresco.service.cmr.view;

/** Compile stand-in: only the member iocr-platform uses, with the real signature. */
public interface ImporterService {

    void importView(ImportPackageHandler importHandler, Location location, ImporterBinding binding,
            ImporterProgress progress);
}
