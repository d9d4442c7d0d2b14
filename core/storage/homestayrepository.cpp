#include "storage/homestayrepository.h"

#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/fellowrepository.h"
#include "storage/hostfamilyrepository.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"

#include <QSet>
#include <algorithm>

namespace jlgc {

namespace {

QList<HomestayWarningKind> warningsFrom(const QString& text)
{
    QList<HomestayWarningKind> result;
    for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto kind = HomestayWarningKinds::fromCode(code.trimmed()))
            result << *kind;
    return result;
}

QVariant warningsText(const QList<HomestayWarningKind>& kinds)
{
    QStringList codes;
    for (HomestayWarningKind k : HomestayWarningKinds::all())
        if (kinds.contains(k))
            codes << HomestayWarningKinds::code(k);
    return nullIfEmpty(codes.join(QLatin1Char(',')));
}

} // namespace

const RecordColumns<HomestayPlacement>& HomestayRepository::columns()
{
    using H = HomestayPlacement;
    static const RecordColumns<H> c =
        RecordColumns<H>(QStringLiteral("homestay_placement"), QStringLiteral("h"))
            .join(QStringLiteral("JOIN fellow f ON f.id = h.fellow_id "
                                 "JOIN cohort c ON c.id = f.cohort_id "
                                 "JOIN person p ON p.id = f.person_id "
                                 "JOIN host_family hf ON hf.id = h.host_family_id"))
            .ref(QStringLiteral("fellow_id"), &H::fellowId)
            .ref(QStringLiteral("host_family_id"), &H::hostFamilyId)
            .date(QStringLiteral("first_night"), &H::firstNight)
            .date(QStringLiteral("last_night"), &H::lastNight)
            .custom(
                QStringLiteral("coalesce(h.accepted_warnings,'')"),
                [](H& h, const Query& q, int i) { h.acceptedWarnings = warningsFrom(q.text(i)); },
                [](const H& h, RowValues& v) {
                    v.set(QStringLiteral("accepted_warnings"), warningsText(h.acceptedWarnings));
                })
            .text(QStringLiteral("notes"), &H::notes)
            .derived(QStringLiteral("f.cohort_id"),
                     [](H& h, const Query& q, int i) { h.cohortId = q.id(i); })
            .derived(QStringLiteral("c.year"),
                     [](H& h, const Query& q, int i) { h.cohortYear = q.value(i).toInt(); })
            .personName(QStringLiteral("p"), &H::fellowName)
            .derivedText(QStringLiteral("coalesce(hf.family_name_kanji,'')"), &H::familyNameKanji)
            .derivedText(QStringLiteral("coalesce(hf.family_name_romaji,'')"),
                         &H::familyNameRomaji);
    return c;
}

QList<HomestayPlacement> HomestayRepository::list(const HomestayFilter& filter) const
{
    SqlConditions c;
    c.equalIfSet(QStringLiteral("f.cohort_id"), filter.cohortId);
    c.equalIfSet(QStringLiteral("h.fellow_id"), filter.fellowId);
    c.equalIfSet(QStringLiteral("h.host_family_id"), filter.hostFamilyId);
    return columns().list(m_db, c, QStringLiteral("ORDER BY c.year DESC, h.first_night, h.id"));
}

PlacementCheck HomestayRepository::check(const HomestayPlacement& placement) const
{
    PlacementContext context;
    PlacementCheck missing;
    if (placement.fellowId > 0) {
        if (auto fellow = FellowRepository(m_db).find(placement.fellowId)) {
            context.fellow = *fellow;
            if (auto cohort = CohortRepository(m_db).find(fellow->cohortId))
                context.cohort = *cohort;
        } else {
            missing.errors.append(
                {QStringLiteral("fellowId"), tr("This fellow no longer exists; choose another.")});
        }
    }
    if (placement.hostFamilyId > 0) {
        if (auto family = HostFamilyRepository(m_db).find(placement.hostFamilyId))
            context.family = *family;
        else
            missing.errors.append({QStringLiteral("hostFamilyId"),
                                   tr("This host family no longer exists; choose another.")});
    }
    if (!missing.errors.isEmpty()) {
        missing.errors = placement.validate() + missing.errors;
        return missing;
    }
    // Every placement of the family (across the years) and of the fellow.
    HomestayFilter byFamily;
    byFamily.hostFamilyId = placement.hostFamilyId;
    HomestayFilter byFellow;
    byFellow.fellowId = placement.fellowId;
    if (placement.hostFamilyId > 0)
        context.placements += list(byFamily);
    if (placement.fellowId > 0)
        for (const HomestayPlacement& p : list(byFellow))
            if (p.hostFamilyId != placement.hostFamilyId)
                context.placements << p;
    return HomestayRules::check(placement, context);
}

void HomestayRepository::checkOrThrow(const HomestayPlacement& placement) const
{
    const PlacementCheck result = check(placement);
    if (result.hasErrors())
        throw StorageError(result.errors);
    FieldErrors unaccepted;
    for (const HomestayWarning& w : result.unaccepted(placement))
        unaccepted.append({QStringLiteral("acceptedWarnings"), w.message});
    if (!unaccepted.isEmpty())
        throw StorageError(unaccepted);
}

SaveSteps<HomestayPlacement> HomestayRepository::saveSteps() const
{
    return {[this](const HomestayPlacement& p) {
        // A placement removed elsewhere is gone, whatever the rules say.
        if (p.id > 0 && !find(p.id))
            throw StorageError(StorageError::Kind::NotFound,
                               tr("This homestay no longer exists; it was removed elsewhere."));
        checkOrThrow(p);
    }};
}

HomestayGrid HomestayRepository::grid(CohortId cohortId) const
{
    const std::optional<Cohort> cohort = CohortRepository(m_db).find(cohortId);
    if (!cohort)
        return {};
    FellowFilter fellowFilter;
    fellowFilter.cohortId = cohortId;
    const QList<Fellow> fellows = FellowRepository(m_db).list(fellowFilter);
    HomestayFilter filter;
    filter.cohortId = cohortId;
    const QList<HomestayPlacement> placements = list(filter);

    HostFamilyRepository families(m_db);
    QList<HostFamily> shown;
    QSet<HostFamilyId> placed;
    for (const HomestayPlacement& p : placements)
        placed.insert(p.hostFamilyId);
    HostFamilyFilter area;
    area.municipalityCode = cohort->hostMunicipalityCode;
    area.prefectureCode =
        cohort->hostMunicipalityCode.isEmpty() ? cohort->hostPrefectureCode : QString();
    const bool hasArea = !area.municipalityCode.isEmpty() || !area.prefectureCode.isEmpty();
    for (const HostFamily& f : families.list(hasArea ? area : HostFamilyFilter{}))
        if (hasArea || placed.contains(f.id))
            shown << f;
    for (HostFamilyId id : placed) {
        const bool present = std::any_of(shown.cbegin(), shown.cend(),
                                         [&](const HostFamily& f) { return f.id == id; });
        if (!present)
            if (auto f = families.find(id))
                shown << *f;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const HostFamily& a, const HostFamily& b) {
        return a.sortKey(Language::Japanese) < b.sortKey(Language::Japanese);
    });
    return HomestayGrid::compute(*cohort, fellows, shown, placements);
}

template class KindRepository<HomestayRepository, HomestayPlacement>;

} // namespace jlgc
