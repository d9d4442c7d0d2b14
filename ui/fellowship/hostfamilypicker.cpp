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
    return fromDatabase(std::move(getDb), [](Database& db, const QString& text) {
        QList<PickerItem> items;
        HostFamilyFilter filter;
        filter.text = text;
        const Language lang = uiLanguage();
        for (const HostFamily& f : HostFamilyRepository(db).list(filter)) {
            const QString place =
                lang == Language::Japanese ? f.municipalityNameJa : f.municipalityNameEn;
            items << PickerItem{
                f.id, f.display(lang),
                QStringList{f.names(), place, Messages::tr("room for %n", nullptr, f.capacity)}
                    .join(QStringLiteral("  "))};
        }
        return items;
    });
}

QString hostFamilyLabel(Database* db, qint64 id)
{
    return recordLabel<HostFamilyRepository>(db, id);
}

} // namespace jlgc::pickers
