#include "domain/datetext.h"
#include "domain/fiscalyear.h"
#include "domain/personname.h"
#include "storage/records/recordtype.h"
#include "storage/sqlrefs.h"

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

PersonName personNameOf(const QVariantList& v)
{
    return {v.value(0).toString(), v.value(1).toString(), v.value(2).toString(),
            v.value(3).toString(), v.value(4).toString(), v.value(5).toString()};
}

QString personName(const QVariantList& v, Language language)
{
    return personNameOf(v).display(language);
}

QString governmentSql(Language language)
{
    return language == Language::Japanese
               ? QStringLiteral(
                     "coalesce(gp.name_ja, gmp.name_ja || gm.name_ja, go.name_ja, go.name_en, '')")
               : QStringLiteral("coalesce(gp.name_en, CASE WHEN instr(gm.name_en, ',') > 0 THEN "
                                "gm.name_en ELSE gm.name_en || ', ' || gmp.name_en END, "
                                "go.name_en, go.name_ja, '')");
}

QString governmentAndStaffJoins(const QString& staffColumn)
{
    return QStringLiteral("LEFT JOIN prefecture gp ON gp.code = r.prefecture_code "
                          "LEFT JOIN municipality gm ON gm.code = r.municipality_code "
                          "LEFT JOIN prefecture gmp ON gmp.code = gm.prefecture_code "
                          "LEFT JOIN organization go ON go.id = r.organization_id "
                          "LEFT JOIN staff_member s ON s.id = r.%1 "
                          "LEFT JOIN person sp ON sp.id = s.person_id "
                          "LEFT JOIN search_item si ON si.kind = 'person' AND si.record_id = "
                          "+s.person_id")
        .arg(staffColumn);
}

QStringList personNameValues(const QString& alias)
{
    QStringList values;
    for (const QString& column : sqlrefs::personNameColumnNames())
        values << alias + QLatin1Char('.') + column;
    return values;
}

} // namespace jlgc::listformat
