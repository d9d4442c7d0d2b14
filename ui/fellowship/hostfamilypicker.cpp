#include "fellowship/hostfamilypicker.h"

#include "common/uilanguage.h"
#include "storage/hostfamilyrepository.h"

#include <QCoreApplication>

namespace jlgc::pickers {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(HostFamilyPicker)
};
} // namespace

SearchPicker::Provider hostFamilies(DatabaseGetter getDb)
{
    return [getDb](const QString& text) {
        QList<PickerItem> items;
        Database* db = getDb();
        if (!db)
            return items;
        HostFamilyFilter filter;
        filter.text = text;
        const Language lang = uiLanguage();
        for (const HostFamily& f : HostFamilyRepository(*db).list(filter)) {
            const QString place =
                lang == Language::Japanese ? f.municipalityNameJa : f.municipalityNameEn;
            items << PickerItem{
                f.id, f.display(lang),
                QStringList{f.names(), place, Messages::tr("room for %n", nullptr, f.capacity)}
                    .join(QStringLiteral("  "))};
        }
        return items;
    };
}

QString hostFamilyLabel(Database* db, qint64 id)
{
    if (!db || id <= 0)
        return {};
    const auto f = HostFamilyRepository(*db).find(id);
    return f ? f->display(uiLanguage()) : QString();
}

} // namespace jlgc::pickers
