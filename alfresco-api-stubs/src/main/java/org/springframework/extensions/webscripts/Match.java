package org.springframework.extensions.webscripts;

import java.util.Map;

/** Compile stand-in with value semantics: the URL template variables of a matched request. */
public final class Match {

    private final String templatePath;
    private final Map<String, String> templateVars;
    private final String matchPath;

    public Match(String templatePath, Map<String, String> templateVars, String matchPath) {
        this.templatePath = templatePath;
        this.templateVars = templateVars;
        this.matchPath = matchPath;
    }

    public String getTemplate() {
        return templatePath;
    }

    public Map<String, String> getTemplateVars() {
        return templateVars;
    }

    public String getPath() {
        return matchPath;
    }
}
