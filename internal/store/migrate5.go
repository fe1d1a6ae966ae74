package store

// migration5 adds the tables of near-duplicate detection, event merging and
// story threads (see link.go):
//
//   - minhash_sigs: one row per indexed document (doc_no) with its MinHash
//     signature (BLOB, dedup.Sig binary form), its document ID and, for a
//     near duplicate, the key, ID and doc_no of its earliest copy (root_*),
//     and its thread (as documents.thread_id, repeated to keep the
//     candidate lookup to one table).
//   - minhash_bands: the LSH bucket keys (band_hash) of every signature
//     (dropped by migration 6: the index is rebuilt in memory).
//   - event_groups: one row per real-world event merged from reports:
//     dyad_key (3-letter source>target prefixes, for candidate lookup),
//     source_code, target_code, cameo, root and date of its first report,
//     rep_event_id (that report), num_articles (distinct documents),
//     num_sources (distinct outlets), num_mentions (linked event rows),
//     first_seen, last_seen (earliest and latest report document dates),
//     outlets (the distinct outlets counted by num_sources).
//   - event_links: event_id → group_id with the reporting document's key,
//     doc_no, outlet and whether it is a near duplicate.
//   - threads: one row per story thread; thread_docs: its documents.
var migration5 = []string{
	`ALTER TABLE documents ADD COLUMN duplicate_key VARCHAR`,
	`ALTER TABLE documents ADD COLUMN thread_id BIGINT`,
	`CREATE TABLE minhash_sigs (
		doc_no BIGINT NOT NULL,
		doc_key VARCHAR NOT NULL,
		id VARCHAR NOT NULL,
		root_key VARCHAR,
		root_id VARCHAR,
		root_no BIGINT,
		sig BLOB NOT NULL,
		thread_id BIGINT)`,
	`CREATE TABLE minhash_bands (band_hash BIGINT NOT NULL, doc_no BIGINT NOT NULL)`,
	`CREATE TABLE event_groups (
		group_id BIGINT NOT NULL,
		dyad_key VARCHAR NOT NULL,
		source_code VARCHAR,
		target_code VARCHAR,
		cameo VARCHAR NOT NULL,
		root VARCHAR NOT NULL,
		date DATE NOT NULL,
		rep_event_id VARCHAR NOT NULL,
		num_articles INTEGER NOT NULL,
		num_sources INTEGER NOT NULL,
		num_mentions INTEGER NOT NULL,
		first_seen DATE,
		last_seen DATE,
		outlets VARCHAR[] NOT NULL)`,
	`CREATE TABLE event_links (
		event_id VARCHAR NOT NULL,
		group_id BIGINT NOT NULL,
		doc_key VARCHAR NOT NULL,
		doc_no BIGINT NOT NULL,
		outlet VARCHAR NOT NULL,
		duplicate BOOLEAN NOT NULL,
		doc_date DATE)`,
	`CREATE TABLE threads (
		thread_id BIGINT NOT NULL,
		label VARCHAR NOT NULL,
		first_date DATE,
		last_date DATE,
		n_docs INTEGER NOT NULL,
		n_events INTEGER NOT NULL,
		actors VARCHAR[] NOT NULL,
		actor_counts INTEGER[] NOT NULL,
		kinds VARCHAR[] NOT NULL,
		kind_counts INTEGER[] NOT NULL,
		dyads VARCHAR[] NOT NULL,
		last_doc BIGINT NOT NULL)`,
	`CREATE TABLE thread_docs (
		thread_id BIGINT NOT NULL,
		doc_key VARCHAR NOT NULL,
		doc_no BIGINT NOT NULL,
		date DATE,
		score DOUBLE NOT NULL)`,
}
