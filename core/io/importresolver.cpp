#include "io/importresolver.h"

#include "io/namematch.h"
#include "reference/referencerepository.h"
#include "search/textnormalizer.h"
#include "storage/cohortrepository.h"
#include "storage/database.h"
#include "storage/jetaachapterrepository.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

#include <QRegularExpression>

namespace jlgc {

struct ImportResolver::Caches {
    bool japanLoaded = false;
    QHash<QString, Prefecture> prefectures;        // by code
    QHash<QString, Municipality> municipalities;   // by code
    QHash<QString, QStringList> prefectureForms;   // folded form → codes
    QHash<QString, QStringList> municipalityForms; // folded form → codes
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
    const QString k = normalizeForSearch(text);
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

void ImportResolver::loadJapan()
{
    if (m_c->japanLoaded)
        return;
    m_c->japanLoaded = true;
    ReferenceRepository ref(m_db);
    for (const Prefecture& p : ref.prefectures()) {
        m_c->prefectures.insert(p.code, p);
        addForm(m_c->prefectureForms, p.nameJa, p.code);
        addForm(m_c->prefectureForms, p.nameKana, p.code);
        addForm(m_c->prefectureForms, p.nameEn, p.code);
        addForm(m_c->prefectureForms, p.nameEn + QStringLiteral(" prefecture"), p.code);
        addForm(m_c->prefectureForms, p.iso3166_2, p.code);
        addForm(m_c->prefectureForms, romajiVariants(p.nameKana), p.code);
        // 兵庫 for 兵庫県 (not 北海道: its last character is part of the name).
        if (p.nameJa.size() > 2 &&
            (p.nameJa.endsWith(QChar(0x770C)) || p.nameJa.endsWith(QChar(0x5E9C)) ||
             p.nameJa.endsWith(QChar(0x90FD))))
            addForm(m_c->prefectureForms, p.nameJa.chopped(1), p.code);
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
        const QString romaji = kanaToRomaji(toHiragana(normalizeForSearch(m.nameKana)));
        addForm(m_c->municipalityForms, romaji, m.code);
        // Kitaibaraki for "Kitaibaraki Shi" and "Kitaibaraki, Ibaraki".
        const QStringList words = m.nameRomaji.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2)
            addForm(m_c->municipalityForms, words.mid(0, words.size() - 1).join(QLatin1Char(' ')),
                    m.code);
        const QString english = m.nameEn.section(QLatin1Char(','), 0, 0);
        if (!english.isEmpty()) {
            addForm(m_c->municipalityForms, english, m.code);
            addForm(m_c->municipalityForms, english + m.prefectureEn, m.code);
        }
    }
}

QString ImportResolver::prefecture(const QString& text, QString& error)
{
    loadJapan();
    const QString t = text.trimmed();
    if (m_c->prefectures.contains(t))
        return t;
    const QString padded = QStringLiteral("0") + t;
    if (t.size() == 1 && t[0].isDigit() && m_c->prefectures.contains(padded))
        return padded;
    const QStringList codes = m_c->prefectureForms.value(normalizeForSearch(t));
    if (codes.size() == 1)
        return codes.front();
    error = tr("No prefecture is called “%1”.").arg(t);
    return {};
}

QString ImportResolver::municipality(const QString& text, QString& error)
{
    loadJapan();
    const QString t = text.trimmed();
    if (m_c->municipalities.contains(t))
        return t;
    QStringList codes = m_c->municipalityForms.value(normalizeForSearch(t));
    if (codes.size() == 1)
        return codes.front();
    if (codes.isEmpty()) {
        error = tr("No municipality is called “%1” (write its name in kanji, kana or "
                   "romaji, or its 6-digit code).")
                    .arg(t);
        return {};
    }
    QStringList names;
    for (const QString& c : codes) {
        const Municipality& m = m_c->municipalities[c];
        names << QStringLiteral("%1%2 (%3)").arg(m.prefectureJa, m.nameJa, m.code);
    }
    error = tr("“%1” could be any of %2: add the prefecture (兵庫県%1) or write the code.")
                .arg(t, names.join(QStringLiteral(", ")));
    return {};
}

QString ImportResolver::japaneseGovernment(const QString& text, QString& error)
{
    loadJapan();
    const QString t = text.trimmed();
    if (m_c->prefectures.contains(t) || m_c->municipalities.contains(t))
        return t;
    const QString k = normalizeForSearch(t);
    QStringList codes = m_c->prefectureForms.value(k);
    for (const QString& c : m_c->municipalityForms.value(k))
        codes << c;
    if (codes.size() == 1)
        return codes.front();
    if (codes.isEmpty()) {
        error = tr("No prefecture or municipality is called “%1” (write its name in kanji, "
                   "kana or romaji, or its code).")
                    .arg(t);
        return {};
    }
    QStringList names;
    for (const QString& c : codes)
        names << QStringLiteral("%1 (%2)").arg(japaneseGovernmentName(c), c);
    error = tr("“%1” could be any of %2: write the name in kanji with the prefecture, or the "
               "code.")
                .arg(t, names.join(QStringLiteral(", ")));
    return {};
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
    const QList<qint64> ids = m_c->organizationForms.value(normalizeForSearch(text));
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
    const QList<qint64> ids = m_c->chapterForms.value(normalizeForSearch(text));
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
