#include "io/importresolver.h"

#include "io/namematch.h"
#include "io/placenames.h"
#include "search/textnormalizer.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"
#include "storage/referencerepository.h"

#include <QRegularExpression>
#include <utility>

namespace jlgc {

using placenames::kindMatches;
using placenames::ParsedPlace;
using placenames::parsePlace;
using placenames::placeKey;
using placenames::PlaceKind;
using placenames::readingStem;

struct ImportResolver::Caches {
    bool japanLoaded = false;
    QHash<QString, Prefecture> prefectures;        // by code
    QHash<QString, QString> prefectureByCode6;     // 130001 → 13
    QHash<QString, Municipality> municipalities;   // by code
    QHash<QString, QStringList> prefectureForms;   // place key of a whole name → codes
    QHash<QString, QStringList> municipalityForms; // place key of a whole name → codes
    // The name without its suffix (Hakone for Hakone Machi, はこねまち and
    // Hakone Town), by place key → codes: a suffix the user writes then
    // chooses among them.
    QHash<QString, QStringList> prefectureStems;
    QHash<QString, QStringList> municipalityStems;
    bool subdivisionsLoaded = false;
    QHash<QString, Subdivision> subdivisions; // by code
    QHash<QString, QString> subdivisionForms; // folded form → code
    bool organizationsLoaded = false;
    QHash<qint64, QString> organizationNames;
    QHash<QString, QList<qint64>> organizationForms;
    bool peopleLoaded = false;
    QHash<qint64, QString> personNames;
    QHash<QString, QList<qint64>> personForms;
    QHash<qint64, QList<qint64>> personOrganizations;
    bool chaptersLoaded = false;
    QHash<qint64, QString> chapterNames;
    QHash<QString, QList<qint64>> chapterForms;
    bool cohortsLoaded = false;
    QHash<int, qint64> cohortByYear;
    QHash<qint64, int> cohortYear;
};

namespace {

void addForm(QHash<QString, QStringList>& forms, const QString& text, const QString& code)
{
    const QString k = placeKey(text);
    if (!k.isEmpty() && !forms[k].contains(code))
        forms[k] << code;
}

template <class Id> void addForm(QHash<QString, QList<Id>>& forms, const QString& k, Id id)
{
    if (!k.isEmpty() && !forms[k].contains(id))
        forms[k] << id;
}

} // namespace

ImportResolver::ImportResolver(Database& db) : m_db(db), m_c(std::make_unique<Caches>()) {}

ImportResolver::~ImportResolver() = default;

void ImportResolver::invalidate(const QString& kind)
{
    if (kind == QLatin1String("organizations"))
        m_c->organizationsLoaded = false;
    else if (kind == QLatin1String("people"))
        m_c->peopleLoaded = false;
    else if (kind == QLatin1String("jetaa-chapters"))
        m_c->chaptersLoaded = false;
}

QString ImportResolver::takeNote()
{
    return std::exchange(m_note, QString());
}

void ImportResolver::loadJapan()
{
    if (m_c->japanLoaded)
        return;
    m_c->japanLoaded = true;
    ReferenceRepository ref(m_db);
    for (const Prefecture& p : ref.prefectures()) {
        m_c->prefectures.insert(p.code, p);
        m_c->prefectureByCode6.insert(p.code6, p.code);
        addForm(m_c->prefectureForms, p.nameJa, p.code);
        addForm(m_c->prefectureForms, p.nameKana, p.code);
        addForm(m_c->prefectureForms, p.nameEn, p.code);
        addForm(m_c->prefectureForms, p.nameEn + QStringLiteral(" prefecture"), p.code);
        addForm(m_c->prefectureForms, p.iso3166_2, p.code);
        addForm(m_c->prefectureForms, kanaToRomaji(p.nameKana), p.code);
        // 兵庫 for 兵庫県 (not 北海道: its last character is part of the name).
        if (p.nameJa.size() > 2 &&
            (p.nameJa.endsWith(QChar(0x770C)) || p.nameJa.endsWith(QChar(0x5E9C)) ||
             p.nameJa.endsWith(QChar(0x90FD))))
            addForm(m_c->prefectureForms, p.nameJa.chopped(1), p.code);
        addForm(m_c->prefectureStems, p.nameEn, p.code);
        QString stem = toHiragana(p.nameKana);
        for (const char16_t* suffix : {u"けん", u"ふ", u"と"})
            if (stem.size() > 2 && stem.endsWith(QString::fromUtf16(suffix)))
                stem.chop(QString::fromUtf16(suffix).size());
        addForm(m_c->prefectureStems, kanaToRomaji(stem), p.code);
    }
    for (const Municipality& m : ref.municipalities()) {
        m_c->municipalities.insert(m.code, m);
        // Forms of one part only where the part exists (a town without an
        // English name must not be found as its prefecture).
        for (const QString& form : {m.nameJa, m.nameKana, m.nameRomaji, m.nameEn})
            addForm(m_c->municipalityForms, form, m.code);
        if (!m.nameJa.isEmpty())
            addForm(m_c->municipalityForms, m.prefectureJa + m.nameJa, m.code);
        if (!m.nameEn.isEmpty())
            addForm(m_c->municipalityForms, m.nameEn + QLatin1Char(',') + m.prefectureEn, m.code);
        if (!m.nameRomaji.isEmpty())
            addForm(m_c->municipalityForms, m.nameRomaji + m.prefectureEn, m.code);
        addForm(m_c->municipalityForms, kanaToRomaji(toHiragana(normalizeForSearch(m.nameKana))),
                m.code);
        // Kitaibaraki for "Kitaibaraki Shi" and "Kitaibaraki, Ibaraki".
        const QStringList words = m.nameRomaji.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2) {
            const QString stem = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
            addForm(m_c->municipalityForms, stem, m.code);
            addForm(m_c->municipalityStems, stem, m.code);
        }
        // "Fuchū, Hiroshima (town)": the name before the comma.
        const QString english =
            m.nameEn.section(QLatin1Char(','), 0, 0).section(QLatin1Char('('), 0, 0).trimmed();
        if (!english.isEmpty()) {
            addForm(m_c->municipalityForms, english, m.code);
            addForm(m_c->municipalityForms, english + m.prefectureEn, m.code);
            addForm(m_c->municipalityStems, english, m.code);
        }
        addForm(m_c->municipalityStems, kanaToRomaji(readingStem(m.nameKana)), m.code);
    }
}

