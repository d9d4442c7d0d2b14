#include "people/peopletablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "search/textnormalizer.h"

namespace jlgc {

namespace {
QString currentOrganization(const Person& p)
{
    const QDate today = QDate::currentDate();
    for (const Affiliation& a : p.affiliations)
        if (a.isCurrent(today))
            return a.organizationName;
    return p.affiliations.isEmpty() ? QString() : p.affiliations.front().organizationName;
}
} // namespace

PeopleTableModel::PeopleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PeopleTableModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

const Person* PeopleTableModel::person(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people[row] : nullptr;
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const Person& p = m_people[index.row()];
    if (role == IdRole)
        return p.id;
    const Language lang = uiLanguage();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return p.name.display(lang);
        case Reading:
            return p.name.reading();
        case LatinName:
            return p.name.hasLatin() ? p.name.formalLatin() : QString();
        case Organization:
            return currentOrganization(p);
        case Title:
            return p.title;
        case Email:
            return p.email;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Name:
            return p.name.sortKey(lang);
        case Reading:
            return p.name.sortKey(Language::Japanese);
        case LatinName:
            return p.name.family + QLatin1Char(' ') + p.name.given;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        if (index.column() == Name)
            return p.name.kanji() + QLatin1Char(' ') + p.name.latin() + QLatin1Char(' ') +
                   p.name.reading() + QLatin1Char(' ') + kanaToRomaji(p.name.familyKana) +
                   kanaToRomaji(p.name.givenKana) + QLatin1Char(' ') + p.notes;
        return {};
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Reading:
        return tr("Reading");
    case LatinName:
        return tr("Name in Latin letters");
    case Organization:
        return tr("Organization");
    case Title:
        return tr("Title");
    case Email:
        return tr("Email");
    default:
        return {};
    }
}

void PeopleTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_people.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace jlgc
