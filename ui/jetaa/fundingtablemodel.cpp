#include "jetaa/fundingtablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "domain/jetaarules.h"
#include "domain/money.h"
#include "reference/jurisdiction.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace jlgc {

FundingTableModel::FundingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FundingTableModel::setFundings(QList<ChapterFunding> fundings, const QDate& today)
{
    beginResetModel();
    m_fundings = std::move(fundings);
    m_today = today;
    endResetModel();
}

int FundingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fundings.size());
}

int FundingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fundings.size())
        return {};
    const ChapterFunding& f = m_fundings[index.row()];
    if (role == IdRole)
        return f.id;
    const QString approvedIn = f.effectiveApprovedCurrency();
    const JetaaRules::ReportState report = JetaaRules::reportState(f, m_today);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Chapter:
            return f.chapterName;
        case Country:
            return JurisdictionLabels::country(f.chapterCountry);
        case FiscalYearColumn:
            return f.fiscalYear.label(uiLanguage());
        case Status:
            return FundingStatuses::label(f.status);
        case Requested:
            return Money::format(f.requested(), f.currency);
        case Approved:
            return f.approved ? Money::format(*f.approved, approvedIn) : QString();
        case Disbursed:
            return f.disbursements.isEmpty() ? QString() : Money::format(f.disbursed(), approvedIn);
        case ReportDue:
            return f.reportDue.isValid() ? DateText::date(f.reportDue, uiLanguage()) : QString();
        case Report:
            return JetaaRules::label(report);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Report &&
        report == JetaaRules::ReportState::Overdue)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() >= Requested && index.column() <= Disbursed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case FiscalYearColumn:
            return f.fiscalYear.year();
        case Requested:
            return f.requested();
        case Approved:
            return f.approved.value_or(-1);
        case Disbursed:
            return f.disbursed();
        case ReportDue:
            return f.reportDue.toString(Qt::ISODate);
        case Report:
            return static_cast<int>(report);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant FundingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Chapter:
        return tr("Chapter");
    case Country:
        return tr("Country");
    case FiscalYearColumn:
        return tr("Fiscal year");
    case Status:
        return tr("Status");
    case Requested:
        return tr("Requested");
    case Approved:
        return tr("Approved");
    case Disbursed:
        return tr("Disbursed");
    case ReportDue:
        return tr("Report due");
    case Report:
        return tr("Report");
    default:
        return {};
    }
}

void FundingTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_fundings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
