package org.plenum.web;

/**
 * A version of published content that cached pages show besides the data of {@link DataVersion}, e.g. the number of
 * monthly publications made so far (module stats). The {@link PageCache} keys each page by the current value of every
 * such bean: a new publication makes every cached page unreachable.
 */
@FunctionalInterface
public interface ContentVersion {

    /**
     * The current version, or {@link DataVersion#NONE} while unknown (nothing is then cached). Must be cheap and must
     * not block: it is asked on every page request.
     */
    long currentVersion();
}
