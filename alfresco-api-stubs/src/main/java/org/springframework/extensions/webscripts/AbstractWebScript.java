package org.springframework.extensions.webscripts;

/** Compile stand-in: subclasses implement {@link #execute}; the platform supplies description and container. */
public abstract class AbstractWebScript implements WebScript {
}
