#pragma once

#include "domain/researchtopic.h"
#include "storage/kindrepository.h"

#include <QHash>
#include <QList>
#include <optional>

namespace jlgc {

class SqlConditions;

struct ResearchTopicFilter {
    StaffMemberId owner = 0;
    std::optional<TopicStatus> status;
    QString tag; // exact tag, compared without regard to case
    // Valid: only the topics that need a handover on this day
    // (ResearchTopic::needsHandover).
    QDate needingHandoverOn;
};

class ResearchTopicRepository : public KindRepository<ResearchTopicRepository, ResearchTopic> {
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<ResearchTopic>& columns();

    // With tags, reports, the owner's name and term end, and the log's size.
    std::optional<ResearchTopic> find(ResearchTopicId id) const;
    // Active topics first, then planned, paused and completed; newest first.
    QList<ResearchTopic> list(const ResearchTopicFilter& filter = {}) const;
    // remove() takes the topic's reports and its whole log with it.
    // Every tag in use, for completion in the form.
    QStringList allTags() const;

private:
    friend KindRepository;
    void writeParts(ResearchTopicId id, const ResearchTopic& topic);
    SaveSteps<ResearchTopic> saveSteps();
    // Active topics first (see list()); with the rows they own (only
    // onlyId's when set). `filter` adds its needingHandoverOn.
    QList<ResearchTopic> select(const SqlConditions& where, const ResearchTopicFilter& filter,
                                ResearchTopicId onlyId) const;
};

extern template class KindRepository<ResearchTopicRepository, ResearchTopic>;

} // namespace jlgc
