#include "organizations/organizationspage.h"

#include "common/comboboxes.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/pickers.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"
#include "reference/jurisdiction.h"
#include "storage/organizationrepository.h"
#include "storage/personrepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jlgc {

namespace {
const QStringList Countries = {QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("JP"),
                               QString()};
} // namespace

OrganizationsPage::OrganizationsPage(QWidget* parent)
    : KindPage(QStringLiteral("organizations"), QStringLiteral("organizations"),
               QStringLiteral("organization"), QT_TR_NOOP("New organization"), parent),
      m_kindFilter(new QComboBox), m_nameEn(new QLineEdit), m_nameJa(new QLineEdit),
      m_nameKana(new QLineEdit), m_shortName(new QLineEdit), m_kind(new QComboBox),
      m_country(new QComboBox), m_subdivision(new SearchPicker), m_jurisdiction(new SearchPicker),
      m_city(new QLineEdit), m_address(shortTextEdit(70)), m_website(new QLineEdit),
      m_email(new QLineEdit), m_phone(new QLineEdit), m_notes(shortTextEdit(110)),
      m_peopleBox(new QGroupBox), m_people(new QListWidget)
{
    setObjectName(QStringLiteral("organizationsPage"));
    filterBar()->addWidget(m_kindFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("names"), nullptr, QT_TR_NOOP("Organization")},
        {QStringLiteral("nameEn"), m_nameEn, QT_TR_NOOP("Name in English")},
        {QStringLiteral("nameJa"), m_nameJa, QT_TR_NOOP("Name in Japanese")},
        {QStringLiteral("nameKana"), m_nameKana, QT_TR_NOOP("Reading (kana)")},
        {QStringLiteral("shortName"), m_shortName, QT_TR_NOOP("Abbreviation")},
        {QStringLiteral("kind"), m_kind, QT_TR_NOOP("Kind")},
        {QStringLiteral("location"), nullptr, QT_TR_NOOP("Location")},
        {QStringLiteral("country"), m_country, QT_TR_NOOP("Country")},
        {QStringLiteral("subdivisionCode"), m_subdivision, QT_TR_NOOP("State or province")},
        {QStringLiteral("jurisdiction"), m_jurisdiction, QT_TR_NOOP("Prefecture or municipality")},
        {QStringLiteral("city"), m_city, QT_TR_NOOP("City")},
        {QStringLiteral("address"), m_address, QT_TR_NOOP("Address")},
        {QStringLiteral("contact"), nullptr, QT_TR_NOOP("Contact")},
        {QStringLiteral("website"), m_website, QT_TR_NOOP("Website")},
        {QStringLiteral("email"), m_email, QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), m_phone, QT_TR_NOOP("Phone")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameJa->setObjectName(QStringLiteral("nameJa"));

    DatabaseGetter getDb = [this] { return database(); };
    m_subdivision->setProvider(
        pickers::subdivisions(getDb, [this] { return m_country->currentData().toString(); }));
    m_jurisdiction->setProvider(pickers::jurisdictions(getDb));
    connect(m_country, &QComboBox::currentIndexChanged, this,
            &OrganizationsPage::updateLocationFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // A Japanese government is in Japan: choose it for the user, whatever
        // country the new record started with.
        if (m_kind->currentData().toString() ==
            OrganizationKinds::code(OrganizationKind::JapaneseGovernment))
            m_country->setCurrentIndex(int(Countries.indexOf(QStringLiteral("JP"))));
    });

    auto* peopleLayout = new QVBoxLayout(m_peopleBox);
    peopleLayout->addWidget(m_people);
    m_people->setMinimumHeight(90);
    detailArea()->addWidget(m_peopleBox);

    fillCombos();
    retranslate();
}

QString OrganizationsPage::pageTitle()
{
    return tr("Organizations");
}

void OrganizationsPage::resetFilters()
{
    m_kindFilter->setCurrentIndex(0);
}

void OrganizationsPage::fillCombos()
{
    const KeepChoice kindFilter(m_kindFilter), kind(m_kind), country(m_country);
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (OrganizationKind k : OrganizationKinds::all()) {
        m_kindFilter->addItem(OrganizationKinds::label(k), OrganizationKinds::code(k));
        m_kind->addItem(OrganizationKinds::label(k), OrganizationKinds::code(k));
    }
    for (const QString& c : Countries)
        m_country->addItem(c.isEmpty() ? tr("Other or not known") : JurisdictionLabels::country(c),
                           c);
}

