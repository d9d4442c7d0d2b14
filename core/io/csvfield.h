#pragma once

#include "domain/enumtable.h"
#include "io/importresolver.h"
#include "storage/records/recordtype.h"

#include <functional>
#include <utility>

namespace jlgc {

// How a value of a record of type T is written to its CSV cell and read
// back (empty: the format writes an empty cell, or reads the column with
// another one).
template <class T> struct CsvCell {
    std::function<QString(const T&, ImportResolver&)> write;
    std::function<void(T&, ImportFields&, const QString&)> read;
};

// One column of a kind's CSV format with how its cell is written and read:
// a format's columns(), the cells of its rows and how a row is read are all
// made from its list of these, so that a column is described once.
template <class T> struct CsvField {
    CsvColumn column;
    CsvCell<T> cell;

    // Modifiers, chained after field().
    CsvField& required()
    {
        column.required = true;
        return *this;
    }
    CsvField& personal()
    {
        column.sensitive = true;
        return *this;
    }
};

// A column: its English and Japanese headers, its cell, and what an import
// accepts in it (for docs/import-formats.md).
template <class T>
CsvField<T> field(const char* english, const char* japanese, CsvCell<T> cell,
                  const char* accepted = "")
{
    return {CsvColumn{QString::fromUtf8(english), QString::fromUtf8(japanese), false,
                      QString::fromUtf8(accepted)},
            std::move(cell)};
}

// The column of a described field (one with a CSV header).
inline CsvColumn csvColumn(const FieldSpec& f)
{
    return CsvColumn{QString::fromUtf8(f.csvHeader), QString::fromUtf8(f.csvHeaderJa),
                     (f.flags & FieldSpec::Required) != 0, QString::fromUtf8(f.csvAccepted),
                     f.personal()};
}

// The cells of a member of T, each written as an export writes that kind of
// value and read by the ImportFields call for it.
namespace csvcells {

// A cell read with another column (which needs its value, or which its value
// needs): the format of that column reads it.
template <class T> CsvCell<T> writtenOnly(CsvCell<T> cell)
{
    cell.read = {};
    return cell;
}

// Member m written by write(names, value) and read by (fields.*read)(key, m).
template <class T, class V, class Write>
CsvCell<T> cell(V T::*m, Write write, void (ImportFields::*read)(const QString&, V&))
{
    return {[m, write](const T& r, ImportResolver& names) { return write(names, r.*m); },
            [m, read](T& r, ImportFields& in, const QString& key) { (in.*read)(key, r.*m); }};
}

template <class T> CsvCell<T> text(QString T::*m)
{
    return cell(
        m, [](ImportResolver&, const QString& v) { return v; }, &ImportFields::text);
}

// A personal or place name: an import refuses a "?" in it (a character lost
// when the file was saved in Shift_JIS).
template <class T> CsvCell<T> name(QString T::*m)
{
    return cell(
        m, [](ImportResolver&, const QString& v) { return v; }, &ImportFields::name);
}

template <class T> CsvCell<T> date(QDate T::*m)
{
    return cell(
        m, [](ImportResolver&, const QDate& d) { return csvtext::date(d); }, &ImportFields::date);
}

// HH:mm
template <class T> CsvCell<T> time(QTime T::*m)
{
    return cell(
        m, [](ImportResolver&, const QTime& t) { return csvtext::time(t); }, &ImportFields::time);
}

// 1955, 1955-12 or 1955-12-20.
template <class T> CsvCell<T> partialDate(PartialDate T::*m)
{
    return cell(
        m, [](ImportResolver&, const PartialDate& d) { return d.toIso(); },
        &ImportFields::partialDate);
}

// A whole number of at least minimum.
template <class T> CsvCell<T> integer(int T::*m, int minimum = 0)
{
    return {[m](const T& r, ImportResolver&) { return csvtext::number(r.*m); },
            [m, minimum](T& r, ImportFields& in, const QString& key) {
                in.integer(key, r.*m, minimum);
            }};
}

template <class T> CsvCell<T> optionalInteger(std::optional<int> T::*m)
{
    return cell(
        m, [](ImportResolver&, const std::optional<int>& n) { return csvtext::optionalNumber(n); },
        &ImportFields::optionalInteger);
}

template <class T> CsvCell<T> boolean(bool T::*m)
{
    return cell(
        m, [](ImportResolver&, bool b) { return csvtext::boolean(b); }, &ImportFields::boolean);
}

// An enumeration written as its code and read from its code, its label or
// another name of it (aliases: folded name → code).
template <class T, class E, class Values, class Codes, class Labels>
CsvCell<T> choice(E T::*m, Values values, Codes code, Labels label,
                  const QHash<QString, QString>& aliases = {})
{
    return {[m, code](const T& r, ImportResolver&) { return code(r.*m); },
            [m, values, code, label, aliases](T& r, ImportFields& in, const QString& key) {
                in.choice(key, r.*m, values(), code, label, aliases);
            }};
}

// An enumeration with a table of its own (enumtable.h).
template <class T, class E> CsvCell<T> choice(E T::*m, const QHash<QString, QString>& aliases = {})
{
    return choice(m, &EnumLabels<E>::all, &EnumLabels<E>::code, &EnumLabels<E>::label, aliases);
}

// Member m as a reference the resolver reads from its name (`resolve`:
// ImportResolver::subdivision, ::organization, …) and names (`nameOf`).
template <class T, class V, class Resolve, class Name>
CsvCell<T> reference(V T::*m, Resolve resolve, Name nameOf)
{
    return {
        [m, nameOf](const T& r, ImportResolver& names) { return std::invoke(nameOf, names, r.*m); },
        [m, resolve](T& r, ImportFields& in, const QString& key) {
            in.resolved(key, r.*m, resolve);
        }};
}

// ISO code (US, JP) or the country's name.
template <class T> CsvCell<T> country(QString T::*m)
{
    return reference(m, &ImportResolver::country,
                     [](ImportResolver&, const QString& code) { return code; });
}

// A state or province (US-NY), by name, abbreviation or code.
template <class T> CsvCell<T> subdivision(QString T::*m)
{
    return reference(m, &ImportResolver::subdivision, &ImportResolver::subdivisionName);
}

// A prefecture or a municipality by its code, written as its name (an empty
// code as an empty cell) and read by `resolve`: ImportResolver::prefecture,
// ::municipality or ::japaneseGovernment (either).
template <class T, class Resolve> CsvCell<T> japanese(QString T::*m, Resolve resolve)
{
    return reference(m, resolve, [](ImportResolver& names, const QString& code) {
        return code.isEmpty() ? QString() : names.japaneseGovernmentName(code);
    });
}

// A prefecture, a municipality or an organization on record.
template <class T> CsvCell<T> government(GovernmentRef T::*m)
{
    return reference(m, &ImportResolver::government, &ImportResolver::governmentName);
}

// Records on file, by name (0: none).
template <class T> CsvCell<T> organization(qint64 T::*m)
{
    return reference(m, &ImportResolver::organization, &ImportResolver::organizationName);
}
template <class T> CsvCell<T> person(qint64 T::*m)
{
    return {[m](const T& r, ImportResolver& names) { return names.personName(r.*m); },
            [m](T& r, ImportFields& in, const QString& key) { in.person(key, r.*m); }};
}
template <class T> CsvCell<T> chapter(qint64 T::*m)
{
    return reference(m, &ImportResolver::chapter, &ImportResolver::chapterName);
}
// A fellowship year on record, by its year.
template <class T> CsvCell<T> cohort(qint64 T::*m)
{
    return reference(m, &ImportResolver::cohort, [](ImportResolver& names, qint64 id) {
        return QString::number(names.cohortYear(id));
    });
}

} // namespace csvcells

} // namespace jlgc
