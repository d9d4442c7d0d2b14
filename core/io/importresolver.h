#pragma once

#include "domain/governmentref.h"
#include "domain/partialdate.h"
#include "domain/personname.h"
#include "io/csvformat.h"
#include "reference/jurisdiction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTime>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace jlgc {

class Database;

// How a file writes the dates that can be read two ways (4/1/2020). Auto:
// not known, so such a date is refused (CsvImport sets the order its file's
// other dates show: 13/4/2020 is day first, 4/13/2020 month first); ymd reads
// only dates that start with the year.
enum class DateOrder { Auto, MonthDayYear, DayMonthYear, YearMonthDay };

// Finds the records and reference rows a CSV cell names: a Japanese
// prefecture or municipality by code, kanji, kana or romaji; a state or
// province by name, abbreviation or ISO code; an organization, person,
// fellowship year or JETAA chapter by name. Reads each list once.
class ImportResolver {
    Q_DECLARE_TR_FUNCTIONS(ImportResolver)
public:
    explicit ImportResolver(Database& db);
    ~ImportResolver();
    Database& database() const { return m_db; }

    // Each returns the code or id, or an empty/0 value and sets error.
    QString prefecture(const QString& text, QString& error);
    QString municipality(const QString& text, QString& error);
    // A prefecture or a municipality (the Japanese side of a sister-city tie).
    QString japaneseGovernment(const QString& text, QString& error);
    // A prefecture, a municipality or an organization.
    GovernmentRef government(const QString& text, QString& error);
    QString subdivision(const QString& text, QString& error);
    QString country(const QString& text, QString& error);
    qint64 organization(const QString& text, QString& error);
    // Several people of one name: the one affiliated with organizationHint, if any.
    qint64 person(const QString& text, QString& error, qint64 organizationHint = 0);
    qint64 cohort(const QString& yearText, QString& error);
    qint64 chapter(const QString& text, QString& error);

    // Names as an export writes them (the forms the functions above read).
    QString japaneseGovernmentName(const QString& code);
    QString subdivisionName(const QString& code);
    QString governmentName(const GovernmentRef& ref);
    QString organizationName(qint64 id);
    QString personName(qint64 id);
    QString chapterName(qint64 id);
    int cohortYear(qint64 id);

    // A kind's records changed (chapters name each other): read them again.
    void invalidate(const QString& kind);
    // A chapter just written by the import (cheaper than reading them all again).
    void noteChapter(qint64 id, const QString& name, const QString& shortName);

    // What the last call chose that the user should know (the suffix of
    // "Fuchu Town" chose 府中町 over 府中市), once; empty when nothing.
    QString takeNote();
    // Such notes of the row being read (ImportFields adds them, with the column).
    void addRowNote(const QString& note) { m_rowNotes << note; }
    QStringList takeRowNotes() { return std::exchange(m_rowNotes, {}); }

    // The day the export or import runs, one for all its rows (a person's
    // current affiliation is the same in every column of a row).
    QDate today() const { return m_today; }

    // How the file writes dates (see DateOrder).
    DateOrder dateOrder() const { return m_dateOrder; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }

private:
    struct Caches;
    // The codes a place name can mean; others: places of the same name that
    // a suffix or prefecture written with it ruled out.
    QStringList resolvePlace(const QString& text, bool prefectures, bool municipalities,
                             QStringList* others);
    QString resolveJapan(const QString& text, bool prefectures, bool municipalities,
                         QString& error);
    QString describePlace(const QString& code);
    void loadJapan();
    void loadOrganizations();
    void loadPeople();
    void loadChapters();
    void loadCohorts();
    Database& m_db;
    std::unique_ptr<Caches> m_c;
    QString m_note;
    QStringList m_rowNotes;
    DateOrder m_dateOrder = DateOrder::Auto;
    const QDate m_today = QDate::currentDate();
};

