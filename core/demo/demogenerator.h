#pragma once

#include "storage/bulkinsert.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <functional>

namespace jlgc {

class Database;

// Fills a database with synthetic but realistic records built on the real
// reference data: people with names in both scripts (real common Japanese
// family and given names with their readings and romaji, North American
// names), organizations in Japan and North America, affiliations, CLAIR
// Fellowship cohorts since 1993 (about 20 fellows a year), delegations with
// members and itineraries, research topics with their logs and requests,
// JETAA chapters with funding, sister affiliations and events, in numbers
// proportionate to the people asked for. The same seed gives the same data.
// Everything is written in one transaction with prepared statements, then the
// search index is brought up to date.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options {
        int people = 1000;
        quint32 seed = 1993;
        // Add to a database that already holds records (otherwise refused).
        bool force = false;
        QDate today = QDate::currentDate();
    };

    DemoGenerator(Database& db, const Options& options);

    // Number of records of the kinds the user enters (people, cohorts,
    // delegations, …), reference data not counted.
    static qint64 userRecordCount(const Database& db);

    // Writes the records; throws StorageError (Kind::Validation with a clear
    // message) for a database that already holds records without force.
    // progress gets a short English line per stage.
    void run(const std::function<void(const QString&)>& progress = {});

    // Records written, by table, in the order written.
    const QList<QPair<QString, qint64>>& counts() const { return m_counts; }

private:
    void addOrganizations();
    void addPeople();
    void addStaff();
    void addFellowship();
    void addDelegations();
    void addResearch();
    void addJetaa();
    void addSisterAffiliations();
    void addEvents();
    // Rows of a table with created_at and updated_at after the columns,
    // written by insertStamped.
    BulkInsert stampedInsert(const QString& table, QStringList columns,
                             BulkInsert::OnConflict onConflict = BulkInsert::OnConflict::Fail);
    // Writes the row of the values set in q, created and updated now; false
    // when it was left out (BulkInsert::insert).
    bool insertStamped(BulkInsert& q);
    void count(const char* table, qint64 n) { m_counts << qMakePair(QLatin1String(table), n); }
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return pick(100) < percent; }
    QString isoDate(const QDate& d) const { return d.toString(Qt::ISODate); }
    qint64 japanesePerson() { return m_japanesePeople[pick(int(m_japanesePeople.size()))]; }
    qint64 westernPerson() { return m_westernPeople[pick(int(m_westernPeople.size()))]; }
    qint64 northAmericanOrg() { return m_naOrgs[pick(int(m_naOrgs.size()))].first; }

    Database& m_db;
    Options m_options;
    QRandomGenerator m_rng;
    QString m_now;
    QList<QPair<QString, qint64>> m_counts;

    struct Place {
        QString code; // municipality code
        QString prefecture;
        QString nameEn;
        QString nameJa;
        QString prefectureEn;
        QString prefectureJa;
        QString nameKana;
        QString kind; // city, town, village, special_ward
    };
    QList<Place> m_municipalities;
    QList<QPair<QString, QString>> m_prefectures; // code, name_ja
    QList<qint64> m_japanesePeople;
    QList<qint64> m_westernPeople;
    QList<qint64> m_japanOrgs;
    QList<QPair<qint64, QString>> m_naOrgs; // id, subdivision code
    QList<qint64> m_staff;
};

} // namespace jlgc
