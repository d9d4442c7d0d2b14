#pragma once

#include "domain/officeevent.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct EventFilter {
    QDate from; // first day on or after; invalid: open
    QDate to;   // first day on or before; invalid: open
    // Events whose first day falls in the fiscal year (a fair running from
    // March 31 into April belongs to the year it began in); null: any.
    FiscalYear fiscalYear;
    std::optional<EventKind> kind;
    OrganizationId organizationId = 0; // taking part
    PersonId personId = 0;             // attending
    QString text;                      // title or place, folded
    // Organizations and attendees are read too; a list that shows neither
    // leaves them out (find() always reads them).
    bool withParticipants = true;
};

struct EventKindCount {
    EventKind kind = EventKind::Other;
    int events = 0;
    qint64 attendance = 0; // sum of the known headcounts
    bool operator==(const EventKindCount&) const = default;
};

class OfficeEventRepository : public KindRepository<OfficeEventRepository, OfficeEvent> {
    Q_DECLARE_TR_FUNCTIONS(OfficeEventRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, made from the kind's description
    // (recordDefinition<OfficeEvent>()), read as r.
    static const RecordColumns<OfficeEvent>& columns();

    // With the organizations taking part and the people attending, named in
    // `language`.
    std::optional<OfficeEvent> find(EventId id, Language language = Language::English) const;
    // In calendar order: by day, all-day events first, then by starting time.
    QList<OfficeEvent> list(const EventFilter& filter = {},
                            Language language = Language::English) const;
    // How many events of each kind the filter selects ("how many JET
    // information sessions this season?"), in the order of EventKinds::all().
    QList<EventKindCount> countByKind(const EventFilter& filter = {}) const;
    // The fiscal years that have events, the latest first.
    QList<FiscalYear> fiscalYears() const;
    // A save refuses attendees and organizations that no longer exist.

private:
    friend KindRepository;
    QList<OfficeEvent> select(const EventFilter& filter, EventId id, Language language) const;
    SaveSteps<OfficeEvent> saveSteps();
    void check(const OfficeEvent& event) const;
    void writeChildren(EventId id, const OfficeEvent& event);
};

extern template class KindRepository<OfficeEventRepository, OfficeEvent>;

} // namespace jlgc

Q_DECLARE_METATYPE(QList<jlgc::EventKindCount>)
