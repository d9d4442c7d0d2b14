#pragma once

#include "domain/cohort.h"
#include "fellowship/cohorttab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace jlgc {

class FellowTableModel;
class RecordFilterProxy;

// The fellows of the cohort shown on the Fellowship page, with Add, Edit,
// Withdraw and Remove.
class FellowsTab : public CohortTab {
    Q_OBJECT
public:
    explicit FellowsTab(QWidget* parent = nullptr);

    void refresh() override;

    FellowTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    // The fellow of the selected row (0: none).
    qint64 currentFellowId() const;
    bool selectFellow(qint64 id);

    void addFellow();
    void editFellow();
    void withdrawFellow();
    void removeFellow();

protected:
    void retranslate() override;

private:
    void updateButtons();
    void updateSummary();

    FellowTableModel* m_model;
    RecordFilterProxy* m_proxy;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_withdraw;
    QPushButton* m_remove;
};

} // namespace jlgc
