// Schema step: delegations and their itineraries, the office's staff, research
// requests, and the dispatched officials' research topics and logs.
// People and organizations are referenced with ON DELETE RESTRICT, so that
// removing a person still named here is refused and the user is told where;
// the parts a record owns (members, itinerary, sources, log entries) go with it.
// (No colon before a letter anywhere in this SQL, comments included: Qt would
// take it for a placeholder.)
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/searchstore.h"

namespace jlgc {

namespace {

const char* const DelegationsSchema[] = {
    // A Japanese government is named by exactly one of prefecture_code,
    // municipality_code and organization_id (here and below).
    R"(CREATE TABLE staff_member (
        id                INTEGER PRIMARY KEY,
        person_id         INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        kind              TEXT NOT NULL CHECK (kind IN ('dispatched','local')),
        prefecture_code   TEXT REFERENCES prefecture(code),
        municipality_code TEXT REFERENCES municipality(code),
        organization_id   INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        position_en       TEXT,
        position_ja       TEXT,
        term_start        TEXT,
        term_end          TEXT,
        notes             TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (term_end IS NULL OR term_start IS NULL OR term_end > term_start),
        CHECK (kind <> 'dispatched' OR (term_start IS NOT NULL AND
               (prefecture_code IS NOT NULL) + (municipality_code IS NOT NULL) +
               (organization_id IS NOT NULL) = 1)),
        CHECK (kind <> 'local' OR coalesce(prefecture_code, municipality_code,
               organization_id) IS NULL)))",
    "CREATE INDEX staff_member_person ON staff_member(person_id)",

