#pragma once

#include "storage/cohortrepository.h"

#include <QAbstractTableModel>

namespace jlgc {

// A cohort of the list, with the name of its host in the UI language.
struct CohortListEntry {
    CohortSummary summary;
    QString host;
};

// The CLAIR Fellowship cohorts, one a year, with counts of fellows by status
// and what is left to place with a family.
class CohortTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Year, Fellows, Homestays, Programme, Host, Theme, ColumnCount };

    explicit CohortTableModel(QObject* parent = nullptr);

    void setCohorts(QList<CohortListEntry> cohorts);
    const CohortListEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a language switch: headers and texts change.
    void retranslate();

private:
    QString homestayText(const CohortSummary& s) const;

    QList<CohortListEntry> m_cohorts;
};

} // namespace jlgc
