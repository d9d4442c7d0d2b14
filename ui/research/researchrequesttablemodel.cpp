#include "research/researchrequesttablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "research/staffpickers.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace jlgc {

ResearchRequestTableModel::ResearchRequestTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ResearchRequestTableModel::setRequests(QList<ResearchRequest> requests, const QDate& today)
{
    beginResetModel();
    m_requests = std::move(requests);
    m_today = today;
    endResetModel();
}

const ResearchRequest* ResearchRequestTableModel::request(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests[row] : nullptr;
}

int ResearchRequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ResearchRequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResearchRequestTableModel::statusText(const ResearchRequest& r, const QDate& today)
{
    if (r.isOverdue(today))
        return tr("Overdue by %n day(s)", nullptr, r.daysOverdue(today));
    return RequestStatuses::label(r.status);
}

QVariant ResearchRequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const ResearchRequest& r = m_requests[index.row()];
    const Language lang = uiLanguage();
    const QLocale locale;
    const auto date = [&](const QDate& d) { return DateText::date(d, uiLanguage()); };
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return date(r.due);
        case Question:
            return r.question(lang).simplified();
        case From:
            return r.requestingGovernment.display(lang);
        case AssignedTo:
            return r.assignedName.display(lang);
        case Status:
            return statusText(r, m_today);
        case Received:
            return date(r.received);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Question)
            return r.questionJa + QStringLiteral("\n\n") + r.questionEn;
        return overdue ? statusText(r, m_today) : data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case Due:
            // Open requests by due date first, then the others.
            return QStringLiteral("%1 %2")
                .arg(r.isOpen() ? 0 : 1)
                .arg(r.due.isValid() ? r.due.toString(Qt::ISODate) : QStringLiteral("9999"));
        case Received:
            return r.received.toString(Qt::ISODate);
        case AssignedTo:
            return r.assignedName.sortKey(lang);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return index.column() == Question ? r.questionJa + QLatin1Char(' ') + r.questionEn +
                                                QLatin1Char(' ') + r.answerSummary
                                          : QVariant();
    case Qt::ForegroundRole:
        if (overdue)
            return staffpickers::alertColor();
        return {};
    case Qt::FontRole:
        if (overdue && (index.column() == Due || index.column() == Status)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ResearchRequestTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Question:
        return tr("Question");
    case From:
        return tr("From");
    case AssignedTo:
        return tr("Assigned to");
    case Status:
        return tr("Status");
    case Received:
        return tr("Received");
    default:
        return {};
    }
}

void ResearchRequestTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_requests.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
