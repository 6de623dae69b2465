package org.carenetwork.assessment.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.carenetwork.assessment.domain.Language;

/**
 * The languages one answer is written in, as the resources record them: sent as
 * {@code Content-Language} (RFC 9110 8.5), with {@code Vary: Accept-Language} on every answer
 * whose texts follow {@code Accept-Language}, so a cache never hands the Spanish form to an
 * English reader. An answer whose texts are all English says {@code en}; one that mixes (a
 * Spanish crisis message beside English band labels) names both, the leading language first.
 */
@RequestScoped
public class AnswerLanguage {

    private final Set<Language> languages = new LinkedHashSet<>();

    public void add(Language language) {
        languages.add(language);
    }

    Set<Language> languages() {
        return languages;
    }

    /** Adds the headers to the successful answers of the operations that recorded a language. */
    @Provider
    public static class Headers implements ContainerResponseFilter {

        @Inject
        AnswerLanguage answer;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            // Problem answers are English and name no language; only the answers themselves vary.
            if (answer.languages().isEmpty() || response.getStatus() >= 300) {
                return;
            }
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    answer.languages().stream().map(Language::tag).collect(Collectors.joining(", ")));
            String vary = response.getHeaderString(HttpHeaders.VARY);
            if (vary == null || vary.isBlank()) {
                response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language");
            } else if (!vary.toLowerCase(java.util.Locale.ROOT).contains("accept-language")) {
                response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", Accept-Language");
            }
        }
    }
}
