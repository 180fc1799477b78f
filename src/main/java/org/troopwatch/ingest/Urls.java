package org.troopwatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Canonical URLs (for dedup and doc ids) and the outlet a URL belongs to. */
public final class Urls {

  private Urls() {}

  private static final List<String> TRACKING =
      ResourceLines.read("org/troopwatch/ingest/tracking-params.txt");

  /**
   * The URL without scheme, "www.", fragment, tracking parameters and trailing slash, host in lower
   * case: {@code https://www.Example.com/a/?utm_source=x#top} becomes {@code example.com/a}. Null
   * when {@code url} is null, blank or has no host.
   */
  public static String canonical(String url) {
    URI uri = parse(url);
    if (uri == null) {
      return null;
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> kept = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String parameter : uri.getRawQuery().split("&")) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (!parameter.isEmpty() && !isTracking(name)) {
          kept.add(parameter);
        }
      }
    }
    return host(uri) + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  /** The host without "www.", in lower case ({@code reuters.com}); null without a host. */
  public static String outlet(String url) {
    URI uri = parse(url);
    return uri == null ? null : host(uri);
  }

  private static String host(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static boolean isTracking(String name) {
    for (String entry : TRACKING) {
      boolean prefix = entry.endsWith("*");
      if (prefix ? name.startsWith(entry.substring(0, entry.length() - 1)) : name.equals(entry)) {
        return true;
      }
    }
    return false;
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String value = url.strip();
    if (!value.contains("://")) {
      value = "http://" + value;
    }
    try {
      URI uri = new URI(value.replace(" ", "%20"));
      return uri.getHost() == null ? null : uri;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
