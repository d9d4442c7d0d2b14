// Dispatched officials (staff members), their research topics and the log
// of their work on them. Their repositories keep their own SQL; the
// descriptions give the labels, the owners and the owned rows.
#include "storage/recordcolumns.h"
#include "storage/records/recordtype.h"
#include "storage/records/recordtypelist.h"
#include "storage/researchlogrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/staffrepository.h"

namespace jlgc::recordtypes {

const RecordType& staffMembers()
{
    static const RecordType t = describedByColumns(
        "staff_members", QT_TRANSLATE_NOOP("RecordKinds", "Staff members"),
        QT_TRANSLATE_NOOP("RecordKinds", "staff member"), StaffRepository::columns());
    return t;
}

const RecordType& researchTopics()
{
    static const RecordType t = [] {
        RecordType r = describedByColumns(
            "research_topics", QT_TRANSLATE_NOOP("RecordKinds", "Research topics"),
            QT_TRANSLATE_NOOP("RecordKinds", "research topic"), ResearchTopicRepository::columns());
        // Topics by their tags too; the log's entries are found on their own.
        r.dashboardOpens = QStringLiteral("research_topic");
        r.searchSelect = QStringLiteral(
            "SELECT coalesce(title_en, title_ja), coalesce(title_ja, title_en), "
            "coalesce((SELECT group_concat(tag, ', ') FROM research_topic_tag WHERE topic_id = "
            "research_topic.id), status), coalesce((SELECT group_concat(tag, '、') FROM "
            "research_topic_tag WHERE topic_id = research_topic.id), status), title_en, title_ja, "
            "description, (SELECT group_concat(tag, ' ') FROM research_topic_tag WHERE topic_id = "
            "research_topic.id) FROM research_topic WHERE id = :id");
        r.owned = {
            {QStringLiteral("research_topic_tags"), QStringLiteral("research_topic_tag"),
             QT_TRANSLATE_NOOP("RecordKinds", "Research topic tags"), QStringLiteral("topic_id")},
            {QStringLiteral("research_deliverables"), QStringLiteral("research_deliverable"),
             QT_TRANSLATE_NOOP("RecordKinds", "Research reports"), QStringLiteral("topic_id")},
        };
        return r;
    }();
    return t;
}

const RecordType& researchLogEntries()
{
    static const RecordType t = [] {
        RecordType e = describedByColumns(
            "research_log_entries", QT_TRANSLATE_NOOP("RecordKinds", "Research log entries"),
            QT_TRANSLATE_NOOP("RecordKinds", "log entry"), ResearchLogRepository::columns());
        e.searchKind = QStringLiteral("research_log");
        e.searchSelect = QStringLiteral(
            "SELECT coalesce(t.title_en, t.title_ja) || ' · ' || e.entry_date, "
            "coalesce(t.title_ja, t.title_en) || ' · ' || e.entry_date, "
            "substr(coalesce(e.notes, e.outcome), 1, 80), substr(coalesce(e.notes, e.outcome), 1, "
            "80), e.notes, e.outcome, (SELECT group_concat(coalesce(o.name_en, '') || ' ' || "
            "coalesce(o.name_ja, '') || ' ' || coalesce(o.short_name, ''), ' ') FROM "
            "research_log_organization lo JOIN organization o ON o.id = lo.organization_id WHERE "
            "lo.entry_id = e.id) FROM research_log_entry e JOIN research_topic t ON t.id = "
            "e.topic_id WHERE e.id = :id");
        e.ownerKind = QStringLiteral("research_topics");
        e.ownerColumn = QStringLiteral("topic_id");
        e.owned = {
            {QStringLiteral("research_log_organizations"),
             QStringLiteral("research_log_organization"),
             QT_TRANSLATE_NOOP("RecordKinds", "Organizations in research logs"),
             QStringLiteral("entry_id")},
            {QStringLiteral("research_log_people"), QStringLiteral("research_log_person"),
             QT_TRANSLATE_NOOP("RecordKinds", "People in research logs"),
             QStringLiteral("entry_id")},
        };
        return e;
    }();
    return t;
}

} // namespace jlgc::recordtypes
