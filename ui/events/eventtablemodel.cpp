#include "events/eventtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"

#include <QLocale>

namespace jlgc {

EventTableModel::EventTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EventTableModel::setEvents(QList<OfficeEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::whenText(const OfficeEvent& e)
{
    const Language lang = uiLanguage();
    QString text = DateText::date(e.date, lang);
    if (e.startTime.isValid())
        text += QLatin1Char(' ') + DateText::time(e.startTime);
    const bool days = e.endDate.isValid() && e.endDate != e.date;
    if (days || e.endTime.isValid()) {
        text += QStringLiteral("–");
        if (days)
            text += DateText::date(e.endDate, lang);
        if (e.endTime.isValid())
            text += (days ? QStringLiteral(" ") : QString()) + DateText::time(e.endTime);
    }
    return text;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const OfficeEvent& e = m_events[index.row()];
    if (role == IdRole)
        return e.id;
    const Language lang = uiLanguage();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return whenText(e);
        case Title:
            return e.title(lang);
        case Kind:
            return EventKinds::label(e.kind);
        case Place:
            return e.place;
        case Attendance:
            return e.attendance ? QVariant(QLocale().toString(*e.attendance)) : QVariant();
        case FiscalYearColumn:
            return e.fiscalYear().label(lang);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Attendance)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case When:
            // An all-day event comes before the timed ones of its day.
            return e.date.toString(Qt::ISODate) + QLatin1Char('T') +
                   (e.startTime.isValid() ? e.startTime.toString(QStringLiteral("HH:mm"))
                                          : QString()) +
                   QStringLiteral("#%1").arg(e.id, 9, 10, QLatin1Char('0'));
        case Attendance:
            return e.attendance.value_or(-1);
        case FiscalYearColumn:
            return e.fiscalYear().year();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == SearchRole && index.column() == Title)
        return e.titleEn + QLatin1Char(' ') + e.titleJa + QLatin1Char(' ') + e.notes;
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Title:
        return tr("Event");
    case Kind:
        return tr("Kind");
    case Place:
        return tr("Place");
    case Attendance:
        return tr("Attendance");
    case FiscalYearColumn:
        return tr("Fiscal year");
    default:
        return {};
    }
}

void EventTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
