#include "storage/researchlogrepository.h"

#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

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
    QList<ResearchLogEntry> result =
        columns().list(m_db, where, QStringLiteral("ORDER BY e.entry_date, e.id"));
    if (result.isEmpty())
        return result;

    const auto organizations =
        childRowsOf(m_db,
                    QStringLiteral("SELECT l.entry_id, l.organization_id, coalesce(o.name_en,''), "
                                   "coalesce(o.name_ja,'') FROM research_log_organization l JOIN "
                                   "organization o ON o.id = l.organization_id "),
                    QStringLiteral("l.entry_id"), onlyId,
                    QStringLiteral("ORDER BY l.entry_id, l.id"), [](const Query& row) {
                        return OrganizationRef{row.id(1), row.text(2), row.text(3)};
                    });
    const auto persons =
        childRowsOf(m_db,
                    QStringLiteral("SELECT l.entry_id, l.person_id, ") +
                        sqlrefs::personNameColumns(QStringLiteral("p")) +
                        QStringLiteral(" FROM research_log_person l JOIN person p ON p.id = "
                                       "l.person_id "),
                    QStringLiteral("l.entry_id"), onlyId,
                    QStringLiteral("ORDER BY l.entry_id, l.id"), [](const Query& row) {
                        return PersonRef{row.id(1), sqlrefs::personNameAt(row, 2)};
                    });
    setById(result, &ResearchLogEntry::organizations, organizations);
    setById(result, &ResearchLogEntry::people, persons);
    return result;
}

std::optional<ResearchLogEntry> ResearchLogRepository::find(ResearchLogEntryId id) const
{
    if (id <= 0)
        return std::nullopt;
    return firstOf(select(columns().byId(id), id));
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
