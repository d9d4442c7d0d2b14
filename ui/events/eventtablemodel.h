#pragma once

#include "domain/officeevent.h"

#include <QAbstractTableModel>

namespace jlgc {

// The office's events; the When column sorts in calendar order (all-day
// events first on their day, then by starting time).
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Title, Kind, Place, Attendance, FiscalYearColumn, ColumnCount };

    explicit EventTableModel(QObject* parent = nullptr);

    void setEvents(QList<OfficeEvent> events);
    const QList<OfficeEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // 2025-05-11 10:00–17:00, in the user's locale.
    static QString whenText(const OfficeEvent& event);

private:
    QList<OfficeEvent> m_events;
};

} // namespace jlgc
