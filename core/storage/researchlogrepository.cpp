#include "storage/researchlogrepository.h"

#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

#include <QHash>

namespace jlgc {

const RecordColumns<ResearchLogEntry>& ResearchLogRepository::columns()
{
    using E = ResearchLogEntry;
    static const RecordColumns<E> c =
        RecordColumns<E>(QStringLiteral("research_log_entry"), QStringLiteral("e"))
            .join(QStringLiteral("JOIN research_topic t ON t.id = e.topic_id "
                                 "LEFT JOIN staff_member a ON a.id = e.author_staff_id "
                                 "LEFT JOIN person ap ON ap.id = a.person_id"))
            .ref(QStringLiteral("topic_id"), &E::topicId)
            .derivedText(QStringLiteral("coalesce(t.title_en,'')"), &E::topicTitleEn)
            .derivedText(QStringLiteral("coalesce(t.title_ja,'')"), &E::topicTitleJa)
            .ref(QStringLiteral("author_staff_id"), &E::author)
            .personName(QStringLiteral("ap"), &E::authorName)
            .date(QStringLiteral("entry_date"), &E::date)
            .code<LogKinds>(QStringLiteral("kind"), &E::kind)
            .text(QStringLiteral("notes"), &E::notes)
            .text(QStringLiteral("outcome"), &E::outcome);
    return c;
}

QList<ResearchLogEntry> ResearchLogRepository::select(const SqlConditions& where,
                                                      ResearchLogEntryId onlyId) const
{
    Query q(m_db,
            columns().select() + where.where() + QStringLiteral("ORDER BY e.entry_date, e.id"));
    where.bindTo(q);
    q.exec();
    QList<ResearchLogEntry> result;
    QHash<ResearchLogEntryId, int> index;
    while (q.next()) {
        result << columns().read(q);
        index.insert(result.last().id, int(result.size()) - 1);
    }
    if (result.isEmpty())
        return result;

    Query orgs(m_db, QStringLiteral("SELECT l.entry_id, l.organization_id, coalesce(o.name_en,''), "
                                    "coalesce(o.name_ja,'') FROM research_log_organization l JOIN "
                                    "organization o ON o.id = l.organization_id ") +
                         onlyWhere(onlyId, QStringLiteral("l.entry_id")) +
                         QStringLiteral("ORDER BY l.entry_id, l.id"));
    bindOnly(orgs, onlyId).exec();
    while (orgs.next())
        if (const auto it = index.constFind(orgs.id(0)); it != index.constEnd())
            result[*it].organizations << OrganizationRef{orgs.id(1), orgs.text(2), orgs.text(3)};
    Query people(m_db, QStringLiteral("SELECT l.entry_id, l.person_id, ") +
                           sqlrefs::personNameColumns(QStringLiteral("p")) +
                           QStringLiteral(" FROM research_log_person l JOIN person p ON p.id = "
                                          "l.person_id ") +
                           onlyWhere(onlyId, QStringLiteral("l.entry_id")) +
                           QStringLiteral("ORDER BY l.entry_id, l.id"));
    bindOnly(people, onlyId).exec();
    while (people.next())
        if (const auto it = index.constFind(people.id(0)); it != index.constEnd())
            result[*it].people << PersonRef{people.id(1), sqlrefs::personNameAt(people, 2)};
    return result;
}

std::optional<ResearchLogEntry> ResearchLogRepository::find(ResearchLogEntryId id) const
{
    if (id <= 0)
        return std::nullopt;
    SqlConditions byId;
    byId.add(QStringLiteral("e.id = :id"), {{QStringLiteral(":id"), id}});
    const QList<ResearchLogEntry> found = select(byId, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ResearchLogEntry> ResearchLogRepository::list(const ResearchLogFilter& filter) const
{
    SqlConditions c;
    c.equalIfSet(QStringLiteral("e.topic_id"), filter.topicId);
    // A staff member's own entries, and those of their topics nobody signed.
    if (filter.staffMember != 0)
        c.add(QStringLiteral("e.author_staff_id = :staff OR (e.author_staff_id IS NULL AND "
                             "t.owner_staff_id = :staff2)"),
              {{QStringLiteral(":staff"), filter.staffMember},
               {QStringLiteral(":staff2"), filter.staffMember}});
    if (filter.from.isValid())
        c.add(QStringLiteral("e.entry_date >= :from"),
              {{QStringLiteral(":from"), filter.from.toString(Qt::ISODate)}});
    if (filter.to.isValid())
        c.add(QStringLiteral("e.entry_date <= :to"),
              {{QStringLiteral(":to"), filter.to.toString(Qt::ISODate)}});
    return select(c, 0);
}

void ResearchLogRepository::writeParts(ResearchLogEntryId id, const ResearchLogEntry& e)
{
    recordwrite::replaceOwned(m_db, QStringLiteral("research_log_organization"),
                              QStringLiteral("entry_id"), id, {QStringLiteral("organization_id")},
                              e.organizations,
                              [](const OrganizationRef& o, int) { return QVariantList{o.id}; });
    recordwrite::replaceOwned(m_db, QStringLiteral("research_log_person"),
                              QStringLiteral("entry_id"), id, {QStringLiteral("person_id")},
                              e.people, [](const PersonRef& p, int) { return QVariantList{p.id}; });
}

SaveSteps<ResearchLogEntry> ResearchLogRepository::saveSteps()
{
    return {{}, [this](qint64 id, const ResearchLogEntry& e) { writeParts(id, e); }};
}

template class KindRepository<ResearchLogRepository, ResearchLogEntry>;

} // namespace jlgc
