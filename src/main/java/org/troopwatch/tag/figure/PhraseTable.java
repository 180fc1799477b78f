package org.troopwatch.tag.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases (sequences of lower-case tokens) with a value each, matched against a
 * token list at a given position; the longest phrase wins. Phrases are split with {@link
 * Tokenizer}, so "US$" and "us $" are the same phrase.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

  /** A phrase found in a token list: its value and the index after its last token. */
  public record Match<V>(V value, int end) {}

  private final Node<V> root = new Node<>();
  private int longest;

  /** Adds {@code phrase} with {@code value}; a phrase added twice keeps the first value. */
  public PhraseTable<V> add(String phrase, V value) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty phrase for " + value);
    }
    Node<V> node = root;
    for (Token token : tokens) {
      node = node.next.computeIfAbsent(token.lower(), k -> new Node<>());
    }
    if (node.value == null) {
      node.value = value;
    }
    longest = Math.max(longest, tokens.size());
    return this;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Match<V> match(List<Token> tokens, int i) {
    Node<V> node = root;
    Match<V> best = null;
    for (int j = i; j < tokens.size() && j - i < longest; j++) {
      node = node.next.get(tokens.get(j).lower());
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, j + 1);
      }
    }
    return best;
  }

  /** The value of the one-token phrase {@code token}, or null. */
  public V get(Token token) {
    Node<V> node = root.next.get(token.lower());
    return node == null ? null : node.value;
  }

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }
}
