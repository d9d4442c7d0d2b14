#pragma once

#include "domain/fellowshipitineraryitem.h"
#include "fellowship/cohorttab.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace jlgc {

// The cohort's itinerary day by day: a row for each day of the programme
// (Tokyo or host area), the day's items under it in the order of the day.
class ItineraryTab : public CohortTab {
    Q_OBJECT
public:
    enum Column { Time, Type, Description, Place, Host, ColumnCount };

    explicit ItineraryTab(QWidget* parent = nullptr);

    void refresh() override;

    QTreeWidget* tree() const { return m_tree; }
    int itemCount() const { return m_count; }
    // The item of the selected row (0: a day or nothing is selected).
    qint64 currentItemId() const;
    // The day of the selected row, item or day.
    QDate currentDate() const;

    void addItem();
    void editItem();
    void removeItem();

protected:
    void retranslate() override;

private:
    void updateButtons();
    QString portionOf(const QDate& day) const;
    QTreeWidgetItem* addDay(const QDate& day, int number);

    int m_count = 0;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace jlgc
