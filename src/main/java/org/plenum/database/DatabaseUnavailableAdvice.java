package org.plenum.database;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request that needed the database while it did not answer: 503 and a JSON:API error, not a 500 and a stack trace. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class})
    ResponseEntity<Map<String, Object>> unavailable(RuntimeException e) {
        log.warn("The database does not answer: {}", DatabaseStartupCheck.firstLine(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.api+json"))
                .body(Map.of("errors", List.of(Map.of("status", "503", "code", "database_unavailable",
                        "title", "Database unavailable", "detail", "The database does not answer; try again later. Data served"
                                + " from memory (/api/v1/chambers, /api/v1/reports, ...) is not affected."))));
    }
}
