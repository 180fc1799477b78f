-- fixture-warehouse.sql: a tiny TroopWatch warehouse (all seven tables) for the query tool's tests and
-- for trying the notebooks without running the pipeline.
-- Format: DuckDB SQL, statements separated by a semicolon at the end of a line. ${warehouse} stands for
-- the folder to write; each table becomes <warehouse>/<table>/part-0.parquet with exactly the columns
-- and types of org.troopwatch.common.Tables (QueryTest checks that against the declared schemas).
-- Where the entries came from: the figures restate what South Korea's National Intelligence Service
-- publicly reported on North Korean troops in Russia (Oct 2024 about 1,500, then about 3,000; Nov 2024
-- 10,000-12,000; Feb 2025 a second wave of 1,000-3,000) and a Pentagon estimate of the same period;
-- every sentence, outlet and url was written for this fixture by the TroopWatch team.

CREATE TEMP TABLE a (doc_id VARCHAR, outlet VARCHAR, published DATE, title VARCHAR, text VARCHAR);

INSERT INTO a VALUES
  ('fx-nis-1500', 'Harbor Wire', DATE '2024-10-18', 'Seoul sees North Korean troops in Russia',
   'Seoul''s spy agency said about 1,500 North Korean troops had been moved to Russia''s Far East. The agency expects more to follow.'),
  ('fx-nis-1500-copy', 'The Meridian Post', DATE '2024-10-18', 'North Korean soldiers shipped to Russia',
   'Seoul''s spy agency said about 1,500 North Korean troops had been moved to Russia''s Far East. The agency expects more to follow.'),
  ('fx-nis-3000', 'Harbor Wire', DATE '2024-10-23', 'Second group of North Korean troops',
   'Lawmakers briefed by the NIS said some 3,000 North Korean troops are now in Russia. A second group arrived this week.'),
  ('fx-pentagon-3000', 'Capitol Ledger', DATE '2024-10-28', 'Pentagon confirms North Korean deployment',
   'The Pentagon said roughly 3,000 North Korean soldiers were training in eastern Russia. Officials gave no date for combat.'),
  ('fx-nis-10000', 'Pacific Rim Report', DATE '2024-11-13', 'NIS raises its estimate',
   'The NIS now puts the North Korean force in Kursk at 10,000 to 12,000 troops. Some have joined combat, lawmakers said.'),
  ('fx-pentagon-11000', 'Capitol Ledger', DATE '2024-11-04', 'Pentagon: North Koreans reach Kursk',
   'About 10,000 North Korean troops are in Russia and about 8,000 have reached Kursk, the Pentagon said. The department did not say who commands them.'),
  ('fx-nis-wave2', 'Pacific Rim Report', DATE '2025-02-27', 'A second wave from Pyongyang',
   'Between 1,000 and 3,000 more North Korean troops reached Kursk in January and February, the NIS said. It called this a second wave.'),
  ('fx-nis-killed', 'Harbor Wire', DATE '2025-02-21', 'Losses among North Korean troops',
   'The NIS estimated that about 300 North Korean soldiers had been killed in Kursk. About 2,700 more were wounded, it said.');

