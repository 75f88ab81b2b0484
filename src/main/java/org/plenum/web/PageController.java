package org.plenum.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of HTML pages. Every handler of such a controller gets the request's {@link PageContext} in its model
 * as {@code page} (language, messages, locale formatting, links that keep {@code known_at}, fingerprinted assets),
 * which the shared layout {@code web/layout.jte} takes. Its handlers return the name of a jte template, e.g.
 * {@code "registry/country"} for {@code src/main/jte/registry/country.jte}. See docs/web-pages.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
