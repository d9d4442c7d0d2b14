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

private:
    Database& m_db;
};

} // namespace jlgc
