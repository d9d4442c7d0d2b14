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

QList<LogKind> LogKinds::all()
{
    return {LogKind::Interview, LogKind::SiteVisit, LogKind::Conference, LogKind::Reading,
            LogKind::Writing};
}

QString LogKinds::code(LogKind kind)
{
    switch (kind) {
    case LogKind::Interview:
        return QStringLiteral("interview");
    case LogKind::SiteVisit:
        return QStringLiteral("site_visit");
    case LogKind::Conference:
        return QStringLiteral("conference");
    case LogKind::Reading:
        return QStringLiteral("reading");
    case LogKind::Writing:
        break;
    }
    return QStringLiteral("writing");
}

LogKind LogKinds::fromCode(const QString& code)
{
    for (LogKind k : all())
        if (LogKinds::code(k) == code)
            return k;
    return LogKind::Interview;
}

QString LogKinds::label(LogKind kind)
{
    switch (kind) {
    case LogKind::Interview:
        return tr("Interview");
    case LogKind::SiteVisit:
        return tr("Site visit");
    case LogKind::Conference:
        return tr("Conference");
    case LogKind::Reading:
        return tr("Reading");
    case LogKind::Writing:
        break;
    }
    return tr("Writing");
}

} // namespace jlgc
