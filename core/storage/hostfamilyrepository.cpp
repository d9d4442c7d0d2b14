#include "storage/hostfamilyrepository.h"

#include "domain/homestayrules.h"
#include "search/textnormalizer.h"
#include "storage/database.h"
#include "storage/homestayrepository.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"

#include <QHash>

namespace jlgc {

namespace {

const char* const Select =
    "SELECT h.id, coalesce(h.family_name_kanji,''), coalesce(h.family_name_kana,''), "
    "coalesce(h.family_name_romaji,''), coalesce(h.municipality_code,''), "
    "coalesce(h.address_ja,''), coalesce(h.languages,''), h.capacity, h.smoking, "
    "coalesce(h.pets,''), coalesce(h.accessibility,''), coalesce(h.dietary_notes,''), "
    "coalesce(h.availability_notes,''), coalesce(h.notes,''), h.row_version, h.created_at, "
    "h.updated_at, coalesce(m.name_ja,''), coalesce(m.name_en,''), "
    "coalesce(m.prefecture_code,'') FROM host_family h "
    "LEFT JOIN municipality m ON m.code = h.municipality_code ";

HostFamily fromRow(const Query& q)
{
    HostFamily f;
    f.id = q.id(0);
    f.familyNameKanji = q.text(1);
    f.familyNameKana = q.text(2);
    f.familyNameRomaji = q.text(3);
    f.municipalityCode = q.text(4);
    f.addressJa = q.text(5);
    f.languages = q.text(6);
    f.capacity = q.value(7).toInt();
    f.smoking = q.value(8).toInt() != 0;
    f.pets = q.text(9);
    f.accessibility = q.text(10);
    f.dietaryNotes = q.text(11);
    f.availabilityNotes = q.text(12);
    f.notes = q.text(13);
    f.rowVersion = q.value(14).toInt();
    f.createdAt = QDateTime::fromString(q.text(15), Qt::ISODate);
    f.updatedAt = QDateTime::fromString(q.text(16), Qt::ISODate);
    f.municipalityNameJa = q.text(17);
    f.municipalityNameEn = q.text(18);
    f.prefectureCode = q.text(19);
    return f;
}

// The address is sensitive and is kept exactly as typed.
QVariant exactOrNull(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s);
}

RowValues valuesOf(const HostFamily& f)
{
    return RowValues()
        .text(QStringLiteral("family_name_kanji"), f.familyNameKanji)
        .text(QStringLiteral("family_name_kana"), f.familyNameKana)
        .text(QStringLiteral("family_name_romaji"), f.familyNameRomaji)
        .text(QStringLiteral("municipality_code"), f.municipalityCode)
        .set(QStringLiteral("address_ja"), exactOrNull(f.addressJa))
        .text(QStringLiteral("languages"), f.languages)
        .set(QStringLiteral("capacity"), f.capacity)
        .set(QStringLiteral("smoking"), f.smoking ? 1 : 0)
        .text(QStringLiteral("pets"), f.pets)
        .text(QStringLiteral("accessibility"), f.accessibility)
        .text(QStringLiteral("dietary_notes"), f.dietaryNotes)
        .text(QStringLiteral("availability_notes"), f.availabilityNotes)
        .set(QStringLiteral("notes"), exactOrNull(f.notes));
}

// A filter's "any" is an empty text; a null QString would be bound as NULL,
// and NULL = '' is never true.
QString filterText(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool matchesText(const HostFamily& f, const QString& folded)
{
    if (folded.isEmpty())
        return true;
    const QString haystack = normalizeForSearch(f.familyNameKanji) + QLatin1Char(' ') +
                             normalizeForSearch(f.familyNameKana) + QLatin1Char(' ') +
                             normalizeForSearch(f.familyNameRomaji) + QLatin1Char(' ') +
                             romajiVariants(f.familyNameKana);
    return containsFolded(haystack, folded); // Ohno finds 大野 (おおの)
}

} // namespace

QHash<HostFamilyId, QList<HostFamilyMember>>
HostFamilyRepository::members(HostFamilyId onlyId) const
{
    Query q(m_db,
            QStringLiteral("SELECT m.host_family_id, m.id, coalesce(m.person_id, 0), "
                           "coalesce(m.name,''), m.age, coalesce(m.role,''), "
                           "coalesce(p.family_name,''), coalesce(p.given_name,''), "
                           "coalesce(p.family_name_kanji,''), coalesce(p.given_name_kanji,''), "
                           "coalesce(p.family_name_kana,''), coalesce(p.given_name_kana,'') "
                           "FROM host_family_member m LEFT JOIN person p ON p.id = m.person_id ") +
                onlyWhere(onlyId, QStringLiteral("m.host_family_id")) +
                QStringLiteral("ORDER BY m.host_family_id, m.position, m.id"));
    bindOnly(q, onlyId).exec();
    QHash<HostFamilyId, QList<HostFamilyMember>> result;
    while (q.next()) {
        HostFamilyMember m;
        m.id = q.id(1);
        m.personId = q.id(2);
        m.name = q.text(3);
        if (!q.value(4).isNull())
            m.age = q.value(4).toInt();
        m.role = q.text(5);
        m.personName = {q.text(6), q.text(7), q.text(8), q.text(9), q.text(10), q.text(11)};
        result[q.id(0)] << m;
    }
    return result;
}

std::optional<HostFamily> HostFamilyRepository::find(HostFamilyId id) const
{
    Query q(m_db, QString::fromLatin1(Select) + QStringLiteral("WHERE h.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    HostFamily f = fromRow(q);
    f.members = members(id).value(id);
    return f;
}

QList<HostFamily> HostFamilyRepository::list(const HostFamilyFilter& filter) const
{
    Query q(m_db, QString::fromLatin1(Select) +
                      QStringLiteral("WHERE (:municipality = '' OR h.municipality_code = "
                                     ":municipality2) AND (:prefecture = '' OR "
                                     "m.prefecture_code = :prefecture2) ORDER BY h.id"));
    q.bind(QStringLiteral(":municipality"), filterText(filter.municipalityCode))
        .bind(QStringLiteral(":municipality2"), filterText(filter.municipalityCode))
        .bind(QStringLiteral(":prefecture"), filterText(filter.prefectureCode))
        .bind(QStringLiteral(":prefecture2"), filterText(filter.prefectureCode))
        .exec();
    const QString folded = normalizeForSearch(filter.text);
    const auto allMembers = members(0);
    QList<HostFamily> result;
    while (q.next()) {
        HostFamily f = fromRow(q);
        if (!matchesText(f, folded))
            continue;
        f.members = allMembers.value(f.id);
        result << f;
    }
    return result;
}

void HostFamilyRepository::writeMembers(HostFamilyId id, const QList<HostFamilyMember>& list)
{
    Query del(m_db, QStringLiteral("DELETE FROM host_family_member WHERE host_family_id = :id"));
    del.bind(QStringLiteral(":id"), id).exec();
    Query ins(m_db, QStringLiteral("INSERT INTO host_family_member (host_family_id, person_id, "
                                   "name, age, role, position) VALUES (:family, :person, :name, "
                                   ":age, :role, :position)"));
    int position = 0;
    for (const HostFamilyMember& m : list) {
        ins.bind(QStringLiteral(":family"), id)
            .bind(QStringLiteral(":person"), nullIfZero(m.personId))
            .bind(QStringLiteral(":name"), nullIfEmpty(m.name))
            .bind(QStringLiteral(":age"), m.age ? QVariant(*m.age) : QVariant())
            .bind(QStringLiteral(":role"), nullIfEmpty(m.role))
            .bind(QStringLiteral(":position"), position++)
            .exec();
    }
}

HostFamily HostFamilyRepository::add(const HostFamily& family)
{
    if (const FieldErrors errors = family.validate(); !errors.isEmpty())
        throw StorageError(errors);
    const qint64 id = m_db.transaction([&] {
        const qint64 newId =
            recordwrite::insert(m_db, QStringLiteral("host_family"), valuesOf(family));
        writeMembers(newId, family.members);
        return newId;
    });
    return *find(id);
}

HostFamily HostFamilyRepository::update(const HostFamily& family)
{
    if (const FieldErrors errors = family.validate(); !errors.isEmpty())
        throw StorageError(errors);
    m_db.transaction([&] {
        if (const FieldErrors errors =
                HomestayRules::checkCapacityChange(family, placementHistory(family.id));
            !errors.isEmpty())
            throw StorageError(errors);
        recordwrite::update(
            m_db, QStringLiteral("host_family"), family.id, family.rowVersion, valuesOf(family),
            tr("This host family no longer exists; the record was removed elsewhere."),
            tr("Someone else saved this host family after you opened it."));
        writeMembers(family.id, family.members);
    });
    return *find(family.id);
}

void HostFamilyRepository::remove(HostFamilyId id)
{
    recordwrite::remove(m_db, QStringLiteral("host_family"), id,
                        tr("This host family is still named in other records (%1). "
                           "Change or remove those first."));
}

QList<HomestayPlacement> HostFamilyRepository::placementHistory(HostFamilyId id) const
{
    if (id <= 0)
        return {};
    HomestayFilter filter;
    filter.hostFamilyId = id;
    return HomestayRepository(m_db).list(filter);
}

} // namespace jlgc
