// Schema version 2: the CLAIR Fellowship Programme (cohorts, fellows and
// their status history, itineraries) and homestays (host families, their
// members, placements).
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/searchstore.h"

namespace jlgc {

namespace {

const char* const FellowshipSchema[] = {
    R"(CREATE TABLE cohort (
        id                     INTEGER PRIMARY KEY,
        year                   INTEGER NOT NULL UNIQUE CHECK (year >= 1993),
        programme_start        TEXT,
        programme_end          TEXT,
        tokyo_start            TEXT,
        tokyo_end              TEXT,
        host_start             TEXT,
        host_end               TEXT,
        host_prefecture_code   TEXT REFERENCES prefecture(code),
        host_municipality_code TEXT REFERENCES municipality(code),
        theme_en               TEXT,
        theme_ja               TEXT,
        notes                  TEXT,
        row_version            INTEGER NOT NULL DEFAULT 1,
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        CHECK ((programme_start IS NULL) = (programme_end IS NULL)),
        CHECK (programme_end IS NULL OR programme_end >= programme_start),
        CHECK (tokyo_end IS NULL OR tokyo_start IS NULL OR tokyo_end >= tokyo_start),
        CHECK (host_end IS NULL OR host_start IS NULL OR host_end >= host_start)))",
    R"(CREATE TABLE fellow (
        id                         INTEGER PRIMARY KEY,
        person_id                  INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        cohort_id                  INTEGER NOT NULL REFERENCES cohort(id) ON DELETE RESTRICT,
        organization_id            INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        subdivision_code           TEXT REFERENCES subdivision(code),
        title                      TEXT,               -- the title held at the time
        status                     TEXT NOT NULL DEFAULT 'nominated' CHECK (status IN
                                       ('nominated','applied','selected','confirmed',
                                        'attended','withdrawn')),
        arrival                    TEXT,
        departure                  TEXT,
        dietary_notes              TEXT,               -- sensitive
        medical_notes              TEXT,               -- sensitive
        emergency_contact_name     TEXT,               -- sensitive
        emergency_contact_relation TEXT,               -- sensitive
        emergency_contact_phone    TEXT,               -- sensitive
        follow_up_notes            TEXT,
        notes                      TEXT,
        row_version                INTEGER NOT NULL DEFAULT 1,
        created_at                 TEXT NOT NULL,
        updated_at                 TEXT NOT NULL,
        UNIQUE (cohort_id, person_id),
        CHECK (departure IS NULL OR arrival IS NULL OR departure >= arrival)))",
    "CREATE INDEX fellow_person ON fellow(person_id)",
    "CREATE INDEX fellow_organization ON fellow(organization_id)",
    "CREATE INDEX fellow_subdivision ON fellow(subdivision_code)",
    R"(CREATE TABLE fellow_status_change (
        id         INTEGER PRIMARY KEY,
        fellow_id  INTEGER NOT NULL REFERENCES fellow(id) ON DELETE CASCADE,
        status     TEXT NOT NULL CHECK (status IN ('nominated','applied','selected',
                       'confirmed','attended','withdrawn')),
        changed_on TEXT NOT NULL,
        note       TEXT))",
    "CREATE INDEX fellow_status_change_fellow ON fellow_status_change(fellow_id)",
    R"(CREATE TABLE fellowship_itinerary_item (
        id                   INTEGER PRIMARY KEY,
        cohort_id            INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        item_date            TEXT NOT NULL,
        start_time           TEXT,                     -- hours and minutes, 24-hour clock
        end_time             TEXT,
        place                TEXT,
        host_organization_id INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        description_en       TEXT,
        description_ja       TEXT,
        kind                 TEXT NOT NULL CHECK (kind IN ('meeting','site_visit','lecture',
                                 'cultural','travel','free')),
        notes                TEXT,
        row_version          INTEGER NOT NULL DEFAULT 1,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL,
        CHECK (end_time IS NULL OR start_time IS NULL OR end_time >= start_time)))",
    "CREATE INDEX fellowship_itinerary_item_cohort ON fellowship_itinerary_item(cohort_id, "
    "item_date)",
    "CREATE INDEX fellowship_itinerary_item_organization ON "
    "fellowship_itinerary_item(host_organization_id)",
    R"(CREATE TABLE host_family (
        id                 INTEGER PRIMARY KEY,
        family_name_kanji  TEXT,
        family_name_kana   TEXT,
        family_name_romaji TEXT,
        municipality_code  TEXT REFERENCES municipality(code),
        address_ja         TEXT,                       -- sensitive
        languages          TEXT,
        capacity           INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),
        smoking            INTEGER NOT NULL DEFAULT 0 CHECK (smoking IN (0, 1)),
        pets               TEXT,
        accessibility      TEXT,
        dietary_notes      TEXT,
        availability_notes TEXT,
        notes              TEXT,
        row_version        INTEGER NOT NULL DEFAULT 1,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        CHECK (coalesce(family_name_kanji, family_name_romaji) IS NOT NULL)))",
    "CREATE INDEX host_family_municipality ON host_family(municipality_code)",
    R"(CREATE TABLE host_family_member (
        id             INTEGER PRIMARY KEY,
        host_family_id INTEGER NOT NULL REFERENCES host_family(id) ON DELETE CASCADE,
        person_id      INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        name           TEXT,
        age            INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 130),
        role           TEXT,
        position       INTEGER NOT NULL DEFAULT 0,
        CHECK (person_id IS NOT NULL OR name IS NOT NULL)))",
    "CREATE INDEX host_family_member_family ON host_family_member(host_family_id)",
    "CREATE INDEX host_family_member_person ON host_family_member(person_id)",
    R"(CREATE TABLE homestay_placement (
        id                INTEGER PRIMARY KEY,
        fellow_id         INTEGER NOT NULL REFERENCES fellow(id) ON DELETE RESTRICT,
        host_family_id    INTEGER NOT NULL REFERENCES host_family(id) ON DELETE RESTRICT,
        first_night       TEXT NOT NULL,
        last_night        TEXT NOT NULL,
        accepted_warnings TEXT,                        -- codes, comma separated
        notes             TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (last_night >= first_night)))",
    "CREATE INDEX homestay_placement_fellow ON homestay_placement(fellow_id)",
    "CREATE INDEX homestay_placement_family ON homestay_placement(host_family_id)",
};

} // namespace

void migrateFellowship(Database& db)
{
    for (const char* sql : FellowshipSchema)
        Query(db, QString::fromUtf8(sql)).exec();
    // Cohorts and host families are found by global search.
    SearchStore::install(db);
}

} // namespace jlgc
