#pragma once

#include "common/pickers.h"
#include "domain/delegationitineraryitem.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace jlgc {

// A delegation's itinerary grouped by day (Day 1, Day 2, …), with buttons to
// add, edit and remove items. Items are saved one by one, as they are made.
class DelegationItineraryView : public QWidget {
    Q_OBJECT
public:
    explicit DelegationItineraryView(DatabaseGetter db, QWidget* parent = nullptr);

    // A delegation not yet saved has no itinerary yet.
    void setDelegation(const Delegation& delegation);
    void refresh();
    void retranslate();

    QTreeWidget* tree() const { return m_tree; }
    const QList<DelegationItineraryItem>& items() const { return m_items; }
    // Saves an item as the dialog would; on a broken rule shows why and
    // returns false.
    bool addItem(const DelegationItineraryItem& item);
    QLabel* messageLabel() const { return m_message; }

signals:
    void changed();

private:
    void editItem(const DelegationItineraryItem& item);
    const DelegationItineraryItem* currentItem() const;

    DatabaseGetter m_db;
    Delegation m_delegation;
    QList<DelegationItineraryItem> m_items;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace jlgc
