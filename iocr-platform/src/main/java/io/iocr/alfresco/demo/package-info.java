/**
 * The first-start demo: a site with an "iOCR Inbox" folder marked for auto-recognition, created once when the
 * module starts in a repository where {@code iocr.demo.enabled=true} (the docker stack), so a new user uploads an
 * invoice and sees its fields appear.
 */
package io.iocr.alfresco.demo;
