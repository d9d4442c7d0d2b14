#pragma once

#include "domain/itineraryitem.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

class Database;

// The itinerary items of delegations. Each item is saved on its own and keeps
// its calendar identity (uid) for life, so that a calendar imported twice
// updates its events rather than doubling them.
class ItineraryRepository {
    Q_DECLARE_TR_FUNCTIONS(ItineraryRepository)
public:
    explicit ItineraryRepository(Database& db) : m_db(db) {}

    std::optional<ItineraryItem> find(ItineraryItemId id) const;
    // In order of date and time; whole-day items first on their day.
    QList<ItineraryItem> items(DelegationId delegation) const;
    // Both check ItineraryRules against the delegation and its other items.
    ItineraryItem add(const ItineraryItem& item);
    ItineraryItem update(const ItineraryItem& item);
    void remove(ItineraryItemId id);

private:
    void check(const ItineraryItem& item) const;
    QList<ItineraryItem> select(const QString& where, qint64 id) const;

    Database& m_db;
};

} // namespace jlgc
