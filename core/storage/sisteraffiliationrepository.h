#pragma once

#include "domain/sisteraffiliation.h"
#include "storage/kindrepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jlgc {

struct AffiliationFilter {
    QString prefectureCode;  // the prefecture itself or any of its municipalities
    QString subdivisionCode; // US-OH, CA-BC
    QString country;         // US or CA
    std::optional<AffiliationType> type;
    std::optional<AffiliationStatus> status;
    int decade = 0;            // 1950: established 1950–1959; 0: any
    int establishedBefore = 0; // 1970: established before 1970; 0: any
    QString text;              // names on either side, folded (normalizeForSearch)
};

// One group of a count: a country, state or province, or prefecture.
struct AffiliationCount {
    QString code;  // US, US-OH, 08
    QString label; // United States, Ohio, 茨城県 / Ibaraki
    int count = 0;
    bool operator==(const AffiliationCount&) const = default;
};

class SisterAffiliationRepository
    : public KindRepository<SisterAffiliationRepository, SisterAffiliation> {
    Q_DECLARE_TR_FUNCTIONS(SisterAffiliationRepository)
public:
    using KindRepository::KindRepository;

    // The columns of its records, read and written.
    static const RecordColumns<SisterAffiliation>& columns();

    // Names of the Japanese side and of contacts in `language`.
    std::optional<SisterAffiliation> find(SisterAffiliationId id,
                                          Language language = Language::English) const;
    // By prefecture, municipality, then the North American name.
    QList<SisterAffiliation> list(const AffiliationFilter& filter = {},
                                  Language language = Language::English) const;

    // Every rule for the record, as the form shows it while the user types:
    // the record's own checks, the Japanese side in the reference data, and
    // no second active affiliation for the same pair.
    FieldErrors check(const SisterAffiliation& affiliation,
                      Language language = Language::English) const;
    // add() and update() store the prefecture of the Japanese side.

    // Counts of the affiliations the filter selects, largest first.
    QList<AffiliationCount> countsByCountry(const AffiliationFilter& filter = {}) const;
    QList<AffiliationCount> countsBySubdivision(const AffiliationFilter& filter = {}) const;
    QList<AffiliationCount> countsByPrefecture(const AffiliationFilter& filter = {},
                                               Language language = Language::English) const;

private:
    friend KindRepository;
    QList<SisterAffiliation> select(const AffiliationFilter& filter, SisterAffiliationId id,
                                    Language language) const;
    QList<AffiliationCount> counts(const QString& groupColumns, const AffiliationFilter& filter,
                                   int labelColumn) const;
    void writeChildren(SisterAffiliationId id, const SisterAffiliation& affiliation);
    QString prefectureOf(const QString& japanCode) const;
    // The record as stored: its prefecture found from its Japanese side.
    SisterAffiliation stored(const SisterAffiliation& affiliation) const;
    SaveSteps<SisterAffiliation> saveSteps();
};

extern template class KindRepository<SisterAffiliationRepository, SisterAffiliation>;

} // namespace jlgc

Q_DECLARE_METATYPE(QList<jlgc::AffiliationCount>)
