// Writing an import (CsvImport::run and commit): each row tried in the
// order its references need, new records of a kind that writesInBatches()
// written many at a time, all of it one transaction (a check is the same
// run, rolled back).
#include "io/csvimport.h"
#include "io/importresolver.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/recordkinds.h"

namespace jlgc {

namespace {

// Thrown to roll back the transaction of a check.
struct DryRunDone {};

// New records written together by a kind that writesInBatches().
constexpr qsizetype WriteTogether = 1000;

QStringList messagesOf(const StorageError& e)
{
    QStringList list;
    for (const auto& fe : e.fieldErrors())
        if (!list.contains(fe.message))
            list << fe.message;
    if (list.isEmpty())
        list << e.message();
    return list;
}

bool isFault(const StorageError& e)
{
    switch (e.kind()) {
    case StorageError::Kind::DiskFull:
    case StorageError::Kind::ReadOnly:
    case StorageError::Kind::Locked:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::Open:
    case StorageError::Kind::NotADatabase:
        return true;
    default:
        return false;
    }
}

} // namespace

void CsvImport::run(bool write, ImportSummary* summary)
{
    const int headerFields = int(m_headers.size());
    auto body = [&] {
        ImportResolver resolver(m_db);
        resolver.setDateOrder(effectiveDateOrder());
        // The records this run added or merged into, by line (0: checked
        // without writing), and their lines by id.
        QHash<int, qint64> storedByLine;
        QHash<qint64, int> lineOfId;
        // New records checked and waiting to be written many at a time (a
        // kind that writesInBatches(): a server's round trip for each would
        // make an import of 10,000 take minutes).
        const bool batches = write && m_format.writesInBatches();
        QList<std::pair<int, std::any>> waiting;
        auto writeWaiting = [&] {
            if (waiting.isEmpty())
                return;
            QList<std::any> records;
            records.reserve(waiting.size());
            for (const auto& w : waiting)
                records << w.second;
            auto stored = [&](int i, qint64 id) {
                storedByLine.insert(m_rows[i].line, id);
                lineOfId.insert(id, m_rows[i].line);
                if (summary)
                    ++summary->added;
            };
            try {
                QList<qint64> ids;
                m_db.transaction([&] { ids = m_format.storeNew(m_db, resolver, records); });
                for (qsizetype w = 0; w < waiting.size(); ++w)
                    stored(waiting[w].first, ids[w]);
            } catch (const StorageError& e) {
                if (isFault(e))
                    throw;
                // Which rows: each written on its own, for its own message.
                for (const auto& [i, record] : waiting) {
                    try {
                        qint64 id = 0;
                        m_db.transaction([&] {
                            id = m_format.storeNew(m_db, resolver, QList<std::any>{record}).front();
                        });
                        stored(i, id);
                    } catch (const StorageError& one) {
                        if (isFault(one))
                            throw;
                        m_rows[i].errors << messagesOf(one);
                    }
                }
            }
            waiting.clear();
        };
        // Tries row i; false when it cannot be imported (row.errors say why).
        auto attempt = [&](int i) {
            ImportRow& row = m_rows[i];
            row.errors.clear();
            const CsvReader::Record& record = m_records[i];
            for (qsizetype f = headerFields; f < record.fields.size(); ++f) {
                if (!record.fields[f].trimmed().isEmpty()) {
                    row.errors << tr("The line has %1 values but the header only %2 (a value "
                                     "with a comma in it needs quotes).")
                                      .arg(record.fields.size())
                                      .arg(headerFields);
                    break;
                }
            }
            if (row.decision == ImportDecision::Skip) {
                if (summary)
                    ++summary->skipped;
                return true;
            }
            if (!row.errors.isEmpty())
                return false;
            CsvRow csvRow = rowFor(i);
            qint64 base = 0;
            if (row.decision == ImportDecision::Merge) {
                base = row.mergeTarget;
                if (base < 0) {
                    // Into the record an earlier line of the file adds.
                    writeWaiting();
                    const int line = int(-base);
                    if (!storedByLine.contains(line)) {
                        row.errors << tr("Line %1 of this file, which this row would be merged "
                                         "into, is not imported.")
                                          .arg(line);
                        return false;
                    }
                    base = storedByLine.value(line);
                    if (base == 0) { // checked, not written: nothing to merge into yet
                        if (summary)
                            ++summary->merged;
                        return true;
                    }
                }
                const QList<QStringList> stored = m_format.exportRows(m_db, {base}, true);
                if (stored.isEmpty()) {
                    row.errors << tr("The record to merge into is no longer on file.");
                    return false;
                }
                // Merging fills the stored record's empty fields only.
                QHash<QString, QString> values;
                QHash<QString, QString> headers;
                const QList<CsvColumn> cols = m_format.columns();
                for (int c = 0; c < cols.size(); ++c) {
                    if (!csvRow.has(cols[c].key) || !stored.front().value(c).isEmpty())
                        continue;
                    values.insert(cols[c].key, csvRow.text(cols[c].key));
                    headers.insert(cols[c].key, csvRow.header(cols[c].key));
                }
                csvRow = CsvRow(csvRow.line(), values, headers);
            }
            QStringList errors;
            const std::any built = m_format.build(resolver, csvRow, base, errors);
            row.errors << errors;
            if (!row.errors.isEmpty())
                return false;
            // A new record of a kind whose rules are all in its value type is
            // checked without writing it (a trial write costs as much as the
            // import itself); commit still applies every rule as it writes.
            if (base == 0) {
                const QString repeat = m_format.refuseRepeat(
                    m_db, built, [&](qint64 id) { return lineOfId.value(id); });
                if (!repeat.isEmpty()) {
                    row.errors << repeat;
                    return false;
                }
            }
            if ((!write || batches) && base == 0) {
                if (const std::optional<QStringList> rules = m_format.rulesForNew(built)) {
                    row.errors << *rules;
                    if (!row.errors.isEmpty())
                        return false;
                    if (!write) {
                        storedByLine.insert(row.line, 0);
                        return true;
                    }
                    waiting.append({i, built});
                    if (waiting.size() >= WriteTogether)
                        writeWaiting();
                    return true;
                }
            }
            try {
                qint64 id = 0;
                m_db.transaction([&] { id = m_format.store(m_db, resolver, built); });
                storedByLine.insert(row.line, id);
                if (base == 0)
                    lineOfId.insert(id, row.line);
                if (summary)
                    ++(base > 0 ? summary->merged : summary->added);
                return true;
            } catch (const StorageError& e) {
                // A full disk, a damaged or read-only file, a lock held too
                // long: no fault of the row, and the end of the import.
                if (isFault(e))
                    throw;
                row.errors << messagesOf(e);
                return false;
            }
        };
        QList<int> failed;
        for (int i : writeOrder())
            if (!attempt(i))
                failed << i;
        writeWaiting();
        // A subchapter listed before its parent: try it again once the parent is in.
        bool progress = m_format.refersToItself();
        while (progress && !failed.isEmpty()) {
            progress = false;
            QList<int> still;
            for (int i : failed) {
                if (attempt(i))
                    progress = true;
                else
                    still << i;
            }
            failed = still;
        }
        writeWaiting();
    };

    if (!write) {
        try {
            m_db.transaction([&] {
                body();
                throw DryRunDone{};
            });
        } catch (const DryRunDone&) {
        }
        return;
    }
    m_db.transaction([&] {
        const QList<int> changed = rowsWithNewDuplicates();
        if (!changed.isEmpty())
            throw StorageError(
                StorageError::Kind::Conflict,
                tr("While this file was being checked, records like %n of its rows were added "
                   "by another window or program. Nothing was imported; check the file again.",
                   nullptr, int(changed.size())),
                tr("First such line: %1").arg(m_rows[changed.front()].line));
        body();
        const int rejected = rejectedCount();
        if (rejected > 0)
            throw StorageError(
                StorageError::Kind::Validation,
                tr("%n row(s) cannot be imported; nothing was imported.", nullptr, rejected));
        RecordKinds::compactCounts(m_db);
    });
}

ImportSummary CsvImport::commit(bool backup)
{
    const QStringList problems = mappingProblems();
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Validation, problems.join(QLatin1Char('\n')));
    if (!m_analyzed)
        analyze();
    ImportSummary summary;
    // A server's records are backed up by its own means (backup, pg_dump);
    // the import is one transaction there, all or nothing.
    if (backup && !m_db.isInMemory() && !m_db.onServer())
        summary.backupPath = Backups(m_db.path()).create(m_db, Backups::Kind::PreImport).path;
    run(true, &summary);
    return summary;
}

} // namespace jlgc
