package org.troopwatch.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.tag.claim.SentenceView;
import org.troopwatch.testing.Shared;
import org.troopwatch.testing.SparkTest;

/**
 * A developer's view of how the rules see chosen sentences: run with -Ddump=word1,word2 (and
 * -Dwindows=true to see only the sentences the job's windows keep, -Ddumpfile=F.jsonl[.gz] to read
 * another corpus than the dev gold).
 */
@SparkTest
@EnabledIfSystemProperty(named = "dump", matches = ".+")
class DebugDump {
  @Test
  void dump(SparkSession spark) throws Exception {
    List<String> needles = Arrays.asList(System.getProperty("dump").split(","));
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    java.nio.file.Path file =
        System.getProperty("dumpfile") != null
            ? java.nio.file.Path.of(System.getProperty("dumpfile"))
            : Shared.resolve("gold/dev/articles.jsonl");
    java.io.InputStream raw = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      raw = new java.util.zip.GZIPInputStream(raw);
    }
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(raw, java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode a = new ObjectMapper().readTree(line);
        String text = a.get("text").asText();
        if (needles.stream().noneMatch(text::contains)) {
          continue;
        }
        ArticleText article =
            TagPipeline.annotate(
                model,
                Boolean.getBoolean("windows") ? ClaimWindows.defaults() : ClaimWindows.wholeText(),
                a.get("doc_id").asText(),
                LocalDate.parse(a.get("published").asText()),
                text);
        for (var s : article.sentences()) {
          String st = text.substring(s.begin(), s.end());
          System.out.println("#" + s.index() + " " + st.substring(0, Math.min(90, st.length())));
          if (needles.stream().noneMatch(st::contains)) {
            continue;
          }
          SentenceView v = new SentenceView(article, s, s.index());
          StringBuilder b = new StringBuilder("S: " + st.replace('\n', ' ') + "\n   ");
          for (int i = 0; i < v.size(); i++) {
            b.append(v.word(i)).append('/').append(v.pos(i));
            if (v.mention(i) != null) {
              b.append('{').append(v.mention(i).entries()).append('}');
            }
            b.append(' ');
          }
          System.out.println(b);
        }
        for (Claim c : ClaimExtractor.defaults().extract(article)) {
          System.out.println("  C: " + c);
        }
      }
    }
  }
}
