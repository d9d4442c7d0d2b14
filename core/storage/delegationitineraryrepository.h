#pragma once

#include "domain/delegationitineraryitem.h"
#include "storage/repositoryfwd.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

// The itinerary items of delegations. Each item is saved on its own and keeps
// its calendar identity (uid) for life, so that a calendar imported twice
// updates its events rather than doubling them.
class DelegationItineraryRepository {
    Q_DECLARE_TR_FUNCTIONS(DelegationItineraryRepository)
public:
    explicit DelegationItineraryRepository(Database& db) : m_db(db) {}

    // The columns of its records, read and written.
    static const RecordColumns<DelegationItineraryItem>& columns();

    std::optional<DelegationItineraryItem> find(DelegationItineraryItemId id) const;
    // In order of date and time; whole-day items first on their day.
    QList<DelegationItineraryItem> items(DelegationId delegation) const;
    // Both check DelegationItineraryRules against the delegation and its other items.
    DelegationItineraryItem add(const DelegationItineraryItem& item);
    DelegationItineraryItem update(const DelegationItineraryItem& item);
    void remove(DelegationItineraryItemId id);

private:
    void check(const DelegationItineraryItem& item) const;
    QList<DelegationItineraryItem> select(const QString& where, qint64 id) const;

    Database& m_db;
};

} // namespace jlgc
