package org.troopwatch.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;

/**
 * Groups articles into stories: exact copies (same canonical URL or same normalised text) and near
 * copies (MinHash + LSH banding within a time window, pairs verified on their signatures) are
 * linked, the linked groups are stories, and each story's id is its earliest article's doc_id.
 *
 * <p>Shape of the data: each article gets a sketch (doc number, doc_id, day, time, signature, band
 * keys) in one pass, and only the sketches are cached; a pass over 64-bit probes alone finds the
 * band keys shared within the time window, and only band rows of those, carrying (key, doc number,
 * day), are shuffled and sorted; buckets yield candidate pairs; candidates are verified against
 * broadcast signatures; the verified pairs (few) go to the driver, where a union-find makes the
 * groups and picks each story's earliest article; the story ids go back as a broadcast. No text is
 * ever shuffled.
 *
 * <p>A small night (up to {@link DedupSettings#driverSketches} articles) takes the same steps on
 * the driver over the collected sketches: two Spark jobs (the cache counted, then collected) where
 * the cluster's path runs some fifteen, each a fixed cost of planning, code generation and
 * scheduling that made a 62-article night spend most of its ingest here.
 */
public final class Stories {

  private Stories() {}

  /** The counts of the last grouping, for the report. */
  public record Stats(long exactPairs, long nearPairs, long grouped, long copies) {}

  private static final StructType SKETCH =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("day", DataTypes.IntegerType)
          .add("time", DataTypes.LongType)
          .add("signature", DataTypes.BinaryType)
          .add("band_keys", DataTypes.createArrayType(DataTypes.LongType, false))
          .add("exact_keys", DataTypes.createArrayType(DataTypes.LongType, false));

  private static final StructType BAND =
      new StructType()
          .add("key", DataTypes.LongType)
          .add("exact", DataTypes.BooleanType)
          .add("doc_num", DataTypes.LongType)
          .add("day", DataTypes.IntegerType);

  private static final StructType PAIR =
      new StructType()
          .add("a", DataTypes.LongType)
          .add("b", DataTypes.LongType)
          .add("exact", DataTypes.BooleanType);

  /**
   * The articles with {@code story_id} and {@code duplicate_of} (re)computed over exactly this set;
   * needs doc_id, url, published, published_ts, text and content_hash. Deterministic: the same set
   * gives the same stories whatever its order.
   */
  public static Dataset<Row> assign(Dataset<Row> articles, DedupSettings settings) {
    return assignWithStats(articles, settings).rows();
  }

  /**
   * The grouped rows and the counts behind them; {@link #release} frees the cached inputs once the
   * rows are written.
   */
  public record Result(
      Dataset<Row> rows, Stats stats, Dataset<Row> storyIds, List<Dataset<Row>> cached) {
    /** Drops the cached numbered articles and sketches. */
    public void release() {
      cached.forEach(Dataset::unpersist);
    }

    /**
     * Some of the grouped articles (at least their doc_id) with the story_id and duplicate_of this
     * grouping gave them.
     */
    public Dataset<Row> withStories(Dataset<Row> articles) {
      return Stories.withStories(articles, storyIds);
    }
  }

  /** Like {@link #assign}, with the number of exact and near pairs found. */
  public static Result assignWithStats(Dataset<Row> articles, DedupSettings settings) {
    return assignWithStats(articles, signed(articles, settings), settings);
  }

  /**
   * The columns a sketch is made of: doc_id, published, published_ts, content_hash, url and the
   * text's MinHash signature as {@link MinHasher#toBytes} gives it.
   */
  public static final Column[] SIGNED = {
    col("doc_id"),
    col("published"),
    col("published_ts"),
    col("content_hash"),
    col("url"),
    col("signature")
  };

  /** The articles' {@link #SIGNED} columns, their texts signed with the settings' hasher. */
  public static Dataset<Row> signed(Dataset<Row> articles, DedupSettings settings) {
    MinHasher hasher = settings.hasher();
    UserDefinedFunction sign =
        functions.udf(
            (UDF1<String, byte[]>) text -> MinHasher.toBytes(hasher.signature(text)),
            DataTypes.BinaryType);
    return articles.withColumn("signature", sign.apply(col("text"))).select(SIGNED);
  }

