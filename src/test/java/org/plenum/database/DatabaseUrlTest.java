package org.plenum.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void theDefaultEmbeddedUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:file:/srv/plenum/data/plenum;AUTO_SERVER=TRUE", "PLENUM_DB_URL");
        assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.H2_FILE);
        assertThat(url.h2File()).contains(Path.of("/srv/plenum/data/plenum"));
    }

    @Test
    void aRelativeH2PathIsResolvedAgainstTheWorkingDirectory() {
        assertThat(DatabaseUrl.parse("jdbc:h2:./data/plenum", "PLENUM_DB_URL").h2File())
                .contains(Path.of("data/plenum").toAbsolutePath());
    }

    @Test
    void postgresqlUrls() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db.example.org:5432/plenum?sslmode=require", "PLENUM_DB_URL").kind())
                .isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
        assertThat(DatabaseUrl.parse("jdbc:postgresql:plenum", "PLENUM_DB_URL").kind()).isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
    }

    @Test
    void emptyBlankAndForeignUrlsAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("", "PLENUM_DB_URL")).isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("PLENUM_DB_URL is empty");
        assertThatThrownBy(() -> DatabaseUrl.parse("   ", "PLENUM_DB_URL")).hasMessageStartingWith("PLENUM_DB_URL is empty");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/plenum", "PLENUM_DB_URL"))
                .hasMessageContaining("is not a database URL Plenum can use");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://db example/plenum", "PLENUM_DB_URL"))
                .hasMessageContaining("is not a valid PostgreSQL URL");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:h2:file:", "PLENUM_DB_URL")).hasMessageContaining("names no database file");
    }

    @Test
    void passwordsNeverAppearInMessages() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db/plenum?user=p&password=s3cret&ssl=true", "PLENUM_DB_URL").redacted())
                .isEqualTo("jdbc:postgresql://db/plenum?user=p&password=***&ssl=true");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://db example/x?password=s3cret", "PLENUM_DB_URL"))
                .message().doesNotContain("s3cret");
    }
}
