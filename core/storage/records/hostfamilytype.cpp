// Host families of the CLAIR Fellowship. The repository keeps its own SQL;
// the description gives the list and the labels.
#include "domain/hostfamily.h"
#include "storage/hostfamilyrepository.h"
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"

namespace jlgc {

namespace {

// "Suzuki family", 鈴木家; values: kanji, romaji.
QString family(const QVariantList& v, Language language)
{
    HostFamily f;
    f.familyNameKanji = v.value(0).toString();
    f.familyNameRomaji = v.value(1).toString();
    return f.display(language);
}

// 鈴木 すずき Suzuki; values: kanji, kana, romaji.
QString names(const QVariantList& v, Language)
{
    return QStringList{v.value(0).toString(), v.value(1).toString(), v.value(2).toString()}
        .join(QStringLiteral("  "))
        .simplified();
}

// The municipality in the window's language; values: English, Japanese.
QString municipality(const QVariantList& v, Language language)
{
    return (language == Language::Japanese ? v.value(1) : v.value(0)).toString();
}

RecordType define()
{
    RecordType t =
        describedByColumns("host_families", QT_TRANSLATE_NOOP("RecordKinds", "Host families"),
                           QT_TRANSLATE_NOOP("RecordKinds", "host family"),
                           HostFamilyRepository::columns(), {QStringLiteral("address_ja")});
    t.dashboardOpens = QStringLiteral("host_family");
    t.searchSelect = QStringLiteral(
        "SELECT coalesce(h.family_name_romaji, h.family_name_kanji) || ' family', "
        "coalesce(h.family_name_kanji, h.family_name_romaji) || '家', "
        "coalesce(m.name_en || ', ' || p.name_en, ''), coalesce(p.name_ja || m.name_ja, ''), "
        "h.family_name_kanji, h.family_name_kana, h.family_name_romaji, h.notes, m.name_ja, "
        "m.name_kana, m.name_romaji, m.name_en, p.name_ja, p.name_en FROM host_family h "
        "LEFT JOIN municipality m ON m.code = h.municipality_code LEFT JOIN prefecture p ON "
        "p.code = m.prefecture_code WHERE h.id = :id");
    t.owned = {
        {QStringLiteral("host_family_members"), QStringLiteral("host_family_member"),
         QT_TRANSLATE_NOOP("RecordKinds", "Host family members"), QStringLiteral("host_family_id")},
    };
    t.joins = QStringLiteral("LEFT JOIN municipality m ON m.code = r.municipality_code");
    const QString hosted = QStringLiteral(
        "(SELECT count(*) FROM homestay_placement hp WHERE hp.host_family_id = r.id)");
    t.listColumns = {
        // By the reading in Japanese, else by the romanized name (as
        // HostFamily::sortKey).
        {QT_TRANSLATE_NOOP("Lists", "Family"),
         {QStringLiteral("r.family_name_kanji"), QStringLiteral("r.family_name_romaji")},
         QStringLiteral("CASE WHEN '{lang}' = 'ja' AND coalesce(r.family_name_kana, '') <> '' "
                        "THEN r.family_name_kana WHEN coalesce(r.family_name_romaji, '') <> '' "
                        "THEN lower(r.family_name_romaji) ELSE coalesce(nullif("
                        "r.family_name_kana, ''), r.family_name_kanji, '') END"),
         &family},
        {QT_TRANSLATE_NOOP("Lists", "Name in kanji, kana, romaji"),
         {QStringLiteral("r.family_name_kanji"), QStringLiteral("r.family_name_kana"),
          QStringLiteral("r.family_name_romaji")},
         {},
         &names},
        {QT_TRANSLATE_NOOP("Lists", "Municipality"),
         {QStringLiteral("m.name_en"), QStringLiteral("m.name_ja")},
         QStringLiteral("coalesce(CASE WHEN '{lang}' = 'ja' THEN m.name_ja ELSE m.name_en END, "
                        "'')"),
         &municipality},
        {QT_TRANSLATE_NOOP("Lists", "Room for"),
         {QStringLiteral("r.capacity")},
         {},
         &listformat::integer,
         true},
        {QT_TRANSLATE_NOOP("Lists", "Languages"),
         {QStringLiteral("coalesce(r.languages, '')")},
         {},
         nullptr},
        {QT_TRANSLATE_NOOP("Lists", "Homestays"), {hosted}, {}, &listformat::integer, true},
    };
    return t;
}

} // namespace

const RecordType& hostFamiliesType()
{
    static const RecordType t = define();
    return t;
}

} // namespace jlgc
