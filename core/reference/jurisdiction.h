#pragma once

#include "domain/language.h"

#include <QCoreApplication>
#include <QString>

namespace jlgc {

struct Prefecture {
    QString code; // 01–47
    QString code6;
    QString nameJa;
    QString nameKana;
    QString nameEn;
    QString iso3166_2;
    QString capitalJa;

    QString display(Language l) const { return l == Language::Japanese ? nameJa : nameEn; }
};

struct Municipality {
    QString code; // 6 digits
    QString prefectureCode;
    QString prefectureJa;
    QString prefectureEn;
    QString nameJa;
    QString nameKana;
    QString nameRomaji;
    QString nameEn;
    QString kind; // city, town, village, special_ward

    QString display(Language l) const { return l == Language::Japanese ? nameJa : nameEn; }
    // 茨城県北茨城市 / Kitaibaraki, Ibaraki
    QString displayWithPrefecture(Language l) const;
};

struct DesignatedWard {
    QString code;
    QString cityCode;
    QString nameJa;
    QString nameKana;
    QString nameEn;
};

// A US state, district or outlying area, or a Canadian province or territory.
struct Subdivision {
    QString code; // ISO 3166-2
    QString country;
    QString postalAbbr;
    QString name; // English
    QString kind;

    // オハイオ州 for US-OH (resources/refdata/us_ca_subdivisions_ja.csv); the
    // English name where no Japanese one is known.
    QString nameJa() const { return japaneseName(code, name); }
    QString display(Language l) const { return l == Language::Japanese ? nameJa() : name; }
    static QString japaneseName(const QString& code, const QString& fallback = {});
    // The name to show for a code whose English name is known.
    static QString displayName(const QString& code, const QString& english, Language l)
    {
        return l == Language::Japanese ? japaneseName(code, english) : english;
    }
};

// A Japanese local government of either level, as a picker offers it.
struct Jurisdiction {
    QString code; // 2-digit prefecture code or 6-digit municipality code
    bool isPrefecture = false;
    QString nameJa;
    QString nameKana;
    QString nameEn;
    QString prefectureJa;
    QString prefectureEn;

    QString display(Language l) const;
};

struct JurisdictionLabels {
    Q_DECLARE_TR_FUNCTIONS(JurisdictionLabels)
public:
    static QString municipalityKind(const QString& kind);
    static QString subdivisionKind(const QString& kind);
    static QString country(const QString& isoCode);
};

// A municipality's English name without the prefecture that the reference
// data adds to some of them in its own spelling ("Akashi, Hyōgo" is Akashi;
// "Esashi, Hokkaido (Sōya)" is "Esashi (Sōya)"), so that every place reads
// alike beside its prefecture ("Kobe, Hyogo", "Akashi, Hyogo").
QString municipalityEnglishName(const QString& nameEn, const QString& prefectureEn);

} // namespace jlgc
