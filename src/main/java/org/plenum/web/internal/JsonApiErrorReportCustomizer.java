package org.plenum.web.internal;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link JsonApiErrorReportValve} in place of the host's error report valve. Spring Boot adds its own
 * {@link ErrorReportValve} (without stack traces) from a customizer of order 0; this one runs last, so its context
 * customizer runs after Spring Boot's and can remove it.
 */
@Component
class JsonApiErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            JsonApiErrorReportValve valve = new JsonApiErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            host.addValve(valve);
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost standardHost) {
                standardHost.setErrorReportValveClass(JsonApiErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
