#pragma once

#include "domain/language.h"
#include "storage/searchstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace jlgc {

class Database;

struct SearchHit {
    QString kind;
    QVariant id;
    QString title;
    QString subtitle;
};

// Global search over every kind of record: by any name or text, in kanji,
// kana, romaji or English, in parts of words, whatever the width, case or
// accents. Japanese text is indexed as single characters and pairs, so one-
// and two-character queries (山, 山田) are found through the index too.
// Triggers on each table mark changed records; the index catches up as each
// write commits (Database::commit calls refresh()), so it is current after
// every edit, import or restore, and a search only reads. The
// index's tables are storage's (SearchStore); this class turns text into
// tokens and queries into terms.
class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    static const QList<SearchSource>& sources();
    static QString kindLabel(const QString& kind);

    // Indexes what changed since the last call.
    void refresh();
    // Indexes everything again.
    void rebuild();

    // Up to `limit` hits of each kind (or of `onlyKind` alone), kinds in the
    // order of sources().
    QList<SearchHit> search(const QString& query, Language language, int limit = 50,
                            const QString& onlyKind = {});

    // A search is a few words: one longer than these is refused with a
    // message (a pasted paragraph would otherwise cost seconds per keystroke).
    static constexpr int MaxQueryLength = 200; // characters
    static constexpr int MaxQueryWords = 16;
    // Why the query cannot be searched (too long), in the user's language;
    // empty when it can. search() throws StorageError::Kind::Validation with it.
    static QString queryProblem(const QString& query);

    // The tokens stored for a text (exposed for tests and benchmarks).
    static QString tokensFor(const QStringList& texts);
    // The terms of a query, each once; none when the query has nothing to
    // find (or is too long: queryProblem()).
    static QList<SearchTerm> queryTerms(const QString& query);
    // The terms as the index's query language writes them (FTS5); empty when
    // there are none.
    static QString matchExpression(const QString& query);

    // search_item.sort_en and sort_ja order the lists of people and
    // organizations (people by reading in Japanese, as PersonName::sortKey),
    // and of other kinds by their title: lists read in this order (ListStore).

    // Records indexed again in one commit after which the index is merged
    // into one segment, when they are also a quarter of the index or more
    // (a migration that indexes everything again; not an import of 10,000
    // into a million, where merging would add seconds to the import).
    static constexpr qsizetype OptimizeAfter = 10000;

private:
    // The key of a record read by its source's SELECT (SearchStore::read).
    static QString sortKey(const QString& kind, Language language, const QStringList& row);
    // Indexes the records of one source again (those gone are taken out).
    static void index(SearchStore& store, const SearchSource& source, const QVariantList& ids);
    // Records indexed with one statement of each kind on a server.
    static constexpr qsizetype IndexTogether = 1000;
    // Where the people hits[from, to) work now, before their subtitles.
    void addWorkplaces(QList<SearchHit>& hits, qsizetype from, qsizetype to, Language language);

    Database& m_db;
};

} // namespace jlgc
