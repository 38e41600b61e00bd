package org.qalam.examples.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qalam.core.model.Document;
import org.qalam.core.model.Mention;
import org.qalam.core.spi.ExtractionContext;
import org.qalam.core.spi.Extractor;

/**
 * Finds {@code #hashtags} (Arabic or Latin), {@code @users} and {@code http(s)://} URLs in the raw
 * text. Stateless and thread-safe.
 */
final class WebEntitiesExtractor implements Extractor {

    static final String HASHTAG = "hashtag";
    static final String USER = "user";
    static final String URL = "url";

    /** Possessive quantifiers keep every pattern linear in the input length. */
    private static final Pattern ENTITY = Pattern.compile(
            "(?<url>https?://[^\\s\"'<>«»]++)"
                    + "|(?<hashtag>(?<![\\p{L}\\p{N}_])#[\\p{L}\\p{M}\\p{N}_]++)"
                    + "|(?<user>(?<![A-Za-z0-9_.])@[A-Za-z0-9_]++)");

    @Override
    public List<Mention> extract(Document document, ExtractionContext context) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = ENTITY.matcher(document.text());
        while (matcher.find()) {
            if (matcher.group("url") != null) {
                int end = trimTrailingPunctuation(document.text(), matcher.start(), matcher.end());
                mentions.add(Mention.builder(document, URL, matcher.start(), end).build());
            } else if (matcher.group("hashtag") != null) {
                mentions.add(Mention.builder(document, HASHTAG, matcher.start(), matcher.end())
                        .value(matcher.group("hashtag").substring(1))
                        .build());
            } else {
                mentions.add(Mention.builder(document, USER, matcher.start(), matcher.end())
                        .value(matcher.group("user").substring(1).toLowerCase(Locale.ROOT))
                        .build());
            }
        }
        return mentions;
    }

    /** A URL at the end of a sentence keeps its closing punctuation outside the mention. */
    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start + 1 && ".,;:!?)،؛؟".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
