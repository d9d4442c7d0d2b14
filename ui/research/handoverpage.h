#pragma once

#include "common/page.h"
#include "domain/staffmember.h"

#include <QDate>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace jlgc {

class SearchPicker;
struct Handover;

// Everything an official owns — research topics, log entries, research
// requests, delegations — for the successor who takes it over. Officials
// whose term has ended while topics are still active are listed first.
class HandoverPage : public Page {
    Q_OBJECT
public:
    explicit HandoverPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_ArrowRight;
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return standardIcon(PageIcon); }
    void setDatabase(Database* db) override;
    // Read again when next shown (showEvent) if another page covers it.
    void refreshFromDatabase() override
    {
        if (!coveredInStack())
            refresh();
    }

    void showOfficial(StaffMemberId official);
    StaffMemberId official() const { return m_official; }
    // Gives the successor the official's open work (after asking).
    bool handOverTo(StaffMemberId successor, bool ask = true);
    void setToday(const QDate& today);

    QTreeWidget* tree() const { return m_tree; }
    QListWidget* awaitingList() const { return m_awaiting; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void showChoiceHint();
    void showHandover(const Handover& handover);
    void retranslate();

    Database* m_db = nullptr;
    StaffMemberId m_official = 0;
    QDate m_today;
    QLabel* m_awaitingLabel;
    QListWidget* m_awaiting;
    QLabel* m_officialLabel;
    SearchPicker* m_picker;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QLabel* m_successorLabel;
    SearchPicker* m_successor;
    QPushButton* m_handOver;
};

} // namespace jlgc
