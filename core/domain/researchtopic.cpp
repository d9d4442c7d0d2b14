#include "domain/researchtopic.h"

#include "domain/validation.h"

#include <QSet>

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ResearchTopic)
};
} // namespace

QString ResearchDeliverable::title(Language language) const
{
    return inLanguage(language, titleEn, titleJa);
}

QString ResearchTopic::title(Language language) const
{
    return inLanguage(language, titleEn, titleJa);
}

bool ResearchTopic::needsHandover(const QDate& today) const
{
    return status == TopicStatus::Active && ownerTermEnd.isValid() && ownerTermEnd < today;
}

bool topicNeedsHandover(const ResearchTopic& topic, const StaffMember& owner, const QDate& today)
{
    return topic.status == TopicStatus::Active && topic.owner == owner.id &&
           owner.hasTermEnded(today);
}

QStringList ResearchTopic::cleanTags(const QStringList& tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString& t : tags) {
        const QString tag = t.trimmed();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        result << tag;
    }
    return result;
}

FieldErrors ResearchTopic::validate() const
{
    FieldErrors errors;
    if (owner <= 0)
        errors.append({QStringLiteral("owner"),
                       Messages::tr("Choose the official who researches this topic.")});
    if (titleEn.trimmed().isEmpty() && titleJa.trimmed().isEmpty())
        errors.append({QStringLiteral("titleEn"),
                       Messages::tr("Give the topic a title in English or Japanese.")});
    validate::dateOrder(errors, QStringLiteral("end"), start, end);
    for (const ResearchDeliverable& d : deliverables) {
        if (d.titleEn.trimmed().isEmpty() && d.titleJa.trimmed().isEmpty())
            errors.append(
                {QStringLiteral("deliverables"), Messages::tr("Give each report a title.")});
        validate::website(errors, QStringLiteral("deliverables"), d.link);
    }
    return errors;
}

const EnumTable<TopicStatus>& enumTable(TopicStatus)
{
    static const EnumEntry<TopicStatus> entries[] = {
        {TopicStatus::Planned, "planned", QT_TRANSLATE_NOOP("TopicStatuses", "Planned")},
        {TopicStatus::Active, "active", QT_TRANSLATE_NOOP("TopicStatuses", "Active")},
        {TopicStatus::Paused, "paused", QT_TRANSLATE_NOOP("TopicStatuses", "Paused")},
        {TopicStatus::Completed, "completed", QT_TRANSLATE_NOOP("TopicStatuses", "Completed")},
    };
    static const EnumTable<TopicStatus> table("TopicStatuses", TopicStatus::Planned, entries);
    return table;
}

} // namespace jlgc
