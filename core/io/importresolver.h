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
#include <memory>
#include <optional>

namespace jlgc {

class Database;

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

private:
    struct Caches;
    void loadJapan();
    void loadOrganizations();
    void loadPeople();
    void loadChapters();
    void loadCohorts();
    Database& m_db;
    std::unique_ptr<Caches> m_c;
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
    void date(const QString& key, QDate& target);
    void time(const QString& key, QTime& target);
    void integer(const QString& key, int& target, int minimum = 0);
    void optionalInteger(const QString& key, std::optional<int>& target);
    void boolean(const QString& key, bool& target);
    void partialDate(const QString& key, PartialDate& target);
    void year(const QString& key, int& target);
    // A code of the list, or its label in English or in the interface language.
    template <class E, class Codes, class Labels>
    void choice(const QString& key, E& target, const QList<E>& values, Codes code, Labels label)
    {
        if (!has(key))
            return;
        const QString t = m_row.text(key);
        if (t.isEmpty())
            return;
        QStringList accepted;
        for (E v : values) {
            if (matchesChoice(t, code(v), label(v))) {
                target = v;
                return;
            }
            accepted << code(v);
        }
        error(key, tr("“%1” is not one of %2.").arg(t, accepted.join(QStringLiteral(", "))));
    }
    void prefecture(const QString& key, QString& code);
    void municipality(const QString& key, QString& code);
    void japaneseGovernment(const QString& key, QString& code);
    void government(const QString& key, GovernmentRef& ref);
    void subdivision(const QString& key, QString& code);
    void country(const QString& key, QString& code);
    void organization(const QString& key, qint64& id);
    void person(const QString& key, qint64& id, qint64 organizationHint = 0);
    void cohort(const QString& key, qint64& id);
    void chapter(const QString& key, qint64& id);

    static bool matchesChoice(const QString& text, const QString& code, const QString& label);

private:
    ImportResolver& m_resolver;
    const CsvRow& m_row;
    QStringList& m_errors;
};

// How an export writes values (and an import reads them back).
namespace csvtext {
QString date(const QDate& d);
QString time(const QTime& t);
QString boolean(bool b);
QString number(int n);
QString optionalNumber(const std::optional<int>& n);
} // namespace csvtext

} // namespace jlgc