  /**
   * Like {@link #assign}, with the number of exact and near pairs found, the articles' sketches
   * made from {@code signed}: their {@link #SIGNED} columns (see {@link #signed}), one row per
   * article, so that the texts need not be read to group them.
   */
  public static Result assignWithStats(
      Dataset<Row> articles, Dataset<Row> signed, DedupSettings settings) {
    SparkSession spark = articles.sparkSession();
    MinHasher hasher = settings.hasher();
    Dataset<Row> sketches =
        signed
            .select(SIGNED)
            .map((MapFunction<Row, Row>) row -> sketch(row, hasher), Encoders.row(SKETCH))
            .withColumn("doc_num", functions.monotonically_increasing_id())
            .persist(StorageLevel.MEMORY_AND_DISK());

    // An action, for the cache and the choice of path: the count decides where the grouping runs
    // and sizes the shared probes' filter on the cluster. Counted as an RDD: one job over the
    // cache, where a Dataset's count adds an aggregation and its shuffle.
    long count = sketches.javaRDD().count();
    Grouping grouping =
        count <= settings.driverSketches()
            // An action: the few sketches to the driver, from the cache.
            ? groupOnDriver(sketches.collectAsList(), settings)
            : groupOnCluster(sketches, count, settings);
    Map<Long, Long> components = components(grouping.exactEdges(), grouping.nearEdges());
    List<Row> stories = storyIds(grouping.members(components));
    long copies = stories.stream().filter(r -> !r.getString(0).equals(r.getString(1))).count();
    Dataset<Row> storyIds = spark.createDataFrame(stories, STORY);
    List<Dataset<Row>> cached = new ArrayList<>(grouping.cached());
    cached.add(sketches);
    return new Result(
        withStories(articles, storyIds),
        new Stats(
            grouping.exactEdges().size(), grouping.nearEdges().size(), components.size(), copies),
        storyIds,
        cached);
  }

  /**
   * The edges found by one of the two paths, and the members of the linked components as rows
   * (doc_num, doc_id, day, time, component).
   */
  private record Grouping(
      List<Row> exactEdges,
      List<Row> nearEdges,
      java.util.function.Function<Map<Long, Long>, List<Row>> members,
      List<Dataset<Row>> cached) {
    List<Row> members(Map<Long, Long> components) {
      return members.apply(components);
    }
  }

  /**
   * The pairs of a few sketches (rows of SKETCH + doc_num, collected), found on the driver by the
   * same steps as on the cluster: shared probes, band rows that may pair, sorted into buckets,
   * pairs, near pairs verified on their signatures.
   */
  static Grouping groupOnDriver(List<Row> sketches, DedupSettings settings) {
    int window = settings.windowDays();
    List<Row> probeRows = new ArrayList<>(sketches.size());
    for (Row sketch : sketches) {
      probeRows.add(RowFactory.create(sketch.getInt(1), sketch.get(4), sketch.get(5)));
    }
    Iterator<Long> repeatedProbes = repeatedInChunks(probeChunks(probeRows.iterator(), window, 1));
    // A filter of the exact probes (no false positives of note at this size): bandRows reads one.
    BloomFilter shared = BloomFilter.create(Math.max(1_000L, 8L * sketches.size()), 0.01);
    repeatedProbes.forEachRemaining(shared::putLong);
    List<Row> bandRows = new ArrayList<>();
    for (Row sketch : sketches) {
      Row slim =
          RowFactory.create(sketch.getLong(6), sketch.getInt(1), sketch.get(4), sketch.get(5));
      bandRows(slim, window, shared).forEachRemaining(bandRows::add);
    }
    bandRows.sort(
        Comparator.<Row>comparingLong(r -> r.getLong(0))
            .thenComparing(r -> r.getBoolean(1))
            .thenComparingInt(r -> r.getInt(3))
            .thenComparingLong(r -> r.getLong(2)));
    // (a, b) -> exact, as groupBy(a, b).agg(max(exact)) gives on the cluster.
    Map<List<Long>, Boolean> pairs = new HashMap<>();
    bucketPairs(bandRows.iterator(), settings)
        .forEachRemaining(
            p ->
                pairs.merge(
                    List.of(p.getLong(0), p.getLong(1)), p.getBoolean(2), Boolean::logicalOr));
    Map<Long, Row> byDoc = new HashMap<>();
    sketches.forEach(sketch -> byDoc.put(sketch.getLong(6), sketch));
    List<Row> exactEdges = new ArrayList<>();
    List<Row> nearEdges = new ArrayList<>();
    double threshold = settings.threshold();
    pairs.forEach(
        (pair, exact) -> {
          Row edge = RowFactory.create(pair.get(0), pair.get(1));
          if (exact) {
            exactEdges.add(edge);
          } else if (MinHasher.similarity(
                  MinHasher.fromBytes(byDoc.get(pair.get(0)).getAs(3)),
                  MinHasher.fromBytes(byDoc.get(pair.get(1)).getAs(3)))
              >= threshold) {
            nearEdges.add(edge);
          }
        });
    return new Grouping(
        exactEdges,
        nearEdges,
        components -> {
          List<Row> members = new ArrayList<>(components.size());
          components.forEach(
              (doc, component) -> {
                Row m = byDoc.get(doc);
                members.add(
                    RowFactory.create(
                        doc,
                        m.getString(0),
                        m.getInt(1),
                        m.isNullAt(2) ? null : m.get(2),
                        component));
              });
          return members;
        },
        List.of());
  }

