#include "domain/datetext.h"
#include "domain/fiscalyear.h"
#include "domain/personname.h"
#include "storage/records/recordtype.h"

#include <QLocale>

namespace jlgc::listformat {

QString text(const QVariantList& v, Language)
{
    return v.value(0).toString();
}

QString bilingual(const QVariantList& v, Language language)
{
    const QString en = v.value(0).toString();
    const QString ja = v.value(1).toString();
    if (language == Language::Japanese)
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
}

QString date(const QVariantList& v, Language language)
{
    return DateText::date(QDate::fromString(v.value(0).toString(), Qt::ISODate), language);
}

QString integer(const QVariantList& v, Language language)
{
    if (v.value(0).isNull())
        return {};
    const QLocale locale(language == Language::Japanese ? QLocale::Japanese : QLocale::English);
    return locale.toString(v.value(0).toLongLong());
}

QString fiscalYear(const QVariantList& v, Language language)
{
    const QDate d = QDate::fromString(v.value(0).toString(), Qt::ISODate);
    return d.isValid() ? FiscalYear::containing(d).label(language) : QString();
}

QString personName(const QVariantList& v, Language language)
{
    const PersonName n{v.value(0).toString(), v.value(1).toString(), v.value(2).toString(),
                       v.value(3).toString(), v.value(4).toString(), v.value(5).toString()};
    return n.display(language);
}

QStringList personNameValues(const QString& alias)
{
    QStringList values;
    for (const char* c : {"family_name", "given_name", "family_name_kanji", "given_name_kanji",
                          "family_name_kana", "given_name_kana"})
        values << alias + QLatin1Char('.') + QLatin1String(c);
    return values;
}

} // namespace jlgc::listformat
