package org.troopwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes an article's title, text and publication date out of an HTML page: boilerplate (navigation,
 * headers, footers, share bars, ads: resource {@code boilerplate-selectors.txt}) is dropped, and
 * the text is the paragraphs of the article element (else main, else body).
 */
public final class HtmlArticles {

  private HtmlArticles() {}

  /** What a page yields; any part may be null. */
  public record Extracted(String title, String text, String published) {}

  private static final String BOILERPLATE =
      String.join(", ", ResourceLines.read("org/troopwatch/ingest/boilerplate-selectors.txt"));

  private static final List<String> DATE_SELECTORS =
      List.of(
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=date]",
          "meta[name=dc.date.issued]",
          "meta[name=DC.date.issued]");

  /** Extracts from a parsed page; the document is modified (boilerplate removed). */
  public static Extracted extract(Document page) {
    String title = attribute(page, "meta[property=og:title]", "content");
    String published = null;
    for (String selector : DATE_SELECTORS) {
      published = attribute(page, selector, "content");
      if (published != null) {
        break;
      }
    }
    if (published == null) {
      published = attribute(page, "article time[datetime], time[datetime]", "datetime");
    }
    Element headline = page.selectFirst("article h1, h1");
    if (title == null && headline != null && !headline.text().isBlank()) {
      title = headline.text();
    }
    if (title == null && !page.title().isBlank()) {
      title = page.title();
    }
    page.select(BOILERPLATE).remove();
    Element root = page.selectFirst("[itemprop=articleBody]");
    if (root == null) {
      root = page.selectFirst("article");
    }
    if (root == null) {
      root = page.selectFirst("main");
    }
    if (root == null) {
      root = page.body();
    }
    if (root == null) {
      return new Extracted(title, null, published);
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element paragraph : root.select("p")) {
      String text = paragraph.text().strip();
      if (isProse(text)) {
        paragraphs.add(text);
      }
    }
    String text = paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
    return new Extracted(title, text.isEmpty() ? null : text, published);
  }

  // Short fragments without sentence punctuation ("Share", "Read more") are page chrome.
  private static boolean isProse(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    boolean sentence = ".!?\"'”’:;)".indexOf(last) >= 0;
    return sentence || text.split("\\s+").length >= 6;
  }

  private static String attribute(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    if (element == null) {
      return null;
    }
    String value = element.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }
}
