#pragma once

#include "domain/chapterfunding.h"

#include <QDate>
#include <QGroupBox>
#include <QList>

class QLabel;
class QTableWidget;

namespace jlgc {

// Under the CLAIR funding list: the records listed added up by country and
// currency (US and Canadian dollars never together), then the chapters whose
// report is overdue and those whose report is due.
class FundingTotalsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit FundingTotalsBox(QWidget* parent = nullptr);

    // The records the list shows, and the day that decides what is overdue.
    void setFundings(QList<ChapterFunding> listed, const QDate& today);
    // The texts in the window's language again.
    void retranslate();

    QTableWidget* table() const { return m_table; }
    QLabel* outstanding() const { return m_outstanding; }

private:
    void showTotals();
    void showOutstanding();

    QList<ChapterFunding> m_listed;
    QDate m_today;
    QTableWidget* m_table;
    QLabel* m_outstanding;
};

} // namespace jlgc
