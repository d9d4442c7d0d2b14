// Schema version 1: the reference data the application ships, and the
// organizations and people every later module points at.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/referenceloader.h"

namespace jlgc {

namespace {

const char* const FoundationSchema[] = {
    R"(CREATE TABLE prefecture (
        code        TEXT PRIMARY KEY,          -- 2 digits, JIS X 0401
        code6       TEXT NOT NULL UNIQUE,      -- 6-digit local government code
        name_ja     TEXT NOT NULL,
        name_kana   TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        iso3166_2   TEXT NOT NULL,
        capital_ja  TEXT,
        search_text TEXT NOT NULL))",
    R"(CREATE TABLE municipality (
        code            TEXT PRIMARY KEY,      -- 6 digits with check digit
        prefecture_code TEXT NOT NULL REFERENCES prefecture(code),
        name_ja         TEXT NOT NULL,
        name_kana       TEXT NOT NULL,
        name_romaji     TEXT,
        name_en         TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('city','town','village','special_ward')),
        search_text     TEXT NOT NULL))",
    "CREATE INDEX municipality_prefecture ON municipality(prefecture_code)",
    R"(CREATE TABLE designated_ward (
        code        TEXT PRIMARY KEY,
        city_code   TEXT NOT NULL REFERENCES municipality(code),
        name_ja     TEXT NOT NULL,
        name_kana   TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        search_text TEXT NOT NULL))",
    "CREATE INDEX designated_ward_city ON designated_ward(city_code)",
    R"(CREATE TABLE subdivision (
        code        TEXT PRIMARY KEY,          -- ISO 3166-2, e.g. US-OH, CA-QC
        country     TEXT NOT NULL CHECK (country IN ('US','CA')),
        postal_abbr TEXT,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL))",
    R"(CREATE TABLE organization (
        id                INTEGER PRIMARY KEY,
        name_en           TEXT,
        name_ja           TEXT,
        name_kana         TEXT,
        short_name        TEXT,
        kind              TEXT NOT NULL CHECK (kind IN ('association','state_government',
                              'local_government','japanese_government','consulate','other')),
        country           TEXT,
        subdivision_code  TEXT REFERENCES subdivision(code),
        prefecture_code   TEXT REFERENCES prefecture(code),
        municipality_code TEXT REFERENCES municipality(code),
        city              TEXT,
        address           TEXT,
        website           TEXT,
        email             TEXT,
        phone             TEXT,
        notes             TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (coalesce(name_en, name_ja) IS NOT NULL)))",
    "CREATE INDEX organization_kind ON organization(kind)",
    R"(CREATE TABLE person (
        id                INTEGER PRIMARY KEY,
        family_name       TEXT,                -- Latin letters
        given_name        TEXT,
        family_name_kanji TEXT,
        given_name_kanji  TEXT,
        family_name_kana  TEXT,
        given_name_kana   TEXT,
        title             TEXT,
        email             TEXT,
        phone             TEXT,
        languages         TEXT,
        notes             TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (coalesce(family_name, given_name, family_name_kanji, given_name_kanji)
               IS NOT NULL)))",
    R"(CREATE TABLE person_affiliation (
        id              INTEGER PRIMARY KEY,
        person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        role            TEXT,
        start_date      TEXT,
        end_date        TEXT,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)))",
    "CREATE INDEX person_affiliation_person ON person_affiliation(person_id)",
    "CREATE INDEX person_affiliation_organization ON person_affiliation(organization_id)",
};

} // namespace

void migrateFoundation(Database& db)
{
    for (const char* sql : FoundationSchema)
        Query(db, QString::fromUtf8(sql)).exec();
    ReferenceLoader(db).loadAll();
}

} // namespace jlgc
