#include "storage/researchtopicrepository.h"

#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/queryrows.h"
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
    QList<ResearchTopic> result =
        columns().list(m_db, where,
                       QStringLiteral("ORDER BY CASE t.status WHEN 'active' THEN 0 WHEN 'planned' "
                                      "THEN 1 WHEN 'paused' THEN 2 ELSE 3 END, t.start_date IS "
                                      "NULL, t.start_date DESC, t.id DESC"));
    if (filter.needingHandoverOn.isValid())
        result.removeIf(
            [&](const ResearchTopic& t) { return !t.needsHandover(filter.needingHandoverOn); });

    const auto tagsById =
        childRowsOf(m_db, QStringLiteral("SELECT topic_id, tag FROM research_topic_tag "),
                    QStringLiteral("topic_id"), onlyId, QStringLiteral("ORDER BY topic_id, id"),
                    [](const Query& row) { return row.text(1); });
    const auto deliverables =
        childRowsOf(m_db,
                    QStringLiteral("SELECT topic_id, id, coalesce(title_en,''), "
                                   "coalesce(title_ja,''), coalesce(published_date,''), "
                                   "coalesce(link,'') FROM research_deliverable "),
                    QStringLiteral("topic_id"), onlyId,
                    QStringLiteral("ORDER BY topic_id, position, "
                                   "id"),
                    [](const Query& row) {
                        ResearchDeliverable d;
                        d.id = row.id(1);
                        d.titleEn = row.text(2);
                        d.titleJa = row.text(3);
                        d.published = sqlrefs::dateAt(row, 4);
                        d.link = row.text(5);
                        return d;
                    });
    setById(result, &ResearchTopic::tags, tagsById);
    setById(result, &ResearchTopic::deliverables, deliverables);
    return result;
}

std::optional<ResearchTopic> ResearchTopicRepository::find(ResearchTopicId id) const
{
    if (id <= 0)
        return std::nullopt;
    return firstOf(select(columns().byId(id), {}, id));
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
    return rowsOf(q, [](const Query& row) { return row.text(0); });
}

template class KindRepository<ResearchTopicRepository, ResearchTopic>;

} // namespace jlgc
