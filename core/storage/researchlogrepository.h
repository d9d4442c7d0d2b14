#pragma once

#include "domain/researchlogentry.h"
#include "storage/kindrepository.h"

#include <QList>
#include <optional>

namespace jlgc {

class SqlConditions;

struct ResearchLogFilter {
    ResearchTopicId topicId = 0;
    // The official's own entries, and entries without an author in topics
    // they own.
    StaffMemberId staffMember = 0;
    QDate from;
    QDate to;
};

class ResearchLogRepository : public KindRepository<ResearchLogRepository, ResearchLogEntry> {
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<ResearchLogEntry>& columns();

    std::optional<ResearchLogEntry> find(ResearchLogEntryId id) const;
    // Chronological: oldest first, as a log reads.
    QList<ResearchLogEntry> list(const ResearchLogFilter& filter = {}) const;

private:
    friend KindRepository;
    void writeParts(ResearchLogEntryId id, const ResearchLogEntry& entry);
    SaveSteps<ResearchLogEntry> saveSteps();
    // Oldest first; with the rows they own (only onlyId's when set).
    QList<ResearchLogEntry> select(const SqlConditions& where, ResearchLogEntryId onlyId) const;
};

extern template class KindRepository<ResearchLogRepository, ResearchLogEntry>;

} // namespace jlgc
