#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

namespace jlgc {

class Database;

// One kind of record that global search finds: where its rows are, and how
// to read the names and text of one of them.
struct SearchSource {
    QString kind;  // stable name: "person", "organization", …
    QString table; // the table whose changes mark records for re-indexing
    QString idColumn;
    // SELECT of one record, bound :id; columns: title_en, title_ja, subtitle_en,
    // subtitle_ja, then any number of text columns to search.
    QString select;
};

// A record as the index holds it for a hit: its kind, id, title and subtitle.
struct SearchRow {
    QString kind;
    QVariant id;
    QString titleEn;
    QString titleJa;
    QString subtitleEn;
    QString subtitleJa;
};

// One record as the index holds it: what a hit shows, the keys its list
// sorts by, and its tokens (SearchIndex::tokensFor, separated by spaces).
struct SearchEntry {
    SearchRow row;
    QString sortEn;
    QString sortJa;
    QString tokens;
};

// One term of a query; a record matches when it matches every term.
struct SearchTerm {
    enum class Type {
        Prefix, // a token that starts with any of `words`
        Token,  // the token words[0] itself
        Phrase, // the tokens of `words` one after the other
    };
    Type type = Type::Token;
    QStringList words;
    bool operator==(const SearchTerm&) const = default;
};

// An organization a person works at on a given day.
struct PersonWorkplace {
    qint64 personId = 0;
    QString nameEn;
    QString nameJa;
    QString shortName;
};

// The tables of the global search index (core/search holds the tokenizing
// and the SearchIndex API): the records that changed since they were last
// indexed (marked by triggers on each source table), each record's entry and
// tokens, and the queries that find them.
class SearchStore {
public:
    explicit SearchStore(Database& db);
    ~SearchStore();
    SearchStore(const SearchStore&) = delete;
    SearchStore& operator=(const SearchStore&) = delete;

    static const QList<SearchSource>& sources();

    // Creates the index tables (once) and the triggers of every source whose
    // table exists; marks records not yet indexed. Migrations that add a
    // searchable table call it again. `version`: as History::installTriggers.
    static void install(Database& db, int version = -1);

    // The records marked for indexing (kind, id), and forgetting them.
    bool hasPending() const;
    QList<QPair<QString, QVariant>> pending() const;
    // Merges the full-text index into one segment: after many records were
    // indexed again one by one, its segments make a one-letter search at a
    // million records ten times slower (157 ms against 17 ms).
    void optimize();
    // About how many entries the index holds (its largest rowid).
    qint64 entryCountEstimate() const;
    void clearPending();
    // Empties the index (install() then marks every record again).
    void clear();

    // The record's columns as the source's SELECT reads them; none when the
    // record no longer exists.
    std::optional<QStringList> read(const SearchSource& source, const QVariant& id);
    // Takes the record's entry out of the index, if it is there.
    void remove(const QString& kind, const QVariant& id);
    void add(const SearchEntry& entry);
    // The same for many records of one kind (an import marks thousands): on
    // a server one statement for them all, not a round trip each; in a file
    // one record at a time. readMany() answers in the order of the ids.
    QList<std::optional<QStringList>> readMany(const SearchSource& source, const QVariantList& ids);
    void removeMany(const QString& kind, const QVariantList& ids);
    void addMany(const QList<SearchEntry>& entries);

    // The first `limit` records of the kind that match every term.
    QList<SearchRow> find(const QString& kind, const QList<SearchTerm>& terms, int limit) const;
    // The same for each of `kinds`, their rows in that order: on a server in
    // one statement (a round trip for each kind made a search slow).
    QList<SearchRow> find(const QStringList& kinds, const QList<SearchTerm>& terms,
                          int limit) const;
    // The expression of the terms in the index's own query language (FTS5).
    static QString matchExpression(const QList<SearchTerm>& terms);

    // A condition on the search_item rows under `alias` (of `kind`) that
    // match every term, with the values it binds (their names begin with
    // `name`): FTS5's MATCH in a file, the token table's B-tree on a
    // server. No term: nothing matches.
    struct Match {
        QString sql;
        QVariantMap values;
    };
    static Match matching(const Database& db, const QString& alias, const QString& kind,
                          const QList<SearchTerm>& terms, const QString& name);
    // The tokens of an entry as the server's token table keeps them: FTS5's
    // unicode61 words (letters and digits), each once.
    static QStringList serverTokens(const QString& tokens);

    // Where the people work on that day (affiliations without an end or
    // ending then or later), the latest start first.
    QList<PersonWorkplace> workplaces(const QList<qint64>& people, const QDate& day) const;

private:
    // Whether the kind's entries are keyed by a code (text) on this engine.
    static bool keyedByCode(const Database& db, const QString& kind);
    // The statements of one refresh, prepared once: a demo database or an
    // import marks a million records at a time.
    struct Statements;
    Statements& statements();

    Database& m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace jlgc
