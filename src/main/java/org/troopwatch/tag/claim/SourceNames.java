package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.knowledge.Source;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.time.TimeResolver;

/**
 * The source-name normaliser: a source named only by its phrase becomes its canonical name when the
 * phrase refers to one ("the country's spy agency", "Tokyo and Washington", "the general", "the
 * government"), else the phrase as written, without its leading determiners or trailing document
 * words; null when the phrase names no source.
 */
final class SourceNames {

  /** The kind of source (sources.tsv) that is a person speaking in his own role. */
  private static final String PERSON = "official";

  private final Grammar g;
  private final Lexicon lexicon;
  private final TimeResolver times;

  /** Sources that are two parties at once ("Tokyo and Washington", "under the agreement"). */
  final JointSources joints;

  /** Sources named by a description ("the Telegram channel", "the sanctions monitors"). */
  final Descriptions descriptions;

  SourceNames(Grammar g, TimeResolver times) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.times = times;
    this.joints = new JointSources(g);
    this.descriptions = new Descriptions(g);
  }

  /**
   * A source named only by its phrase ("Ukrainian officials and Western intelligence sources"):
   * kept when its head can name a source; a pronoun or "the agency" refers to the last source.
   */
  Speaker phraseSource(SentenceView v, int start, int end, ArticleContext context) {
    if (start >= end || v.span(start, end).indexOf('\n') >= 0) {
      return null; // a headline run into the first line is no name
    }
    for (int i = start; i < end; i++) {
      String tag = v.pos(i);
      if ((tag.equals("VERB") || tag.equals("AUX"))
          && v.mention(i) == null
          && !g.is("possessive_marker", v.lower(i))) {
        return null; // a clause ("they could be proud of their service") names no source
      }
    }
    if (end - start >= 2 && g.is("own_possessive", v.lower(start))) {
      Speaker resolved = countrysSource(v, v.span(start + 1, end), context, false);
      if (resolved != null) {
        return resolved; // "according to its defence ministry" after Russia is named
      }
    }
    boolean determiner = false;
    boolean indefinite = false;
    while (start < end && g.is("determiner", v.lower(start))) {
      indefinite |= !g.isDeterminerOrPronoun(v.lower(start)); // "a", "an"
      start++;
      determiner = true;
    }
    boolean document = false;
    while (end > start
        && (v.lower(end - 1).equals(",") || g.is("source_document", v.lower(end - 1)))) {
      document |= !v.lower(end - 1).equals(",");
      end--;
    }
    if (start >= end) {
      return determiner && document ? context.lastSource : null; // "according to the statement"
    }
    if (end - start >= 2
        && v.mention(end - 1) == null
        && !v.pos(end - 2).equals("PROPN")
        && !times.find(v.span(end - 1, end), v.article.published()).isEmpty()) {
      end--; // "said a top US general Tuesday": the day dates the statement, it names no one
    }
    Speaker joint = joints.countries(v, start, end);
    if (joint != null) {
      return joint; // "Tokyo and Washington agreed": the two governments
    }
    Mention whole = v.mention(start);
    if (whole != null
        && whole.is(Kind.COUNTRY)
        && v.mentionStart(start) == start
        && v.pastMention(start) == end) {
      // "The U.S. estimated ...": the country, by its one name ("United States"), as "Washington"
      return new Speaker(whole.first(Kind.COUNTRY).canonical(), false);
    }
    String last = v.lower(end - 1);
    if (end - start == 1 && g.is("person_pronoun", last) && !context.persons.isEmpty()) {
      return context.persons.get(context.persons.size() - 1); // "he said"
    }
    if (lexicon.is("title", last)) {
      Speaker holder = titleHolder(v, start, end, context);
      if (holder == null && (indefinite || !determiner)) {
        // "a government minister said. Minister X ...", a headline's "US General: ..." before the
        // body names the general
        holder = laterHolder(v, end, last, context);
      }
      if (holder != null) {
        return holder; // "the general said" after "Gen. Joseph Dunford"
      }
    }
    if (end - start >= 3
        && g.is("country_anaphor", v.lower(start))
        && g.is("possessive_marker", v.lower(start + 1))) {
      Speaker resolved = countrysSource(v, v.span(start + 2, end), context, true);
      if (resolved != null) {
        return resolved; // "the country's spy agency" after South Korea is named
      }
    }
    String head = v.lower(end - 1);
    if (end - start <= 3 && g.is("country_anaphor", head) && v.mention(end - 1) == null) {
      Speaker government = countryGovernment(v, context);
      if (government != null) {
        return government; // "the Gulf nation said": the government of the country named
      }
    }
    boolean capitalised = Character.isUpperCase(v.tokens.get(start).text().charAt(0));
    if (end - start == 1 && lexicon.is("institution", head) && !capitalised) {
      Speaker institution = lastOfKind(head, context); // the ministry that spoke before
      institution = institution != null ? institution : institutionOf(head, context);
      if (institution != null) {
        return institution; // "according to the government" in an article about the Maldives
      }
    }
    if (lexicon.is("anaphor", head) && (end - start <= 3 && !capitalised || end - start == 1)) {
      return context.lastSource;
    }
    Speaker described = descriptions.described(v, start, end, determiner, context);
    if (described != null) {
      return described; // "the journalists found", "the channel reported", "the panel said"
    }
    if (!times.find(v.span(start, end), v.article.published()).isEmpty()) {
      return null; // "The U.S. and Iraq on Friday announced": a day is no source
    }
    boolean name = v.pos(end - 1).equals("PROPN") && capitalised;
    // "the French envoy to Chad", "the envoy to South Sudan": a title and its post
    boolean post = v.mention(end - 1) != null && g.postOfTitle(v, v.mentionStart(end - 1));
    if (!(lexicon.is("agent", head) || name || post) || end - start > 8) {
      return null;
    }
    return new Speaker(v.span(start, end), false);
  }

  /**
   * "the country's spy agency": the source of the country the sentence (else the article) names, by
   * its canonical name when the knowledge base lists "South Korea's spy agency" or "South Korean
   * spy agency", else as that phrase; null when no country is named.
   */
  private Speaker countrysSource(
      SentenceView v, String rest, ArticleContext context, boolean keepPhrase) {
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.COUNTRY) && !m.is(Kind.SOURCE)) {
        countries.add(m.first(Kind.COUNTRY).iso3());
      }
    }
    if (context.lastCountry != null) {
      countries.add(context.lastCountry);
    }
    String first = null;
    for (String iso3 : countries) {
      var country = Knowledge.defaults().country(iso3);
      if (country.isEmpty()) {
        continue;
      }
      List<String> phrases = new ArrayList<>();
      for (String form : List.of(rest, titleCase(rest))) {
        phrases.add(country.get().name() + "'s " + form);
        country.get().demonyms().forEach(d -> phrases.add(d + " " + form));
      }
      for (String phrase : phrases) {
        for (Entry e : Gazetteer.defaults().lookup(phrase)) {
          if (e.kind() == Kind.SOURCE) {
            return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
          }
        }
      }
      first = first == null ? phrases.get(0) : first;
    }
    return first == null || !keepPhrase ? null : new Speaker(first, false);
  }

  /**
   * "the Gulf nation", "the country" as a speaker: the government of the country the sentence (else
   * the article) names first, by its canonical name when the knowledge base lists it, else as
   * "<demonym> government"; null when no country is named.
   */
  private Speaker countryGovernment(SentenceView v, ArticleContext context) {
    String iso3 = null;
    for (int i = 0; i < v.size() && iso3 == null; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && (m.is(Kind.COUNTRY) || m.is(Kind.DEMONYM))) {
        iso3 = m.is(Kind.COUNTRY) ? m.first(Kind.COUNTRY).iso3() : m.first(Kind.DEMONYM).iso3();
      }
    }
    iso3 = iso3 == null ? context.lastCountry : iso3;
    var country = iso3 == null ? null : Knowledge.defaults().country(iso3).orElse(null);
    if (country == null || country.demonyms().isEmpty()) {
      return null;
    }
    for (String noun : new java.util.TreeSet<>(lexicon.phrases("country_government"))) {
      List<String> phrases = new ArrayList<>();
      phrases.add(country.name() + "'s " + noun);
      country.demonyms().forEach(d -> phrases.add(d + " " + noun));
      for (String phrase : phrases) {
        for (Entry e : Gazetteer.defaults().lookup(phrase)) {
          if (e.kind() == Kind.SOURCE) {
            return Speaker.of(e);
          }
        }
      }
      return new Speaker(country.demonyms().get(0) + " " + noun, false);
    }
    return null;
  }

  private static String titleCase(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  /**
   * "a government minister said ... Armed Forces Minister James Heappey told parliament": the first
   * person named as a source after the phrase, in its sentence or the next three, whose names hold
   * the title word; null when none.
   */
  private Speaker laterHolder(SentenceView v, int from, String title, ArticleContext context) {
    Entry holder =
        personAfter(
            v,
            from,
            context,
            3,
            person ->
                namesOf(person.canonical()).stream()
                    .anyMatch(
                        name ->
                            List.of(name.toLowerCase(java.util.Locale.ROOT).split(" "))
                                .contains(title)));
    return holder == null ? null : new Speaker(holder.canonical(), false);
  }

  /**
   * The first person named as a source after token {@code from} of {@code v}, or in the {@code
   * more} sentences after it, that {@code wanted} accepts; null when none.
   */
  private static Entry personAfter(
      SentenceView v, int from, ArticleContext context, int more, Predicate<Entry> wanted) {
    List<SentenceView> views = new ArrayList<>();
    views.add(v);
    views.addAll(context.upcoming.subList(0, Math.min(more, context.upcoming.size())));
    for (SentenceView view : views) {
      for (int i = view == v ? from : 0; i < view.size(); i = view.pastMention(i)) {
        Mention m = view.mention(i);
        Entry person = m == null ? null : m.first(Kind.SOURCE);
        if (person != null && PERSON.equals(person.sourceKind()) && wanted.test(person)) {
          return person;
        }
      }
    }
    return null;
  }

  /**
   * "The Pentagon's top officer in the Middle East confirmed ...": a post of an institution, held
   * by the first person of the institution's country named as a source after it, in its sentence or
   * the next two; null when the phrase [from, end) after the institution's mention is no such post
   * or no one is named.
   */
  Speaker postHolder(SentenceView v, int from, int end, Speaker institution, ArticleContext ctx) {
    if (from + 1 >= end || !g.is("possessive_marker", v.lower(from))) {
      return null;
    }
    int post = from + 1;
    while (post < end && v.mention(post) == null && !g.is("post_holder", v.lower(post))) {
      if (!Grammar.isModifier(v.pos(post))) {
        return null;
      }
      post++;
    }
    if (post >= end || !g.is("post_holder", v.lower(post))) {
      return null;
    }
    String iso3 =
        Knowledge.defaults().source(institution.name()).map(src -> src.iso3()).orElse(null);
    if (iso3 == null || iso3.isEmpty()) {
      return null;
    }
    Entry holder = personAfter(v, end, ctx, 2, person -> iso3.equals(person.iso3()));
    return holder == null ? null : Speaker.of(holder);
  }

  /**
   * The last person named as a source whose names hold every word of the title phrase: "The Defence
   * Minister" after "German Defence Minister Annegret Kramp-Karrenbauer"; null when none.
   */
  private Speaker titleHolder(SentenceView v, int start, int end, ArticleContext context) {
    List<String> words = new ArrayList<>();
    for (int i = start; i < end; i++) {
      if (v.mention(i) == null && !Grammar.isModifier(v.pos(i))) {
        words.add(v.lower(i));
      }
    }
    for (int k = context.persons.size() - 1; k >= 0; k--) {
      Speaker person = context.persons.get(k);
      for (String name : namesOf(person.name())) {
        List<String> nameWords =
            List.of(name.toLowerCase(java.util.Locale.ROOT).replace(".", "").split("[\\s]+"));
        if (nameWords.containsAll(words)) {
          return person;
        }
      }
    }
    return null;
  }

  private static List<String> namesOf(String canonical) {
    return Knowledge.defaults().source(canonical).map(Source::names).orElse(List.of(canonical));
  }

  /** The last source the article's sentences were attributed to whose kind is the noun. */
  private static Speaker lastOfKind(String noun, ArticleContext context) {
    for (int k = context.sourcesSoFar.size() - 1; k >= 0; k--) {
      Speaker s = context.sourcesSoFar.get(k);
      if (Knowledge.defaults()
          .source(s.name())
          .filter(src -> noun.equals(src.kind()))
          .isPresent()) {
        return s;
      }
    }
    return null;
  }

  /**
   * "the government" of the country the article is about: "Maldivian government", by its canonical
   * name when the knowledge base lists it.
   */
  private Speaker institutionOf(String noun, ArticleContext context) {
    String iso3 =
        context.lastHost != null
            ? context.lastHost
            : context.lastPlace != null ? context.lastPlace.country() : context.lastCountry;
    if (iso3 == null) {
      return null;
    }
    var country = Knowledge.defaults().country(iso3);
    if (country.isEmpty() || country.get().demonyms().isEmpty()) {
      return null;
    }
    String phrase = country.get().demonyms().get(0) + " " + noun;
    for (Entry e : Gazetteer.defaults().lookup(phrase)) {
      if (e.kind() == Kind.SOURCE) {
        return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
      }
    }
    // "the ministry" of a country the knowledge base knows one ministry of: that ministry
    List<String> ofKind = new ArrayList<>();
    for (var source : Knowledge.defaults().sources()) {
      if (iso3.equals(source.iso3()) && noun.equals(source.kind())) {
        ofKind.add(source.canonical());
      }
    }
    if (ofKind.size() == 1) {
      return new Speaker(ofKind.get(0), false);
    }
    return new Speaker(phrase, false);
  }
}
