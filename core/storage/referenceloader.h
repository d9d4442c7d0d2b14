#pragma once

#include <QCoreApplication>
#include <QString>

namespace jlgc {

class Database;

// Loads the reference data shipped in the application's resources
// (resources/refdata, see SOURCES.md there) into a new database.
class ReferenceLoader {
    Q_DECLARE_TR_FUNCTIONS(ReferenceLoader)
public:
    explicit ReferenceLoader(Database& db) : m_db(db) {}

    void loadAll();

    void loadPrefectures();
    void loadMunicipalities();
    void loadDesignatedWards();
    void loadSubdivisions();
    void loadPartnerOrganizations();

    // The folded names a reference row is found by (search_text): each name
    // as normalizeForSearch() folds it and with its romanization folded
    // (romanizationKey), joined by |.
    static QString prefectureSearchText(const QString& nameJa, const QString& kana,
                                        const QString& nameEn, const QString& code,
                                        const QString& code6);
    static QString municipalitySearchText(const QString& nameJa, const QString& prefectureJa,
                                          const QString& kana, const QString& romaji,
                                          const QString& nameEn, const QString& code);
    static QString wardSearchText(const QString& cityJa, const QString& wardJa, const QString& kana,
                                  const QString& nameEn, const QString& code);
    // Computes search_text again for every row (after the folding changed).
    void refreshSearchText();

private:
    Database& m_db;
};

} // namespace jlgc
