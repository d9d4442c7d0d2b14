#include "research/stafftablemodel.h"

#include "common/itemroles.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"

#include <QColor>
#include <QLocale>

namespace jlgc {

StaffTableModel::StaffTableModel(QObject* parent)
    : ItemTableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Post"), QT_TR_NOOP("Sending government"),
                      QT_TR_NOOP("Position"), QT_TR_NOOP("Term starts"), QT_TR_NOOP("Term ends"),
                      QT_TR_NOOP("Status")},
                     parent)
{
}

void StaffTableModel::setStaff(QList<StaffMember> staff, const QDate& today)
{
    setItems(std::move(staff), [&] { m_today = today; });
}

QString StaffTableModel::state(const StaffMember& s) const
{
    if (s.hasTermEnded(m_today))
        return tr("Term ended");
    if (s.termStart.isValid() && s.termStart > m_today)
        return tr("Not yet arrived");
    return tr("Serving");
}

QVariant StaffTableModel::itemData(const StaffMember& s, const QModelIndex& index, int role) const
{
    const Language lang = uiLanguage();
    const QLocale locale;
    const auto date = [&](const QDate& d) { return DateText::date(d, uiLanguage()); };
    switch (role) {
    case IdRole:
        return s.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return s.display(lang);
        case Post:
            return StaffKinds::label(s.kind);
        case SendingGovernment:
            return s.sendingGovernment.display(lang);
        case Position:
            return lang == Language::Japanese && !s.positionJa.isEmpty() ? s.positionJa
                                                                         : s.positionEn;
        case TermStart:
            return date(s.termStart);
        case TermEnd:
            return date(s.termEnd);
        case State:
            return state(s);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Name:
            return s.person.name.sortKey(lang);
        case TermStart:
            return s.termStart.toString(Qt::ISODate);
        case TermEnd:
            return s.termEnd.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return index.column() == Name
                   ? s.person.name.kanji() + QLatin1Char(' ') + s.person.name.latin() +
                         QLatin1Char(' ') + s.person.name.reading() + QLatin1Char(' ') +
                         s.sendingGovernment.nameJa + QLatin1Char(' ') + s.sendingGovernment.nameEn
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == State && s.hasTermEnded(m_today))
            return QColor(Qt::darkGray);
        return {};
    default:
        return {};
    }
}

} // namespace jlgc
