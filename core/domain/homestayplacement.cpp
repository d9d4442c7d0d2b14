#include "domain/homestayplacement.h"

#include "domain/validation.h"

namespace jlgc {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(HomestayPlacement)
};
} // namespace

const EnumTable<HomestayWarningKind>& enumTable(HomestayWarningKind)
{
    static const EnumEntry<HomestayWarningKind> entries[] = {
        {HomestayWarningKind::OutsideHostArea, "outside_host_area",
         QT_TRANSLATE_NOOP("HomestayWarningKinds", "Outside the host area")},
        {HomestayWarningKind::Dietary, "dietary",
         QT_TRANSLATE_NOOP("HomestayWarningKinds", "Dietary need")},
    };
    static const EnumTable<HomestayWarningKind> table(
        "HomestayWarningKinds", HomestayWarningKind::OutsideHostArea, entries);
    return table;
}

std::optional<HomestayWarningKind> HomestayWarningKinds::fromCode(const QString& code)
{
    for (HomestayWarningKind k : all())
        if (HomestayWarningKinds::code(k) == code)
            return k;
    return std::nullopt;
}

int HomestayPlacement::nightCount() const
{
    if (!firstNight.isValid() || !lastNight.isValid() || lastNight < firstNight)
        return 0;
    return int(firstNight.daysTo(lastNight)) + 1;
}

QList<QDate> HomestayPlacement::nights() const
{
    QList<QDate> result;
    const int n = nightCount();
    for (int i = 0; i < n; ++i)
        result << firstNight.addDays(i);
    return result;
}

bool HomestayPlacement::coversNight(const QDate& night) const
{
    return nightCount() > 0 && night >= firstNight && night <= lastNight;
}

bool HomestayPlacement::overlaps(const HomestayPlacement& other) const
{
    return nightCount() > 0 && other.nightCount() > 0 && firstNight <= other.lastNight &&
           other.firstNight <= lastNight;
}

QString HomestayPlacement::familyDisplay(Language language) const
{
    HostFamily f;
    f.familyNameKanji = familyNameKanji;
    f.familyNameRomaji = familyNameRomaji;
    return f.display(language);
}

FieldErrors HomestayPlacement::validate() const
{
    FieldErrors errors;
    if (fellowId <= 0)
        errors.append({QStringLiteral("fellowId"), Messages::tr("Choose the fellow.")});
    if (hostFamilyId <= 0)
        errors.append({QStringLiteral("hostFamilyId"), Messages::tr("Choose the host family.")});
    if (!firstNight.isValid())
        errors.append({QStringLiteral("firstNight"), Messages::tr("Enter the first night.")});
    if (!lastNight.isValid())
        errors.append({QStringLiteral("lastNight"), Messages::tr("Enter the last night.")});
    validate::order(errors, QStringLiteral("lastNight"), firstNight, lastNight,
                    Messages::tr("The last night is before the first night."));
    return errors;
}

} // namespace jlgc
