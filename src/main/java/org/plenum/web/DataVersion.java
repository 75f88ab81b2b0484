package org.plenum.web;

/**
 * The version of the data that cached responses are computed from: the publication number that the controllers
 * pass to {@link CachedResponses}. The fast path of the cached responses asks it which entries are current.
 */
@FunctionalInterface
public interface DataVersion {

    /** No data loaded yet: nothing is answered without the controllers. */
    long NONE = -1;

    /**
     * The current version, or {@link #NONE}. Must be cheap and must not block or load anything: it is asked on
     * every GET request.
     */
    long currentVersion();
}
