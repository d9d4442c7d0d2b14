#pragma once

#include "domain/chapterfunding.h"

#include <QAbstractTableModel>

namespace jlgc {

// CLAIR funding records, one per chapter and fiscal year, with the state of
// the report each chapter owes as of "today".
class FundingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Chapter,
        Country,
        FiscalYearColumn,
        Status,
        Requested,
        Approved,
        Disbursed,
        ReportDue,
        Report,
        ColumnCount
    };

    explicit FundingTableModel(QObject* parent = nullptr);

    void setFundings(QList<ChapterFunding> fundings, const QDate& today);
    const QList<ChapterFunding>& fundings() const { return m_fundings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<ChapterFunding> m_fundings;
    QDate m_today;
};

} // namespace jlgc