QString ImportResolver::describePlace(const QString& code)
{
    return QStringLiteral("%1 (%2)").arg(japaneseGovernmentName(code), code);
}

QStringList ImportResolver::resolvePlace(const QString& text, bool prefectures, bool municipalities,
                                         QStringList* others)
{
    loadJapan();
    const QString t = text.trimmed();
    // Codes: 13 and 130001 for Tokyo, 131016 for Chiyoda; 1 for 01.
    if (prefectures && m_c->prefectures.contains(t))
        return {t};
    if (prefectures && t.size() == 1 && t[0].isDigit() &&
        m_c->prefectures.contains(QStringLiteral("0") + t))
        return {QStringLiteral("0") + t};
    if (prefectures && m_c->prefectureByCode6.contains(t))
        return {m_c->prefectureByCode6.value(t)};
    if (municipalities && m_c->municipalities.contains(t))
        return {t};

    // A suffix or a prefecture written in Latin letters chooses among the
    // places of one name: Fuchu Town, Hiroshima is 府中町, not 府中市.
    const ParsedPlace parsed = parsePlace(t);
    QString prefecture; // the prefecture written after a comma
    if (parsed.valid && !parsed.prefectureStem.isEmpty()) {
        const QStringList p = m_c->prefectureStems.value(parsed.prefectureStem);
        if (p.size() == 1)
            prefecture = p.front();
    }
    if (parsed.valid && (parsed.prefectureStem.isEmpty() || !prefecture.isEmpty())) {
        QStringList chosen; // what the suffix and the prefecture say
        QStringList rest;   // of the same name, but not what they say
        if (prefecture.isEmpty()) {
            for (const QString& c : m_c->prefectureStems.value(parsed.stem))
                (prefectures && parsed.kind == PlaceKind::Prefecture ? chosen : rest) << c;
        }
        for (const QString& c : m_c->municipalityStems.value(parsed.stem)) {
            const Municipality& m = m_c->municipalities[c];
            if (!prefecture.isEmpty() && m.prefectureCode != prefecture)
                continue;
            (municipalities && kindMatches(parsed.kind, m.kind) ? chosen : rest) << c;
        }
        if (!chosen.isEmpty()) {
            if (others)
                *others = rest;
            return chosen;
        }
    }

    const QString k = placeKey(t);
    QStringList codes;
    if (prefectures)
        codes << m_c->prefectureForms.value(k);
    if (municipalities)
        for (const QString& c : m_c->municipalityForms.value(k))
            if (!codes.contains(c))
                codes << c;
    if (codes.isEmpty() && municipalities && t.contains(QChar(0x90E1))) {
        // 神奈川県足柄下郡箱根町: the district (郡) says nothing more.
        static const QRegularExpression district(QStringLiteral("^(.*?[都道府県])?[^都道府県]+郡"));
        const auto m = district.match(t);
        if (m.hasMatch() && m.capturedEnd() < t.size())
            codes << m_c->municipalityForms.value(placeKey(m.captured(1) + t.mid(m.capturedEnd())));
    }
    return codes;
}

