import GRDB
import LedeCore

/// The library database's schema, as a sequence of versioned migrations. Never edit a shipped migration:
/// add a new one, so databases written by older versions are migrated in place.
public enum LibrarySchema {
    /// Separates names in `article.topEntities` (a unit separator never appears in a sanitised name).
    static let nameSeparator = "\u{1F}"

    public static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    item INTEGER NOT NULL,
                    contentHash TEXT NOT NULL,
                    title TEXT NOT NULL,
                    published TEXT,
                    format TEXT NOT NULL,
                    wordCount INTEGER NOT NULL,
                    analysedAt DOUBLE NOT NULL,
                    UNIQUE (file, item)
                );
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    salience DOUBLE NOT NULL,
                    mentionCount INTEGER NOT NULL
                );
                CREATE INDEX entity_article ON entity(articleId);
                CREATE TABLE mention (
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX mention_entity ON mention(entityId);
                CREATE TABLE timelineEvent (
                    id INTEGER PRIMARY KEY,
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    date TEXT NOT NULL,
                    endDate TEXT,
                    summary TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sentenceStart INTEGER NOT NULL,
                    exact BOOLEAN NOT NULL
                );
                CREATE INDEX timelineEvent_article ON timelineEvent(articleId);
                """)
            // rowid = article.id; kept in step with `article` by LibraryStore in the same transaction.
            try db.create(virtualTable: "articleText", using: FTS5()) { t in
                t.tokenizer = .unicode61()
                t.column("title")
                t.column("body")
            }
        }
        // v2: what the list and the cross-article views need without re-reading every entity, and the
        // analyser version, so articles analysed by an older analyser are analysed again.
        m.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN link TEXT;
                ALTER TABLE article ADD COLUMN attribution TEXT;
                ALTER TABLE article ADD COLUMN topEntities TEXT NOT NULL DEFAULT '';
                ALTER TABLE article ADD COLUMN analyzerVersion INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX entity_name ON entity(name, type);
                """)
        }
        // v3: the reference date the articles were analysed with (NULL: each article's own), so a run with
        // another `--date` analyses them again instead of showing dates resolved against the wrong day.
        m.registerMigration("v3") { db in
            try db.execute(sql: "ALTER TABLE article ADD COLUMN referenceDate TEXT")
        }
        // v4: files whose analysis failed (a worker died on one of their articles), with the reason: listed as
        // failed and not analysed again at every start, only when their bytes, the analyser or the reference date
        // change, or `lede --reindex` asks.
        m.registerMigration("v4") { db in
            try db.execute(sql: """
                CREATE TABLE failedFile (
                    file TEXT PRIMARY KEY,
                    contentHash TEXT NOT NULL,
                    analyzerVersion INTEGER NOT NULL,
                    referenceDate TEXT,
                    message TEXT NOT NULL,
                    failedAt DOUBLE NOT NULL
                )
                """)
        }
        return m
    }
}
