#include "domain/jetaarules.h"

#include "domain/money.h"
#include "search/textnormalizer.h"

#include <QSet>

namespace jlgc {

// --- Funding -----------------------------------------------------------------

bool JetaaRules::exceedsApproval(const ChapterFunding& funding)
{
    return funding.disbursed() > funding.approved.value_or(0);
}

bool JetaaRules::overrideCovers(const ChapterFunding& funding)
{
    const qint64 disbursed = funding.disbursed();
    for (const DisbursementOverride& o : funding.overrides)
        if (o.covers >= disbursed && !o.approvedBy.trimmed().isEmpty() &&
            !o.reason.trimmed().isEmpty() && o.approvedAt.isValid())
            return true;
    return false;
}

FieldErrors JetaaRules::checkDisbursements(const ChapterFunding& funding)
{
    FieldErrors errors;
    for (const DisbursementOverride& o : funding.overrides) {
        if (o.approvedBy.trimmed().isEmpty() || o.reason.trimmed().isEmpty() ||
            !o.approvedAt.isValid() || o.covers <= 0) {
            errors.append({QStringLiteral("overrides"),
                           tr("An override must say who allowed it, when, why, and up to what "
                              "amount.")});
            break;
        }
    }
    if (exceedsApproval(funding) && !overrideCovers(funding)) {
        const QString currency = funding.effectiveApprovedCurrency();
        errors.append({QStringLiteral("disbursements"),
                       tr("The disbursements (%1) exceed the amount approved (%2). Record who "
                          "allowed paying more, and why, to save them.")
                           .arg(Money::format(funding.disbursed(), currency),
                                Money::format(funding.approved.value_or(0), currency))});
    }
    return errors;
}

DisbursementOverride JetaaRules::overrideFor(const ChapterFunding& funding,
                                             const QString& approvedBy, const QString& reason,
                                             const QDateTime& at)
{
    DisbursementOverride o;
    o.approvedBy = approvedBy.trimmed();
    o.reason = reason.trimmed();
    o.approvedAt = at;
    o.covers = funding.disbursed();
    return o;
}

JetaaRules::ReportState JetaaRules::reportState(const ChapterFunding& funding, const QDate& today)
{
    if (funding.reportReceived.isValid())
        return ReportState::Received;
    if (!funding.reportDue.isValid() || funding.status == FundingStatus::Closed)
        return ReportState::None;
    return today > funding.reportDue ? ReportState::Overdue : ReportState::Due;
}

QString JetaaRules::label(ReportState state)
{
    switch (state) {
    case ReportState::None:
        break;
    case ReportState::Due:
        return tr("Report due");
    case ReportState::Overdue:
        return tr("Report overdue");
    case ReportState::Received:
        return tr("Report received");
    }
    return {};
}

// --- Chapters ----------------------------------------------------------------

bool JetaaRules::wouldCreateCycle(ChapterId chapter, ChapterId parent,
                                  const QHash<ChapterId, ChapterId>& parentOf)
{
    if (parent <= 0)
        return false;
    QSet<ChapterId> seen;
    for (ChapterId at = parent; at > 0; at = parentOf.value(at, 0)) {
        if (at == chapter || seen.contains(at))
            return true;
        seen.insert(at);
    }
    return false;
}

FieldErrors JetaaRules::checkParent(const JetaaChapter& chapter,
                                    const QHash<ChapterId, ChapterId>& parentOf)
{
    FieldErrors errors;
    if (chapter.parentId <= 0)
        return errors;
    if (chapter.parentId == chapter.id)
        errors.append(
            {QStringLiteral("parentId"), tr("A chapter cannot be its own parent chapter.")});
    else if (chapter.id > 0 && wouldCreateCycle(chapter.id, chapter.parentId, parentOf))
        errors.append({QStringLiteral("parentId"),
                       tr("The chosen parent chapter is one of this chapter's own subchapters: "
                          "a chapter cannot be its own ancestor.")});
    else if (!parentOf.contains(chapter.parentId))
        errors.append(
            {QStringLiteral("parentId"), tr("The chosen parent chapter no longer exists.")});
    return errors;
}

// --- Affiliations ------------------------------------------------------------

QString JetaaRules::pairKey(const SisterAffiliation& a)
{
    return a.japanCode.trimmed() + QLatin1Char('|') + AffiliationLabels::code(a.northAmericaKind) +
           QLatin1Char('|') + placeNameKey(a.northAmericaName) + QLatin1Char('|') +
           a.subdivisionCode;
}

std::optional<SisterAffiliation>
JetaaRules::activeDuplicate(const SisterAffiliation& candidate,
                            const QList<SisterAffiliation>& existing)
{
    if (candidate.status != AffiliationStatus::Active)
        return std::nullopt;
    const QString key = pairKey(candidate);
    for (const SisterAffiliation& other : existing)
        if (other.status == AffiliationStatus::Active &&
            (candidate.id <= 0 || other.id != candidate.id) && pairKey(other) == key)
            return other;
    return std::nullopt;
}

FieldErrors JetaaRules::checkDuplicatePair(const SisterAffiliation& candidate,
                                           const QList<SisterAffiliation>& existing,
                                           Language language)
{
    FieldErrors errors;
    if (const auto other = activeDuplicate(candidate, existing)) {
        const QString established = other->established.display(language);
        errors.append(
            {QStringLiteral("northAmericaName"),
             (established.isEmpty()
                  ? tr("%1 and %2 are already registered as an active affiliation.")
                        .arg(other->japanDisplay(language), other->northAmericaDisplay())
                  : tr("%1 and %2 are already registered as an active affiliation (established "
                       "%3).")
                        .arg(other->japanDisplay(language), other->northAmericaDisplay(),
                             established)) +
                 QLatin1Char(' ') +
                 tr("Mark the other one inactive or ended first, or open it instead.")});
    }
    return errors;
}

FieldErrors
JetaaRules::checkJapaneseSide(const SisterAffiliation& affiliation,
                              const std::function<bool(const QString&)>& existsInReference)
{
    FieldErrors errors;
    const QString code = affiliation.japanCode.trimmed();
    if (!code.isEmpty() && !existsInReference(code))
        errors.append({QStringLiteral("japanCode"),
                       tr("There is no prefecture or municipality with the code %1. Choose the "
                          "Japanese side from the list.")
                           .arg(code)});
    return errors;
}

} // namespace jlgc
