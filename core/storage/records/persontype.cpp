// People: the list of a million, read from the search index in the order of
// their names as people read them.
#include "domain/personname.h"
#include "storage/personrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"

namespace jlgc::recordtypes {

namespace {

QString latin(const QVariantList& v, Language)
{
    const PersonName n = listformat::personNameOf(v);
    return n.hasLatin() ? n.formalLatin() : QString();
}

QString reading(const QVariantList& v, Language)
{
    return listformat::personNameOf(v).reading();
}

const QStringList NameColumns = listformat::personNameValues(QStringLiteral("r"));

// The organization the person works at now (else the latest), in the
// window's language, as the form's affiliations list them first.
const QString CurrentOrganization = QStringLiteral(
    "coalesce((SELECT CASE '{lang}' WHEN 'ja' THEN coalesce(nullif(o.name_ja, ''), o.name_en) "
    "ELSE coalesce(nullif(o.name_en, ''), o.name_ja) END FROM person_affiliation a JOIN "
    "organization o ON o.id = a.organization_id WHERE a.person_id = r.id ORDER BY "
    "(a.end_date IS NULL OR a.end_date >= date('now', 'localtime')) DESC, a.end_date IS NOT "
    "NULL, a.start_date DESC, a.id LIMIT 1), '')");

RecordType define()
{
    RecordType t =
        describedByColumns("people", QT_TRANSLATE_NOOP("RecordKinds", "People"),
                           QT_TRANSLATE_NOOP("RecordKinds", "person"), PersonRepository::columns());
    t.dashboardOpens = QStringLiteral("person");
    t.owned = {
        {QStringLiteral("person_affiliations"), QStringLiteral("person_affiliation"),
         QT_TRANSLATE_NOOP("RecordKinds", "People's affiliations"), QStringLiteral("person_id")},
    };
    t.indexed = true;
    t.searchSelect = QStringLiteral(
        "SELECT trim(coalesce(given_name,'') || ' ' || coalesce(family_name,'')), "
        "trim(coalesce(family_name_kanji,'') || ' ' || coalesce(given_name_kanji,'')), "
        "coalesce(title,''), coalesce(title,''), family_name, given_name, family_name_kanji, "
        "given_name_kanji, family_name_kana, given_name_kana, "
        "coalesce(family_name_kanji,'') || coalesce(given_name_kanji,''), email, title, notes "
        "FROM person WHERE id = :id");
    t.listColumns = {
        {QT_TRANSLATE_NOOP("Lists", "Name"), NameColumns, QStringLiteral("i.sort_{lang}"),
         &listformat::personName},
        {QT_TRANSLATE_NOOP("Lists", "Reading"), NameColumns, QStringLiteral("i.sort_ja"), &reading},
        {QT_TRANSLATE_NOOP("Lists", "Name in Latin letters"), NameColumns,
         QStringLiteral("lower(coalesce(r.family_name, '') || ' ' || coalesce(r.given_name, ''))"),
         &latin},
        {QT_TRANSLATE_NOOP("Lists", "Organization"), {CurrentOrganization}, {}, nullptr},
        {QT_TRANSLATE_NOOP("Lists", "Title"),
         {QStringLiteral("r.title")},
         QStringLiteral("lower(coalesce(r.title, ''))"),
         nullptr},
        {QT_TRANSLATE_NOOP("Lists", "Email"),
         {QStringLiteral("r.email")},
         QStringLiteral("lower(coalesce(r.email, ''))"),
         nullptr},
    };
    t.listFilters = {
        {QStringLiteral("organization"),
         QStringLiteral("r.id IN (SELECT person_id FROM person_affiliation WHERE "
                        "organization_id = :organization)")},
    };
    return t;
}

} // namespace

const RecordType& people()
{
    static const RecordType t = define();
    return t;
}

} // namespace jlgc::recordtypes
