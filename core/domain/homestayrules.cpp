#include "domain/homestayrules.h"

#include "search/textnormalizer.h"

#include <QRegularExpression>

namespace jlgc {

namespace {

QString isoList(const QList<QDate>& dates)
{
    QStringList parts;
    for (const QDate& d : dates)
        parts << d.toString(Qt::ISODate);
    return parts.join(QStringLiteral(", "));
}

// Width, case and kana folded, word boundaries kept (the keywords need them).
QString fold(const QString& text)
{
    return toHiragana(text.normalized(QString::NormalizationForm_KC).toCaseFolded());
}

struct DietaryNeed {
    const char* label;
    const char* latinPattern; // a regular expression on folded text
    QStringList japanese;     // substrings, folded when matched
};

const QList<DietaryNeed>& dietaryNeedList()
{
    // Vegan is also listed under vegetarian: a family that cooks vegan
    // covers a vegetarian, not the other way round.
    static const QList<DietaryNeed> needs = {
        {QT_TRANSLATE_NOOP("HomestayRules", "vegetarian"),
         R"(\b(vegetarian|veggie|vegan|plant[- ]?based))",
         {QStringLiteral("ベジタリアン"), QStringLiteral("菜食"), QStringLiteral("ヴィーガン"),
          QStringLiteral("ビーガン")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "vegan"),
         R"(\bvegan)",
         {QStringLiteral("ヴィーガン"), QStringLiteral("ビーガン"), QStringLiteral("完全菜食")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "halal"),
         R"(\bhalal)",
         {QStringLiteral("ハラール"), QStringLiteral("ハラル")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "kosher"), R"(\bkosher)", {QStringLiteral("コーシャ")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "gluten-free"),
         R"(\b(gluten|c(o)?eliac|wheat))",
         {QStringLiteral("グルテン"), QStringLiteral("小麦")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "nuts"),
         R"(\b(nuts?\b|peanuts?|tree[- ]?nuts?|almonds?|walnuts?|cashews?))",
         {QStringLiteral("ナッツ"), QStringLiteral("ピーナッツ"), QStringLiteral("落花生"),
          QStringLiteral("くるみ"), QStringLiteral("アーモンド")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "shellfish"),
         R"(\b(shellfish|shrimps?|prawns?|crabs?|lobsters?|crustaceans?))",
         {QStringLiteral("甲殻類"), QStringLiteral("エビ"), QStringLiteral("海老"),
          QStringLiteral("カニ"), QStringLiteral("蟹")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "fish"),
         R"(\b(fish|seafood)\b)",
         {QStringLiteral("魚"), QStringLiteral("シーフード")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "dairy"),
         R"(\b(dairy|lactose|milk))",
         {QStringLiteral("乳製品"), QStringLiteral("乳糖"), QStringLiteral("牛乳")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "egg"),
         R"(\beggs?\b)",
         {QStringLiteral("卵"), QStringLiteral("たまご")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "pork"),
         R"(\b(pork|ham|bacon)\b)",
         {QStringLiteral("豚")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "beef"), R"(\bbeef)", {QStringLiteral("牛肉")}},
        {QT_TRANSLATE_NOOP("HomestayRules", "alcohol"),
         R"(\b(alcohol|sake)\b)",
         {QStringLiteral("アルコール"), QStringLiteral("酒")}},
    };
    return needs;
}

bool mentions(const DietaryNeed& need, const QString& folded)
{
    const QRegularExpression re(QString::fromUtf8(need.latinPattern),
                                QRegularExpression::UseUnicodePropertiesOption);
    if (re.match(folded).hasMatch())
        return true;
    for (const QString& word : need.japanese)
        if (folded.contains(fold(word)))
            return true;
    return false;
}

} // namespace

QList<HomestayWarning> PlacementCheck::unaccepted(const HomestayPlacement& placement) const
{
    QList<HomestayWarning> result;
    for (const HomestayWarning& w : warnings)
        if (!placement.accepted(w.kind))
            result << w;
    return result;
}

PlacementCheck HomestayRules::check(const HomestayPlacement& placement,
                                    const PlacementContext& context)
{
    PlacementCheck result;
    result.errors = placement.validate();
    if (placement.fellowId > 0 && context.fellow.status == FellowStatus::Withdrawn)
        result.errors.append({QStringLiteral("fellowId"),
                              tr("This fellow has withdrawn and is not placed with a family.")});
    // Without a fellow there is no cohort to check the nights against yet.
    if (placement.fellowId > 0)
        result.errors += checkNights(context.cohort, placement);
    if (placement.nightCount() > 0) {
        result.errors += checkCapacity(context.family, placement, context.placements);
        result.errors += checkFellowNotElsewhere(placement, context.placements);
    }
    if (placement.hostFamilyId > 0) {
        if (auto w = hostAreaWarning(context.cohort, context.family))
            result.warnings << *w;
        if (auto w = dietaryWarning(context.fellow, context.family))
            result.warnings << *w;
    }
    return result;
}

FieldErrors HomestayRules::checkNights(const Cohort& cohort, const HomestayPlacement& placement)
{
    FieldErrors errors;
    if (!placement.firstNight.isValid() || !placement.lastNight.isValid())
        return errors;
    if (!cohort.hasProgrammeDates()) {
        errors.append({QStringLiteral("firstNight"),
                       tr("Enter the cohort's programme dates before placing fellows.")});
        return errors;
    }
    if (!cohort.containsDate(placement.firstNight))
        errors.append({QStringLiteral("firstNight"),
                       tr("The first night must fall within the programme (%1 to %2).")
                           .arg(cohort.programmeStart.toString(Qt::ISODate),
                                cohort.programmeEnd.toString(Qt::ISODate))});
    if (!cohort.containsDate(placement.lastNight))
        errors.append({QStringLiteral("lastNight"),
                       tr("The last night must fall within the programme (%1 to %2).")
                           .arg(cohort.programmeStart.toString(Qt::ISODate),
                                cohort.programmeEnd.toString(Qt::ISODate))});
    return errors;
}

FieldErrors HomestayRules::checkCapacity(const HostFamily& family,
                                         const HomestayPlacement& placement,
                                         const QList<HomestayPlacement>& placements)
{
    FieldErrors errors;
    if (placement.hostFamilyId <= 0)
        return errors;
    QList<QDate> full;
    for (const QDate& night : placement.nights()) {
        int held = 0;
        for (const HomestayPlacement& other : placements) {
            const bool self = placement.id != 0 && other.id == placement.id;
            // The fellow's own overlapping placements are reported as such, not as a full house.
            if (!self && other.hostFamilyId == placement.hostFamilyId &&
                other.fellowId != placement.fellowId && other.coversNight(night))
                ++held;
        }
        if (held + 1 > family.capacity)
            full << night;
    }
    if (!full.isEmpty())
        errors.append({QStringLiteral("hostFamilyId"),
                       tr("The %1 family has room for %2 and is already full on the night of %3.")
                           .arg(family.names())
                           .arg(family.capacity)
                           .arg(isoList(full))});
    return errors;
}

FieldErrors HomestayRules::checkFellowNotElsewhere(const HomestayPlacement& placement,
                                                   const QList<HomestayPlacement>& placements)
{
    FieldErrors errors;
    for (const HomestayPlacement& other : placements) {
        if ((placement.id != 0 && other.id == placement.id) ||
            other.fellowId != placement.fellowId || !other.overlaps(placement))
            continue;
        QList<QDate> nights;
        for (const QDate& night : placement.nights())
            if (other.coversNight(night))
                nights << night;
        errors.append({QStringLiteral("firstNight"),
                       tr("This fellow is already placed with the %1 family on the night of %2.")
                           .arg(other.familyNames(), isoList(nights))});
    }
    return errors;
}

std::optional<HomestayWarning> HomestayRules::hostAreaWarning(const Cohort& cohort,
                                                              const HostFamily& family)
{
    if (cohort.hostMunicipalityCode.isEmpty() && cohort.hostPrefectureCode.isEmpty())
        return std::nullopt;
    const QString name = family.names();
    if (family.municipalityCode.isEmpty())
        return HomestayWarning{
            HomestayWarningKind::OutsideHostArea,
            tr("The municipality of the %1 family is not recorded, so it cannot be "
               "checked against the cohort's host area.")
                .arg(name)};
    if (!cohort.hostMunicipalityCode.isEmpty()) {
        if (family.municipalityCode != cohort.hostMunicipalityCode)
            return HomestayWarning{
                HomestayWarningKind::OutsideHostArea,
                tr("The %1 family lives outside the cohort's host municipality.").arg(name)};
        return std::nullopt;
    }
    if (!family.municipalityCode.startsWith(cohort.hostPrefectureCode))
        return HomestayWarning{
            HomestayWarningKind::OutsideHostArea,
            tr("The %1 family lives outside the cohort's host prefecture.").arg(name)};
    return std::nullopt;
}

QStringList HomestayRules::dietaryNeeds(const QString& text)
{
    QStringList result;
    const QString folded = fold(text);
    if (folded.trimmed().isEmpty())
        return result;
    for (const DietaryNeed& need : dietaryNeedList())
        if (mentions(need, folded))
            result << tr(need.label);
    return result;
}

std::optional<HomestayWarning> HomestayRules::dietaryWarning(const Fellow& fellow,
                                                             const HostFamily& family)
{
    const QString needsText = fold(fellow.dietaryNotes);
    if (needsText.trimmed().isEmpty())
        return std::nullopt;
    const QString offered = fold(family.dietaryNotes);
    QStringList missing;
    bool anyNeed = false;
    for (const DietaryNeed& need : dietaryNeedList()) {
        if (!mentions(need, needsText))
            continue;
        anyNeed = true;
        if (!mentions(need, offered))
            missing << tr(need.label);
    }
    const QString name = family.names();
    if (!missing.isEmpty())
        return HomestayWarning{HomestayWarningKind::Dietary,
                               tr("The fellow's dietary needs (%1) are not among what the %2 "
                                  "family can provide.")
                                   .arg(missing.join(QStringLiteral(", ")), name)};
    if (!anyNeed && offered.trimmed().isEmpty())
        return HomestayWarning{HomestayWarningKind::Dietary,
                               tr("The fellow has dietary notes and the record of the %1 family "
                                  "says nothing about food; check with the family.")
                                   .arg(name)};
    return std::nullopt;
}

int HomestayRules::mostFellowsOnOneNight(HostFamilyId family,
                                         const QList<HomestayPlacement>& placements, QDate* night)
{
    QMap<QDate, int> perNight;
    for (const HomestayPlacement& p : placements)
        if (p.hostFamilyId == family)
            for (const QDate& d : p.nights())
                ++perNight[d];
    int most = 0;
    for (auto it = perNight.cbegin(); it != perNight.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            if (night)
                *night = it.key();
        }
    }
    return most;
}

FieldErrors HomestayRules::checkCapacityChange(const HostFamily& family,
                                               const QList<HomestayPlacement>& placements)
{
    FieldErrors errors;
    QDate night;
    const int most = mostFellowsOnOneNight(family.id, placements, &night);
    if (family.id > 0 && most > family.capacity)
        errors.append({QStringLiteral("capacity"),
                       tr("The family already holds %1 fellows on the night of %2; move a "
                          "placement before lowering the capacity.")
                           .arg(most)
                           .arg(night.toString(Qt::ISODate))});
    return errors;
}

QList<HomestayPlacement> HomestayRules::placementsOnWithdrawal(const Fellow& fellow,
                                                               const QList<HomestayPlacement>& all)
{
    QList<HomestayPlacement> result;
    for (const HomestayPlacement& p : all)
        if (p.fellowId == fellow.id)
            result << p;
    return result;
}

} // namespace jlgc
