package org.troopwatch.evaluate;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores the claims table against a gold set. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score the claims table against a gold set (articles.jsonl, claims.jsonl).")
public final class EvaluateJob implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("evaluate: being built");
  }
}