QString ImportResolver::resolveJapan(const QString& text, bool prefectures, bool municipalities,
                                     QString& error)
{
    const QString t = text.trimmed();
    QStringList others;
    const QStringList codes = resolvePlace(t, prefectures, municipalities, &others);
    if (codes.size() == 1) {
        if (!others.isEmpty()) {
            QStringList names;
            for (const QString& c : others)
                names << describePlace(c);
            m_note = tr("“%1” is read as %2; %3 has the same name.")
                         .arg(t, describePlace(codes.front()), names.join(QStringLiteral(", ")));
        }
        return codes.front();
    }
    if (codes.isEmpty()) {
        if (prefectures && municipalities)
            error = tr("No prefecture or municipality is called “%1” (write its name in kanji, "
                       "kana or romaji, or its code).")
                        .arg(t);
        else if (prefectures)
            error = tr("No prefecture is called “%1”.").arg(t);
        else
            error = tr("No municipality is called “%1” (write its name in kanji, kana or "
                       "romaji, or its 6-digit code).")
                        .arg(t);
        return {};
    }
    QStringList names;
    for (const QString& c : codes)
        names << describePlace(c);
    error = tr("“%1” could be any of %2: add the prefecture (兵庫県%1, or %1, Hyogo), a suffix "
               "(City, Town, Village) or write the code.")
                .arg(t, names.join(QStringLiteral(", ")));
    return {};
}

QString ImportResolver::prefecture(const QString& text, QString& error)
{
    return resolveJapan(text, true, false, error);
}

QString ImportResolver::municipality(const QString& text, QString& error)
{
    return resolveJapan(text, false, true, error);
}

QString ImportResolver::japaneseGovernment(const QString& text, QString& error)
{
    return resolveJapan(text, true, true, error);
}

GovernmentRef ImportResolver::government(const QString& text, QString& error)
{
    QString japanError;
    const QString code = japaneseGovernment(text, japanError);
    if (!code.isEmpty())
        return code.size() == 2 ? GovernmentRef::prefecture(code)
                                : GovernmentRef::municipality(code);
    QString orgError;
    const qint64 org = organization(text, orgError);
    if (org > 0)
        return GovernmentRef::organization(org);
    // The more useful message: an ambiguity, else "not found".
    error = japanError.contains(QLatin1String("(")) ? japanError
                                                    : tr("No prefecture, municipality or "
                                                         "organization is called “%1”.")
                                                          .arg(text.trimmed());
    return {};
}

QString ImportResolver::subdivision(const QString& text, QString& error)
{
    if (!m_c->subdivisionsLoaded) {
        m_c->subdivisionsLoaded = true;
        for (const Subdivision& s : ReferenceRepository(m_db).subdivisions()) {
            m_c->subdivisions.insert(s.code, s);
            for (const QString& form : {s.code, s.name, s.postalAbbr})
                m_c->subdivisionForms.insert(normalizeForSearch(form), s.code);
        }
    }
    const QString code = m_c->subdivisionForms.value(normalizeForSearch(text));
    if (code.isEmpty())
        error = tr("No US state or Canadian province is called “%1” (write its name, its "
                   "abbreviation such as OH, or its code such as US-OH).")
                    .arg(text.trimmed());
    return code;
}

