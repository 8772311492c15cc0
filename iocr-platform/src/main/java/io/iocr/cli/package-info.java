/** Command-line tools started by run.sh (map, recognise): no Alfresco types, plain output for administrators. */
package io.iocr.cli;