void OrganizationsPage::updateLocationFields()
{
    const QString c = m_country->currentData().toString();
    const bool northAmerica = c == QLatin1String("US") || c == QLatin1String("CA");
    m_subdivision->setEnabled(northAmerica);
    m_jurisdiction->setEnabled(c == QLatin1String("JP"));
    // A state of another country would be wrong: drop it.
    if (m_subdivision->hasCurrent() &&
        !m_subdivision->currentKey().toString().startsWith(c + QLatin1Char('-')))
        m_subdivision->clear();
    if (c != QLatin1String("JP"))
        m_jurisdiction->clear();
}

void OrganizationsPage::reload()
{
    const QString kind = m_kindFilter->currentData().toString();
    m_model->setFilter(QStringLiteral("kind"), kind.isEmpty() ? QVariant() : QVariant(kind));
}

void OrganizationsPage::showLoaded()
{
    m_nameEn->setText(m_loaded.nameEn);
    m_nameJa->setText(m_loaded.nameJa);
    m_nameKana->setText(m_loaded.nameKana);
    m_shortName->setText(m_loaded.shortName);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(OrganizationKinds::code(m_loaded.kind))));
    m_country->setCurrentIndex(std::max(0, m_country->findData(m_loaded.country)));
    updateLocationFields();
    m_subdivision->setCurrent(
        m_loaded.subdivisionCode.isEmpty() ? QVariant() : QVariant(m_loaded.subdivisionCode),
        pickers::subdivisionLabel(database(), m_loaded.subdivisionCode));
    const QString jcode =
        m_loaded.municipalityCode.isEmpty() ? m_loaded.prefectureCode : m_loaded.municipalityCode;
    m_jurisdiction->setCurrent(jcode.isEmpty() ? QVariant() : QVariant(jcode),
                               pickers::jurisdictionLabel(database(), jcode));
    m_city->setText(m_loaded.city);
    m_address->setPlainText(m_loaded.address);
    m_website->setText(m_loaded.website);
    m_email->setText(m_loaded.email);
    m_phone->setText(m_loaded.phone);
    m_notes->setPlainText(m_loaded.notes);
    showPeople(m_loaded.id);
}

void OrganizationsPage::showPeople(OrganizationId id)
{
    m_people->clear();
    if (!database() || id <= 0)
        return;
    const Language lang = uiLanguage();
    for (const Person& p : PersonRepository(*database()).list({id}, lang)) {
        QString role;
        for (const Affiliation& a : p.affiliations)
            if (a.organizationId == id)
                role = a.role;
        m_people->addItem(role.isEmpty() ? p.display(lang)
                                         : p.display(lang) + QStringLiteral(" — ") + role);
    }
    if (m_people->count() == 0)
        m_people->addItem(tr("No one is recorded at this organization yet."));
}

void OrganizationsPage::clearFields()
{
    for (QLineEdit* e :
         {m_nameEn, m_nameJa, m_nameKana, m_shortName, m_city, m_website, m_email, m_phone})
        e->clear();
    m_address->clear();
    m_notes->clear();
    m_kind->setCurrentIndex(
        std::max(0, m_kind->findData(OrganizationKinds::code(OrganizationKind::Other))));
    m_country->setCurrentIndex(std::max(0, m_country->findData(QStringLiteral("US"))));
    m_subdivision->clear();
    m_jurisdiction->clear();
    updateLocationFields();
    m_people->clear();
}

Organization OrganizationsPage::formRecord() const
{
    Organization o = m_loaded;
    o.nameEn = m_nameEn->text().trimmed();
    o.nameJa = m_nameJa->text().trimmed();
    o.nameKana = m_nameKana->text().trimmed();
    o.shortName = m_shortName->text().trimmed();
    o.kind = OrganizationKinds::fromCode(m_kind->currentData().toString());
    o.country = m_country->currentData().toString();
    o.subdivisionCode = m_subdivision->currentKey().toString();
    const QString j = m_jurisdiction->currentKey().toString();
    o.prefectureCode = j.size() == 2 ? j : j.left(2);
    o.municipalityCode = j.size() == 6 ? j : QString();
    o.city = m_city->text().trimmed();
    o.address = m_address->toPlainText().trimmed();
    o.website = m_website->text().trimmed();
    o.email = m_email->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.notes = m_notes->toPlainText();
    return o;
}

void OrganizationsPage::retranslate()
{
    KindPage::retranslate();
    fillCombos();
    m_subdivision->setPlaceholderText(tr("Type a state or province, e.g. Ohio or OH…"));
    m_jurisdiction->setPlaceholderText(
        tr("Type kanji, kana, romaji or a code, e.g. きたいばらき…"));
    m_peopleBox->setTitle(tr("People at this organization"));
}

template class KindPage<OrganizationsPage, OrganizationRepository, Organization>;

} // namespace jlgc
