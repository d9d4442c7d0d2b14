#pragma once

#include "domain/chapterfunding.h"
#include "domain/delegation.h"
#include "domain/fellow.h"
#include "domain/fellowshipitineraryitem.h"
#include "domain/officeevent.h"
#include "domain/researchlogentry.h"
#include "domain/researchrequest.h"
#include "domain/researchtopic.h"
#include "domain/sisteraffiliation.h"
#include "reports/reporttexts.h"

#include <iterator>

namespace jlgc {

// The labels of the domain's enums in both languages, whatever the window's
// language. The English sources repeat those of each enum's label() in the
// same translation context, so the reports reuse those translations.
namespace reportlabels {

template <typename E, std::size_t N>
Bilingual pick(const char* context, const char* const (&sources)[N], E value)
{
    const auto i = std::size_t(value);
    return ReportTexts::both(context, sources[i < N ? i : N - 1]);
}

inline Bilingual of(FellowStatus s)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("FellowStatuses", "Nominated"),
                                        QT_TRANSLATE_NOOP("FellowStatuses", "Applied"),
                                        QT_TRANSLATE_NOOP("FellowStatuses", "Selected"),
                                        QT_TRANSLATE_NOOP("FellowStatuses", "Confirmed"),
                                        QT_TRANSLATE_NOOP("FellowStatuses", "Attended"),
                                        QT_TRANSLATE_NOOP("FellowStatuses", "Withdrawn")};
    return pick("FellowStatuses", names, s);
}

inline Bilingual of(FellowshipItemType t)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("FellowshipItemTypes", "Meeting"),
        QT_TRANSLATE_NOOP("FellowshipItemTypes", "Site visit"),
        QT_TRANSLATE_NOOP("FellowshipItemTypes", "Lecture"),
        QT_TRANSLATE_NOOP("FellowshipItemTypes", "Cultural programme"),
        QT_TRANSLATE_NOOP("FellowshipItemTypes", "Travel"),
        QT_TRANSLATE_NOOP("FellowshipItemTypes", "Free time")};
    return pick("FellowshipItemTypes", names, t);
}

inline Bilingual of(DelegationRole r)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("DelegationRoles", "Leader"),
                                        QT_TRANSLATE_NOOP("DelegationRoles", "Deputy leader"),
                                        QT_TRANSLATE_NOOP("DelegationRoles", "Member"),
                                        QT_TRANSLATE_NOOP("DelegationRoles", "Secretariat"),
                                        QT_TRANSLATE_NOOP("DelegationRoles", "Other")};
    return pick("DelegationRoles", names, r);
}

inline Bilingual of(DelegationStatus s)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("DelegationStatuses", "Inquiry"),
                                        QT_TRANSLATE_NOOP("DelegationStatuses", "Planning"),
                                        QT_TRANSLATE_NOOP("DelegationStatuses", "Confirmed"),
                                        QT_TRANSLATE_NOOP("DelegationStatuses", "Completed"),
                                        QT_TRANSLATE_NOOP("DelegationStatuses", "Cancelled")};
    return pick("DelegationStatuses", names, s);
}

inline Bilingual of(TopicStatus s)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("TopicStatuses", "Planned"),
                                        QT_TRANSLATE_NOOP("TopicStatuses", "Active"),
                                        QT_TRANSLATE_NOOP("TopicStatuses", "Paused"),
                                        QT_TRANSLATE_NOOP("TopicStatuses", "Completed")};
    return pick("TopicStatuses", names, s);
}

inline Bilingual of(LogKind k)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("LogKinds", "Interview"), QT_TRANSLATE_NOOP("LogKinds", "Site visit"),
        QT_TRANSLATE_NOOP("LogKinds", "Conference"), QT_TRANSLATE_NOOP("LogKinds", "Reading"),
        QT_TRANSLATE_NOOP("LogKinds", "Writing")};
    return pick("LogKinds", names, k);
}

inline Bilingual of(RequestStatus s)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("RequestStatuses", "Received"),
                                        QT_TRANSLATE_NOOP("RequestStatuses", "In progress"),
                                        QT_TRANSLATE_NOOP("RequestStatuses", "Answered"),
                                        QT_TRANSLATE_NOOP("RequestStatuses", "Closed")};
    return pick("RequestStatuses", names, s);
}

inline Bilingual of(EventKind k)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("EventKinds", "Japan Day"),
                                        QT_TRANSLATE_NOOP("EventKinds", "Fair or travel show"),
                                        QT_TRANSLATE_NOOP("EventKinds", "JET information session"),
                                        QT_TRANSLATE_NOOP("EventKinds", "Reception"),
                                        QT_TRANSLATE_NOOP("EventKinds", "Seminar"),
                                        QT_TRANSLATE_NOOP("EventKinds", "Other event")};
    return pick("EventKinds", names, k);
}

inline Bilingual of(AffiliationType t)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("AffiliationLabels", "Sister city"),
        QT_TRANSLATE_NOOP("AffiliationLabels", "Sister state/province"),
        QT_TRANSLATE_NOOP("AffiliationLabels", "Friendship")};
    return pick("AffiliationLabels", names, t);
}

inline Bilingual of(AffiliationStatus s)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("AffiliationLabels", "Active"),
                                        QT_TRANSLATE_NOOP("AffiliationLabels", "Inactive"),
                                        QT_TRANSLATE_NOOP("AffiliationLabels", "Ended")};
    return pick("AffiliationLabels", names, s);
}

inline Bilingual of(FundingStatus s)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("FundingStatuses", "Applied"),
                                        QT_TRANSLATE_NOOP("FundingStatuses", "Approved"),
                                        QT_TRANSLATE_NOOP("FundingStatuses", "Disbursed"),
                                        QT_TRANSLATE_NOOP("FundingStatuses", "Reported"),
                                        QT_TRANSLATE_NOOP("FundingStatuses", "Closed")};
    return pick("FundingStatuses", names, s);
}

} // namespace reportlabels

} // namespace jlgc