CREATE TEMP TABLE c AS SELECT * FROM (VALUES
  ('fx-nis-1500', 'Seoul''s spy agency said about 1,500 North Korean troops had been moved to Russia''s Far East.', 'PRK', 'RUS', 'Russian Far East', 'deployed', 1500, 1500, 'approx', NULL, 1, false, 'National Intelligence Service (South Korea)', NULL, NULL, 0.92),
  ('fx-nis-1500-copy', 'Seoul''s spy agency said about 1,500 North Korean troops had been moved to Russia''s Far East.', 'PRK', 'RUS', 'Russian Far East', 'deployed', 1500, 1500, 'approx', NULL, 1, false, 'National Intelligence Service (South Korea)', NULL, NULL, 0.92),
  ('fx-nis-3000', 'Lawmakers briefed by the NIS said some 3,000 North Korean troops are now in Russia.', 'PRK', 'RUS', NULL, 'deployed', 3000, 3000, 'approx', 'total', NULL, false, 'National Intelligence Service (South Korea)', NULL, NULL, 0.88),
  ('fx-pentagon-3000', 'The Pentagon said roughly 3,000 North Korean soldiers were training in eastern Russia.', 'PRK', 'RUS', NULL, 'deployed', 3000, 3000, 'approx', NULL, NULL, false, 'Pentagon', NULL, NULL, 0.9),
  ('fx-pentagon-11000', 'About 10,000 North Korean troops are in Russia and about 8,000 have reached Kursk, the Pentagon said.', 'PRK', 'RUS', NULL, 'deployed', 10000, 10000, 'approx', 'total', NULL, false, 'Pentagon', NULL, NULL, 0.85),
  ('fx-nis-10000', 'The NIS now puts the North Korean force in Kursk at 10,000 to 12,000 troops.', 'PRK', 'RUS', 'Kursk', 'deployed', 10000, 12000, 'range', 'total', NULL, false, 'National Intelligence Service (South Korea)', NULL, NULL, 0.95),
  ('fx-nis-wave2', 'Between 1,000 and 3,000 more North Korean troops reached Kursk in January and February, the NIS said.', 'PRK', 'RUS', 'Kursk', 'deployed', 1000, 3000, 'range', 'increment', 2, false, 'National Intelligence Service (South Korea)', DATE '2025-01-01', DATE '2025-02-28', 0.9),
  ('fx-nis-killed', 'The NIS estimated that about 300 North Korean soldiers had been killed in Kursk.', 'PRK', 'RUS', 'Kursk', 'killed', 300, 300, 'approx', NULL, NULL, false, 'National Intelligence Service (South Korea)', NULL, NULL, 0.9)
) t(doc_id, sentence, deploying_country, host_country, location, metric, low, high, qualifier, scope, wave, planned, attributed_to, period_start, period_end, confidence);

CREATE TEMP TABLE f AS SELECT * FROM (VALUES
  ('National Intelligence Service (South Korea)', 'deployed', CAST(NULL AS VARCHAR), DATE '2024-10-18', 1500, 1500, ['Harbor Wire', 'The Meridian Post'], ['fx-nis-1500', 'fx-nis-1500-copy'], 1),
  ('National Intelligence Service (South Korea)', 'deployed', 'total', DATE '2024-10-23', 3000, 3000, ['Harbor Wire'], ['fx-nis-3000'], 1),
  ('National Intelligence Service (South Korea)', 'deployed', 'total', DATE '2024-11-13', 10000, 12000, ['Pacific Rim Report'], ['fx-nis-10000'], 1),
  ('National Intelligence Service (South Korea)', 'deployed', 'increment', DATE '2025-02-27', 1000, 3000, ['Pacific Rim Report'], ['fx-nis-wave2'], 2),
  ('National Intelligence Service (South Korea)', 'killed', NULL, DATE '2025-02-21', 300, 300, ['Harbor Wire'], ['fx-nis-killed'], 1),
  ('Pentagon', 'deployed', NULL, DATE '2024-10-28', 3000, 3000, ['Capitol Ledger'], ['fx-pentagon-3000'], 1),
  ('Pentagon', 'deployed', 'total', DATE '2024-11-04', 10000, 10000, ['Capitol Ledger'], ['fx-pentagon-11000'], 1)
) t(source, metric, scope, report_date, low, high, outlets, doc_ids, wave);

COPY (
  SELECT doc_id, 'https://news.example.com/' || doc_id AS url, outlet, published,
         CAST(CAST(published AS TIMESTAMP) + INTERVAL 9 HOUR AS TIMESTAMPTZ) AS published_ts, title, text, 'en' AS language,
         replace(doc_id, '-copy', '') AS story_id,
         CASE WHEN doc_id LIKE '%-copy' THEN replace(doc_id, '-copy', '') END AS duplicate_of,
         'fixture.jsonl' AS source_file, md5(text) AS content_hash
  FROM a ORDER BY doc_id
) TO '${warehouse}/articles/part-0.parquet' (FORMAT parquet);

COPY (
  SELECT * FROM (VALUES
    ('bad_json', 'unexpected end of input at column 41', 'fixture.jsonl', CAST(9 AS BIGINT), CAST(1210 AS BIGINT), CAST(NULL AS VARCHAR), '{"doc_id": "fx-broken", "text": "Troops we', DATE '2025-03-01'),
    ('missing_published', 'field published is absent', 'fixture.jsonl', 10, 1252, 'fx-undated', '{"doc_id": "fx-undated", "text": "No date here."}', DATE '2025-03-01')
  ) t(reason, detail, source_file, line_number, byte_offset, doc_id, payload, run_date)
) TO '${warehouse}/rejects/part-0.parquet' (FORMAT parquet);

