#pragma once

#include "common/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace jlgc {

class RecordListModel;

// Every fellow since 1993, across the cohorts: narrowed by year range, home
// state or province, host prefecture and status, with the number of fellows
// from each state or province. Read only (fellows are edited in their cohort).
// The list is the "fellows" kind's (RecordType), read a screen at a time off
// the window's thread; the counts likewise.
class AllFellowsPage : public Page {
    Q_OBJECT
public:
    // The list's columns (the kind's list columns).
    enum Column { Year, Name, NameJapanese, Government, StateOrProvince, HostPrefecture, Status };

    explicit AllFellowsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_FileDialogListView;
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return standardIcon(PageIcon); }
    void setDatabase(Database* db) override;
    // Read again when next shown (showEvent) if another page covers it.
    void refreshFromDatabase() override
    {
        if (!coveredInStack())
            reload();
    }
    void focusFilter() override;

    // For tests.
    QTableView* table() const { return m_table; }
    RecordListModel* model() const { return m_model; }
    QTableWidget* countsTable() const { return m_counts; }
    QComboBox* subdivisionFilter() const { return m_subdivision; }
    QComboBox* prefectureFilter() const { return m_prefecture; }
    QComboBox* statusFilter() const { return m_status; }
    QSpinBox* fromYear() const { return m_from; }
    QSpinBox* toYear() const { return m_to; }
    QLabel* summary() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void fillCombos();
    void updateCounts();
    void retranslate();

    Database* m_db = nullptr;
    RecordListModel* m_model;
    QLineEdit* m_filter;
    QLabel* m_yearsLabel;
    QSpinBox* m_from;
    QLabel* m_toLabel;
    QSpinBox* m_to;
    QComboBox* m_subdivision;
    QComboBox* m_prefecture;
    QComboBox* m_status;
    QTableView* m_table;
    QLabel* m_countsTitle;
    QTableWidget* m_counts;
    QLabel* m_summary;
    bool m_sized = false; // the columns fitted to the first screen
    bool m_filling = false;
};

} // namespace jlgc