// Reads the cells of one row into a record's fields, collecting a message
// for every cell that cannot be read. A column the file does not have
// leaves the field as it was.
class ImportFields {
    Q_DECLARE_TR_FUNCTIONS(ImportFields)
public:
    ImportFields(ImportResolver& resolver, const CsvRow& row, QStringList& errors)
        : m_resolver(resolver), m_row(row), m_errors(errors)
    {
    }
    ImportResolver& resolver() const { return m_resolver; }
    const CsvRow& row() const { return m_row; }
    bool has(const QString& key) const { return m_row.has(key); }
    void error(const QString& key, const QString& message);

    void text(const QString& key, QString& target);
    // A name: as text(), and a "?" in it is refused as a character lost when
    // the file was saved in an encoding without it (Shift_JIS has no 𠮷 or ễ).
    void name(const QString& key, QString& target);
    // Something the user should know about a value that was read.
    void note(const QString& key, const QString& message);
    void date(const QString& key, QDate& target);
    void time(const QString& key, QTime& target);
    void integer(const QString& key, int& target, int minimum = 0);
    void optionalInteger(const QString& key, std::optional<int>& target);
    void boolean(const QString& key, bool& target);
    // 2025-04-01, 2025/4/1, 2025年4月1日, 令和7年4月1日, R7.4.1, April 1, 2025, and
    // 4/1/2025 in the file's order of dates (ImportResolver::dateOrder).
    void partialDate(const QString& key, PartialDate& target);
    // 1955, 1955年, 昭和30年, 平成元年, 2025年度.
    void year(const QString& key, int& target);
    // A code of the list, or its label in English or in the interface
    // language, or another name of the value (aliases: folded name → code).
    template <class E, class Codes, class Labels>
    void choice(const QString& key, E& target, const QList<E>& values, Codes code, Labels label,
                const QHash<QString, QString>& aliases = {})
    {
        if (!has(key))
            return;
        const QString t = m_row.text(key);
        if (t.isEmpty())
            return;
        const QString alias = aliases.value(foldedChoice(t));
        QStringList accepted;
        for (E v : values) {
            if (matchesChoice(t, code(v), label(v)) || alias == code(v)) {
                target = v;
                return;
            }
            accepted << code(v);
        }
        error(key, tr("“%1” is not one of %2.").arg(t, accepted.join(QStringLiteral(", "))));
    }
    // The text under `key` named by `resolve(resolver, text, error)` into
    // `target` (ImportResolver::prefecture, ::organization, …): an empty
    // text empties it, the resolver's note is kept as the row's, and an
    // error leaves `target` as it was.
    template <class T, class Resolve> void resolved(const QString& key, T& target, Resolve resolve);
    // Two people of one name: the one affiliated with organizationHint.
    void person(const QString& key, qint64& id, qint64 organizationHint = 0);

    static bool matchesChoice(const QString& text, const QString& code, const QString& label);
    static QString foldedChoice(const QString& text);

private:
    // The text under `key`, full-width digits made half-width, read by
    // `read(text, value)` (which returns the problem, empty when there is
    // none) into `target`: an empty text empties it when emptyClears (else
    // leaves it), and a problem is the row's error and leaves it as it was.
    template <class T, class Read>
    void readDigits(const QString& key, T& target, bool emptyClears, Read read);

    ImportResolver& m_resolver;
    const CsvRow& m_row;
    QStringList& m_errors;
};

template <class T, class Resolve>
void ImportFields::resolved(const QString& key, T& target, Resolve resolve)
{
    if (!has(key))
        return;
    const QString t = m_row.text(key);
    if (t.isEmpty()) {
        target = T{};
        return;
    }
    QString message;
    const T value = std::invoke(resolve, m_resolver, t, message);
    if (const QString said = m_resolver.takeNote(); !said.isEmpty())
        note(key, said);
    if (!message.isEmpty())
        error(key, message);
    else
        target = value;
}

// How an export writes values (and an import reads them back).
namespace csvtext {
QString date(const QDate& d);
QString time(const QTime& t);
QString boolean(bool b);
QString number(int n);
QString optionalNumber(const std::optional<int>& n);
} // namespace csvtext

} // namespace jlgc