COPY (
  SELECT c.doc_id, c.sentence, c.deploying_country, c.host_country, c.location, c.metric,
         CAST(c.low AS BIGINT) AS low, CAST(c.high AS BIGINT) AS high, c.qualifier, c.scope,
         CAST(c.wave AS INTEGER) AS wave, c.planned, c.attributed_to,
         CAST(c.period_start AS DATE) AS period_start, CAST(c.period_end AS DATE) AS period_end,
         a.outlet, a.published, 0 AS sentence_index,
         CAST(instr(a.text, c.sentence) - 1 AS INTEGER) AS char_start,
         CAST(instr(a.text, c.sentence) - 1 + length(c.sentence) AS INTEGER) AS char_end,
         CAST(c.confidence AS DOUBLE) AS confidence,
         CAST(NULL AS VARCHAR) AS relayed_by, false AS earlier_count, 'en' AS language,
         CAST(NULL AS VARCHAR) AS evidence
  FROM c JOIN a USING (doc_id) ORDER BY a.published, c.doc_id
) TO '${warehouse}/claims/part-0.parquet' (FORMAT parquet);

COPY (
  SELECT source, 'PRK' AS deploying_country, 'RUS' AS host_country, metric, scope, false AS planned,
         report_date, CAST(low AS BIGINT) AS low, CAST(high AS BIGINT) AS high,
         CAST((low + high) / 2 AS BIGINT) AS point,
         CASE WHEN low = high THEN 'approx' ELSE 'range' END AS qualifier,
         CAST(1 AS BIGINT) AS stories, outlets,
         doc_ids[1] AS first_doc_id,
         CAST(lag(low) OVER w AS BIGINT) AS prev_low, CAST(lag(high) OVER w AS BIGINT) AS prev_high,
         lag(report_date) OVER w AS prev_report_date,
         CAST((low + high) / 2 - lag((low + high) / 2) OVER w AS BIGINT) AS change,
         CAST(len(doc_ids) AS BIGINT) AS claim_count, doc_ids,
         list_transform(doc_ids, d -> 'A sentence of ' || d || '.') AS sentences,
         true AS source_attributed, CAST(NULL AS INTEGER) AS wave, CAST(NULL AS VARCHAR) AS location,
         CAST(NULL AS DATE) AS period_start, CAST(NULL AS DATE) AS period_end,
         CAST(0 AS INTEGER) AS other_figures, report_date AS last_published,
         CAST(NULL AS BIGINT) AS stated_low, CAST(NULL AS BIGINT) AS stated_high,
         CAST(0.9 AS DOUBLE) AS confidence, CAST(1 AS INTEGER) AS originators,
         ['en'] AS languages
  FROM f
  WINDOW w AS (PARTITION BY source, metric ORDER BY report_date)
  ORDER BY source, metric, report_date
) TO '${warehouse}/figures/part-0.parquet' (FORMAT parquet);

