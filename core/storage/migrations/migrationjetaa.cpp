// Schema step of issue 5: JETAA chapters and their officers and CLAIR
// funding, sister-city and sister-state affiliations, and the office's events.
// (Numbered 2 on the jetaa branch; it becomes version 4 when merged.)
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/searchstore.h"

namespace jlgc {

namespace {

const char* const JetaaSchema[] = {
    // Chapters. A subchapter points at its chapter; a chapter with subchapters
    // cannot be removed (RESTRICT), and the repository refuses cycles.
    R"(CREATE TABLE jetaa_chapter (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
        short_name       TEXT,
        country          TEXT NOT NULL CHECK (country IN ('US','CA')),
        city             TEXT,
        subdivision_code TEXT REFERENCES subdivision(code),
        parent_id        INTEGER REFERENCES jetaa_chapter(id) ON DELETE RESTRICT,
        status           TEXT NOT NULL DEFAULT 'active'
                         CHECK (status IN ('active','in_development','inactive')),
        founded_year     INTEGER,
        founded_month    INTEGER CHECK (founded_month BETWEEN 1 AND 12),
        founded_day      INTEGER CHECK (founded_day BETWEEN 1 AND 31),
        website          TEXT,
        email            TEXT,
        notes            TEXT,
        row_version      INTEGER NOT NULL DEFAULT 1,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK (parent_id IS NULL OR parent_id <> id),
        CHECK (subdivision_code IS NULL OR substr(subdivision_code, 1, 2) = country),
        CHECK (founded_month IS NULL OR founded_year IS NOT NULL),
        CHECK (founded_day IS NULL OR founded_month IS NOT NULL)))",
    "CREATE INDEX jetaa_chapter_parent ON jetaa_chapter(parent_id)",
    R"(CREATE TABLE jetaa_membership (
        id           INTEGER PRIMARY KEY,
        chapter_id   INTEGER NOT NULL REFERENCES jetaa_chapter(id) ON DELETE CASCADE,
        fiscal_year  INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1987 AND 2200),
        member_count INTEGER NOT NULL CHECK (member_count >= 0),
        UNIQUE (chapter_id, fiscal_year)))",
    R"(CREATE TABLE jetaa_officer (
        id           INTEGER PRIMARY KEY,
        chapter_id   INTEGER NOT NULL REFERENCES jetaa_chapter(id) ON DELETE CASCADE,
        person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        office       TEXT NOT NULL CHECK (office IN ('president','vice_president','treasurer',
                         'secretary','other')),
        office_title TEXT,
        term_start   TEXT,
        term_end     TEXT,
        CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)))",
    "CREATE INDEX jetaa_officer_chapter ON jetaa_officer(chapter_id)",
    "CREATE INDEX jetaa_officer_person ON jetaa_officer(person_id)",

    // CLAIR funding: one record per chapter and Japanese fiscal year. Money in
    // minor units (cents), yen as whole yen. Funding history outlives nothing:
    // a chapter with funding cannot be removed (RESTRICT).
    R"(CREATE TABLE chapter_funding (
        id                INTEGER PRIMARY KEY,
        chapter_id        INTEGER NOT NULL REFERENCES jetaa_chapter(id) ON DELETE RESTRICT,
        fiscal_year       INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1987 AND 2200),
        application_date  TEXT,
        currency          TEXT NOT NULL CHECK (currency IN ('USD','CAD')),
        approved_amount   INTEGER CHECK (approved_amount >= 0),
        approved_currency TEXT CHECK (approved_currency IN ('USD','CAD')),
        budget_jpy        INTEGER CHECK (budget_jpy >= 0),
        report_due        TEXT,
        report_received   TEXT,
        status            TEXT NOT NULL CHECK (status IN ('applied','approved','disbursed',
                              'reported','closed')),
        notes             TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        UNIQUE (chapter_id, fiscal_year)))",
    "CREATE INDEX chapter_funding_year ON chapter_funding(fiscal_year)",
    R"(CREATE TABLE funding_line (
        id         INTEGER PRIMARY KEY,
        funding_id INTEGER NOT NULL REFERENCES chapter_funding(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        purpose    TEXT NOT NULL,
        amount     INTEGER NOT NULL CHECK (amount >= 0)))",
    "CREATE INDEX funding_line_funding ON funding_line(funding_id)",
    R"(CREATE TABLE funding_disbursement (
        id         INTEGER PRIMARY KEY,
        funding_id INTEGER NOT NULL REFERENCES chapter_funding(id) ON DELETE CASCADE,
        paid_on    TEXT NOT NULL,
        amount     INTEGER NOT NULL CHECK (amount > 0),
        reference  TEXT))",
    "CREATE INDEX funding_disbursement_funding ON funding_disbursement(funding_id)",
    R"(CREATE TABLE funding_override (
        id          INTEGER PRIMARY KEY,
        funding_id  INTEGER NOT NULL REFERENCES chapter_funding(id) ON DELETE CASCADE,
        approved_by TEXT NOT NULL CHECK (length(trim(approved_by)) > 0),
        approved_at TEXT NOT NULL,
        reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        covers      INTEGER NOT NULL CHECK (covers > 0)))",
    "CREATE INDEX funding_override_funding ON funding_override(funding_id)",

    // Affiliations. prefecture_code is always set (the side itself, or the
    // municipality's prefecture) so that "every tie of 茨城県" is one lookup.
    R"(CREATE TABLE sister_affiliation (
        id                INTEGER PRIMARY KEY,
        prefecture_code   TEXT NOT NULL REFERENCES prefecture(code),
        municipality_code TEXT REFERENCES municipality(code),
        na_name           TEXT NOT NULL CHECK (length(trim(na_name)) > 0),
        na_key            TEXT NOT NULL,   -- normalizeForSearch(na_name)
        na_kind           TEXT NOT NULL CHECK (na_kind IN ('city','county','state','province')),
        subdivision_code  TEXT NOT NULL REFERENCES subdivision(code),
        country           TEXT NOT NULL CHECK (country IN ('US','CA')),
        type              TEXT NOT NULL CHECK (type IN ('sister_city','sister_state',
                              'friendship')),
        established_year  INTEGER,
        established_month INTEGER CHECK (established_month BETWEEN 1 AND 12),
        established_day   INTEGER CHECK (established_day BETWEEN 1 AND 31),
        status            TEXT NOT NULL CHECK (status IN ('active','inactive','ended')),
        notes             TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (substr(subdivision_code, 1, 2) = country),
        CHECK (established_month IS NULL OR established_year IS NOT NULL),
        CHECK (established_day IS NULL OR established_month IS NOT NULL)))",
    "CREATE INDEX sister_affiliation_prefecture ON sister_affiliation(prefecture_code)",
    "CREATE INDEX sister_affiliation_subdivision ON sister_affiliation(subdivision_code)",
    // The duplicate-pair rule, also held by the schema: one active tie per pair.
    R"(CREATE UNIQUE INDEX sister_affiliation_active_pair ON sister_affiliation(
        coalesce(municipality_code, prefecture_code), na_kind, na_key, subdivision_code)
        WHERE status = 'active')",
    R"(CREATE TABLE sister_affiliation_contact (
        id             INTEGER PRIMARY KEY,
        affiliation_id INTEGER NOT NULL REFERENCES sister_affiliation(id) ON DELETE CASCADE,
        person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        side           TEXT NOT NULL CHECK (side IN ('japan','north_america')),
        role           TEXT,
        UNIQUE (affiliation_id, person_id, side)))",
    "CREATE INDEX sister_affiliation_contact_person ON sister_affiliation_contact(person_id)",
    R"(CREATE TABLE sister_affiliation_activity (
        id             INTEGER PRIMARY KEY,
        affiliation_id INTEGER NOT NULL REFERENCES sister_affiliation(id) ON DELETE CASCADE,
        happened_on    TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('visit','exchange','anniversary','event',
                           'correspondence','other')),
        description    TEXT NOT NULL))",
    "CREATE INDEX sister_affiliation_activity_affiliation ON "
    "sister_affiliation_activity(affiliation_id)",

    // Events.
    R"(CREATE TABLE office_event (
        id          INTEGER PRIMARY KEY,
        title_en    TEXT,
        title_ja    TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('japan_day','fair','jet_info_session',
                        'reception','seminar','other')),
        event_date  TEXT NOT NULL,
        start_time  TEXT,
        end_date    TEXT,
        end_time    TEXT,
        place       TEXT,
        attendance  INTEGER CHECK (attendance >= 0),
        notes       TEXT,
        row_version INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK (coalesce(title_en, title_ja) IS NOT NULL),
        CHECK (end_date IS NULL OR end_date >= event_date)))",
    "CREATE INDEX office_event_date ON office_event(event_date, start_time)",
    R"(CREATE TABLE office_event_organization (
        id              INTEGER PRIMARY KEY,
        event_id        INTEGER NOT NULL REFERENCES office_event(id) ON DELETE CASCADE,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        role            TEXT,
        UNIQUE (event_id, organization_id)))",
    "CREATE INDEX office_event_organization_org ON office_event_organization(organization_id)",
    R"(CREATE TABLE office_event_attendee (
        id        INTEGER PRIMARY KEY,
        event_id  INTEGER NOT NULL REFERENCES office_event(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        role      TEXT,
        UNIQUE (event_id, person_id)))",
    "CREATE INDEX office_event_attendee_person ON office_event_attendee(person_id)",
};

} // namespace

void migrateJetaa(Database& db)
{
    for (const char* sql : JetaaSchema)
        Query(db, QString::fromUtf8(sql)).exec();
    // Chapters, affiliations and events are found by global search.
    SearchStore::install(db);
}

} // namespace jlgc
