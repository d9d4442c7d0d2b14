#pragma once

#include "common/pickers.h"
#include "domain/itineraryitem.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace jlgc {

// A delegation's itinerary grouped by day (Day 1, Day 2, …), with buttons to
// add, edit and remove items. Items are saved one by one, as they are made.
class ItineraryView : public QWidget {
    Q_OBJECT
public:
    explicit ItineraryView(DatabaseGetter db, QWidget* parent = nullptr);

    // A delegation not yet saved has no itinerary yet.
    void setDelegation(const Delegation& delegation);
    void refresh();
    void retranslate();

    QTreeWidget* tree() const { return m_tree; }
    const QList<ItineraryItem>& items() const { return m_items; }
    // Saves an item as the dialog would; on a broken rule shows why and
    // returns false.
    bool addItem(const ItineraryItem& item);
    QLabel* messageLabel() const { return m_message; }

signals:
    void changed();

private:
    void editItem(const ItineraryItem& item);
    const ItineraryItem* currentItem() const;

    DatabaseGetter m_db;
    Delegation m_delegation;
    QList<ItineraryItem> m_items;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace jlgc
