#pragma once

#include "domain/hostfamily.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jlgc {

// Host families: name in the UI language (sorted by reading in Japanese),
// where they live, the room they have and how many fellows they have hosted.
class HostFamilyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Family, Names, Municipality, Capacity, Languages, Hosted, ColumnCount };

    explicit HostFamilyTableModel(QObject* parent = nullptr);

    // hosted: the number of homestays of each family, every year.
    void setFamilies(QList<HostFamily> families, QHash<HostFamilyId, int> hosted);
    const HostFamily* family(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<HostFamily> m_families;
    QHash<HostFamilyId, int> m_hosted;
};

} // namespace jlgc
