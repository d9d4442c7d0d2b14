#pragma once

#include "domain/researchrequest.h"
#include "storage/repositoryfwd.h"

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

class ResearchRequestRepository {
public:
    explicit ResearchRequestRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<ResearchRequest>& columns();

    std::optional<ResearchRequest> find(ResearchRequestId id) const;
    // Open requests first, soonest due first; then the others, newest first.
    QList<ResearchRequest> list(const ResearchRequestFilter& filter = {}) const;
    ResearchRequest add(const ResearchRequest& request);
    ResearchRequest update(const ResearchRequest& request);
    // Removes the request with its sources.
    void remove(ResearchRequestId id);

private:
    void writeSources(ResearchRequestId id, const QList<ResearchSource>& sources);
    SaveSteps<ResearchRequest> saveSteps();
    QHash<ResearchRequestId, QList<ResearchSource>> sources(ResearchRequestId onlyId) const;

    Database& m_db;
};

} // namespace jlgc
