import type { Db } from '../db/types';

/** Countries, pairs, partnership ladders, milestones, sources and their links. */
export function updateToSchemaVersion10(db: Db): void {
  db.exec(`
    CREATE TABLE countries (
      code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z]'),
      name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
      name_ar TEXT CHECK (length(name_ar) <= 200),
      name_zh TEXT CHECK (length(name_zh) <= 200)
    ) STRICT;

    CREATE TABLE pairs (
      id TEXT PRIMARY KEY,
      a_code TEXT NOT NULL REFERENCES countries(code),
      b_code TEXT NOT NULL REFERENCES countries(code),
      sort_order INTEGER NOT NULL DEFAULT 0,
      CHECK (a_code < b_code),
      CHECK (id = a_code || '-' || b_code)
    ) STRICT;

    CREATE TABLE partnership_levels (
      id INTEGER PRIMARY KEY,
      pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
      rank INTEGER NOT NULL CHECK (rank >= 1),
      key TEXT NOT NULL,
      name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
      name_ar TEXT CHECK (length(name_ar) <= 200),
      name_zh TEXT CHECK (length(name_zh) <= 200),
      UNIQUE (pair_id, rank),
      UNIQUE (pair_id, key)
    ) STRICT;

    CREATE TABLE milestones (
      id INTEGER PRIMARY KEY,
      pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
      category TEXT NOT NULL CHECK (category IN ('diplomatic','partnership','visits','agreements','economy','multilateral')),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      title_ar TEXT CHECK (length(title_ar) <= 300),
      title_zh TEXT CHECK (length(title_zh) <= 300),
      summary TEXT CHECK (length(summary) <= 4000),
      place TEXT CHECK (length(place) <= 200),
      -- JSON array of names, in the order the source gives them
      people TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(people) AND json_type(people) = 'array'),
      start_date TEXT NOT NULL,
      start_precision TEXT NOT NULL CHECK (
        (start_precision = 'year' AND start_date GLOB '[0-9][0-9][0-9][0-9]') OR
        (start_precision = 'month' AND start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]') OR
        (start_precision = 'day' AND start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')),
      end_date TEXT,
      end_precision TEXT CHECK (
        (end_date IS NULL AND end_precision IS NULL) OR
        (end_precision = 'year' AND end_date GLOB '[0-9][0-9][0-9][0-9]') OR
        (end_precision = 'month' AND end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]') OR
        (end_precision = 'day' AND end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')),
      level_id INTEGER REFERENCES partnership_levels(id) ON DELETE SET NULL,
      -- Stable key of a bundled milestone (NULL for the user's own): later dataset versions find rows by it
      dataset_key TEXT UNIQUE,
      CHECK (end_date IS NULL OR end_date >= start_date)
    ) STRICT;
    CREATE INDEX milestones_byPairStart ON milestones (pair_id, start_date);

    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      publisher TEXT NOT NULL CHECK (length(publisher) BETWEEN 1 AND 200),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]*'),
      language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
      url TEXT CHECK (url IS NULL OR url GLOB 'http://*' OR url GLOB 'https://*'),
      dataset_key TEXT UNIQUE
    ) STRICT;

    CREATE TABLE milestone_sources (
      milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      position INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (milestone_id, source_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX milestone_sources_bySource ON milestone_sources (source_id);

    CREATE TABLE app_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
