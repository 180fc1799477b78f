package org.troopwatch.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.testing.Shared;
import org.troopwatch.testing.SparkTest;

/**
 * For reading the tagger's output on a real corpus by hand: tags every article of a shared corpus
 * folder (-Dcorpus=corpus/reuters-ding2014), writes all claims to target/corpus-claims.tsv and
 * prints a seeded random sample of -Dsample=50 of them with their sentences.
 */
@SparkTest
@EnabledIfSystemProperty(named = "corpus", matches = ".+")
class CorpusSampleDump {
  @Test
  void dump(SparkSession spark) throws Exception {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    Prefilter prefilter = Prefilter.defaults();
    ObjectMapper json = new ObjectMapper();
    List<Claim> claims = new ArrayList<>();
    long articles = 0;
    long candidates = 0;
    long started = System.nanoTime();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(Shared.resolve(System.getProperty("corpus")), "*.jsonl.gz")) {
      for (Path file : files) {
        try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode a = json.readTree(line);
            articles++;
            String text = a.path("text").asText("");
            if (!prefilter.mayHoldClaim(text) || a.path("published").isNull()) {
              continue;
            }
            candidates++;
            ArticleText article =
                TagPipeline.annotate(
                    model,
                    a.get("doc_id").asText(),
                    LocalDate.parse(a.get("published").asText()),
                    text);
            claims.addAll(ClaimExtractor.defaults().extract(article));
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of("target/corpus-claims.tsv")))) {
      for (Claim c : claims) {
        out.println(
            String.join(
                "\t",
                c.docId(),
                c.deployingCountry(),
                String.valueOf(c.hostCountry()),
                c.metric(),
                String.valueOf(c.low()),
                String.valueOf(c.high()),
                c.qualifier(),
                String.valueOf(c.attributedTo()),
                c.sentence().replaceAll("\\s+", " ")));
      }
    }
    System.out.printf(
        "articles %d, candidates %d, claims %d, %.0f s%n",
        articles, candidates, claims.size(), seconds);
    List<Claim> sample = new ArrayList<>(claims);
    Collections.shuffle(sample, new Random(20261126));
    int n = Integer.getInteger("sample", 50);
    for (int i = 0; i < Math.min(n, sample.size()); i++) {
      Claim c = sample.get(i);
      System.out.printf(
          "SAMPLE %2d | %s | %s->%s %s %s..%s %s src=%s%n      %s%n",
          i + 1,
          c.docId(),
          c.deployingCountry(),
          c.hostCountry(),
          c.metric(),
          c.low(),
          c.high(),
          c.qualifier(),
          c.attributedTo(),
          c.sentence().replaceAll("\\s+", " "));
    }
  }
}
