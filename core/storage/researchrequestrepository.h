#pragma once

#include "domain/researchrequest.h"
#include "storage/kindrepository.h"

#include <QHash>
#include <QList>
#include <optional>

namespace jlgc {

struct ResearchRequestFilter {
    std::optional<RequestStatus> status;
    bool openOnly = false; // received or in progress
    // Valid: only the requests that are overdue on this day (ResearchRequest::isOverdue).
    QDate overdueOn;
    StaffMemberId assignedTo = 0;
    QString prefectureCode; // from the prefecture or one of its municipalities
};

class ResearchRequestRepository
    : public KindRepository<ResearchRequestRepository, ResearchRequest> {
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<ResearchRequest>& columns();

    std::optional<ResearchRequest> find(ResearchRequestId id) const;
    // Open requests first, soonest due first; then the others, newest first.
    QList<ResearchRequest> list(const ResearchRequestFilter& filter = {}) const;
    // remove() takes the request's sources with it.

private:
    friend KindRepository;
    void writeSources(ResearchRequestId id, const QList<ResearchSource>& sources);
    SaveSteps<ResearchRequest> saveSteps();
    QHash<ResearchRequestId, QList<ResearchSource>> sources(ResearchRequestId onlyId) const;
};

extern template class KindRepository<ResearchRequestRepository, ResearchRequest>;

} // namespace jlgc
