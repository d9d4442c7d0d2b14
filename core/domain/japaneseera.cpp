#include "domain/japaneseera.h"

#include <QLocale>

namespace jlgc {

namespace {

struct Era {
    QDate start;
    const char16_t* nameJa;
    const char* nameEn;
};

// Newest first. Meiji began in 1868, but Japan counted by the lunisolar
// calendar until 1873-01-01 (明治6年); dates before that are not converted.
const Era Eras[] = {
    {QDate(2019, 5, 1), u"令和", "Reiwa"},   {QDate(1989, 1, 8), u"平成", "Heisei"},
    {QDate(1926, 12, 25), u"昭和", "Showa"}, {QDate(1912, 7, 30), u"大正", "Taisho"},
    {QDate(1868, 10, 23), u"明治", "Meiji"},
};

const QDate GregorianAdoption(1873, 1, 1);

} // namespace

QString EraYear::label(Language language) const
{
    if (!isValid())
        return {};
    if (language == Language::Japanese)
        return nameJa + (year == 1 ? QStringLiteral("元") : QString::number(year)) +
               QStringLiteral("年");
    return nameEn + QLatin1Char(' ') + QString::number(year);
}

EraYear JapaneseEra::of(const QDate& date)
{
    if (!date.isValid() || date < GregorianAdoption)
        return {};
    for (const Era& era : Eras)
        if (date >= era.start)
            return {QString::fromUtf16(era.nameJa), QString::fromLatin1(era.nameEn),
                    date.year() - era.start.year() + 1};
    return {};
}

EraYear JapaneseEra::ofYear(int gregorianYear)
{
    return of(QDate(gregorianYear, 12, 31));
}

QString JapaneseEra::formatDate(const QDate& date, Language language)
{
    const EraYear era = of(date);
    if (!era.isValid())
        return {};
    if (language == Language::Japanese)
        return era.label(language) + QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
    return QStringLiteral("%1 (%2), %3")
        .arg(era.label(language))
        .arg(date.year())
        .arg(QLocale(QLocale::English).toString(date, QStringLiteral("MMMM d")));
}

} // namespace jlgc
