package org.troopwatch.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's phrases found in a token sequence, in plain Java: what Spark NLP's {@code
 * TextMatcher} does in {@link TagPipeline} (case-sensitive, phrases tokenized by the same rules,
 * overlapping matches merged into one span), for {@link ArticleBuilder}. A trie over tokens, built
 * once: each start position walks it as far as the tokens go, so the cost is the tokens times the
 * longest phrase, not the number of phrases.
 */
final class PhraseMatcher {

  /** A matched span: the first and the last token's offsets, end inclusive, and its text. */
  record Chunk(int begin, int endInclusive, String text) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    boolean phraseEnds;
  }

  private final Node root = new Node();

  PhraseMatcher(List<String> phrases, RuleTokenizer tokenizer) {
    for (String phrase : phrases) {
      Node node = root;
      List<RuleTokenizer.Piece> tokens = tokenizer.tokens(phrase);
      if (tokens.isEmpty()) {
        continue;
      }
      for (RuleTokenizer.Piece t : tokens) {
        node = node.next.computeIfAbsent(t.text(), k -> new Node());
      }
      node.phraseEnds = true;
    }
  }

  /** The chunks of {@code text} whose tokens are {@code tokens}, overlapping matches merged. */
  List<Chunk> chunks(String text, List<RuleTokenizer.Piece> tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      Node node = root;
      int last = -1;
      for (int i = start; i < tokens.size(); i++) {
        node = node.next.get(tokens.get(i).text());
        if (node == null) {
          break;
        }
        if (node.phraseEnds) {
          last = i;
        }
      }
      if (last < 0) {
        continue;
      }
      int[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (previous != null && start <= previous[1]) {
        previous[1] = Math.max(previous[1], last);
      } else {
        spans.add(new int[] {start, last});
      }
    }
    List<Chunk> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int begin = tokens.get(s[0]).begin();
      int end = tokens.get(s[1]).endInclusive();
      out.add(new Chunk(begin, end, text.substring(begin, Math.min(text.length(), end + 1))));
    }
    return out;
  }
}
