package org.qalam.cli.format;

import java.util.ArrayList;
import java.util.List;
import org.qalam.core.model.Mention;
import org.qalam.core.model.Token;

/**
 * BIO tags of mentions over tokens: the first token a mention overlaps gets {@code B-type}, the
 * following ones {@code I-type}. A token inside several mentions gets several tags.
 */
final class MentionTags {

    private MentionTags() {
    }

    /** Tags per token index (empty lists for tokens outside every mention). */
    static List<List<String>> of(List<Token> tokens, List<Mention> mentions) {
        List<List<String>> tags = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tags.add(List.of());
        }
        for (Mention mention : mentions) {
            int first = firstTokenEndingAfter(tokens, mention.start());
            for (int i = first; i < tokens.size() && tokens.get(i).start() < mention.end(); i++) {
                List<String> tokenTags = new ArrayList<>(tags.get(i));
                tokenTags.add((i == first ? "B-" : "I-") + mention.type());
                tags.set(i, tokenTags);
            }
        }
        return tags;
    }

    /** The index of the first mention-overlapping token, or the tokens' size. */
    static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
