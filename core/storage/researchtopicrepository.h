#pragma once

#include "domain/researchtopic.h"
#include "storage/repositoryfwd.h"

#include <QHash>
#include <QList>
#include <optional>

namespace jlgc {

struct ResearchTopicFilter {
    StaffMemberId owner = 0;
    std::optional<TopicStatus> status;
    QString tag; // exact tag, compared without regard to case
    // Valid: only the topics that need a handover on this day
    // (ResearchTopic::needsHandover).
    QDate needingHandoverOn;
};

class ResearchTopicRepository {
public:
    explicit ResearchTopicRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<ResearchTopic>& columns();

    // With tags, reports, the owner's name and term end, and the log's size.
    std::optional<ResearchTopic> find(ResearchTopicId id) const;
    // Active topics first, then planned, paused and completed; newest first.
    QList<ResearchTopic> list(const ResearchTopicFilter& filter = {}) const;
    ResearchTopic add(const ResearchTopic& topic);
    ResearchTopic update(const ResearchTopic& topic);
    // Removes the topic with its reports and its whole log.
    void remove(ResearchTopicId id);
    // Every tag in use, for completion in the form.
    QStringList allTags() const;

private:
    void writeParts(ResearchTopicId id, const ResearchTopic& topic);
    SaveSteps<ResearchTopic> saveSteps();
    QList<ResearchTopic> select(const QString& where, const ResearchTopicFilter& filter,
                                ResearchTopicId onlyId) const;

    Database& m_db;
};

} // namespace jlgc
