#include "research/staffpickers.h"

#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "search/textnormalizer.h"
#include "storage/staffrepository.h"

#include <QColor>

namespace jlgc::staffpickers {

SearchPicker::Provider staff(DatabaseGetter getDb, bool dispatchedOnly)
{
    return pickers::fromDatabase(std::move(getDb), [dispatchedOnly](Database& db,
                                                                    const QString& text) {
        QList<PickerItem> items;
        const QString folded = normalizeForSearch(text);
        const Language lang = uiLanguage();
        StaffFilter filter;
        if (dispatchedOnly)
            filter.kind = StaffKind::DispatchedOfficial;
        for (const StaffMember& s : StaffRepository(db).list(filter)) {
            const PersonName& n = s.person.name;
            const QStringList texts = {n.kanji(),      n.latin(),    n.reading(),
                                       s.positionEn,   s.positionJa, kanaToRomaji(n.reading()),
                                       n.formalLatin()};
            bool match = folded.isEmpty();
            for (const QString& t : texts)
                match = match || (!t.isEmpty() && normalizeForSearch(t).contains(folded));
            if (!match)
                continue;
            const QString position =
                lang == Language::Japanese && !s.positionJa.isEmpty() ? s.positionJa : s.positionEn;
            const QString term =
                s.termStart.isValid()
                    ? QStringLiteral("%1–%2").arg(DateText::date(s.termStart, uiLanguage()),
                                                  DateText::date(s.termEnd, uiLanguage()))
                    : QString();
            items << PickerItem{s.id, n.display(lang),
                                QStringList{position, StaffKinds::label(s.kind), term}
                                    .join(QStringLiteral("  "))
                                    .trimmed()};
        }
        return items;
    });
}

QString staffLabel(Database* db, StaffMemberId id)
{
    return pickers::recordLabel<StaffRepository>(db, id);
}

GovernmentRef governmentFrom(const SearchPicker* jurisdiction, const SearchPicker* organization)
{
    GovernmentRef g;
    if (jurisdiction->hasCurrent()) {
        const QString code = jurisdiction->currentKey().toString();
        (code.size() == 2 ? g.prefectureCode : g.municipalityCode) = code;
        g.nameJa = g.nameEn = jurisdiction->currentLabel();
    }
    if (organization->hasCurrent())
        g.organizationId = organization->currentKey().toLongLong();
    return g;
}

void showGovernment(Database* db, const GovernmentRef& g, SearchPicker* jurisdiction,
                    SearchPicker* organization)
{
    const QString code = g.prefectureCode.isEmpty() ? g.municipalityCode : g.prefectureCode;
    if (code.isEmpty())
        jurisdiction->clear();
    else
        jurisdiction->setCurrent(code, pickers::jurisdictionLabel(db, code));
    if (g.organizationId > 0)
        organization->setCurrent(g.organizationId,
                                 pickers::organizationLabel(db, g.organizationId));
    else
        organization->clear();
}

QColor warningBackground()
{
    return QColor(0xff, 0xf0, 0xc8);
}

} // namespace jlgc::staffpickers