    R"(CREATE TABLE delegation (
        id                  INTEGER PRIMARY KEY,
        name_en             TEXT,
        name_ja             TEXT,
        prefecture_code     TEXT REFERENCES prefecture(code),
        municipality_code   TEXT REFERENCES municipality(code),
        organization_id     INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        purpose_en          TEXT,
        purpose_ja          TEXT,
        arrival_date        TEXT,
        departure_date      TEXT,
        status              TEXT NOT NULL CHECK (status IN ('inquiry','planning','confirmed',
                                'completed','cancelled')),
        member_count        INTEGER CHECK (member_count IS NULL OR member_count >= 0),
        staff_member_id     INTEGER REFERENCES staff_member(id) ON DELETE RESTRICT,
        gifts_given         TEXT,
        gifts_received      TEXT,
        forms_of_address    TEXT,
        dietary_needs       TEXT,                -- personal data, kept out of calendars
        protocol_notes      TEXT,
        thank_you_sent_date TEXT,
        follow_up_notes     TEXT,
        row_version         INTEGER NOT NULL DEFAULT 1,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        CHECK (coalesce(name_en, name_ja) IS NOT NULL),
        CHECK (((prefecture_code IS NOT NULL) + (municipality_code IS NOT NULL) +
               (organization_id IS NOT NULL)) = 1),
        CHECK (departure_date IS NULL OR arrival_date IS NULL OR departure_date >= arrival_date)))",
    "CREATE INDEX delegation_arrival ON delegation(arrival_date)",
    "CREATE INDEX delegation_prefecture ON delegation(prefecture_code)",
    "CREATE INDEX delegation_municipality ON delegation(municipality_code)",
    "CREATE INDEX delegation_staff ON delegation(staff_member_id)",

    R"(CREATE TABLE delegation_member (
        id            INTEGER PRIMARY KEY,
        delegation_id INTEGER NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
        person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        role          TEXT NOT NULL CHECK (role IN ('leader','deputy_leader','member',
                          'secretariat','other')),
        title_en      TEXT,
        title_ja      TEXT,
        position      INTEGER NOT NULL DEFAULT 0,
        UNIQUE (delegation_id, person_id)))",
    "CREATE INDEX delegation_member_person ON delegation_member(person_id)",
    R"(CREATE TABLE delegation_interpreter (
        id            INTEGER PRIMARY KEY,
        delegation_id INTEGER NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
        person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        note          TEXT,
        position      INTEGER NOT NULL DEFAULT 0,
        UNIQUE (delegation_id, person_id)))",
    "CREATE INDEX delegation_interpreter_person ON delegation_interpreter(person_id)",

    R"(CREATE TABLE delegation_itinerary_item (
        id                INTEGER PRIMARY KEY,
        uid               TEXT NOT NULL UNIQUE,   -- calendar identity, never changes
        delegation_id     INTEGER NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
        item_date         TEXT NOT NULL,
        start_time        TEXT,                   -- hours and minutes, local to time_zone
        end_time          TEXT,
        time_zone         TEXT NOT NULL DEFAULT 'America/New_York',
        place_en          TEXT,
        place_ja          TEXT,
        address           TEXT,
        organization_id   INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        contact_person_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        topic_en          TEXT,
        topic_ja          TEXT,
        transport_en      TEXT,
        transport_ja      TEXT,
        notes_en          TEXT,
        notes_ja          TEXT,
        parallel          INTEGER NOT NULL DEFAULT 0 CHECK (parallel IN (0, 1)),
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (end_time IS NULL OR start_time IS NOT NULL),
        CHECK (end_time IS NULL OR end_time > start_time)))",
    "CREATE INDEX delegation_itinerary_item_delegation ON delegation_itinerary_item(delegation_id, "
    "item_date)",
    "CREATE INDEX delegation_itinerary_item_organization ON "
    "delegation_itinerary_item(organization_id)",
    "CREATE INDEX delegation_itinerary_item_contact ON "
    "delegation_itinerary_item(contact_person_id)",

    R"(CREATE TABLE research_request (
        id                INTEGER PRIMARY KEY,
        prefecture_code   TEXT REFERENCES prefecture(code),
        municipality_code TEXT REFERENCES municipality(code),
        organization_id   INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        question_ja       TEXT,
        question_en       TEXT,
        received_date     TEXT NOT NULL,
        due_date          TEXT,
        assigned_staff_id INTEGER REFERENCES staff_member(id) ON DELETE RESTRICT,
        status            TEXT NOT NULL CHECK (status IN ('received','in_progress','answered',
                              'closed')),
        answer_summary    TEXT,
        answered_date     TEXT,
        row_version       INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (coalesce(question_ja, question_en) IS NOT NULL),
        CHECK (((prefecture_code IS NOT NULL) + (municipality_code IS NOT NULL) +
               (organization_id IS NOT NULL)) = 1),
        CHECK (due_date IS NULL OR due_date >= received_date),
        CHECK (answered_date IS NULL OR answered_date >= received_date)))",
    "CREATE INDEX research_request_due ON research_request(status, due_date)",
    "CREATE INDEX research_request_assigned ON research_request(assigned_staff_id)",
    R"(CREATE TABLE research_request_source (
        id              INTEGER PRIMARY KEY,
        request_id      INTEGER NOT NULL REFERENCES research_request(id) ON DELETE CASCADE,
        kind            TEXT NOT NULL CHECK (kind IN ('organization','person','link')),
        organization_id INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
        person_id       INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        url             TEXT,
        note            TEXT,
        position        INTEGER NOT NULL DEFAULT 0,
        CHECK ((kind = 'organization') = (organization_id IS NOT NULL)),
        CHECK ((kind = 'person') = (person_id IS NOT NULL)),
        CHECK ((kind = 'link') = (url IS NOT NULL))))",
    "CREATE INDEX research_request_source_request ON research_request_source(request_id)",
    "CREATE INDEX research_request_source_organization ON "
    "research_request_source(organization_id)",
    "CREATE INDEX research_request_source_person ON research_request_source(person_id)",

    R"(CREATE TABLE research_topic (
        id             INTEGER PRIMARY KEY,
        owner_staff_id INTEGER NOT NULL REFERENCES staff_member(id) ON DELETE RESTRICT,
        title_en       TEXT,
        title_ja       TEXT,
        description    TEXT,
        status         TEXT NOT NULL CHECK (status IN ('planned','active','paused','completed')),
        start_date     TEXT,
        end_date       TEXT,
        row_version    INTEGER NOT NULL DEFAULT 1,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK (coalesce(title_en, title_ja) IS NOT NULL),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)))",
    "CREATE INDEX research_topic_owner ON research_topic(owner_staff_id, status)",
    R"(CREATE TABLE research_topic_tag (
        id       INTEGER PRIMARY KEY,
        topic_id INTEGER NOT NULL REFERENCES research_topic(id) ON DELETE CASCADE,
        tag      TEXT NOT NULL,
        UNIQUE (topic_id, tag)))",
    "CREATE INDEX research_topic_tag_tag ON research_topic_tag(tag)",
    R"(CREATE TABLE research_deliverable (
        id             INTEGER PRIMARY KEY,
        topic_id       INTEGER NOT NULL REFERENCES research_topic(id) ON DELETE CASCADE,
        title_en       TEXT,
        title_ja       TEXT,
        published_date TEXT,
        link           TEXT,
        position       INTEGER NOT NULL DEFAULT 0,
        CHECK (coalesce(title_en, title_ja) IS NOT NULL)))",
    "CREATE INDEX research_deliverable_topic ON research_deliverable(topic_id)",
    R"(CREATE TABLE research_log_entry (
        id              INTEGER PRIMARY KEY,
        topic_id        INTEGER NOT NULL REFERENCES research_topic(id) ON DELETE CASCADE,
        author_staff_id INTEGER REFERENCES staff_member(id) ON DELETE RESTRICT,
        entry_date      TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('interview','site_visit','conference',
                            'reading','writing')),
        notes           TEXT,
        outcome         TEXT,
        row_version     INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        CHECK (coalesce(notes, outcome) IS NOT NULL)))",
    "CREATE INDEX research_log_entry_topic ON research_log_entry(topic_id, entry_date)",
    "CREATE INDEX research_log_entry_author ON research_log_entry(author_staff_id)",
    R"(CREATE TABLE research_log_organization (
        id              INTEGER PRIMARY KEY,
        entry_id        INTEGER NOT NULL REFERENCES research_log_entry(id) ON DELETE CASCADE,
        organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        UNIQUE (entry_id, organization_id)))",
    "CREATE INDEX research_log_organization_org ON research_log_organization(organization_id)",
    R"(CREATE TABLE research_log_person (
        id        INTEGER PRIMARY KEY,
        entry_id  INTEGER NOT NULL REFERENCES research_log_entry(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        UNIQUE (entry_id, person_id)))",
    "CREATE INDEX research_log_person_person ON research_log_person(person_id)",
};

} // namespace

void migrateDelegations(Database& db)
{
    for (const char* sql : DelegationsSchema)
        Query(db, QString::fromUtf8(sql)).exec();
    // Delegations, research requests and topics are found by global search.
    SearchStore::install(db);
}

} // namespace jlgc
