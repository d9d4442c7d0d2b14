#include "storage/researchtopicrepository.h"

#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

namespace jlgc {

const RecordColumns<ResearchTopic>& ResearchTopicRepository::columns()
{
    using T = ResearchTopic;
    static const RecordColumns<T> c =
        RecordColumns<T>(QStringLiteral("research_topic"), QStringLiteral("t"))
            .join(QStringLiteral("JOIN staff_member s ON s.id = t.owner_staff_id "
                                 "JOIN person p ON p.id = s.person_id"))
            .ref(QStringLiteral("owner_staff_id"), &T::owner)
            .personName(QStringLiteral("p"), &T::ownerName)
            .derived(QStringLiteral("coalesce(s.term_end,'')"),
                     [](T& t, const Query& q, int i) { t.ownerTermEnd = sqlrefs::dateAt(q, i); })
            .text(QStringLiteral("title_en"), &T::titleEn)
            .text(QStringLiteral("title_ja"), &T::titleJa)
            .text(QStringLiteral("description"), &T::description)
            .code<TopicStatuses>(QStringLiteral("status"), &T::status)
            .date(QStringLiteral("start_date"), &T::start)
            .date(QStringLiteral("end_date"), &T::end)
            .derived(QStringLiteral(
                         "(SELECT count(*) FROM research_log_entry e WHERE e.topic_id = t.id)"),
                     [](T& t, const Query& q, int i) { t.logEntryCount = q.value(i).toInt(); });
    return c;
}

QList<ResearchTopic> ResearchTopicRepository::select(const SqlConditions& where,
                                                     const ResearchTopicFilter& filter,
                                                     ResearchTopicId onlyId) const
{
    Query q(m_db, columns().select() + where.where() +
                      QStringLiteral("ORDER BY CASE t.status WHEN 'active' THEN 0 WHEN 'planned' "
                                     "THEN 1 WHEN 'paused' THEN 2 ELSE 3 END, t.start_date IS "
                                     "NULL, t.start_date DESC, t.id DESC"));
    where.bindTo(q);
    q.exec();
    QList<ResearchTopic> result;
    while (q.next()) {
        ResearchTopic t = columns().read(q);
        if (filter.needingHandoverOn.isValid() && !t.needsHandover(filter.needingHandoverOn))
            continue;
        result << t;
    }

    QHash<ResearchTopicId, int> index;
    for (int i = 0; i < result.size(); ++i)
        index.insert(result[i].id, i);
    Query tags(m_db, QStringLiteral("SELECT topic_id, tag FROM research_topic_tag ") +
                         onlyWhere(onlyId, QStringLiteral("topic_id")) +
                         QStringLiteral("ORDER BY topic_id, id"));
    bindOnly(tags, onlyId).exec();
    while (tags.next())
        if (const auto it = index.constFind(tags.id(0)); it != index.constEnd())
            result[*it].tags << tags.text(1);
    Query reports(m_db, QStringLiteral("SELECT topic_id, id, coalesce(title_en,''), "
                                       "coalesce(title_ja,''), coalesce(published_date,''), "
                                       "coalesce(link,'') FROM research_deliverable ") +
                            onlyWhere(onlyId, QStringLiteral("topic_id")) +
                            QStringLiteral("ORDER BY topic_id, position, "
                                           "id"));
    bindOnly(reports, onlyId).exec();
    while (reports.next()) {
        const auto it = index.constFind(reports.id(0));
        if (it == index.constEnd())
            continue;
        ResearchDeliverable d;
        d.id = reports.id(1);
        d.titleEn = reports.text(2);
        d.titleJa = reports.text(3);
        d.published = sqlrefs::dateAt(reports, 4);
        d.link = reports.text(5);
        result[*it].deliverables << d;
    }
    return result;
}

std::optional<ResearchTopic> ResearchTopicRepository::find(ResearchTopicId id) const
{
    if (id <= 0)
        return std::nullopt;
    SqlConditions byId;
    byId.add(QStringLiteral("t.id = :id"), {{QStringLiteral(":id"), id}});
    const QList<ResearchTopic> found = select(byId, {}, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ResearchTopic> ResearchTopicRepository::list(const ResearchTopicFilter& filter) const
{
    SqlConditions c;
    c.equalIfSet(QStringLiteral("t.owner_staff_id"), filter.owner);
    c.equalIfSet<TopicStatuses>(QStringLiteral("t.status"), filter.status);
    if (const QString tag = filter.tag.trimmed(); !tag.isEmpty())
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM research_topic_tag g WHERE g.topic_id = t.id "
                             "AND lower(g.tag) = lower(:tag))"),
              {{QStringLiteral(":tag"), tag}});
    return select(c, filter, 0);
}

void ResearchTopicRepository::writeParts(ResearchTopicId id, const ResearchTopic& t)
{
    recordwrite::replaceOwned(m_db, QStringLiteral("research_topic_tag"),
                              QStringLiteral("topic_id"), id, {QStringLiteral("tag")},
                              ResearchTopic::cleanTags(t.tags),
                              [](const QString& tag, int) { return QVariantList{tag}; });
    recordwrite::replaceOwned(
        m_db, QStringLiteral("research_deliverable"), QStringLiteral("topic_id"), id,
        {QStringLiteral("title_en"), QStringLiteral("title_ja"), QStringLiteral("published_date"),
         QStringLiteral("link"), QStringLiteral("position")},
        t.deliverables, [](const ResearchDeliverable& d, int position) {
            return QVariantList{nullIfEmpty(d.titleEn), nullIfEmpty(d.titleJa),
                                nullIfInvalid(d.published), nullIfEmpty(d.link), position};
        });
}

SaveSteps<ResearchTopic> ResearchTopicRepository::saveSteps()
{
    return {{}, [this](qint64 id, const ResearchTopic& t) { writeParts(id, t); }};
}

QStringList ResearchTopicRepository::allTags() const
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT tag FROM research_topic_tag ORDER BY tag"));
    q.exec();
    QStringList tags;
    while (q.next())
        tags << q.text(0);
    return tags;
}

template class KindRepository<ResearchTopicRepository, ResearchTopic>;

} // namespace jlgc
