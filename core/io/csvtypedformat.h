#pragma once

#include "io/csvfield.h"
#include "io/csvformat.h"
#include "io/importresolver.h"
#include "storage/storageerror.h"

#include <QSet>
#include <optional>
#include <utility>

namespace jlgc {

// The parts of a CsvFormat that are the same for every kind: a kind gives
// its fields (each column with how its cell is written and read), what
// follows once a row is read, and its repository's calls.
template <class T> class TypedCsvFormat : public CsvFormat {
public:
    QList<CsvColumn> columns() const override
    {
        QList<CsvColumn> list;
        for (const CsvField<T>& f : fields())
            list << f.column;
        return list;
    }

    QList<qint64> allIds(Database& db) const override
    {
        QList<qint64> ids;
        for (const T& t : loadAll(db))
            ids << t.id;
        return ids;
    }

    QList<QStringList> exportRows(Database& db, const QList<qint64>& ids,
                                  bool includeSensitive) const override
    {
        const QList<T> all = loadAll(db);
        QHash<qint64, qsizetype> position;
        for (qsizetype i = 0; i < all.size(); ++i)
            position.insert(all[i].id, i);
        ImportResolver names(db);
        QList<QStringList> rows;
        for (qint64 id : ids) {
            if (!position.contains(id))
                continue;
            const T& record = all[position.value(id)];
            QStringList row;
            for (const CsvField<T>& f : fields()) {
                const QString cell = f.cell.write ? f.cell.write(record, names) : QString();
                row << (f.column.sensitive && !includeSensitive ? QString() : cell);
            }
            rows << row;
        }
        return rows;
    }

    QList<Existing> existing(Database& db) const override
    {
        QList<Existing> list;
        for (const T& t : loadAll(db))
            list << Existing{t.id, displayOf(t), keysOf(t)};
        return list;
    }

    std::any build(ImportResolver& resolver, const CsvRow& row, qint64 baseId,
                   QStringList& errors) const override
    {
        T record{};
        if (baseId > 0) {
            if (auto stored = load(resolver.database(), baseId))
                record = *stored;
        }
        ImportFields in(resolver, row, errors);
        for (const CsvField<T>& f : fields())
            if (f.cell.read)
                f.cell.read(record, in, f.column.key);
        afterRead(record, in);
        return record;
    }

    QStringList keys(const std::any& record) const override
    {
        return keysOf(std::any_cast<const T&>(record));
    }
    QString display(const std::any& record) const override
    {
        return displayOf(std::any_cast<const T&>(record));
    }
    qint64 store(Database& db, ImportResolver& resolver, const std::any& record) const override
    {
        const T& t = std::any_cast<const T&>(record);
        const qint64 id = t.id > 0 ? updateRecord(db, t).id : addRecordId(db, t);
        afterStore(resolver, t, id);
        return id;
    }
    QList<qint64> storeNew(Database& db, ImportResolver& resolver,
                           const QList<std::any>& records) const override
    {
        QList<T> list;
        list.reserve(records.size());
        for (const std::any& record : records)
            list << std::any_cast<const T&>(record);
        const QList<qint64> ids = addRecordIds(db, list);
        for (qsizetype i = 0; i < list.size(); ++i)
            afterStore(resolver, list[i], ids[i]);
        return ids;
    }
    std::optional<QStringList> rulesForNew(const std::any& record) const override
    {
        const std::optional<FieldErrors> errors = validateNew(std::any_cast<const T&>(record));
        if (!errors)
            return std::nullopt;
        QStringList messages;
        for (const auto& e : *errors)
            if (!messages.contains(e.message))
                messages << e.message;
        return messages;
    }

protected:
    virtual QList<T> loadAll(Database& db) const = 0;
    virtual std::optional<T> load(Database& db, qint64 id) const = 0;
    // The columns in their order, each with how its cell is written and
    // read (cells are read in this order).
    virtual const QList<CsvField<T>>& fields() const = 0;
    // Values that follow from the others once a row is read.
    virtual void afterRead(T& record, ImportFields& in) const
    {
        Q_UNUSED(record);
        Q_UNUSED(in);
    }
    virtual QStringList keysOf(const T& record) const = 0;
    virtual QString displayOf(const T& record) const = 0;
    virtual T addRecord(Database& db, const T& record) const = 0;
    virtual T updateRecord(Database& db, const T& record) const = 0;
    // After a record is stored: what a later row may look up by name (the
    // resolver's caches) must know it.
    virtual void afterStore(ImportResolver& resolver, const T& record, qint64 id) const
    {
        Q_UNUSED(resolver);
        Q_UNUSED(record);
        Q_UNUSED(id);
    }
    // The id of a new record (a kind may add without reading the record back).
    virtual qint64 addRecordId(Database& db, const T& record) const
    {
        return addRecord(db, record).id;
    }
    // The ids of new records (a kind may write many in a few statements).
    virtual QList<qint64> addRecordIds(Database& db, const QList<T>& records) const
    {
        QList<qint64> ids;
        for (const T& record : records)
            ids << addRecordId(db, record);
        return ids;
    }
    // Where the value type's validate() is every rule addRecord() applies
    // (see rulesForNew): its errors.
    virtual std::optional<FieldErrors> validateNew(const T& record) const
    {
        Q_UNUSED(record);
        return std::nullopt;
    }
};

// A TypedCsvFormat whose records are read and written through the kind's
// repository (its list(), find(), add() and update()): what eight kinds
// wrote out the same way.
template <class T, class Repo> class RepositoryCsvFormat : public TypedCsvFormat<T> {
public:
    // kind: organizations; searchKind: organization (CsvFormat::kind(), ::searchKind()).
    RepositoryCsvFormat(QString kind, QString searchKind)
        : m_kind(std::move(kind)), m_searchKind(std::move(searchKind))
    {
    }
    RepositoryCsvFormat(const char* kind, const char* searchKind)
        : RepositoryCsvFormat(QString::fromLatin1(kind), QString::fromLatin1(searchKind))
    {
    }
    QString kind() const override { return m_kind; }
    QString searchKind() const override { return m_searchKind; }

protected:
    QList<T> loadAll(Database& db) const override { return Repo(db).list(); }
    std::optional<T> load(Database& db, qint64 id) const override { return Repo(db).find(id); }
    T addRecord(Database& db, const T& record) const override { return Repo(db).add(record); }
    T updateRecord(Database& db, const T& record) const override { return Repo(db).update(record); }

private:
    QString m_kind;
    QString m_searchKind;
};

} // namespace jlgc
