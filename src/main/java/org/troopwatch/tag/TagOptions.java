package org.troopwatch.tag;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.lang.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The tag stage's own options, beside the common {@code StageOptions}: which languages to tag. A
 * picocli mixin, so that {@code nightly} can compose it with the other stages' options.
 */
public final class TagOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--languages",
      split = ",",
      paramLabel = "CODE",
      description =
          "Languages to tag, comma-separated ISO 639-1 codes of the bundled languages"
              + " (default: all bundled: en,ko,ru,uk).")
  List<String> languages;

  /** The languages to tag: the chosen ones, or every bundled language. */
  public List<String> languages() {
    return languages == null || languages.isEmpty() ? Language.codes() : List.copyOf(languages);
  }

  /** For nightly and tests: the same choice set in code. */
  public TagOptions withLanguages(List<String> codes) {
    this.languages = codes == null ? null : new ArrayList<>(codes);
    return this;
  }

  /** Checks every code against the bundled languages, before Spark starts; names a bad one. */
  public void validate() {
    if (languages == null) {
      return;
    }
    for (String code : languages) {
      if (!Language.codes().contains(code)) {
        String message =
            "--languages: no language bundle '"
                + code
                + "' (bundled: "
                + String.join(",", Language.codes())
                + ")";
        if (spec != null) {
          throw new ParameterException(spec.commandLine(), message);
        }
        throw new IllegalArgumentException(message);
      }
    }
  }
}
