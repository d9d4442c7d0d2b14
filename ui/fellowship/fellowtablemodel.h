#pragma once

#include "common/itemtablemodel.h"
#include "domain/fellow.h"

#include <QHash>

namespace jlgc {

// The fellows of one cohort: name in the UI language, home government, state
// or province, status (unconfirmed ones coloured) and their host family.
class FellowTableModel : public ItemTableModel<Fellow> {
    Q_OBJECT
public:
    enum Column { Name, Status, Government, StateOrProvince, Homestay, Title, ColumnCount };

    explicit FellowTableModel(QObject* parent = nullptr);

    // subdivisionNames: ISO code -> name; homestays: the families and nights
    // of each fellow, as text.
    void setFellows(QList<Fellow> fellows, QHash<QString, QString> subdivisionNames,
                    QHash<FellowId, QStringList> homestays);
    const Fellow* fellow(int row) const { return item(row); }
    const QList<Fellow>& fellows() const { return m_items; }

    QVariant itemData(const Fellow& entry, const QModelIndex& index, int role) const override;

private:
    QVariant display(const Fellow& f, int column) const;
    bool needsFamily(const Fellow& f) const;

    QHash<QString, QString> m_subdivisions;
    QHash<FellowId, QStringList> m_homestays;
};

} // namespace jlgc
