#pragma once

#include "domain/delegationitineraryitem.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

// The itinerary items of delegations. Each item is saved on its own and keeps
// its calendar identity (uid) for life, so that a calendar imported twice
// updates its events rather than doubling them.
class DelegationItineraryRepository
    : public KindRepository<DelegationItineraryRepository, DelegationItineraryItem> {
    Q_DECLARE_TR_FUNCTIONS(DelegationItineraryRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<DelegationItineraryItem>& columns();

    // In order of date and time; whole-day items first on their day.
    QList<DelegationItineraryItem> items(DelegationId delegation) const;
    // add() and update() check DelegationItineraryRules against the
    // delegation and its other items. add() and insert() give the item its calendar uid
    // (when it has none); update() never rewrites it: calendars know the
    // event by it.
    DelegationItineraryItemId insert(const DelegationItineraryItem& item);

private:
    friend KindRepository;
    SaveSteps<DelegationItineraryItem> saveSteps() const;
    void check(const DelegationItineraryItem& item) const;
    QList<DelegationItineraryItem> select(const QString& where, qint64 id) const;
};

extern template class KindRepository<DelegationItineraryRepository, DelegationItineraryItem>;

} // namespace jlgc
