#include "storage/sisteraffiliationrepository.h"

#include "domain/jetaarules.h"
#include "reference/jurisdiction.h"
#include "search/textnormalizer.h"
#include "storage/childrows.h"
#include "storage/database.h"
#include "storage/kindrepositoryimpl.h"
#include "storage/queryrows.h"
#include "storage/recordcolumns.h"
#include "storage/recordwrite.h"
#include "storage/referencerepository.h"
#include "storage/sqlconditions.h"
#include "storage/sqlrefs.h"

namespace jlgc {

namespace {

// The Japanese side's names and the state or province, joined as the list,
// its counts and its owned rows read them.
const char* const Joins = "JOIN prefecture p ON p.code = a.prefecture_code "
                          "LEFT JOIN municipality m ON m.code = a.municipality_code "
                          "JOIN subdivision s ON s.code = a.subdivision_code";

// " FROM table" with those joins.
QString from(const QString& table)
{
    return QStringLiteral(" FROM %1 ").arg(table) + QLatin1String(Joins) + QLatin1Char(' ');
}

// The affiliations the filter selects (all of them: id 0 and an empty filter).
SqlConditions conditions(const AffiliationFilter& f, SisterAffiliationId id)
{
    SqlConditions c;
    c.equalIfSet(QStringLiteral("a.id"), id);
    c.equalIfSet(QStringLiteral("a.prefecture_code"), f.prefectureCode);
    c.equalIfSet(QStringLiteral("a.subdivision_code"), f.subdivisionCode);
    c.equalIfSet(QStringLiteral("a.country"), f.country);
    c.equalIfSet<AffiliationLabels>(QStringLiteral("a.type"), f.type);
    c.equalIfSet<AffiliationLabels>(QStringLiteral("a.status"), f.status);
    if (f.decade != 0)
        c.add(
            QStringLiteral("a.established_year >= :decade AND a.established_year < :decadeEnd"),
            {{QStringLiteral(":decade"), f.decade}, {QStringLiteral(":decadeEnd"), f.decade + 10}});
    if (f.establishedBefore != 0)
        c.add(QStringLiteral("a.established_year < :before"),
              {{QStringLiteral(":before"), f.establishedBefore}});
    if (const QString text = normalizeForSearch(f.text); !text.isEmpty()) {
        // Gumma, Ohtsu: the Japanese side's romanizations folded too (see
        // romanizationKey).
        const QString key = romanizationKey(text);
        c.add(QStringLiteral("instr(a.na_key, :text) > 0 OR instr(p.search_text, :text2) > 0 OR "
                             "instr(coalesce(m.search_text, ''), :text3) > 0 OR "
                             "instr(p.search_text, :key) > 0 OR "
                             "instr(coalesce(m.search_text, ''), :key2) > 0"),
              {{QStringLiteral(":text"), text},
               {QStringLiteral(":text2"), text},
               {QStringLiteral(":text3"), text},
               {QStringLiteral(":key"), key},
               {QStringLiteral(":key2"), key}});
    }
    return c;
}

} // namespace

const RecordColumns<SisterAffiliation>& SisterAffiliationRepository::columns()
{
    using A = SisterAffiliation;
    static const RecordColumns<A> stated =
        RecordColumns<A>(QStringLiteral("sister_affiliation"), QStringLiteral("a"))
            .join(QLatin1String(Joins))
            // The Japanese side: a municipality's code, or else its prefecture's.
            .custom(
                QStringLiteral("coalesce(a.municipality_code, a.prefecture_code)"),
                [](A& a, const Query& q, int i) { a.japanCode = q.text(i); },
                [](const A& a, RowValues& v) {
                    const QString code = a.japanCode.trimmed();
                    v.text(QStringLiteral("municipality_code"),
                           code.size() == 6 ? code : QString());
                })
            // Written as the save found it from the Japanese side (prefectureOf).
            .required(QStringLiteral("prefecture_code"), &A::prefectureCode)
            .derived(QStringLiteral("p.name_ja, p.name_en, coalesce(m.name_ja, ''), "
                                    "coalesce(m.name_en, '')"),
                     4,
                     [](A& a, const Query& q, int i) {
                         const QString prefJa = q.text(i);
                         const QString prefEn = q.text(i + 1);
                         const QString muniJa = q.text(i + 2);
                         const QString muniEn = q.text(i + 3);
                         if (muniJa.isEmpty()) {
                             a.japanNameJa = prefJa;
                             a.japanNameEn = prefEn;
                         } else {
                             a.japanNameJa = prefJa + muniJa;
                             a.japanNameEn = muniEn.contains(QLatin1Char(','))
                                                 ? muniEn
                                                 : muniEn + QStringLiteral(", ") + prefEn;
                         }
                     })
            .required(QStringLiteral("na_name"), &A::northAmericaName)
            // The North American name folded for search and order.
            .custom(
                QStringLiteral("a.na_key"), [](A&, const Query&, int) {},
                [](const A& a, RowValues& v) {
                    v.set(QStringLiteral("na_key"), normalizeForSearch(a.northAmericaName));
                })
            .code<EnumLabels<NorthAmericanKind>>(QStringLiteral("na_kind"), &A::northAmericaKind)
            .required(QStringLiteral("subdivision_code"), &A::subdivisionCode)
            .derivedText(QStringLiteral("s.name"), &A::subdivisionName)
            .required(QStringLiteral("country"), &A::country)
            .code<EnumLabels<AffiliationType>>(QStringLiteral("type"), &A::type)
            .positive(
                QStringLiteral("established_year"),
                [](auto& a) -> auto& { return a.established.year; })
            .positive(
                QStringLiteral("established_month"),
                [](auto& a) -> auto& { return a.established.month; })
            .positive(
                QStringLiteral("established_day"),
                [](auto& a) -> auto& { return a.established.day; })
            .code<EnumLabels<AffiliationStatus>>(QStringLiteral("status"), &A::status)
            .text(QStringLiteral("notes"), &A::notes);
    return stated;
}

QList<SisterAffiliation> SisterAffiliationRepository::select(const AffiliationFilter& filter,
                                                             SisterAffiliationId id,
                                                             Language language) const
{
    const SqlConditions where = conditions(filter, id);
    QList<SisterAffiliation> result =
        columns().list(m_db, where,
                       QStringLiteral("ORDER BY a.prefecture_code, coalesce(a.municipality_code, "
                                      "''), a.na_key, a.id"));
    if (result.isEmpty())
        return result;

    const QString owned =
        from(QStringLiteral("%1 x JOIN sister_affiliation a ON a.id = x.affiliation_id"));
    Query c(m_db, QStringLiteral("SELECT x.affiliation_id, x.id, x.person_id, x.side, "
                                 "coalesce(x.role,''), ") +
                      sqlrefs::personNameColumns(QStringLiteral("n")) +
                      owned.arg(QStringLiteral("sister_affiliation_contact")) +
                      QStringLiteral("JOIN person n ON n.id = x.person_id") + where.where() +
                      QStringLiteral("ORDER BY x.affiliation_id, x.side, x.id"));
    where.bindTo(c);
    const auto contacts = childRowsByParent(c, [language](const Query& row) {
        AffiliationContact contact;
        contact.id = row.id(1);
        contact.personId = row.id(2);
        contact.side = AffiliationLabels::sideFromCode(row.text(3));
        contact.role = row.text(4);
        contact.personName = sqlrefs::personNameAt(row, 5).display(language);
        return contact;
    });
    Query act(m_db, QStringLiteral("SELECT x.affiliation_id, x.id, x.happened_on, x.kind, "
                                   "x.description") +
                        owned.arg(QStringLiteral("sister_affiliation_activity")) + where.where() +
                        QStringLiteral("ORDER BY x.affiliation_id, x.happened_on DESC, "
                                       "x.id DESC"));
    where.bindTo(act);
    const auto activities = childRowsByParent(act, [](const Query& row) {
        return AffiliationActivity{row.id(1), QDate::fromString(row.text(2), Qt::ISODate),
                                   AffiliationLabels::activityKindFromCode(row.text(3)),
                                   row.text(4)};
    });
    setById(result, &SisterAffiliation::contacts, contacts);
    setById(result, &SisterAffiliation::activities, activities);
    return result;
}

std::optional<SisterAffiliation> SisterAffiliationRepository::find(SisterAffiliationId id,
                                                                   Language language) const
{
    if (id <= 0)
        return std::nullopt;
    return firstOf(select({}, id, language));
}

QList<SisterAffiliation> SisterAffiliationRepository::list(const AffiliationFilter& filter,
                                                           Language language) const
{
    return select(filter, 0, language);
}

QString SisterAffiliationRepository::prefectureOf(const QString& japanCode) const
{
    const ReferenceRepository reference(m_db);
    if (japanCode.size() == 2)
        return reference.prefecture(japanCode) ? japanCode : QString();
    if (const auto m = reference.municipality(japanCode))
        return m->prefectureCode;
    return {};
}

FieldErrors SisterAffiliationRepository::check(const SisterAffiliation& affiliation,
                                               Language language) const
{
    FieldErrors errors = affiliation.validate();
    errors.append(JetaaRules::checkJapaneseSide(
        affiliation, [this](const QString& code) { return !prefectureOf(code).isEmpty(); }));
    if (!affiliation.subdivisionCode.isEmpty() &&
        !ReferenceRepository(m_db).subdivision(affiliation.subdivisionCode))
        errors.append(
            {QStringLiteral("subdivisionCode"), tr("Choose the state or province from the list.")});
    if (affiliation.status == AffiliationStatus::Active) {
        // Only ties of the same Japanese side can be duplicates.
        AffiliationFilter same;
        same.status = AffiliationStatus::Active;
        same.prefectureCode = prefectureOf(affiliation.japanCode);
        if (!same.prefectureCode.isEmpty())
            errors.append(
                JetaaRules::checkDuplicatePair(affiliation, select(same, 0, language), language));
    }
    return errors;
}

void SisterAffiliationRepository::writeChildren(SisterAffiliationId id, const SisterAffiliation& a)
{
    recordwrite::replaceOwned(
        m_db, QStringLiteral("sister_affiliation_contact"), QStringLiteral("affiliation_id"), id,
        {QStringLiteral("person_id"), QStringLiteral("side"), QStringLiteral("role")}, a.contacts,
        [](const AffiliationContact& c, int) {
            return QVariantList{c.personId, AffiliationLabels::code(c.side), nullIfEmpty(c.role)};
        });
    recordwrite::replaceOwned(
        m_db, QStringLiteral("sister_affiliation_activity"), QStringLiteral("affiliation_id"), id,
        {QStringLiteral("happened_on"), QStringLiteral("kind"), QStringLiteral("description")},
        a.activities, [](const AffiliationActivity& act, int) {
            return QVariantList{nullIfInvalid(act.date), AffiliationLabels::code(act.kind),
                                act.description.trimmed()};
        });
}

SaveSteps<SisterAffiliation> SisterAffiliationRepository::saveSteps()
{
    return {[this](const SisterAffiliation& a) { throwIfAny(check(a)); },
            [this](qint64 id, const SisterAffiliation& a) { writeChildren(id, a); }};
}

SisterAffiliation SisterAffiliationRepository::stored(const SisterAffiliation& a) const
{
    SisterAffiliation stored = a;
    stored.prefectureCode = prefectureOf(a.japanCode.trimmed());
    return stored;
}

QList<AffiliationCount> SisterAffiliationRepository::counts(const QString& groupColumns,
                                                            const AffiliationFilter& filter,
                                                            int labelColumn) const
{
    // The grouping columns are our own constants, never the user's text.
    const SqlConditions where = conditions(filter, 0);
    Query q(m_db, QStringLiteral("SELECT %1, count(*)").arg(groupColumns) +
                      from(QStringLiteral("sister_affiliation a")) + where.where() +
                      QStringLiteral("GROUP BY %1 ORDER BY count(*) DESC, 1").arg(groupColumns));
    where.bindTo(q);
    const int countColumn = static_cast<int>(groupColumns.count(QLatin1Char(','))) + 1;
    return rowsOf(q, [&](const Query& row) {
        return AffiliationCount{row.text(0), row.text(labelColumn), row.value(countColumn).toInt()};
    });
}

QList<AffiliationCount>
SisterAffiliationRepository::countsByCountry(const AffiliationFilter& filter) const
{
    QList<AffiliationCount> result = counts(QStringLiteral("a.country"), filter, 0);
    for (AffiliationCount& c : result)
        c.label = JurisdictionLabels::country(c.code);
    return result;
}

QList<AffiliationCount>
SisterAffiliationRepository::countsBySubdivision(const AffiliationFilter& filter) const
{
    return counts(QStringLiteral("a.subdivision_code, s.name"), filter, 1);
}

QList<AffiliationCount>
SisterAffiliationRepository::countsByPrefecture(const AffiliationFilter& filter,
                                                Language language) const
{
    return counts(language == Language::Japanese ? QStringLiteral("a.prefecture_code, p.name_ja")
                                                 : QStringLiteral("a.prefecture_code, p.name_en"),
                  filter, 1);
}

template class KindRepository<SisterAffiliationRepository, SisterAffiliation>;

} // namespace jlgc
