#include "io/csvdescribedtableformat.h"

#include "io/namematch.h"

namespace jlgc {

QStringList DescribedTableFormat::dependsOn() const
{
    QStringList kinds;
    for (const FieldSpec& f : m_type.fields) {
        if (f.input == FieldSpec::Input::Organization &&
            !kinds.contains(QStringLiteral("organizations")))
            kinds << QStringLiteral("organizations");
        if (f.input == FieldSpec::Input::Person && !kinds.contains(QStringLiteral("people")))
            kinds << QStringLiteral("people");
    }
    return kinds;
}

QList<DescribedRecord> DescribedTableFormat::loadAll(Database& db) const
{
    return DescribedTable(db, m_type).list();
}

std::optional<DescribedRecord> DescribedTableFormat::load(Database& db, qint64 id) const
{
    return DescribedTable(db, m_type).find(id);
}

namespace {

// The cell of a field, as its Input writes it.
QString written(const FieldSpec& f, const QVariant& v, ImportResolver& names)
{
    switch (f.input) {
    case FieldSpec::Input::Person:
        return v.isNull() ? QString() : names.personName(v.toLongLong());
    case FieldSpec::Input::Organization:
        return v.isNull() ? QString() : names.organizationName(v.toLongLong());
    default:
        return v.toString(); // dates are stored as 2025-04-01, choices as their codes
    }
}

// The stored value of a field from its cell (key), as its Input reads it;
// value is the value it had.
QVariant readCell(const FieldSpec& f, QVariant value, ImportFields& in, const QString& key)
{
    switch (f.input) {
    case FieldSpec::Input::Date: {
        QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        in.date(key, d);
        value = d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
        break;
    }
    case FieldSpec::Input::Number: {
        std::optional<int> n = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
        in.optionalInteger(key, n);
        value = n ? QVariant(*n) : QVariant();
        break;
    }
    case FieldSpec::Input::Person:
    case FieldSpec::Input::Organization: {
        qint64 id = value.toLongLong();
        if (f.input == FieldSpec::Input::Person)
            in.person(key, id);
        else
            in.resolved(key, id, &ImportResolver::organization);
        value = id > 0 ? QVariant(id) : QVariant();
        break;
    }
    case FieldSpec::Input::Choice: {
        // By its code or its label, as every format reads a choice.
        QStringList codes;
        QHash<QString, QString> labels;
        for (const auto& [code, label] :
             f.choices ? f.choices() : QList<QPair<QString, QString>>{}) {
            codes << code;
            labels.insert(code, label);
        }
        QString code = value.toString();
        in.choice(
            key, code, codes, [](const QString& c) { return c; },
            [&labels](const QString& c) { return labels.value(c); });
        value = code.isEmpty() ? QVariant() : QVariant(code);
        break;
    }
    case FieldSpec::Input::Text:
    case FieldSpec::Input::LongText: {
        QString t = value.toString();
        in.text(key, t);
        value = t;
        break;
    }
    }
    return value;
}

} // namespace

DescribedTableFormat::DescribedTableFormat(const RecordType& type) : m_type(type)
{
    for (const FieldSpec& f : m_type.fields) {
        if (!f.inCsv())
            continue;
        CsvCell<DescribedRecord> cell;
        cell.write = [f](const DescribedRecord& r, ImportResolver& names) {
            return written(f, r.values.value(f.column), names);
        };
        cell.read = [f](DescribedRecord& r, ImportFields& in, const QString& key) {
            if (in.has(key))
                r.values.insert(f.column, readCell(f, r.values.value(f.column), in, key));
        };
        m_fields << CsvField<DescribedRecord>{csvColumn(f), cell};
    }
}

QStringList DescribedTableFormat::keysOf(const DescribedRecord& record) const
{
    // The fields a record needs, together: a gift's date and description.
    QStringList parts;
    for (const FieldSpec& f : m_type.fields)
        if (f.flags & FieldSpec::Required)
            parts << namematch::nameKey(record.values.value(f.column).toString());
    return {parts.join(QLatin1Char('@'))};
}

QString DescribedTableFormat::displayOf(const DescribedRecord& record) const
{
    QStringList parts;
    for (const FieldSpec& f : m_type.fields)
        if ((f.flags & FieldSpec::Required) && !record.values.value(f.column).isNull())
            parts << record.values.value(f.column).toString();
    return parts.join(QStringLiteral(" · "));
}

DescribedRecord DescribedTableFormat::addRecord(Database& db, const DescribedRecord& record) const
{
    DescribedRecord fresh = record;
    fresh.id = 0;
    return *DescribedTable(db, m_type).find(DescribedTable(db, m_type).save(fresh));
}

DescribedRecord DescribedTableFormat::updateRecord(Database& db,
                                                   const DescribedRecord& record) const
{
    return *DescribedTable(db, m_type).find(DescribedTable(db, m_type).save(record));
}

} // namespace jlgc
