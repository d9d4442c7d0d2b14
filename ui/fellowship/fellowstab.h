#pragma once

#include "domain/cohort.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace jlgc {

class Database;
class FellowTableModel;
class RecordFilterProxy;

// The fellows of the cohort shown on the Fellowship page, with Add, Edit,
// Withdraw and Remove.
class FellowsTab : public QWidget {
    Q_OBJECT
public:
    explicit FellowsTab(QWidget* parent = nullptr);

    // No cohort (id 0): an empty list and nothing to do.
    void setCohort(Database* db, const Cohort& cohort);
    void refresh();

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

signals:
    // Fellows were added, changed or removed.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void updateSummary();

    Database* m_db = nullptr;
    Cohort m_cohort;
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
