package org.troopwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The ingest hashes as first written, with regular expressions: the references of the fast paths.
 */
final class ReferenceHashes {

  private ReferenceHashes() {}

  /** The content hash: lower-cased copy, words joined by single spaces, UTF-8, SHA-256, 32 hex. */
  static String contentHash(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String joined = String.join(" ", lower.split("[^\\p{L}\\p{N}]+")).strip();
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(joined.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