COPY (
  SELECT revision_type, source, deploying_country, host_country, metric, scope, planned, report_date,
         CAST(CASE WHEN old_low IS NULL THEN NULL ELSE report_date - INTERVAL 5 DAY END AS DATE) AS old_report_date,
         old_low, old_high, new_low, new_high, evidence_doc_ids, evidence_sentences, other_source, explanation,
         CAST(0.9 AS DOUBLE) AS confidence
  FROM (VALUES
    ('first_report', 'National Intelligence Service (South Korea)', 'PRK', 'RUS', 'deployed', CAST(NULL AS VARCHAR), false, DATE '2024-10-18', CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), CAST(1500 AS BIGINT), CAST(1500 AS BIGINT), ['fx-nis-1500'], ['Seoul''s spy agency said about 1,500 North Korean troops had been moved to Russia''s Far East.'], CAST(NULL AS VARCHAR), 'The NIS first reported about 1,500 North Korean troops deployed in Russia.'),
    ('upward_revision', 'National Intelligence Service (South Korea)', 'PRK', 'RUS', 'deployed', 'total', false, DATE '2024-10-23', 1500, 1500, 3000, 3000, ['fx-nis-3000'], ['Lawmakers briefed by the NIS said some 3,000 North Korean troops are now in Russia.'], NULL, 'The NIS raised its figure for North Korean troops deployed in Russia from 1,500 to 3,000.'),
    ('first_report', 'Pentagon', 'PRK', 'RUS', 'deployed', NULL, false, DATE '2024-10-28', NULL, NULL, 3000, 3000, ['fx-pentagon-3000'], ['The Pentagon said roughly 3,000 North Korean soldiers were training in eastern Russia.'], NULL, 'The Pentagon first reported about 3,000 North Korean troops deployed in Russia.'),
    ('upward_revision', 'Pentagon', 'PRK', 'RUS', 'deployed', 'total', false, DATE '2024-11-04', 3000, 3000, 10000, 10000, ['fx-pentagon-11000'], ['About 10,000 North Korean troops are in Russia and about 8,000 have reached Kursk, the Pentagon said.'], NULL, 'The Pentagon raised its figure for North Korean troops deployed in Russia from 3,000 to 10,000.'),
    ('upward_revision', 'National Intelligence Service (South Korea)', 'PRK', 'RUS', 'deployed', 'total', false, DATE '2024-11-13', 3000, 3000, 10000, 12000, ['fx-nis-10000'], ['The NIS now puts the North Korean force in Kursk at 10,000 to 12,000 troops.'], NULL, 'The NIS raised its figure for North Korean troops deployed in Russia from 3,000 to 10,000-12,000.'),
    ('first_report', 'National Intelligence Service (South Korea)', 'PRK', 'RUS', 'killed', NULL, false, DATE '2025-02-21', NULL, NULL, 300, 300, ['fx-nis-killed'], ['The NIS estimated that about 300 North Korean soldiers had been killed in Kursk.'], NULL, 'The NIS first reported about 300 North Korean troops killed in Russia.'),
    ('new_wave', 'National Intelligence Service (South Korea)', 'PRK', 'RUS', 'deployed', 'increment', false, DATE '2025-02-27', NULL, NULL, 1000, 3000, ['fx-nis-wave2'], ['Between 1,000 and 3,000 more North Korean troops reached Kursk in January and February, the NIS said.'], NULL, 'The NIS reported a second wave of 1,000-3,000 North Korean troops deployed in Russia.')
  ) t(revision_type, source, deploying_country, host_country, metric, scope, planned, report_date, old_low, old_high, new_low, new_high, evidence_doc_ids, evidence_sentences, other_source, explanation)
) TO '${warehouse}/revisions/part-0.parquet' (FORMAT parquet);

COPY (
  SELECT deploying_country, host_country, metric, CAST(NULL AS VARCHAR) AS scope, false AS planned,
         source, report_date, low, high, point,
         CASE WHEN low = high THEN 'approx' ELSE 'range' END AS qualifier,
         min(point) OVER k AS min_point, max(point) OVER k AS max_point,
         CAST(count(*) OVER k AS INTEGER) AS sources,
         CAST(0.9 AS DOUBLE) AS confidence,
         CAST(count(DISTINCT source) OVER k AS INTEGER) AS originators,
         min(coalesce(low, high)) OVER k AS consensus_low,
         CAST(quantile_disc(point, 0.5) OVER k AS BIGINT) AS consensus_best,
         max(coalesce(high, low)) OVER k AS consensus_high,
         min(point) OVER k AS conservative
  FROM (
    SELECT 'PRK' AS deploying_country, 'RUS' AS host_country, metric, source, report_date,
           CAST(low AS BIGINT) AS low, CAST(high AS BIGINT) AS high, CAST((low + high) / 2 AS BIGINT) AS point
    FROM f WHERE coalesce(scope, '') <> 'increment'
    QUALIFY row_number() OVER (PARTITION BY source, metric ORDER BY report_date DESC) = 1
  )
  WINDOW k AS (PARTITION BY deploying_country, host_country, metric)
  ORDER BY metric, source
) TO '${warehouse}/consensus/part-0.parquet' (FORMAT parquet);

-- coverage: per source and month, derived from the same figures (one claim and story per figure).
COPY (
  SELECT source, CAST(date_trunc('month', report_date) AS DATE) AS month,
         CAST(count(*) AS BIGINT) AS claims, CAST(count(*) AS BIGINT) AS stories,
         min(report_date) AS first_report, max(report_date) AS last_report
  FROM f
  GROUP BY source, date_trunc('month', report_date)
  ORDER BY source, month
) TO '${warehouse}/coverage/part-0.parquet' (FORMAT parquet);
