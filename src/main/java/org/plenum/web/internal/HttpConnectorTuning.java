package org.plenum.web.internal;

import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's per-connection socket write buffer ({@code socket.appWriteBufSize}, 8 KB by default), set by
 * {@code plenum.http.socket-write-buffer} (32 KB). Every response body is copied through this buffer and each
 * fill is one write to the socket, so with 8 KB a 25 KB record takes four system calls and a 5 MB collection
 * about 600. It is allocated for each open connection: 24 KB more than the default per connection.
 */
@Component
class HttpConnectorTuning implements TomcatConnectorCustomizer {

    private static final Logger log = LoggerFactory.getLogger(HttpConnectorTuning.class);

    private final DataSize writeBuffer;

    HttpConnectorTuning(@Value("${plenum.http.socket-write-buffer:32KB}") DataSize writeBuffer) {
        this.writeBuffer = writeBuffer;
    }

    @Override
    public void customize(Connector connector) {
        if (!connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes()))) {
            log.warn("Tomcat's connector does not take socket.appWriteBufSize; its default write buffer is used");
        }
    }
}
