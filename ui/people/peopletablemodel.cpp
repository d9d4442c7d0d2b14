#include "people/peopletablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "search/textnormalizer.h"
#include "storage/personrepository.h"

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

PeopleTableModel::PeopleTableModel(QObject* parent)
    : PagedTableModel(QStringLiteral("person"), QStringLiteral("person"), parent)
{
}

const Person* PeopleTableModel::person(int row) const
{
    const qint64 id = recordId(row);
    const auto it = m_people.constFind(id);
    return it == m_people.cend() ? nullptr : &*it;
}

void PeopleTableModel::loadRecords(const QList<qint64>& ids) const
{
    if (!database())
        return;
    for (Person& p : PersonRepository(*database()).findMany(ids, uiLanguage()))
        m_people.insert(p.id, std::move(p));
}

void PeopleTableModel::dropRecords(const QList<qint64>& ids) const
{
    for (const qint64 id : ids)
        m_people.remove(id);
}

QString PeopleTableModel::orderExpression(int column) const
{
    switch (column) {
    case Reading:
        return QStringLiteral("i.sort_ja");
    case LatinName:
        return QStringLiteral("lower(coalesce(r.family_name, '') || ' ' || "
                              "coalesce(r.given_name, ''))");
    case Organization:
        return QStringLiteral("coalesce((SELECT coalesce(o.name_en, o.name_ja) FROM "
                              "person_affiliation a JOIN organization o ON o.id = "
                              "a.organization_id WHERE a.person_id = r.id ORDER BY a.end_date "
                              "IS NOT NULL, a.id LIMIT 1), '')");
    case Title:
        return QStringLiteral("lower(coalesce(r.title, ''))");
    case Email:
        return QStringLiteral("lower(coalesce(r.email, ''))");
    default:
        return {}; // the name, by reading in Japanese
    }
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Person* found = person(index.row());
    if (!found)
        return {};
    const Person& p = *found;
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
    // Names are read in the interface language and sorted by it.
    reload();
}

} // namespace jlgc
