#pragma once

#include "io/csvencoding.h"
#include "io/csvformat.h"
#include "io/csvreader.h"
#include "io/importresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <any>
#include <utility>

namespace jlgc {

class Database;

// What to do with a row that looks like a record already on file.
enum class ImportDecision { Add, Skip, Merge };

// One line of the file as the import sees it.
struct ImportRow {
    int line = 0;
    QString display;    // the record, as the user recognizes it
    QStringList errors; // why the row cannot be imported (empty: it can)
    QStringList notes;  // what the user should know of how a value was read
    struct Candidate {
        qint64 id = 0; // a record on file, or 0 for an earlier row of the file:
        int line = 0;  // its line
        QString display;
        bool sameRow = false; // that earlier row holds exactly the same values
        bool inFile() const { return id == 0; }
        // What setDecision() takes to merge into it: the id, or -line.
        qint64 target() const { return id > 0 ? id : -qint64(line); }
    };
    // Records on file that look like this row (the first ten); else earlier
    // rows of the file that repeat it exactly or whose name reads the same
    // in every way. A row is skipped until decided when it looks like a
    // record on file or repeats an earlier row exactly; one that only looks
    // like an earlier row (two people of one name) is added unless decided
    // otherwise.
    QList<Candidate> duplicates;
    ImportDecision decision = ImportDecision::Add;
    // With Merge: the record whose empty fields the row fills (an id), or
    // -line for the record an earlier line of the file adds.
    qint64 mergeTarget = 0;

    bool rejected() const { return !errors.isEmpty() && decision != ImportDecision::Skip; }
};

struct ImportSummary {
    int added = 0;
    int merged = 0;
    int skipped = 0;
    QString backupPath; // the backup taken before writing (empty: none, e.g. in memory)
};

// Imports one CSV file of one kind of record: reads it (encoding and
// delimiter detected unless given), maps its columns to the kind's format
// (English or Japanese headers automatically; explicit choices override),
// checks every row with the rules the repositories apply, finds likely
// duplicates, and writes all rows or none.
class CsvImport {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
public:
    CsvImport(Database& db, const CsvFormat& format);

    const CsvFormat& format() const { return m_format; }

    // A file of records has a few dozen columns; one of thousands is the
    // wrong file (or read with the wrong delimiter) and is refused.
    static constexpr int MaxColumns = 1000;

    // Reads the file; false (and error()) when it cannot be read or has
    // more than MaxColumns columns. Time linear in the file's size.
    bool loadFile(const QString& path, CsvEncoding encoding = CsvEncoding::Auto,
                  QChar delimiter = QChar());
    bool loadBytes(const QByteArray& bytes, CsvEncoding encoding = CsvEncoding::Auto,
                   QChar delimiter = QChar());
    QString error() const { return m_error; }
    // Encoding and delimiter used (the detected ones when not given).
    CsvEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // True when bytes did not fit the encoding (probably the wrong one).
    bool decodingProblems() const { return m_decodingProblems; }

    QStringList fileHeaders() const { return m_headers; }
    // The data lines (after the header line).
    const QList<CsvReader::Record>& records() const { return m_records; }

    // The column key each file column is mapped to (empty: ignored).
    QStringList mapping() const { return m_mapping; }
    void setMapping(int fileColumn, const QString& key);
    void setMapping(const QStringList& keys);
    // The key a header names (English or Japanese, folded), or empty.
    QString keyForHeader(const QString& header) const;

    // How the file writes dates that can be read two ways (4/1/2020): Auto
    // (the default) follows the file's other dates where they tell.
    void setDateOrder(DateOrder order) { m_dateOrder = order; }
    DateOrder dateOrder() const { return m_dateOrder; }
    // Whether the file's mapped columns hold dates such as 4/1/2020 at all.
    bool hasSlashDates() const;
    // The order its other dates show (25/12/2020 is day first, 12/25/2020
    // month first); Auto when they show none or both.
    DateOrder detectedDateOrder() const;
    // The first such date that could be read either way (empty: none).
    QString ambiguousDateExample() const;
    // The order rows are read in: the chosen one, else the detected one.
    DateOrder effectiveDateOrder() const;
    // Required columns not mapped, columns mapped twice: nothing can be
    // imported while there are any.
    QStringList mappingProblems() const;

    // Builds every row, finds duplicates (each row with duplicates is set to
    // Skip until decided) and checks every row: a new record of a kind whose
    // rules are all in its value type (CsvFormat::rulesForNew) against those
    // rules, any other by writing it in a transaction that is rolled back.
    // Call again after changing mapping or decisions (it keeps the decisions).
    void analyze();
    const QList<ImportRow>& rows() const { return m_rows; }
    void setDecision(int row, ImportDecision decision, qint64 mergeTarget = 0);
    // Leaves out every row that cannot be imported (re-checks until stable).
    void skipRejected();
    int rejectedCount() const;

    // Writes every row (added, merged or skipped as decided) in one
    // transaction after a backup of the file. Throws StorageError (nothing
    // is written) when mapping problems or rejected rows remain or a rule
    // fails, and StorageError::Kind::Conflict when another window or program
    // has added records like the file's rows since analyze(): the check and
    // the write then run again (analyze(), decide, commit()).
    ImportSummary commit(bool backup = true);

private:
    CsvRow rowFor(int index) const;
    // The row's mapped values, to tell a repeated row from a look-alike.
    QString signatureOf(int index) const;
    void run(bool write, ImportSummary* summary);
    QList<int> rowsWithNewDuplicates() const;
    QList<int> writeOrder() const;
    struct SlashDates {
        bool any = false;
        bool dayFirst = false;   // a first number above 12
        bool monthFirst = false; // a second number above 12
        QString ambiguous;
    };
    SlashDates scanSlashDates() const;

    Database& m_db;
    const CsvFormat& m_format;
    QString m_error;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    bool m_decodingProblems = false;
    QStringList m_headers;
    QList<CsvReader::Record> m_records;
    QStringList m_mapping;
    mutable QHash<QString, QString> m_headerKeys; // folded header → column key
    QList<ImportRow> m_rows;
    QList<QStringList> m_rowKeys; // each row's duplicate keys, from analyze()
    // The database as analyze() saw it: others' commits, and this
    // connection's own (PRAGMA data_version counts only the others').
    std::pair<qint64, qint64> m_checkedAt{-1, -1};
    qint64 m_maxIdChecked = 0; // the highest id of a record on file then
    bool m_analyzed = false;
    DateOrder m_dateOrder = DateOrder::Auto;
};

} // namespace jlgc
