#pragma once

#include "common/itemtablemodel.h"
#include "storage/cohortrepository.h"

namespace jlgc {

// A cohort of the list, with the name of its host in the UI language.
struct CohortListEntry {
    CohortSummary summary;
    QString host;
};

// The CLAIR Fellowship cohorts, one a year, with counts of fellows by status
// and what is left to place with a family.
class CohortTableModel : public ItemTableModel<CohortListEntry> {
    Q_OBJECT
public:
    enum Column { Year, Fellows, Homestays, Programme, Host, Theme, ColumnCount };

    explicit CohortTableModel(QObject* parent = nullptr);

    void setCohorts(QList<CohortListEntry> cohorts);
    const CohortListEntry* entry(int row) const { return item(row); }

    QVariant itemData(const CohortListEntry& entry, const QModelIndex& index,
                      int role) const override;

private:
    QString homestayText(const CohortSummary& s) const;
};

} // namespace jlgc
