package org.alfresco.service.cmr.i18n;

import java.util.Locale;

/** Compile stand-in. */
public interface MessageLookup {

    String getMessage(String messageKey);

    String getMessage(String messageKey, Locale locale);
}
