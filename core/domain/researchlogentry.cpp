#include "domain/researchlogentry.h"

#include <QSet>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ResearchLogEntry)
};
} // namespace

FieldErrors ResearchLogEntry::validate() const
{
    FieldErrors errors;
    if (topicId <= 0)
        errors.append({QStringLiteral("topic"), Messages::tr("Choose the research topic.")});
    if (!date.isValid())
        errors.append({QStringLiteral("date"), Messages::tr("Enter the date.")});
    if (notes.trimmed().isEmpty() && outcome.trimmed().isEmpty())
        errors.append({QStringLiteral("notes"),
                       Messages::tr("Write what happened in the notes or the outcome.")});
    QSet<qint64> seenOrgs;
    for (const OrganizationRef& o : organizations) {
        if (o.id <= 0 || seenOrgs.contains(o.id))
            errors.append({QStringLiteral("organizations"),
                           Messages::tr("Each organization is chosen once.")});
        seenOrgs.insert(o.id);
    }
    QSet<qint64> seenPeople;
    for (const PersonRef& p : people) {
        if (p.id <= 0 || seenPeople.contains(p.id))
            errors.append({QStringLiteral("people"), Messages::tr("Each person is chosen once.")});
        seenPeople.insert(p.id);
    }
    return errors;
}

const EnumTable<LogKind>& enumTable(LogKind)
{
    static const EnumEntry<LogKind> entries[] = {
        {LogKind::Interview, "interview", QT_TRANSLATE_NOOP("LogKinds", "Interview")},
        {LogKind::SiteVisit, "site_visit", QT_TRANSLATE_NOOP("LogKinds", "Site visit")},
        {LogKind::Conference, "conference", QT_TRANSLATE_NOOP("LogKinds", "Conference")},
        {LogKind::Reading, "reading", QT_TRANSLATE_NOOP("LogKinds", "Reading")},
        {LogKind::Writing, "writing", QT_TRANSLATE_NOOP("LogKinds", "Writing")},
    };
    static const EnumTable<LogKind> table("LogKinds", LogKind::Interview, entries);
    return table;
}

} // namespace jlgc
