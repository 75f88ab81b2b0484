package org.plenum.aiwatch.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.ui.ExtendedModelMap;

/** The subscription form asks for at most five subscriptions per client address in ten minutes. */
class DigestSubscriptionPagesTest {

    @Test
    void aClientSendingTheFormMoreThanFiveTimesInTenMinutesGetsTheSameAnswerAndNoMail() {
        DigestSubscriptions subscriptions = mock(DigestSubscriptions.class);
        DigestSubscriptionPages pages = new DigestSubscriptionPages(subscriptions);
        for (int i = 0; i < 8; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ai/digest/subscribe");
            request.setRemoteAddr("203.0.113.9");
            MockHttpServletResponse response = new MockHttpServletResponse();
            ExtendedModelMap model = new ExtendedModelMap();
            String view = pages.subscribe("reader" + i + "@example.org", "en", null,
                    new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t"), request, response, model);
            assertThat(view).isEqualTo("aiwatch/actions/subscription");
            assertThat(model.get("state")).isEqualTo("sent");
            assertThat(response.getStatus()).isEqualTo(200);
        }
        verify(subscriptions, times(5)).subscribe(anyString(), anyString());

        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/ai/digest/subscribe");
        other.setRemoteAddr("198.51.100.7");
        pages.subscribe("someone@example.org", "fr", null, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t"), other,
                new MockHttpServletResponse(), new ExtendedModelMap());
        verify(subscriptions, times(6)).subscribe(anyString(), anyString());
    }
}