QString ImportResolver::country(const QString& text, QString& error)
{
    const QString k = normalizeForSearch(text);
    static const QHash<QString, QString> names = {
        {QStringLiteral("us"), QStringLiteral("US")},
        {QStringLiteral("usa"), QStringLiteral("US")},
        {QStringLiteral("unitedstates"), QStringLiteral("US")},
        {QStringLiteral("unitedstatesofamerica"), QStringLiteral("US")},
        {normalizeForSearch(QStringLiteral("アメリカ")), QStringLiteral("US")},
        {normalizeForSearch(QStringLiteral("米国")), QStringLiteral("US")},
        {normalizeForSearch(QStringLiteral("アメリカ合衆国")), QStringLiteral("US")},
        {QStringLiteral("ca"), QStringLiteral("CA")},
        {QStringLiteral("canada"), QStringLiteral("CA")},
        {normalizeForSearch(QStringLiteral("カナダ")), QStringLiteral("CA")},
        {QStringLiteral("jp"), QStringLiteral("JP")},
        {QStringLiteral("japan"), QStringLiteral("JP")},
        {normalizeForSearch(QStringLiteral("日本")), QStringLiteral("JP")},
    };
    if (names.contains(k))
        return names.value(k);
    static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{2}$"));
    if (iso.match(text.trimmed()).hasMatch())
        return text.trimmed().toUpper();
    error = tr("“%1” is not a country code (US, CA, JP, …).").arg(text.trimmed());
    return {};
}

void ImportResolver::loadOrganizations()
{
    if (m_c->organizationsLoaded)
        return;
    m_c->organizationsLoaded = true;
    m_c->organizationNames.clear();
    m_c->organizationForms.clear();
    for (const Organization& o : OrganizationRepository(m_db).list()) {
        m_c->organizationNames.insert(o.id, o.nameEn.isEmpty() ? o.nameJa : o.nameEn);
        for (const QString& k : namematch::nameKeys({o.nameEn, o.nameJa, o.shortName}))
            addForm(m_c->organizationForms, k, o.id);
    }
}

qint64 ImportResolver::organization(const QString& text, QString& error)
{
    loadOrganizations();
    const QList<qint64> ids = m_c->organizationForms.value(namematch::nameKey(text));
    if (ids.size() == 1)
        return ids.front();
    error = ids.isEmpty() ? tr("No organization on record is called “%1”.").arg(text.trimmed())
                          : tr("%1 organizations are called “%2”.").arg(ids.size()).arg(text);
    return 0;
}

void ImportResolver::loadPeople()
{
    if (m_c->peopleLoaded)
        return;
    m_c->peopleLoaded = true;
    m_c->personNames.clear();
    m_c->personForms.clear();
    m_c->personOrganizations.clear();
    for (const Person& p : PersonRepository(m_db).list()) {
        m_c->personNames.insert(p.id, p.name.display(Language::English));
        for (const Affiliation& a : p.affiliations)
            m_c->personOrganizations[p.id] << a.organizationId;
        for (const QString& k : namematch::personKeys(p.name))
            addForm(m_c->personForms, k, p.id);
    }
}

qint64 ImportResolver::person(const QString& text, QString& error, qint64 organizationHint)
{
    loadPeople();
    QList<qint64> ids;
    for (const QString& k : namematch::textKeys(text))
        for (qint64 id : m_c->personForms.value(k))
            if (!ids.contains(id))
                ids << id;
    if (ids.size() > 1 && organizationHint > 0) {
        QList<qint64> affiliated;
        for (qint64 id : ids)
            if (m_c->personOrganizations.value(id).contains(organizationHint))
                affiliated << id;
        if (affiliated.size() == 1)
            return affiliated.front();
    }
    if (ids.size() == 1)
        return ids.front();
    error = ids.isEmpty() ? tr("No person on record is called “%1” (import the people first).")
                                .arg(text.trimmed())
                          : tr("%1 people are called “%2”, and the organization does not tell "
                               "them apart.")
                                .arg(ids.size())
                                .arg(text.trimmed());
    return 0;
}

