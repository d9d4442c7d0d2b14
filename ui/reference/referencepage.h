#pragma once

#include "common/page.h"
#include "reference/jurisdictiontablemodel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace jlgc {

class JurisdictionTableModel;
class RecordFilterProxy;

// The reference data the office's records point at: Japan's prefectures and
// municipalities with their official codes, and the US states and Canadian
// provinces. Read-only; found by kanji, kana, romaji, English or code.
class ReferencePage : public Page {
    Q_OBJECT
public:
    explicit ReferencePage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DriveNetIcon;
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return standardIcon(PageIcon); }
    void setDatabase(Database* db) override;
    void focusFilter() override;
    bool showRecord(const QString& kind, const QVariant& id) override;

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* prefectureFilter() const { return m_prefecture; }
    QTableView* table() const { return m_table; }
    JurisdictionTableModel* model() const { return m_model; }
    QTextBrowser* details() const { return m_details; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* subdivisionTable() const { return m_naTable; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void ensureLoaded();
    void retranslate();
    void fillFilters();
    void refresh();
    void showRows(QList<JurisdictionTableModel::Row> rows);
    // Selects the place showRecord() asked for, once its rows are in.
    bool selectPending();
    QString m_select;
    bool m_selectPrefecture = false;
    bool m_selected = false;
    void showDetails();
    void fillSubdivisions();
    // The states and provinces, read when their tab is first shown.
    void showSubdivisionsWhenSeen();

    Database* m_db = nullptr;
    bool m_stale = false; // the lists wait for the page to be shown
    bool m_subdivisionsStale = true;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_prefecture;
    QComboBox* m_kind;
    QLabel* m_count;
    QTableView* m_table;
    JurisdictionTableModel* m_model;
    RecordFilterProxy* m_proxy;
    QTextBrowser* m_details;
    QTimer* m_detailsLater;    // the details follow the selection a turn later
    bool m_sizeColumns = true; // at the first rows after a change of language
    QLineEdit* m_naSearch;
    QTableView* m_naTable;
    QStandardItemModel* m_naModel;
    RecordFilterProxy* m_naProxy;
};

} // namespace jlgc
