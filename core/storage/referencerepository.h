#pragma once

#include "reference/jurisdiction.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace jlgc {

class Database;

struct MunicipalityFilter {
    QString text;           // kanji, kana, romaji, English or code; folded
    QString prefectureCode; // empty: all prefectures
    QString kind;           // empty: all kinds
};

// Read-only access to the shipped reference data.
class ReferenceRepository {
public:
    explicit ReferenceRepository(const Database& db) : m_db(db) {}

    QList<Prefecture> prefectures() const;
    // Prefectures whose names or codes match the text (folded like every search).
    QList<Prefecture> prefecturesMatching(const QString& text) const;
    std::optional<Prefecture> prefecture(const QString& code) const;
    QList<Municipality> municipalities(const MunicipalityFilter& filter = {}) const;
    std::optional<Municipality> municipality(const QString& code) const;
    QList<DesignatedWard> wards(const QString& cityCode) const;
    QList<Subdivision> subdivisions(const QString& country = {}) const;
    std::optional<Subdivision> subdivision(const QString& code) const;

    // Prefectures and municipalities whose names or codes match the text,
    // prefectures first, for pickers. An empty text matches all.
    QList<Jurisdiction> searchJurisdictions(const QString& text, int limit = 50) const;
    std::optional<Jurisdiction> jurisdiction(const QString& code) const;
    // Those of the codes that exist, by code, with two statements however
    // many (a list naming a place on each row).
    QHash<QString, Jurisdiction> jurisdictions(const QStringList& codes) const;

private:
    const Database& m_db;
};

} // namespace jlgc
