#include "storage/fieldlabels.h"

#include "storage/records/recordtype.h"

#include <QHash>

namespace jlgc {

namespace {

struct Label {
    const char* table; // "" for a label every table shares
    const char* column;
    const char* text;
};

// The labels follow the forms' wording. A table's own entry wins over the
// shared one ("title" is a person's title but a fellow's title at the time).
const Label Labels[] = {
    // Shared by every table.
    {"", "notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes")},
    {"", "email", QT_TRANSLATE_NOOP("FieldLabels", "Email")},
    {"", "phone", QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
    {"", "website", QT_TRANSLATE_NOOP("FieldLabels", "Website")},
    {"", "address", QT_TRANSLATE_NOOP("FieldLabels", "Address")},
    {"", "city", QT_TRANSLATE_NOOP("FieldLabels", "City")},
    {"", "country", QT_TRANSLATE_NOOP("FieldLabels", "Country")},
    {"", "status", QT_TRANSLATE_NOOP("FieldLabels", "Status")},
    {"", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind")},
    {"", "type", QT_TRANSLATE_NOOP("FieldLabels", "Type")},
    {"", "title", QT_TRANSLATE_NOOP("FieldLabels", "Title")},
    {"", "name", QT_TRANSLATE_NOOP("FieldLabels", "Name")},
    {"", "name_en", QT_TRANSLATE_NOOP("FieldLabels", "Name (English)")},
    {"", "name_ja", QT_TRANSLATE_NOOP("FieldLabels", "Name (Japanese)")},
    {"", "short_name", QT_TRANSLATE_NOOP("FieldLabels", "Short name")},
    {"", "title_en", QT_TRANSLATE_NOOP("FieldLabels", "Title (English)")},
    {"", "title_ja", QT_TRANSLATE_NOOP("FieldLabels", "Title (Japanese)")},
    {"", "description", QT_TRANSLATE_NOOP("FieldLabels", "Description")},
    {"", "description_en", QT_TRANSLATE_NOOP("FieldLabels", "Description (English)")},
    {"", "description_ja", QT_TRANSLATE_NOOP("FieldLabels", "Description (Japanese)")},
    {"", "languages", QT_TRANSLATE_NOOP("FieldLabels", "Languages")},
    {"", "prefecture_code", QT_TRANSLATE_NOOP("FieldLabels", "Prefecture")},
    {"", "municipality_code", QT_TRANSLATE_NOOP("FieldLabels", "Municipality")},
    {"", "subdivision_code", QT_TRANSLATE_NOOP("FieldLabels", "State or province")},
    {"", "organization_id", QT_TRANSLATE_NOOP("FieldLabels", "Organization")},
    {"", "person_id", QT_TRANSLATE_NOOP("FieldLabels", "Person")},
    {"", "cohort_id", QT_TRANSLATE_NOOP("FieldLabels", "Cohort")},
    {"", "delegation_id", QT_TRANSLATE_NOOP("FieldLabels", "Delegation")},
    {"", "place", QT_TRANSLATE_NOOP("FieldLabels", "Place")},
    {"", "start_date", QT_TRANSLATE_NOOP("FieldLabels", "Start date")},
    {"", "end_date", QT_TRANSLATE_NOOP("FieldLabels", "End date")},
    {"", "start_time", QT_TRANSLATE_NOOP("FieldLabels", "Starts at")},
    {"", "end_time", QT_TRANSLATE_NOOP("FieldLabels", "Ends at")},
    {"", "fiscal_year", QT_TRANSLATE_NOOP("FieldLabels", "Fiscal year")},
    {"", "dietary_notes", QT_TRANSLATE_NOOP("FieldLabels", "Dietary needs")},
    {"", "follow_up_notes", QT_TRANSLATE_NOOP("FieldLabels", "Follow-up notes")},
    {"", "created_at", QT_TRANSLATE_NOOP("FieldLabels", "Created")},
    {"", "updated_at", QT_TRANSLATE_NOOP("FieldLabels", "Last changed")},
    {"", "row_version", QT_TRANSLATE_NOOP("FieldLabels", "Version")},

    // People (the other columns' labels are the shared ones).
    {"person", "family_name", QT_TRANSLATE_NOOP("FieldLabels", "Family name (Latin)")},
    {"person", "given_name", QT_TRANSLATE_NOOP("FieldLabels", "Given name (Latin)")},
    {"person", "family_name_kanji", QT_TRANSLATE_NOOP("FieldLabels", "Family name (kanji)")},
    {"person", "given_name_kanji", QT_TRANSLATE_NOOP("FieldLabels", "Given name (kanji)")},
    {"person", "family_name_kana", QT_TRANSLATE_NOOP("FieldLabels", "Family name (kana)")},
    {"person", "given_name_kana", QT_TRANSLATE_NOOP("FieldLabels", "Given name (kana)")},

    // Organizations.
    {"organization", "name_kana", QT_TRANSLATE_NOOP("FieldLabels", "Reading (kana)")},
    {"organization", "short_name", QT_TRANSLATE_NOOP("FieldLabels", "Abbreviation")},

    // Events: their description (storage/records/eventtype.cpp).

    // Fellowship cohorts.
    {"cohort", "year", QT_TRANSLATE_NOOP("FieldLabels", "Year")},
    {"cohort", "programme_start", QT_TRANSLATE_NOOP("FieldLabels", "Programme starts")},
    {"cohort", "programme_end", QT_TRANSLATE_NOOP("FieldLabels", "Programme ends")},
    {"cohort", "tokyo_start", QT_TRANSLATE_NOOP("FieldLabels", "Tokyo portion starts")},
    {"cohort", "tokyo_end", QT_TRANSLATE_NOOP("FieldLabels", "Tokyo portion ends")},
    {"cohort", "host_start", QT_TRANSLATE_NOOP("FieldLabels", "Host portion starts")},
    {"cohort", "host_end", QT_TRANSLATE_NOOP("FieldLabels", "Host portion ends")},
    {"cohort", "host_prefecture_code", QT_TRANSLATE_NOOP("FieldLabels", "Host prefecture")},
    {"cohort", "host_municipality_code", QT_TRANSLATE_NOOP("FieldLabels", "Host municipality")},
    {"cohort", "theme_en", QT_TRANSLATE_NOOP("FieldLabels", "Theme (English)")},
    {"cohort", "theme_ja", QT_TRANSLATE_NOOP("FieldLabels", "Theme (Japanese)")},

    // Fellows.
    {"fellow", "organization_id", QT_TRANSLATE_NOOP("FieldLabels", "Home government")},
    {"fellow", "title", QT_TRANSLATE_NOOP("FieldLabels", "Title at the time")},
    {"fellow", "arrival", QT_TRANSLATE_NOOP("FieldLabels", "Arrival")},
    {"fellow", "departure", QT_TRANSLATE_NOOP("FieldLabels", "Departure")},
    {"fellow", "medical_notes", QT_TRANSLATE_NOOP("FieldLabels", "Medical notes")},
    {"fellow", "emergency_contact_name", QT_TRANSLATE_NOOP("FieldLabels", "Emergency contact")},
    {"fellow", "emergency_contact_relation",
     QT_TRANSLATE_NOOP("FieldLabels", "Emergency contact's relation")},
    {"fellow", "emergency_contact_phone",
     QT_TRANSLATE_NOOP("FieldLabels", "Emergency contact's phone")},

    // Host families.
    {"host_family", "family_name_kanji", QT_TRANSLATE_NOOP("FieldLabels", "Family name (kanji)")},
    {"host_family", "family_name_kana", QT_TRANSLATE_NOOP("FieldLabels", "Family name (kana)")},
    {"host_family", "family_name_romaji", QT_TRANSLATE_NOOP("FieldLabels", "Family name (romaji)")},
    {"host_family", "address_ja", QT_TRANSLATE_NOOP("FieldLabels", "Address in Japanese")},
    {"host_family", "languages", QT_TRANSLATE_NOOP("FieldLabels", "Languages spoken")},
    {"host_family", "capacity", QT_TRANSLATE_NOOP("FieldLabels", "Room for (fellows)")},
    {"host_family", "smoking", QT_TRANSLATE_NOOP("FieldLabels", "Smoking")},
    {"host_family", "pets", QT_TRANSLATE_NOOP("FieldLabels", "Pets")},
    {"host_family", "accessibility", QT_TRANSLATE_NOOP("FieldLabels", "Accessibility")},
    {"host_family", "dietary_notes",
     QT_TRANSLATE_NOOP("FieldLabels", "Food the family can provide")},
    {"host_family", "availability_notes", QT_TRANSLATE_NOOP("FieldLabels", "Availability")},

    // Homestays and the fellowship itinerary.
    {"homestay_placement", "fellow_id", QT_TRANSLATE_NOOP("FieldLabels", "Fellow")},
    {"homestay_placement", "host_family_id", QT_TRANSLATE_NOOP("FieldLabels", "Host family")},
    {"homestay_placement", "first_night", QT_TRANSLATE_NOOP("FieldLabels", "First night")},
    {"homestay_placement", "last_night", QT_TRANSLATE_NOOP("FieldLabels", "Last night")},
    {"homestay_placement", "accepted_warnings",
     QT_TRANSLATE_NOOP("FieldLabels", "Accepted warnings")},
    {"fellowship_itinerary_item", "item_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"fellowship_itinerary_item", "host_organization_id",
     QT_TRANSLATE_NOOP("FieldLabels", "Host organization")},

    // Delegations.
    {"delegation", "organization_id", QT_TRANSLATE_NOOP("FieldLabels", "Sending organization")},
    {"delegation", "purpose_en", QT_TRANSLATE_NOOP("FieldLabels", "Purpose (English)")},
    {"delegation", "purpose_ja", QT_TRANSLATE_NOOP("FieldLabels", "Purpose (Japanese)")},
    {"delegation", "arrival_date", QT_TRANSLATE_NOOP("FieldLabels", "Arrival")},
    {"delegation", "departure_date", QT_TRANSLATE_NOOP("FieldLabels", "Departure")},
    {"delegation", "member_count", QT_TRANSLATE_NOOP("FieldLabels", "Members expected")},
    {"delegation", "staff_member_id", QT_TRANSLATE_NOOP("FieldLabels", "Staff in charge")},
    {"delegation", "gifts_given", QT_TRANSLATE_NOOP("FieldLabels", "Gifts given")},
    {"delegation", "gifts_received", QT_TRANSLATE_NOOP("FieldLabels", "Gifts received")},
    {"delegation", "forms_of_address", QT_TRANSLATE_NOOP("FieldLabels", "Forms of address")},
    {"delegation", "dietary_needs", QT_TRANSLATE_NOOP("FieldLabels", "Dietary needs")},
    {"delegation", "protocol_notes", QT_TRANSLATE_NOOP("FieldLabels", "Protocol notes")},
    {"delegation", "thank_you_sent_date",
     QT_TRANSLATE_NOOP("FieldLabels", "Thank-you letters sent")},
    {"delegation_itinerary_item", "item_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"delegation_itinerary_item", "uid", QT_TRANSLATE_NOOP("FieldLabels", "Calendar identity")},
    {"delegation_itinerary_item", "time_zone", QT_TRANSLATE_NOOP("FieldLabels", "Time zone")},
    {"delegation_itinerary_item", "place_en", QT_TRANSLATE_NOOP("FieldLabels", "Place (English)")},
    {"delegation_itinerary_item", "place_ja", QT_TRANSLATE_NOOP("FieldLabels", "Place (Japanese)")},
    {"delegation_itinerary_item", "contact_person_id", QT_TRANSLATE_NOOP("FieldLabels", "Contact")},
    {"delegation_itinerary_item", "topic_en", QT_TRANSLATE_NOOP("FieldLabels", "Topic (English)")},
    {"delegation_itinerary_item", "topic_ja", QT_TRANSLATE_NOOP("FieldLabels", "Topic (Japanese)")},
    {"delegation_itinerary_item", "transport_en",
     QT_TRANSLATE_NOOP("FieldLabels", "Transport (English)")},
    {"delegation_itinerary_item", "transport_ja",
     QT_TRANSLATE_NOOP("FieldLabels", "Transport (Japanese)")},
    {"delegation_itinerary_item", "notes_en", QT_TRANSLATE_NOOP("FieldLabels", "Notes (English)")},
    {"delegation_itinerary_item", "notes_ja", QT_TRANSLATE_NOOP("FieldLabels", "Notes (Japanese)")},
    {"delegation_itinerary_item", "parallel",
     QT_TRANSLATE_NOOP("FieldLabels", "At the same time as another")},

    // Research.
    {"research_request", "organization_id",
     QT_TRANSLATE_NOOP("FieldLabels", "Requesting organization")},
    {"research_request", "question_en", QT_TRANSLATE_NOOP("FieldLabels", "Question (English)")},
    {"research_request", "question_ja", QT_TRANSLATE_NOOP("FieldLabels", "Question (Japanese)")},
    {"research_request", "received_date", QT_TRANSLATE_NOOP("FieldLabels", "Received")},
    {"research_request", "due_date", QT_TRANSLATE_NOOP("FieldLabels", "Due")},
    {"research_request", "assigned_staff_id", QT_TRANSLATE_NOOP("FieldLabels", "Assigned to")},
    {"research_request", "answer_summary", QT_TRANSLATE_NOOP("FieldLabels", "Answer summary")},
    {"research_request", "answered_date", QT_TRANSLATE_NOOP("FieldLabels", "Answered on")},
    {"research_topic", "owner_staff_id", QT_TRANSLATE_NOOP("FieldLabels", "Official")},
    {"research_topic", "start_date", QT_TRANSLATE_NOOP("FieldLabels", "Started")},
    {"research_topic", "end_date", QT_TRANSLATE_NOOP("FieldLabels", "Finished")},
    {"research_log_entry", "topic_id", QT_TRANSLATE_NOOP("FieldLabels", "Research topic")},
    {"research_log_entry", "author_staff_id", QT_TRANSLATE_NOOP("FieldLabels", "Written by")},
    {"research_log_entry", "entry_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"research_log_entry", "outcome", QT_TRANSLATE_NOOP("FieldLabels", "Outcome")},

    // JETAA chapters and their funding.
    {"jetaa_chapter", "parent_id", QT_TRANSLATE_NOOP("FieldLabels", "Subchapter of")},
    {"jetaa_chapter", "founded_year", QT_TRANSLATE_NOOP("FieldLabels", "Year founded")},
    {"jetaa_chapter", "founded_month", QT_TRANSLATE_NOOP("FieldLabels", "Month founded")},
    {"jetaa_chapter", "founded_day", QT_TRANSLATE_NOOP("FieldLabels", "Day founded")},
    {"chapter_funding", "chapter_id", QT_TRANSLATE_NOOP("FieldLabels", "Chapter")},
    {"chapter_funding", "application_date", QT_TRANSLATE_NOOP("FieldLabels", "Applied on")},
    {"chapter_funding", "currency", QT_TRANSLATE_NOOP("FieldLabels", "Currency")},
    {"chapter_funding", "approved_amount", QT_TRANSLATE_NOOP("FieldLabels", "Amount approved")},
    {"chapter_funding", "approved_currency", QT_TRANSLATE_NOOP("FieldLabels", "Approved in")},
    {"chapter_funding", "budget_jpy", QT_TRANSLATE_NOOP("FieldLabels", "Budget (JPY)")},
    {"chapter_funding", "report_due", QT_TRANSLATE_NOOP("FieldLabels", "Report due")},
    {"chapter_funding", "report_received", QT_TRANSLATE_NOOP("FieldLabels", "Report received")},

    // Sister affiliations.
    {"sister_affiliation", "prefecture_code",
     QT_TRANSLATE_NOOP("FieldLabels", "Japanese prefecture")},
    {"sister_affiliation", "municipality_code",
     QT_TRANSLATE_NOOP("FieldLabels", "Japanese municipality")},
    {"sister_affiliation", "na_name", QT_TRANSLATE_NOOP("FieldLabels", "North American partner")},
    {"sister_affiliation", "na_key",
     QT_TRANSLATE_NOOP("FieldLabels", "North American partner (search form)")},
    {"sister_affiliation", "na_kind",
     QT_TRANSLATE_NOOP("FieldLabels", "Kind of North American partner")},
    {"sister_affiliation", "established_year",
     QT_TRANSLATE_NOOP("FieldLabels", "Year established")},
    {"sister_affiliation", "established_month",
     QT_TRANSLATE_NOOP("FieldLabels", "Month established")},
    {"sister_affiliation", "established_day", QT_TRANSLATE_NOOP("FieldLabels", "Day established")},

    // Staff.
    {"staff_member", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Post")},
    {"staff_member", "organization_id", QT_TRANSLATE_NOOP("FieldLabels", "Sending organization")},
    {"staff_member", "position_en", QT_TRANSLATE_NOOP("FieldLabels", "Position (English)")},
    {"staff_member", "position_ja", QT_TRANSLATE_NOOP("FieldLabels", "Position (Japanese)")},
    {"staff_member", "term_start", QT_TRANSLATE_NOOP("FieldLabels", "Term starts")},
    {"staff_member", "term_end", QT_TRANSLATE_NOOP("FieldLabels", "Term ends")},
};

QString key(const QString& table, const QString& column)
{
    return table + QLatin1Char('.') + column;
}

const QHash<QString, const char*>& index()
{
    static const QHash<QString, const char*> labels = [] {
        QHash<QString, const char*> h;
        for (const Label& l : Labels)
            h.insert(key(QLatin1String(l.table), QLatin1String(l.column)), l.text);
        return h;
    }();
    return labels;
}

// The labels of the table above (descriptions take theirs from here too:
// this must not ask RecordTypes, which may be being built).
const char* listed(const QString& table, const QString& column)
{
    const auto& labels = index();
    if (const auto it = labels.constFind(key(table, column)); it != labels.cend())
        return it.value();
    if (const auto it = labels.constFind(key(QString(), column)); it != labels.cend())
        return it.value();
    return nullptr;
}

const char* find(const QString& table, const QString& column)
{
    // A described kind's own label first (events and the simple kinds name
    // their fields in their description); the kinds described by their
    // repositories' columns have theirs in the table above.
    if (const RecordType* type = RecordTypes::forTable(table))
        if (const FieldSpec* f = type->field(column); f && f->label)
            return f->label;
    return listed(table, column);
}

} // namespace

QString FieldLabels::label(const QString& table, const QString& column)
{
    if (const char* text = find(table, column))
        return tr(text);
    return readable(column);
}

bool FieldLabels::has(const QString& table, const QString& column)
{
    return find(table, column) != nullptr;
}

const char* FieldLabels::source(const QString& table, const QString& column)
{
    return listed(table, column);
}

QString FieldLabels::readable(const QString& column)
{
    QString label = column;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace jlgc
