#include "reference/jurisdiction.h"

#include "io/csvreader.h"

#include <QHash>

namespace jlgc {

QString Subdivision::japaneseName(const QString& code, const QString& fallback)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        QList<CsvReader::Record> records;
        if (CsvReader().readUtf8File(QStringLiteral(":/refdata/us_ca_subdivisions_ja.csv"),
                                     records))
            for (qsizetype i = 1; i < records.size(); ++i)
                if (records[i].fields.size() >= 2)
                    map.insert(records[i].fields[0], records[i].fields[1]);
        return map;
    }();
    return names.value(code, fallback);
}

namespace {

QString withoutMarks(const QString& s)
{
    QString plain;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain;
}

// "Kobe, Hyogo" and "Akashi, Hyogo" alike (see municipalityEnglishName).
QString englishWithPrefecture(const QString& nameEn, const QString& prefectureEn)
{
    const QString place = municipalityEnglishName(nameEn, prefectureEn);
    return place.contains(QLatin1Char(',')) ? place : place + QStringLiteral(", ") + prefectureEn;
}

} // namespace

QString municipalityEnglishName(const QString& nameEn, const QString& prefectureEn)
{
    const qsizetype comma = nameEn.indexOf(QLatin1Char(','));
    if (comma < 0)
        return nameEn;
    QString rest = nameEn.mid(comma + 1).trimmed();
    QString note;
    if (const qsizetype paren = rest.indexOf(QLatin1Char('(')); paren >= 0) {
        note = rest.mid(paren).trimmed();
        rest = rest.left(paren).trimmed();
    }
    if (withoutMarks(rest).compare(withoutMarks(prefectureEn), Qt::CaseInsensitive) != 0)
        return nameEn; // "Chūō-ku, Sapporo": a ward and its city
    QString place = nameEn.left(comma).trimmed();
    if (!note.isEmpty())
        place += QLatin1Char(' ') + note;
    return place;
}

QString Municipality::displayWithPrefecture(Language l) const
{
    if (l == Language::Japanese)
        return prefectureJa + nameJa;
    return englishWithPrefecture(nameEn, prefectureEn);
}

QString Jurisdiction::display(Language l) const
{
    if (isPrefecture)
        return l == Language::Japanese ? nameJa : nameEn;
    if (l == Language::Japanese)
        return prefectureJa + nameJa;
    return englishWithPrefecture(nameEn, prefectureEn);
}

QString JurisdictionLabels::municipalityKind(const QString& kind)
{
    if (kind == QLatin1String("city"))
        return tr("City");
    if (kind == QLatin1String("town"))
        return tr("Town");
    if (kind == QLatin1String("village"))
        return tr("Village");
    if (kind == QLatin1String("special_ward"))
        return tr("Special ward");
    if (kind == QLatin1String("prefecture"))
        return tr("Prefecture");
    return kind;
}

QString JurisdictionLabels::subdivisionKind(const QString& kind)
{
    if (kind == QLatin1String("state"))
        return tr("State");
    if (kind == QLatin1String("district"))
        return tr("Federal district");
    if (kind == QLatin1String("outlying_area"))
        return tr("Outlying area");
    if (kind == QLatin1String("province"))
        return tr("Province");
    if (kind == QLatin1String("territory"))
        return tr("Territory");
    return kind;
}

QString JurisdictionLabels::country(const QString& isoCode)
{
    if (isoCode == QLatin1String("US"))
        return tr("United States");
    if (isoCode == QLatin1String("CA"))
        return tr("Canada");
    if (isoCode == QLatin1String("JP"))
        return tr("Japan");
    return isoCode;
}

} // namespace jlgc
