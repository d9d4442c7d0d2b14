#include "domain/japaneseera.h"

#include <QLocale>
#include <iterator>

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

std::optional<PartialDate> JapaneseEra::toGregorian(const QString& era, int year, int month,
                                                    int day)
{
    const QString name = era.trimmed();
    for (qsizetype i = 0; i < qsizetype(std::size(Eras)); ++i) {
        const Era& e = Eras[i];
        const QString en = QString::fromLatin1(e.nameEn);
        if (name != QString::fromUtf16(e.nameJa) && name.compare(en, Qt::CaseInsensitive) != 0 &&
            name.compare(en.left(1), Qt::CaseInsensitive) != 0)
            continue;
        if (year < 1 || month < 0 || month > 12 || day < 0 || (day > 0 && month == 0))
            return std::nullopt;
        const PartialDate date{e.start.year() + year - 1, month, day};
        if (!date.isWellFormed())
            return std::nullopt;
        // The span the value means must meet the era's: from its start to
        // the day before the next era began (Reiwa has no end yet).
        const QDate first = date.earliest();
        QDate last = day > 0     ? first
                     : month > 0 ? first.addMonths(1).addDays(-1)
                                 : QDate(date.year, 12, 31);
        const QDate end = i == 0 ? QDate() : Eras[i - 1].start.addDays(-1);
        if (last < e.start || (end.isValid() && first > end) || first < GregorianAdoption)
            return std::nullopt;
        return date;
    }
    return std::nullopt;
}

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
