package org.qalam.arabic.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The affix strings of one kind in a character trie (suffixes read backwards), each node holding
 * the rules whose affix ends there.
 *
 * <p>Why: walking the trie along a word finds every affix it starts (or ends) with without
 * creating a substring per candidate length, and stops at the first character no affix shares.
 * Immutable.
 */
final class AffixTrie {

    private static final int[] NONE = {};

    private final char[][] labels;
    private final int[][] children;
    private final int[][] rules;

    private AffixTrie(char[][] labels, int[][] children, int[][] rules) {
        this.labels = labels;
        this.children = children;
        this.rules = rules;
    }

    /** A trie of {@code byAffix} keys, read from the end when {@code backwards}. */
    static AffixTrie of(Map<String, int[]> byAffix, boolean backwards) {
        List<StringBuilder> labels = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        List<int[]> rules = new ArrayList<>();
        labels.add(new StringBuilder());
        children.add(new ArrayList<>());
        rules.add(NONE);
        for (Map.Entry<String, int[]> e : byAffix.entrySet()) {
            String affix = e.getKey();
            int node = 0;
            for (int i = 0; i < affix.length(); i++) {
                char c = affix.charAt(backwards ? affix.length() - 1 - i : i);
                int at = labels.get(node).indexOf(String.valueOf(c));
                if (at < 0) {
                    labels.get(node).append(c);
                    children.get(node).add(labels.size());
                    labels.add(new StringBuilder());
                    children.add(new ArrayList<>());
                    rules.add(NONE);
                    at = labels.get(node).length() - 1;
                }
                node = children.get(node).get(at);
            }
            rules.set(node, e.getValue());
        }
        int size = labels.size();
        char[][] labelArrays = new char[size][];
        int[][] childArrays = new int[size][];
        for (int n = 0; n < size; n++) {
            labelArrays[n] = labels.get(n).toString().toCharArray();
            childArrays[n] = new int[labelArrays[n].length];
            for (int k = 0; k < childArrays[n].length; k++) {
                childArrays[n][k] = children.get(n).get(k);
            }
        }
        return new AffixTrie(labelArrays, childArrays, rules.toArray(new int[0][]));
    }

    /** The node reached from {@code node} by {@code c}, or -1; the root is 0. */
    int child(int node, char c) {
        char[] label = labels[node];
        for (int k = 0; k < label.length; k++) {
            if (label[k] == c) {
                return children[node][k];
            }
        }
        return -1;
    }

    /** The rules whose affix is the path to {@code node} (empty when none). */
    int[] rules(int node) {
        return rules[node];
    }
}
