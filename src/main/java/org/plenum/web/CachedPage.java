package org.plenum.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page handler whose rendered bytes may be kept by the {@link PageCache}: its page depends on nothing but the
 * published data and statistics ({@link DataVersion}, {@link ContentVersion}), its path and query, the reader's
 * language and {@code known_at}. Not for a page that shows anything of the person reading it, of the time of day, or
 * of files that change between publications. A signed-in request is never answered from the cache (decision 0039).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPage {
}