  /** The pairs of many sketches, found by Spark: see the class comment. */
  private static Grouping groupOnCluster(
      Dataset<Row> sketches, long count, DedupSettings settings) {
    SparkSession spark = sketches.sparkSession();
    // Most band rows are alone in their bucket (or alone within the time window) and can make no
    // pair: a first pass over 64-bit probes alone finds the shared ones, so only rows that may
    // pair are shuffled and sorted.
    int window = settings.windowDays();
    // Broadcast in the filter's own compact byte format, read once per task.
    Broadcast<byte[]> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(bytes(sharedProbes(sketches, count, window)));
    // Band rows are hash-partitioned by bucket and sorted, so each bucket is one run of rows to
    // pair up as it streams by: no per-bucket lists.
    Dataset<Row> pairs =
        sketches
            .select("doc_num", "day", "band_keys", "exact_keys")
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>)
                    part -> {
                      BloomFilter filter =
                          BloomFilter.readFrom(new ByteArrayInputStream(shared.value()));
                      return flatten(part, sketch -> bandRows(sketch, window, filter));
                    },
                Encoders.row(BAND))
            .repartition(col("key"), col("exact"))
            .sortWithinPartitions("key", "exact", "day", "doc_num")
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> bucketPairs(rows, settings),
                Encoders.row(PAIR))
            .groupBy("a", "b")
            .agg(functions.max("exact").as("exact"))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Candidates are few next to articles: they are broadcast to the signatures, twice (once per
    // side), so signatures are never shuffled.
    Dataset<Row> candidates = pairs.where(col("exact").equalTo(false)).select("a", "b");
    Dataset<Row> withA =
        sketches
            .select(col("doc_num").as("a"), col("signature").as("sa"))
            .join(functions.broadcast(candidates), "a");
    double threshold = settings.threshold();
    Dataset<Row> near =
        sketches
            .select(col("doc_num").as("b"), col("signature").as("sb"))
            .join(functions.broadcast(withA), "b")
            .filter(
                (FilterFunction<Row>)
                    row ->
                        MinHasher.similarity(
                                MinHasher.fromBytes(row.getAs("sa")),
                                MinHasher.fromBytes(row.getAs("sb")))
                            >= threshold)
            .select("a", "b");
    // Two actions: the edges go to the driver, where the union-find runs (they are few next to
    // articles: some 8,700 at a hundred thousand articles).
    List<Row> exactEdges = pairs.where(col("exact")).select("a", "b").collectAsList();
    List<Row> nearEdges = near.collectAsList();

    return new Grouping(
        exactEdges,
        nearEdges,
        components -> {
          List<Row> labels = new ArrayList<>(components.size());
          components.forEach((doc, component) -> labels.add(RowFactory.create(doc, component)));
          Dataset<Row> labelled =
              spark.createDataFrame(
                  labels,
                  new StructType()
                      .add("doc_num", DataTypes.LongType)
                      .add("component", DataTypes.LongType));
          return sketches
              .select("doc_num", "doc_id", "day", "time")
              .join(functions.broadcast(labelled), "doc_num")
              .select("doc_num", "doc_id", "day", "time", "component")
              .collectAsList();
        },
        List.of(pairs));
  }

  // Grouped articles take their story's id from the (small, driver-made) broadcast table; every
  // other article is a story of its own.
  private static Dataset<Row> withStories(Dataset<Row> articles, Dataset<Row> storyIds) {
    return articles
        .drop("story_id", "duplicate_of")
        .join(functions.broadcast(storyIds), new String[] {"doc_id"}, "left")
        .withColumn("story_id", functions.coalesce(col("story_id"), col("doc_id")))
        .withColumn(
            "duplicate_of",
            functions.when(col("story_id").notEqual(col("doc_id")), col("story_id")));
  }

  private static final StructType STORY =
      new StructType().add("doc_id", DataTypes.StringType).add("story_id", DataTypes.StringType);

  /**
   * (doc_id, story_id) for every grouped article, given as (doc_num, doc_id, day, time, component):
   * its component's earliest article by day, then time (unknown last), then doc_id (in Spark's
   * order: UTF-8 bytes).
   */
  private static List<Row> storyIds(List<Row> members) {
    Comparator<Row> earliestFirst =
        Comparator.<Row>comparingInt(m -> m.getInt(2))
            .thenComparing(
                m -> m.isNullAt(3) ? null : m.getLong(3),
                Comparator.nullsLast(Comparator.<Long>naturalOrder()))
            .thenComparing(
                m -> m.getString(1).getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);
    Map<Long, Row> earliest = new HashMap<>();
    for (Row member : members) {
      earliest.merge(member.getLong(4), member, (x, y) -> earliestFirst.compare(x, y) <= 0 ? x : y);
    }
    List<Row> stories = new ArrayList<>(members.size());
    for (Row member : members) {
      stories.add(
          RowFactory.create(member.getString(1), earliest.get(member.getLong(4)).getString(1)));
    }
    return stories;
  }

  private static Row sketch(Row row, MinHasher hasher) {
    String docId = row.getString(0);
    int day = (int) row.getDate(1).toLocalDate().toEpochDay();
    Long time = row.isNullAt(2) ? null : micros(row.getTimestamp(2));
    String contentHash = row.getString(3);
    String canonicalUrl = Urls.canonical(row.getString(4));
    byte[] signature = row.getAs(5);
    long[] bandKeys = hasher.bandKeys(MinHasher.fromBytes(signature));
    List<Long> exact = new ArrayList<>(2);
    exact.add(key("text:" + contentHash));
    if (canonicalUrl != null) {
      exact.add(key("url:" + canonicalUrl));
    }
    return RowFactory.create(
        docId,
        day,
        time,
        signature,
        Arrays.stream(bandKeys).boxed().toArray(Long[]::new),
        exact.toArray(Long[]::new));
  }

  // Microseconds since the epoch: Spark's own precision, so order matches published_ts's.
  private static long micros(java.sql.Timestamp time) {
    return Math.floorDiv(time.getTime(), 1000L) * 1_000_000L + time.getNanos() / 1000;
  }

  // A sketch's (doc_num, day, band_keys, exact_keys) as one band row per key that may pair: its
  // probes may be among the shared ones.
  private static Iterator<Row> bandRows(Row sketch, int windowDays, BloomFilter shared) {
    long docNum = sketch.getLong(0);
    int day = sketch.getInt(1);
    long bucket = timeBucket(day, windowDays);
    List<Row> rows = new ArrayList<>();
    for (Object key : sketch.getList(2)) {
      long band = (Long) key;
      if (shared.mightContainLong(nearProbe(band, bucket))
          || shared.mightContainLong(nearProbe(band, bucket + 1))) {
        rows.add(RowFactory.create(key, false, docNum, day));
      }
    }
    for (Object key : sketch.getList(3)) {
      if (shared.mightContainLong(exactProbe((Long) key))) {
        rows.add(RowFactory.create(key, true, docNum, day));
      }
    }
    return rows.iterator();
  }

  /**
   * The probes (64-bit hashes) that two or more band rows share, as a Bloom filter. An exact key's
   * probe is the key; an LSH key at day d has two, the key with d's time bucket b and with b + 1,
   * buckets being windowDays + 1 days wide: two rows of one key at most windowDays apart are in the
   * same or adjacent buckets, so they share a probe. A row none of whose probes is shared has no
   * partner in its bucket within the window and makes no pair; dropping it changes no other pair
   * either, as it cannot lie (in day order) between two rows within the window of each other. Hash
   * collisions and the filter's false positives only keep rows that pair with nothing. A Bloom
   * filter, built where the probes are and a few MB at a million articles, rather than the probes
   * themselves, which on the driver cost a gigabyte of heap at that size.
   */
  static BloomFilter sharedProbes(Dataset<Row> sketches, long count, int windowDays) {
    SparkSession spark = sketches.sparkSession();
    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    // Shared probes measured about 6 per article (syndicated copies share most of their 40);
    // sized for 8 at 1% false positives, and a fuller filter only keeps more rows.
    long expected = Math.max(1_000L, 8L * count);
    // The probes travel in chunks, one per task and target partition (a value's partition is
    // fixed by the value), rather than one shuffled row each: some 40 per article, their per-row
    // shuffle costs were most of this pass.
    BloomFilter shared =
        sketches
            .select("day", "band_keys", "exact_keys")
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>) part -> probeChunks(part, windowDays, partitions),
                Encoders.row(CHUNK))
            .repartition(partitions, col("part"))
            .mapPartitions(
                (MapPartitionsFunction<Row, Long>) Stories::repeatedInChunks, Encoders.LONG())
            .stat()
            .bloomFilter("value", expected, 0.01);
    // Spark gives null for a data set of no partitions (no articles): nothing is shared.
    return shared != null ? shared : BloomFilter.create(expected, 0.01);
  }

  private static final StructType CHUNK =
      new StructType().add("part", DataTypes.IntegerType).add("probes", DataTypes.BinaryType);

  // The probes of a task's sketches (day, band_keys, exact_keys), see sharedProbes, as one chunk
  // (part, probes as bytes) per partition they go to.
  static Iterator<Row> probeChunks(Iterator<Row> sketches, int windowDays, int partitions) {
    long[][] chunks = new long[partitions][];
    int[] sizes = new int[partitions];
    while (sketches.hasNext()) {
      Row sketch = sketches.next();
      long bucket = timeBucket(sketch.getInt(0), windowDays);
      for (Object key : sketch.getList(1)) {
        add(chunks, sizes, nearProbe((Long) key, bucket));
        add(chunks, sizes, nearProbe((Long) key, bucket + 1));
      }
      for (Object key : sketch.getList(2)) {
        add(chunks, sizes, exactProbe((Long) key));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int part = 0; part < partitions; part++) {
      if (sizes[part] > 0) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * sizes[part]);
        bytes.asLongBuffer().put(chunks[part], 0, sizes[part]);
        rows.add(RowFactory.create(part, bytes.array()));
      }
    }
    return rows.iterator();
  }

  private static void add(long[][] chunks, int[] sizes, long probe) {
    int part = (int) Math.floorMod(probe, (long) chunks.length);
    if (chunks[part] == null) {
      chunks[part] = new long[64];
    } else if (sizes[part] == chunks[part].length) {
      chunks[part] = Arrays.copyOf(chunks[part], 2 * sizes[part]);
    }
    chunks[part][sizes[part]++] = probe;
  }

  // The repeated probes among the chunks of one partition: every copy of a probe is here.
  static Iterator<Long> repeatedInChunks(Iterator<Row> chunks) {
    long[] all = new long[1024];
    int size = 0;
    while (chunks.hasNext()) {
      byte[] bytes = chunks.next().getAs(1);
      int count = bytes.length / 8;
      if (size + count > all.length) {
        all = Arrays.copyOf(all, Math.max(2 * all.length, size + count));
      }
      ByteBuffer.wrap(bytes).asLongBuffer().get(all, size, count);
      size += count;
    }
    return repeated(all, size);
  }

  /** The values that occur more than once, each once: sorted as primitives, not as rows. */
  static Iterator<Long> repeated(Iterator<Long> values) {
    long[] all = new long[1024];
    int size = 0;
    while (values.hasNext()) {
      if (size == all.length) {
        all = Arrays.copyOf(all, size * 2);
      }
      all[size++] = values.next();
    }
    return repeated(all, size);
  }

  // The values among the first size of all that occur more than once, each once, in order.
  private static Iterator<Long> repeated(long[] all, int size) {
    Arrays.sort(all, 0, size);
    List<Long> repeated = new ArrayList<>();
    for (int i = 1; i < size; i++) {
      if (all[i] == all[i - 1] && (i == 1 || all[i - 2] != all[i])) {
        repeated.add(all[i]);
      }
    }
    return repeated.iterator();
  }

  private static byte[] bytes(BloomFilter filter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      filter.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the shared probes' filter", e);
    }
    return out.toByteArray();
  }

  // The rows of each sketch in turn, made as they are taken.
  private static Iterator<Row> flatten(
      Iterator<Row> sketches, java.util.function.Function<Row, Iterator<Row>> rowsOf) {
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && sketches.hasNext()) {
          current = rowsOf.apply(sketches.next());
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException("no more band rows");
        }
        return current.next();
      }
    };
  }

  /** The two probes of an LSH band key at a day: see {@link #sharedProbes}. */
  static long[] nearProbes(long key, int day, int windowDays) {
    long bucket = timeBucket(day, windowDays);
    return new long[] {nearProbe(key, bucket), nearProbe(key, bucket + 1)};
  }

  private static long timeBucket(int day, int windowDays) {
    return Math.floorDiv(day, windowDays + 1);
  }

  private static long nearProbe(long key, long bucket) {
    return MinHasher.mix(key ^ MinHasher.mix(bucket + 0x632BE59BD9B4E019L));
  }

  private static long exactProbe(long key) {
    return MinHasher.mix(key + 0x9E3779B97F4A7C15L);
  }

  /**
   * The pairs of each bucket in band rows sorted by (key, exact, day, doc_num): see {@link
   * #candidatePairs}.
   */
  static Iterator<Row> bucketPairs(Iterator<Row> sortedBandRows, DedupSettings settings) {
    List<Row> pairs = new ArrayList<>();
    long[] docs = new long[16];
    int[] days = new int[16];
    int size = 0;
    long key = 0;
    boolean exact = false;
    while (sortedBandRows.hasNext()) {
      Row row = sortedBandRows.next();
      if (size > 0 && (row.getLong(0) != key || row.getBoolean(1) != exact)) {
        candidatePairs(exact, docs, days, size, settings, pairs);
        size = 0;
      }
      key = row.getLong(0);
      exact = row.getBoolean(1);
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        days = Arrays.copyOf(days, size * 2);
      }
      docs[size] = row.getLong(2);
      days[size] = row.getInt(3);
      size++;
    }
    if (size > 0) {
      candidatePairs(exact, docs, days, size, settings, pairs);
    }
    return pairs.iterator();
  }

  /**
   * The pairs of one bucket, its members sorted by (day, doc number), as (smaller doc number,
   * larger). An exact bucket links every member to its earliest; an LSH bucket pairs members
   * published within the window, each with at most partnersCap later members.
   */
  static void candidatePairs(
      boolean exact, long[] docs, int[] days, int size, DedupSettings settings, List<Row> pairs) {
    if (exact) {
      for (int i = 1; i < size; i++) {
        pairs.add(pair(docs[0], docs[i], true));
      }
      return;
    }
    for (int i = 0; i < size; i++) {
      for (int j = i + 1;
          j < size && j - i <= settings.partnersCap() && days[j] - days[i] <= settings.windowDays();
          j++) {
        pairs.add(pair(docs[i], docs[j], false));
      }
    }
  }

  private static Row pair(long x, long y, boolean exact) {
    return RowFactory.create(Math.min(x, y), Math.max(x, y), exact);
  }

  /** Union-find over the edges: each linked document to its component's smallest number. */
  static Map<Long, Long> components(List<Row> exactEdges, List<Row> nearEdges) {
    Map<Long, Long> parent = new HashMap<>();
    for (List<Row> edges : List.of(exactEdges, nearEdges)) {
      for (Row edge : edges) {
        long a = find(parent, edge.getLong(0));
        long b = find(parent, edge.getLong(1));
        if (a != b) {
          parent.put(Math.max(a, b), Math.min(a, b));
        }
      }
    }
    Map<Long, Long> components = new HashMap<>();
    for (Long doc : parent.keySet()) {
      components.put(doc, find(parent, doc));
    }
    return components;
  }

  private static long find(Map<Long, Long> parent, long doc) {
    long root = doc;
    while (parent.containsKey(root) && parent.get(root) != root) {
      root = parent.get(root);
    }
    parent.putIfAbsent(doc, doc);
    // path compression keeps later finds short
    long node = doc;
    while (node != root) {
      long next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    parent.putIfAbsent(root, root);
    return root;
  }

  private static long key(String value) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
    }
    return MinHasher.mix(hash);
  }
}
