#include "storage/hostfamilyrepository.h"

#include "domain/homestayrules.h"
#include "search/textnormalizer.h"
#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/homestayrepository.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

#include <QHash>

namespace jlgc {

namespace {

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

const RecordColumns<HostFamily>& HostFamilyRepository::columns()
{
    using F = HostFamily;
    // The address and the notes are sensitive and kept exactly as typed.
    static const RecordColumns<F> c =
        RecordColumns<F>(QStringLiteral("host_family"), QStringLiteral("h"))
            .join(QStringLiteral("LEFT JOIN municipality m ON m.code = h.municipality_code"))
            .text(QStringLiteral("family_name_kanji"), &F::familyNameKanji)
            .text(QStringLiteral("family_name_kana"), &F::familyNameKana)
            .text(QStringLiteral("family_name_romaji"), &F::familyNameRomaji)
            .text(QStringLiteral("municipality_code"), &F::municipalityCode)
            .exact(QStringLiteral("address_ja"), &F::addressJa)
            .text(QStringLiteral("languages"), &F::languages)
            .number(QStringLiteral("capacity"), &F::capacity)
            .flag(QStringLiteral("smoking"), &F::smoking)
            .text(QStringLiteral("pets"), &F::pets)
            .text(QStringLiteral("accessibility"), &F::accessibility)
            .text(QStringLiteral("dietary_notes"), &F::dietaryNotes)
            .text(QStringLiteral("availability_notes"), &F::availabilityNotes)
            .exact(QStringLiteral("notes"), &F::notes)
            .derivedText(QStringLiteral("coalesce(m.name_ja,'')"), &F::municipalityNameJa)
            .derivedText(QStringLiteral("coalesce(m.name_en,'')"), &F::municipalityNameEn)
            .derivedText(QStringLiteral("coalesce(m.prefecture_code,'')"), &F::prefectureCode);
    return c;
}

QHash<HostFamilyId, QList<HostFamilyMember>>
HostFamilyRepository::members(HostFamilyId onlyId) const
{
    return childRowsOf(m_db,
                       QStringLiteral("SELECT m.host_family_id, m.id, coalesce(m.person_id, 0), "
                                      "coalesce(m.name,''), m.age, coalesce(m.role,''), ") +
                           sqlrefs::personNameColumns(QStringLiteral("p")) +
                           QStringLiteral(" FROM host_family_member m LEFT JOIN person p ON p.id = "
                                          "m.person_id "),
                       QStringLiteral("m.host_family_id"), onlyId,
                       QStringLiteral("ORDER BY m.host_family_id, m.position, m.id"),
                       [](const Query& row) {
                           HostFamilyMember m;
                           m.id = row.id(1);
                           m.personId = row.id(2);
                           m.name = row.text(3);
                           if (!row.value(4).isNull())
                               m.age = row.value(4).toInt();
                           m.role = row.text(5);
                           m.personName = sqlrefs::personNameAt(row, 6);
                           return m;
                       });
}

std::optional<HostFamily> HostFamilyRepository::find(HostFamilyId id) const
{
    std::optional<HostFamily> f = columns().find(m_db, id);
    if (f)
        f->members = members(id).value(id);
    return f;
}

QList<HostFamily> HostFamilyRepository::list(const HostFamilyFilter& filter) const
{
    SqlConditions where;
    where.equalIfSet(QStringLiteral("h.municipality_code"), filter.municipalityCode);
    where.equalIfSet(QStringLiteral("m.prefecture_code"), filter.prefectureCode);
    QList<HostFamily> result = columns().list(m_db, where, QStringLiteral("ORDER BY h.id"));
    const QString folded = normalizeForSearch(filter.text);
    result.removeIf([&](const HostFamily& f) { return !matchesText(f, folded); });
    setById(result, &HostFamily::members, members(0));
    return result;
}

void HostFamilyRepository::writeMembers(HostFamilyId id, const QList<HostFamilyMember>& list)
{
    recordwrite::replaceOwned(
        m_db, QStringLiteral("host_family_member"), QStringLiteral("host_family_id"), id,
        {QStringLiteral("person_id"), QStringLiteral("name"), QStringLiteral("age"),
         QStringLiteral("role"), QStringLiteral("position")},
        list, [](const HostFamilyMember& m, int position) {
            return QVariantList{nullIfZero(m.personId), nullIfEmpty(m.name),
                                m.age ? QVariant(*m.age) : QVariant(), nullIfEmpty(m.role),
                                position};
        });
}

SaveSteps<HostFamily> HostFamilyRepository::saveSteps()
{
    return {[this](const HostFamily& f) {
                throwIfAny(f.validate());
                // Fewer beds than the family's homestays already need.
                throwIfAny(HomestayRules::checkCapacityChange(f, placementHistory(f.id)));
            },
            [this](qint64 id, const HostFamily& f) { writeMembers(id, f.members); }};
}

QList<HomestayPlacement> HostFamilyRepository::placementHistory(HostFamilyId id) const
{
    if (id <= 0)
        return {};
    HomestayFilter filter;
    filter.hostFamilyId = id;
    return HomestayRepository(m_db).list(filter);
}

template class KindRepository<HostFamilyRepository, HostFamily>;

} // namespace jlgc
