#include "fellowship/allfellowsmodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "fellowship/fellowshipformat.h"
#include "reference/jurisdiction.h"

#include <QFont>

namespace jlgc {

AllFellowsModel::AllFellowsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AllFellowsModel::setFellows(QList<Fellow> fellows, Names names)
{
    beginResetModel();
    m_fellows = std::move(fellows);
    m_names = std::move(names);
    endResetModel();
}

QString AllFellowsModel::subdivisionName(const QString& code) const
{
    return Subdivision::displayName(code, m_names.subdivisions.value(code, code), uiLanguage());
}

int AllFellowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fellows.size());
}

int AllFellowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllFellowsModel::display(const Fellow& f, int column) const
{
    switch (column) {
    case Year:
        return f.cohortYear;
    case Name:
        return f.personName.latin();
    case NameJapanese: {
        const QString kanji = f.personName.kanji();
        return kanji.isEmpty() ? f.personName.reading() : kanji;
    }
    case Government:
        return f.organizationName(uiLanguage());
    case StateOrProvince:
        return subdivisionName(f.subdivisionCode);
    case HostPrefecture: {
        const QString code = m_names.hostPrefecture.value(f.cohortId);
        const auto& names =
            uiLanguage() == Language::Japanese ? m_names.prefecturesJa : m_names.prefecturesEn;
        return names.value(code, code);
    }
    case Status:
        return FellowStatuses::label(f.status);
    default:
        return {};
    }
}

QVariant AllFellowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fellows.size())
        return {};
    const Fellow& f = m_fellows[index.row()];
    const int column = index.column();
    switch (role) {
    case IdRole:
        return f.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(f, column);
    case Qt::TextAlignmentRole:
        if (column == Year)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (f.status == FellowStatus::Withdrawn)
            return FellowshipFormat::quietForeground();
        return {};
    case Qt::FontRole:
        if (f.status == FellowStatus::Withdrawn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        switch (column) {
        case Year:
            return f.cohortYear;
        case Name:
            return f.personName.sortKey(Language::English);
        case NameJapanese:
            return f.personName.sortKey(Language::Japanese);
        case Status:
            return int(f.status);
        default:
            return display(f, column);
        }
    case SearchRole:
        if (column == Name)
            return f.personName.reading() + QLatin1Char(' ') + f.titleAtTime;
        return {};
    default:
        return {};
    }
}

QVariant AllFellowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year:
        return tr("Year");
    case Name:
        return tr("Name");
    case NameJapanese:
        return tr("Name in Japanese");
    case Government:
        return tr("Home government");
    case StateOrProvince:
        return tr("State or province");
    case HostPrefecture:
        return tr("Host prefecture");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void AllFellowsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_fellows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
