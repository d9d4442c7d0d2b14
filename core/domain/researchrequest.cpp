#include "domain/researchrequest.h"

#include "domain/validation.h"

#include <QCoreApplication>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ResearchRequest)
};
} // namespace

bool ResearchRequest::isOverdue(const QDate& today) const
{
    return isOpen() && due.isValid() && today.isValid() && due < today;
}

int ResearchRequest::daysOverdue(const QDate& today) const
{
    return isOverdue(today) ? int(due.daysTo(today)) : 0;
}

QString ResearchRequest::question(Language language) const
{
    return inLanguage(language, questionEn, questionJa);
}

FieldErrors ResearchRequest::validate() const
{
    FieldErrors errors;
    requestingGovernment.validate(errors, QStringLiteral("requestingGovernment"), true);
    if (questionJa.trimmed().isEmpty() && questionEn.trimmed().isEmpty())
        errors.append({QStringLiteral("questionJa"),
                       Messages::tr("Enter the question in Japanese or English.")});
    if (!received.isValid())
        errors.append(
            {QStringLiteral("received"), Messages::tr("Enter the date the request was received.")});
    validate::order(errors, QStringLiteral("due"), received, due,
                    Messages::tr("The request is due after it was received."));
    validate::order(errors, QStringLiteral("answered"), received, answered,
                    Messages::tr("The request was answered after it was received."));
    if (status == RequestStatus::Answered && answerSummary.trimmed().isEmpty())
        errors.append({QStringLiteral("answerSummary"),
                       Messages::tr("Summarize the answer before marking the request "
                                    "answered.")});
    for (const ResearchSource& s : sources) {
        switch (s.kind) {
        case SourceKind::Organization:
            if (s.organization.id <= 0)
                errors.append({QStringLiteral("sources"),
                               Messages::tr("Choose the organization of each source.")});
            break;
        case SourceKind::Person:
            if (s.person.id <= 0)
                errors.append(
                    {QStringLiteral("sources"), Messages::tr("Choose the person of each source.")});
            break;
        case SourceKind::Link:
            if (s.url.trimmed().isEmpty())
                errors.append({QStringLiteral("sources"),
                               Messages::tr("Enter the web address of each link.")});
            else
                validate::website(errors, QStringLiteral("sources"), s.url);
            break;
        }
    }
    return errors;
}

const EnumTable<RequestStatus>& enumTable(RequestStatus)
{
    static const EnumEntry<RequestStatus> entries[] = {
        {RequestStatus::Received, "received", QT_TRANSLATE_NOOP("RequestStatuses", "Received")},
        {RequestStatus::InProgress, "in_progress",
         QT_TRANSLATE_NOOP("RequestStatuses", "In progress")},
        {RequestStatus::Answered, "answered", QT_TRANSLATE_NOOP("RequestStatuses", "Answered")},
        {RequestStatus::Closed, "closed", QT_TRANSLATE_NOOP("RequestStatuses", "Closed")},
    };
    static const EnumTable<RequestStatus> table("RequestStatuses", RequestStatus::Received,
                                                entries);
    return table;
}

QString RequestStatuses::text(RequestStatus status, int daysOverdue)
{
    // In the context of the list's model of old, whose translation it keeps.
    if (daysOverdue > 0)
        return QCoreApplication::translate("jlgc::ResearchRequestTableModel",
                                           "Overdue by %n day(s)", nullptr, daysOverdue);
    return label(status);
}

QString RequestStatuses::text(const ResearchRequest& request, const QDate& today)
{
    return text(request.status, request.daysOverdue(today));
}

const EnumTable<SourceKind>& enumTable(SourceKind)
{
    static const EnumEntry<SourceKind> entries[] = {
        {SourceKind::Organization, "organization",
         QT_TRANSLATE_NOOP("SourceKinds", "Organization")},
        {SourceKind::Person, "person", QT_TRANSLATE_NOOP("SourceKinds", "Person")},
        {SourceKind::Link, "link", QT_TRANSLATE_NOOP("SourceKinds", "Link")},
    };
    static const EnumTable<SourceKind> table("SourceKinds", SourceKind::Link, entries);
    return table;
}

} // namespace jlgc
