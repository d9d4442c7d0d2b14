#include "storage/referenceloader.h"

#include "io/csvreader.h"
#include "search/textnormalizer.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>

namespace jlgc {

namespace {

// Reads a shipped CSV file into header-keyed rows.
class RefFile {
public:
    explicit RefFile(const QString& name)
    {
        QList<CsvReader::Record> records;
        const QString path = QStringLiteral(":/refdata/") + name;
        if (!CsvReader().readUtf8File(path, records) || records.isEmpty())
            throw StorageError(StorageError::Kind::Open,
                               ReferenceLoader::tr("The reference data file %1 is missing from "
                                                   "this build of JLGC Desk.")
                                   .arg(name));
        m_header = records.takeFirst().fields;
        m_rows = records;
        m_name = name;
    }
    qsizetype size() const { return m_rows.size(); }
    QString at(qsizetype row, const char* column) const
    {
        const qsizetype col = m_header.indexOf(QLatin1String(column));
        if (col < 0)
            throw StorageError(StorageError::Kind::Open,
                               ReferenceLoader::tr("The reference data file %1 has no column %2.")
                                   .arg(m_name, QLatin1String(column)));
        const QStringList& f = m_rows[row].fields;
        return col < f.size() ? f[col].trimmed() : QString();
    }

private:
    QString m_name;
    QStringList m_header;
    QList<CsvReader::Record> m_rows;
};

QString searchText(const QStringList& parts)
{
    QStringList folded;
    for (const QString& p : parts) {
        if (p.isEmpty())
            continue;
        const QString f = normalizeForSearch(p);
        folded << f;
        // Gumma and Ohtsu find Gunma and Ōtsu (the query is folded the same way).
        const QString key = romanizationKey(f);
        if (key != f)
            folded << key;
    }
    return folded.join(QLatin1Char('|'));
}

QString municipalityKind(const QString& type)
{
    return type == QLatin1String("ward") ? QStringLiteral("special_ward") : type;
}

} // namespace

QString ReferenceLoader::prefectureSearchText(const QString& nameJa, const QString& kana,
                                              const QString& nameEn, const QString& code,
                                              const QString& code6)
{
    return searchText({nameJa, kana, romajiVariants(kana), nameEn, code, code6});
}

QString ReferenceLoader::municipalitySearchText(const QString& nameJa, const QString& prefectureJa,
                                                const QString& kana, const QString& romaji,
                                                const QString& nameEn, const QString& code)
{
    return searchText({nameJa, prefectureJa + nameJa, kana, romajiVariants(kana), romaji, nameEn,
                       code, code.left(5)});
}

QString ReferenceLoader::wardSearchText(const QString& cityJa, const QString& wardJa,
                                        const QString& kana, const QString& nameEn,
                                        const QString& code)
{
    return searchText({cityJa + wardJa, kana, romajiVariants(kana), nameEn, code});
}

void ReferenceLoader::refreshSearchText()
{
    struct Row {
        QString key;
        QString text;
    };
    auto rewrite = [this](const char* select, const char* update, auto compute) {
        QList<Row> rows;
        {
            Query q(m_db, QString::fromLatin1(select));
            q.exec();
            while (q.next())
                rows << Row{q.text(0), compute(q)};
        }
        Query u(m_db, QString::fromLatin1(update));
        for (const Row& r : rows)
            u.bind(QStringLiteral(":t"), r.text).bind(QStringLiteral(":k"), r.key).exec();
    };
    rewrite("SELECT code, name_ja, name_kana, name_en, code6 FROM prefecture",
            "UPDATE prefecture SET search_text = :t WHERE code = :k", [](const Query& q) {
                return prefectureSearchText(q.text(1), q.text(2), q.text(3), q.text(0), q.text(4));
            });
    rewrite("SELECT m.code, m.name_ja, p.name_ja, m.name_kana, m.name_romaji, m.name_en FROM "
            "municipality m JOIN prefecture p ON p.code = m.prefecture_code",
            "UPDATE municipality SET search_text = :t WHERE code = :k", [](const Query& q) {
                return municipalitySearchText(q.text(1), q.text(2), q.text(3), q.text(4), q.text(5),
                                              q.text(0));
            });
    rewrite("SELECT w.code, m.name_ja, w.name_ja, w.name_kana, w.name_en FROM designated_ward w "
            "JOIN municipality m ON m.code = w.city_code",
            "UPDATE designated_ward SET search_text = :t WHERE code = :k", [](const Query& q) {
                return wardSearchText(q.text(1), q.text(2), q.text(3), q.text(4), q.text(0));
            });
}

void ReferenceLoader::loadAll()
{
    loadPrefectures();
    loadMunicipalities();
    loadDesignatedWards();
    loadSubdivisions();
    loadPartnerOrganizations();
}

void ReferenceLoader::loadPrefectures()
{
    RefFile f(QStringLiteral("jp_prefectures.csv"));
    Query q(m_db,
            QStringLiteral(
                "INSERT INTO prefecture (code, code6, name_ja, name_kana, name_en, iso3166_2, "
                "capital_ja, search_text) VALUES (:code, :code6, :ja, :kana, :en, :iso, "
                ":capital, :search)"));
    for (qsizetype r = 0; r < f.size(); ++r) {
        const QString kana = f.at(r, "name_kana");
        q.bind(QStringLiteral(":code"), f.at(r, "code"))
            .bind(QStringLiteral(":code6"), f.at(r, "code_6digit"))
            .bind(QStringLiteral(":ja"), f.at(r, "name_ja"))
            .bind(QStringLiteral(":kana"), kana)
            .bind(QStringLiteral(":en"), f.at(r, "name_en"))
            .bind(QStringLiteral(":iso"), f.at(r, "iso3166_2"))
            .bind(QStringLiteral(":capital"), nullIfEmpty(f.at(r, "capital_ja")))
            .bind(QStringLiteral(":search"),
                  prefectureSearchText(f.at(r, "name_ja"), kana, f.at(r, "name_en"),
                                       f.at(r, "code"), f.at(r, "code_6digit")))
            .exec();
    }
}

void ReferenceLoader::loadMunicipalities()
{
    RefFile f(QStringLiteral("jp_municipalities.csv"));
    Query q(m_db, QStringLiteral("INSERT INTO municipality (code, prefecture_code, name_ja, "
                                 "name_kana, name_romaji, name_en, kind, search_text) VALUES "
                                 "(:code, :pref, :ja, :kana, :romaji, :en, :kind, :search)"));
    for (qsizetype r = 0; r < f.size(); ++r) {
        const QString code = f.at(r, "code");
        const QString kana = f.at(r, "municipality_kana_or_romaji");
        const QString romaji = f.at(r, "municipality_romaji_hepburn");
        q.bind(QStringLiteral(":code"), code)
            .bind(QStringLiteral(":pref"), code.left(2))
            .bind(QStringLiteral(":ja"), f.at(r, "municipality_ja"))
            .bind(QStringLiteral(":kana"), kana)
            .bind(QStringLiteral(":romaji"), nullIfEmpty(romaji))
            .bind(QStringLiteral(":en"), f.at(r, "municipality_en"))
            .bind(QStringLiteral(":kind"), municipalityKind(f.at(r, "type")))
            .bind(QStringLiteral(":search"),
                  municipalitySearchText(f.at(r, "municipality_ja"), f.at(r, "prefecture_ja"), kana,
                                         romaji, f.at(r, "municipality_en"), code))
            .exec();
    }
}

void ReferenceLoader::loadDesignatedWards()
{
    // Wards name their city by prefecture and city in kanji; find its code.
    QHash<QString, QString> cityCodes;
    {
        Query q(m_db, QStringLiteral("SELECT p.name_ja || m.name_ja, m.code FROM municipality m "
                                     "JOIN prefecture p ON p.code = m.prefecture_code "
                                     "WHERE m.kind = 'city'"));
        q.exec();
        while (q.next())
            cityCodes.insert(q.text(0), q.text(1));
    }
    RefFile f(QStringLiteral("jp_designated_city_wards.csv"));
    Query q(m_db, QStringLiteral("INSERT INTO designated_ward (code, city_code, name_ja, "
                                 "name_kana, name_en, search_text) VALUES (:code, :city, :ja, "
                                 ":kana, :en, :search)"));
    for (qsizetype r = 0; r < f.size(); ++r) {
        const QString city = cityCodes.value(f.at(r, "prefecture_ja") + f.at(r, "city_ja"));
        if (city.isEmpty())
            throw StorageError(StorageError::Kind::Open,
                               tr("The reference data names a city that is not in the list of "
                                  "municipalities: %1")
                                   .arg(f.at(r, "city_ja")));
        const QString kana = f.at(r, "kana");
        q.bind(QStringLiteral(":code"), f.at(r, "code"))
            .bind(QStringLiteral(":city"), city)
            .bind(QStringLiteral(":ja"), f.at(r, "ward_ja"))
            .bind(QStringLiteral(":kana"), kana)
            .bind(QStringLiteral(":en"), f.at(r, "name_en"))
            .bind(QStringLiteral(":search"),
                  wardSearchText(f.at(r, "city_ja"), f.at(r, "ward_ja"), kana, f.at(r, "name_en"),
                                 f.at(r, "code")))
            .exec();
    }
}

void ReferenceLoader::loadSubdivisions()
{
    RefFile f(QStringLiteral("us_ca_subdivisions.csv"));
    Query q(m_db, QStringLiteral("INSERT INTO subdivision (code, country, postal_abbr, name, kind) "
                                 "VALUES (:code, :country, :postal, :name, :kind)"));
    for (qsizetype r = 0; r < f.size(); ++r) {
        const QString iso = f.at(r, "iso3166_2");
        const QString postal = f.at(r, "postal_abbr");
        // UM has no postal abbreviation of its own (see SOURCES.md).
        q.bind(QStringLiteral(":code"), iso)
            .bind(QStringLiteral(":country"), f.at(r, "country"))
            .bind(QStringLiteral(":postal"),
                  nullIfEmpty(iso.endsWith(QLatin1String("-UM")) ? QString() : postal))
            .bind(QStringLiteral(":name"), f.at(r, "name"))
            .bind(QStringLiteral(":kind"),
                  f.at(r, "type").toLower().replace(QLatin1Char(' '), QLatin1Char('_')))
            .exec();
    }
}

void ReferenceLoader::loadPartnerOrganizations()
{
    RefFile f(QStringLiteral("partner_organizations.csv"));
    // States and provinces by name, to point each association at its own.
    QHash<QString, QString> subdivisions;
    {
        Query q(m_db, QStringLiteral("SELECT country || ':' || name, code FROM subdivision"));
        q.exec();
        while (q.next())
            subdivisions.insert(q.text(0), q.text(1));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Query q(m_db, QStringLiteral(
                      "INSERT INTO organization (name_en, short_name, kind, country, "
                      "subdivision_code, city, address, website, notes, created_at, updated_at) "
                      "VALUES (:name, :short, 'association', :country, :sub, :city, :address, "
                      ":web, :notes, :created, :updated)"));
    for (qsizetype r = 0; r < f.size(); ++r) {
        const QString country = f.at(r, "country");
        const QString notes =
            tr("Source: %1").arg(f.at(r, "source_url")) +
            (f.at(r, "notes").isEmpty() ? QString() : QStringLiteral("\n") + f.at(r, "notes"));
        q.bind(QStringLiteral(":name"), f.at(r, "full_name"))
            .bind(QStringLiteral(":short"), f.at(r, "acronym"))
            .bind(QStringLiteral(":country"), country)
            .bind(QStringLiteral(":sub"),
                  nullIfEmpty(subdivisions.value(country + QLatin1Char(':') +
                                                 f.at(r, "hq_state_or_province"))))
            .bind(QStringLiteral(":city"), nullIfEmpty(f.at(r, "hq_city")))
            .bind(QStringLiteral(":address"), nullIfEmpty(f.at(r, "hq_address_as_found")))
            .bind(QStringLiteral(":web"), nullIfEmpty(f.at(r, "website")))
            .bind(QStringLiteral(":notes"), notes)
            .bind(QStringLiteral(":created"), now)
            .bind(QStringLiteral(":updated"), now)
            .exec();
    }
}

} // namespace jlgc