void ImportResolver::loadCohorts()
{
    if (m_c->cohortsLoaded)
        return;
    m_c->cohortsLoaded = true;
    for (const Cohort& c : CohortRepository(m_db).list()) {
        m_c->cohortByYear.insert(c.year, c.id);
        m_c->cohortYear.insert(c.id, c.year);
    }
}

qint64 ImportResolver::cohort(const QString& yearText, QString& error)
{
    loadCohorts();
    bool ok = false;
    const int year = yearText.trimmed().toInt(&ok);
    if (ok && m_c->cohortByYear.contains(year))
        return m_c->cohortByYear.value(year);
    error = tr("No CLAIR Fellowship year %1 is on record (add the year first).")
                .arg(yearText.trimmed());
    return 0;
}

void ImportResolver::loadChapters()
{
    if (m_c->chaptersLoaded)
        return;
    m_c->chaptersLoaded = true;
    m_c->chapterNames.clear();
    m_c->chapterForms.clear();
    for (const JetaaChapter& c : JetaaChapterRepository(m_db).list()) {
        m_c->chapterNames.insert(c.id, c.name);
        for (const QString& k : namematch::nameKeys({c.name, c.shortName}))
            addForm(m_c->chapterForms, k, c.id);
    }
}

void ImportResolver::noteChapter(qint64 id, const QString& name, const QString& shortName)
{
    if (!m_c->chaptersLoaded)
        return;                           // read with the others when first needed
    if (m_c->chapterNames.contains(id)) { // renamed: read again
        m_c->chaptersLoaded = false;
        return;
    }
    m_c->chapterNames.insert(id, name);
    for (const QString& k : namematch::nameKeys({name, shortName}))
        addForm(m_c->chapterForms, k, id);
}

qint64 ImportResolver::chapter(const QString& text, QString& error)
{
    loadChapters();
    const QList<qint64> ids = m_c->chapterForms.value(namematch::nameKey(text));
    if (ids.size() == 1)
        return ids.front();
    error = ids.isEmpty() ? tr("No JETAA chapter is called “%1” (it must be on record or in the "
                               "same file).")
                                .arg(text.trimmed())
                          : tr("%1 chapters are called “%2”.").arg(ids.size()).arg(text);
    return 0;
}

QString ImportResolver::japaneseGovernmentName(const QString& code)
{
    loadJapan();
    if (code.size() == 2 && m_c->prefectures.contains(code))
        return m_c->prefectures[code].nameJa;
    if (m_c->municipalities.contains(code)) {
        const Municipality& m = m_c->municipalities[code];
        return m.prefectureJa + m.nameJa;
    }
    return code;
}

QString ImportResolver::subdivisionName(const QString& code)
{
    if (code.isEmpty())
        return {};
    QString unused;
    subdivision(code, unused);
    return m_c->subdivisions.contains(code) ? m_c->subdivisions[code].name : code;
}

QString ImportResolver::governmentName(const GovernmentRef& ref)
{
    if (!ref.municipalityCode.isEmpty())
        return japaneseGovernmentName(ref.municipalityCode);
    if (!ref.prefectureCode.isEmpty())
        return japaneseGovernmentName(ref.prefectureCode);
    return ref.organizationId > 0 ? organizationName(ref.organizationId) : QString();
}

QString ImportResolver::organizationName(qint64 id)
{
    if (id <= 0)
        return {};
    loadOrganizations();
    return m_c->organizationNames.value(id);
}

QString ImportResolver::personName(qint64 id)
{
    if (id <= 0)
        return {};
    loadPeople();
    return m_c->personNames.value(id);
}

QString ImportResolver::chapterName(qint64 id)
{
    if (id <= 0)
        return {};
    loadChapters();
    return m_c->chapterNames.value(id);
}

int ImportResolver::cohortYear(qint64 id)
{
    loadCohorts();
    return m_c->cohortYear.value(id);
}

} // namespace jlgc
