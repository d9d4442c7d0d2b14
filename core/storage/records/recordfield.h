#pragma once

#include "io/csvfield.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"

#include <QDate>
#include <QTime>
#include <functional>
#include <optional>

namespace jlgc {

// A field of records of type T: its description, and how its value goes to
// the database and to a CSV cell and back. Made by the builders below, one
// line a field, in the kind's definition (core/storage/records/*type.cpp).
template <class T> struct TypedField {
    FieldSpec spec;
    std::function<QVariant(const T&)> get;        // the stored value (NULL for none)
    std::function<void(T&, const QVariant&)> set; // from the stored value
    // The CSV cell and back; empty: the field is not written to CSV by the
    // generic format (a kind writes it itself, or it has no column).
    CsvCell<T> csvCell;

    // Modifiers, chained after a builder.
    TypedField& csv(const char* english, const char* japanese, const char* accepted = "")
    {
        spec.csvHeader = english;
        spec.csvHeaderJa = japanese;
        spec.csvAccepted = accepted;
        return *this;
    }
    TypedField& required()
    {
        spec.flags |= FieldSpec::Required;
        return *this;
    }
    TypedField& personal()
    {
        spec.flags |= FieldSpec::Personal;
        return *this;
    }
};

namespace fields {

inline QVariant nullIfBlank(const QString& s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

// A field stored as `get` gives it and read back by `set`, written to CSV
// and read from it by `csvCell` (empty: by the kind itself).
template <class T>
TypedField<T> stored(const char* column, const char* label, std::function<QVariant(const T&)> get,
                     std::function<void(T&, const QVariant&)> set, CsvCell<T> csvCell = {})
{
    TypedField<T> f;
    f.spec.column = QLatin1String(column);
    f.spec.label = label;
    f.get = std::move(get);
    f.set = std::move(set);
    f.csvCell = std::move(csvCell);
    return f;
}

template <class T> TypedField<T> text(QString T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label, [m](const T& r) { return nullIfBlank(r.*m); },
        [m](T& r, const QVariant& v) { r.*m = v.toString(); }, csvcells::text(m));
}

// A personal or place name: an import refuses a "?" in it (a character lost
// when the file was saved in Shift_JIS).
template <class T> TypedField<T> name(QString T::*m, const char* column, const char* label)
{
    TypedField<T> f = text(m, column, label);
    f.spec.flags |= FieldSpec::Name;
    f.csvCell = csvcells::name(m);
    return f;
}

template <class T> TypedField<T> date(QDate T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label,
        [m](const T& r) {
            return (r.*m).isValid() ? QVariant((r.*m).toString(Qt::ISODate)) : QVariant();
        },
        [m](T& r, const QVariant& v) { r.*m = QDate::fromString(v.toString(), Qt::ISODate); },
        csvcells::date(m));
}

// HH:mm
template <class T> TypedField<T> time(QTime T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label,
        [m](const T& r) {
            return (r.*m).isValid() ? QVariant((r.*m).toString(QStringLiteral("HH:mm")))
                                    : QVariant();
        },
        [m](T& r, const QVariant& v) {
            r.*m = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        },
        csvcells::time(m));
}

template <class T> TypedField<T> integer(int T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label, [m](const T& r) { return QVariant(r.*m); },
        [m](T& r, const QVariant& v) { r.*m = v.toInt(); }, csvcells::integer(m));
}

template <class T>
TypedField<T> optionalInteger(std::optional<int> T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label, [m](const T& r) { return (r.*m) ? QVariant(*(r.*m)) : QVariant(); },
        [m](T& r, const QVariant& v) {
            r.*m = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
        },
        csvcells::optionalInteger(m));
}

template <class T> TypedField<T> boolean(bool T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label, [m](const T& r) { return QVariant(r.*m ? 1 : 0); },
        [m](T& r, const QVariant& v) { r.*m = v.toInt() != 0; }, csvcells::boolean(m));
}

// An enumeration stored as its code (EventKinds::code / fromCode), written
// to CSV as the code and read back from the code or the label.
template <class T, class E>
TypedField<T> code(E T::*m, const char* column, const char* label, QList<E> (*values)(),
                   QString (*codeOf)(E), E (*fromCode)(const QString&), QString (*labelOf)(E))
{
    return stored<T>(
        column, label, [m, codeOf](const T& r) { return QVariant(codeOf(r.*m)); },
        [m, fromCode](T& r, const QVariant& v) { r.*m = fromCode(v.toString()); },
        csvcells::choice(m, values, codeOf, labelOf));
}

// The id of another record (0: none), stored as NULL when there is none.
// CSV: by the record's name, through the resolver (organizations, people).
template <class T, class Id> TypedField<T> id(Id T::*m, const char* column, const char* label)
{
    return stored<T>(
        column, label, [m](const T& r) { return r.*m > 0 ? QVariant(qint64(r.*m)) : QVariant(); },
        [m](T& r, const QVariant& v) { r.*m = Id(v.toLongLong()); });
}

template <class T, class Id>
TypedField<T> organization(Id T::*m, const char* column, const char* label)
{
    TypedField<T> f = id(m, column, label);
    f.csvCell = csvcells::organization(m);
    return f;
}

template <class T, class Id> TypedField<T> person(Id T::*m, const char* column, const char* label)
{
    TypedField<T> f = id(m, column, label);
    f.csvCell = csvcells::person(m);
    return f;
}

// A state or province (US-NY), by name, abbreviation or code in CSV.
template <class T> TypedField<T> subdivision(QString T::*m, const char* column, const char* label)
{
    TypedField<T> f = text(m, column, label);
    f.csvCell = csvcells::subdivision(m);
    return f;
}

} // namespace fields

// The description of a kind (RecordType) with the typed fields of T.
template <class T> struct RecordDefinition {
    RecordType type;
    QList<TypedField<T>> fields;

    // Fills type.fields from the typed fields (call once, at the end).
    void describeFields()
    {
        type.fields.clear();
        for (const TypedField<T>& f : fields)
            type.fields << f.spec;
    }
    // The kind's columns, read as `alias`, each field as it is stored: what
    // its repository reads and writes (KindRepository's Repo::columns()).
    RecordColumns<T> columns(const QString& alias) const
    {
        RecordColumns<T> c(type.table, alias);
        for (const TypedField<T>& f : fields)
            c.custom(
                alias + QLatin1Char('.') + f.spec.column,
                [set = f.set](T& r, const Query& q, int i) { set(r, q.value(i)); },
                [column = f.spec.column, get = f.get](const T& r, RowValues& v) {
                    v.set(column, get(r));
                });
        return c;
    }
    const TypedField<T>* field(const QString& column) const
    {
        for (const TypedField<T>& f : fields)
            if (f.spec.column == column)
                return &f;
        return nullptr;
    }
};

// The definition of T, one per kind (in its *type.cpp).
template <class T> const RecordDefinition<T>& recordDefinition();

} // namespace jlgc
