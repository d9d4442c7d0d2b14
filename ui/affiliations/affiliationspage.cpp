#include "affiliations/affiliationspage.h"

#include "affiliations/activitydialog.h"
#include "affiliations/contactdialog.h"
#include "common/comboboxes.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/ownedrows.h"
#include "common/pickers.h"
#include "common/recordlistmodel.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "reference/jurisdiction.h"
#include "storage/changenotifier.h"
#include "storage/referencerepository.h"
#include "storage/sisteraffiliationrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {

QTableWidget* countTable()
{
    auto* t = new QTableWidget(0, 2);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMaximumHeight(160);
    return t;
}

void fillCounts(QTableWidget* table, const QList<AffiliationCount>& counts)
{
    table->setRowCount(int(counts.size()));
    for (int r = 0; r < counts.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(counts[r].label));
        auto* n = new QTableWidgetItem(QLocale().toString(counts[r].count));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 1, n);
    }
    table->resizeColumnToContents(0);
}

} // namespace

AffiliationsPage::AffiliationsPage(QWidget* parent)
    : KindPage(QStringLiteral("sisterAffiliations"), QStringLiteral("sister_affiliations"),
               QStringLiteral("sister_affiliation"), QT_TR_NOOP("New affiliation"), parent),
      m_countryFilter(new QComboBox), m_typeFilter(new QComboBox), m_statusFilter(new QComboBox),
      m_prefectureFilter(new QComboBox), m_subdivisionFilter(new QComboBox),
      m_decadeFilter(new QComboBox), m_counts(new QTabWidget), m_byCountry(countTable()),
      m_bySubdivision(countTable()), m_byPrefecture(countTable()), m_japan(new SearchPicker),
      m_name(new QLineEdit), m_kind(new QComboBox), m_country(new QComboBox),
      m_subdivision(new SearchPicker), m_type(new QComboBox), m_established(new QLineEdit),
      m_status(new QComboBox), m_notes(shortTextEdit(80)),
      m_contacts(new DetailTable(3, DetailTable::Add | DetailTable::Edit | DetailTable::Remove)),
      m_activities(new DetailTable(3, DetailTable::Add | DetailTable::Edit | DetailTable::Remove))
{
    setObjectName(QStringLiteral("affiliationsPage"));
    filterBar()->addWidget(m_statusFilter);
    filterBar()->addWidget(m_decadeFilter);
    // A second row of filters, with room for longer names (アメリカ合衆国・カナダ
    // clipped to its first half would say the opposite): country, type, places.
    auto* second = new QWidget;
    auto* secondLayout = new QHBoxLayout(second);
    secondLayout->setContentsMargins(0, 0, 0, 0);
    secondLayout->addWidget(m_countryFilter, 1);
    secondLayout->addWidget(m_typeFilter, 1);
    secondLayout->addWidget(m_prefectureFilter, 1);
    secondLayout->addWidget(m_subdivisionFilter, 1);
    aboveList()->addWidget(second);
    for (QComboBox* c : {m_countryFilter, m_typeFilter, m_statusFilter, m_prefectureFilter,
                         m_subdivisionFilter, m_decadeFilter}) {
        makeCompact(c, 8);
        connect(c, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });
    }
    m_counts->addTab(m_byCountry, QString());
    m_counts->addTab(m_bySubdivision, QString());
    m_counts->addTab(m_byPrefecture, QString());
    belowList()->addWidget(m_counts);

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("japan"), nullptr, QT_TR_NOOP("Japanese side")},
        {QStringLiteral("japanCode"), m_japan, QT_TR_NOOP("Prefecture or municipality")},
        {QStringLiteral("northAmerica"), nullptr, QT_TR_NOOP("North American side")},
        {QStringLiteral("country"), m_country, QT_TR_NOOP("Country")},
        {QStringLiteral("subdivisionCode"), m_subdivision, QT_TR_NOOP("State or province")},
        {QStringLiteral("northAmericaKind"), m_kind, QT_TR_NOOP("Kind")},
        {QStringLiteral("northAmericaName"), m_name, QT_TR_NOOP("Name")},
        {QStringLiteral("tie"), nullptr, QT_TR_NOOP("Affiliation")},
        {QStringLiteral("type"), m_type, QT_TR_NOOP("Type")},
        {QStringLiteral("established"), m_established, QT_TR_NOOP("Established")},
        {QStringLiteral("status"), m_status, QT_TR_NOOP("Status")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    // Full width under the form: their dialogs check each entry already.
    detailArea()->addWidget(m_contacts);
    detailArea()->addWidget(m_activities);
    m_name->setObjectName(QStringLiteral("northAmericaName"));
    m_established->setObjectName(QStringLiteral("established"));

    DatabaseGetter getDb = [this] { return database(); };
    m_japan->setProvider(pickers::jurisdictions(getDb));
    m_subdivision->setProvider(
        pickers::subdivisions(getDb, [this] { return m_country->currentData().toString(); }));
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (m_subdivision->hasCurrent() &&
            !m_subdivision->currentKey().toString().startsWith(m_country->currentData().toString() +
                                                               QLatin1Char('-')))
            m_subdivision->clear();
    });
    // A tie with a whole state or province is named after it.
    auto nameAfterSubdivision = [this] {
        const auto kind = AffiliationLabels::kindFromCode(m_kind->currentData().toString());
        if ((kind == NorthAmericanKind::State || kind == NorthAmericanKind::Province) &&
            m_subdivision->hasCurrent() && m_name->text().trimmed().isEmpty())
            m_name->setText(pickers::subdivisionLabel(
                database(), m_subdivision->currentKey().toString(), Language::English));
    };
    connect(m_subdivision, &SearchPicker::currentChanged, this, nameAfterSubdivision);
    connect(m_kind, &QComboBox::currentIndexChanged, this, nameAfterSubdivision);

    m_contactRows = new OwnedRows<AffiliationContact>(
        OwnedRowsBase::controlsOf(m_contacts),
        [](const AffiliationContact& c) {
            return QStringList{AffiliationLabels::label(c.side), c.personName, c.role};
        },
        askThrough(this, &ContactDialog::contact, getDb), this);
    m_activityRows = new OwnedRows<AffiliationActivity>(
        OwnedRowsBase::controlsOf(m_activities),
        [this](const AffiliationActivity& a) {
            return QStringList{a.date.isValid() ? DateText::date(a.date, uiLanguage()) : QString(),
                               AffiliationLabels::label(a.kind), a.description};
        },
        askThrough(this, &ActivityDialog::activity), this);
    m_activityRows->setNewRowsFirst(true); // the log reads newest first
    for (OwnedRowsBase* rows :
         {static_cast<OwnedRowsBase*>(m_contactRows), static_cast<OwnedRowsBase*>(m_activityRows)})
        connect(rows, &OwnedRowsBase::edited, this, [this] { setDirty(true); });

    fillCombos();
    retranslate();
}

QString AffiliationsPage::pageTitle()
{
    return tr("Sister cities and states");
}

void AffiliationsPage::fillCombos()
{
    {
        const KeepChoice countryFilter(m_countryFilter), typeFilter(m_typeFilter),
            decadeFilter(m_decadeFilter), kind(m_kind), country(m_country), type(m_type),
            status(m_status);
        KeepChoice statusFilter(m_statusFilter);
        // Lists open on the ties that are in force.
        if (!statusFilter.data().isValid())
            statusFilter.choose(AffiliationLabels::code(AffiliationStatus::Active));
        m_countryFilter->addItem(tr("US and Canada"), QString());
        for (const QString& c : {QStringLiteral("US"), QStringLiteral("CA")}) {
            m_countryFilter->addItem(JurisdictionLabels::country(c), c);
            m_country->addItem(JurisdictionLabels::country(c), c);
        }
        m_typeFilter->addItem(tr("Any type"), QString());
        for (AffiliationType t : AffiliationLabels::types()) {
            m_typeFilter->addItem(AffiliationLabels::label(t), AffiliationLabels::code(t));
            m_type->addItem(AffiliationLabels::label(t), AffiliationLabels::code(t));
        }
        m_statusFilter->addItem(tr("Any status"), QString());
        for (AffiliationStatus s : AffiliationLabels::statuses()) {
            m_statusFilter->addItem(AffiliationLabels::label(s), AffiliationLabels::code(s));
            m_status->addItem(AffiliationLabels::label(s), AffiliationLabels::code(s));
        }
        for (NorthAmericanKind k : AffiliationLabels::kinds())
            m_kind->addItem(AffiliationLabels::label(k), AffiliationLabels::code(k));
        m_decadeFilter->addItem(tr("Any decade"), 0);
        const int thisDecade = QDate::currentDate().year() / 10 * 10;
        for (int d = thisDecade; d >= 1950; d -= 10)
            m_decadeFilter->addItem(tr("%1s").arg(d), d);
    }
    fillReferenceFilters();
}

void AffiliationsPage::fillReferenceFilters()
{
    const KeepChoice prefecture(m_prefectureFilter), subdivision(m_subdivisionFilter);
    m_prefectureFilter->addItem(tr("Every prefecture"), QString());
    m_subdivisionFilter->addItem(tr("Every state and province"), QString());
    if (database()) {
        const ReferenceRepository reference(*database());
        const Language lang = uiLanguage();
        for (const Prefecture& p : reference.prefectures())
            m_prefectureFilter->addItem(p.display(lang), p.code);
        for (const Subdivision& s : reference.subdivisions())
            m_subdivisionFilter->addItem(s.display(lang) + QStringLiteral(" (") +
                                             JurisdictionLabels::country(s.country) +
                                             QLatin1Char(')'),
                                         s.code);
    }
}

AffiliationFilter AffiliationsPage::currentFilter() const
{
    AffiliationFilter filter;
    filter.country = m_countryFilter->currentData().toString();
    filter.prefectureCode = m_prefectureFilter->currentData().toString();
    filter.subdivisionCode = m_subdivisionFilter->currentData().toString();
    filter.decade = m_decadeFilter->currentData().toInt();
    const QString type = m_typeFilter->currentData().toString();
    if (!type.isEmpty())
        filter.type = AffiliationLabels::typeFromCode(type);
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        filter.status = AffiliationLabels::statusFromCode(status);
    return filter;
}

void AffiliationsPage::reload()
{
    if (!database()) {
        fillCounts(m_byCountry, {});
        fillCounts(m_bySubdivision, {});
        fillCounts(m_byPrefecture, {});
        return;
    }
    if (m_prefectureFilter->count() <= 1)
        fillReferenceFilters();
    const AffiliationFilter filter = currentFilter();
    QVariantMap filters;
    const auto set = [&](const char* name, const QVariant& value) {
        if (!value.toString().isEmpty() && value.toString() != QLatin1String("0"))
            filters.insert(QLatin1String(name), value);
    };
    set("country", filter.country);
    set("prefecture", filter.prefectureCode);
    set("subdivision", filter.subdivisionCode);
    set("decade", filter.decade);
    if (filter.type)
        set("type", AffiliationLabels::code(*filter.type));
    if (filter.status)
        set("status", AffiliationLabels::code(*filter.status));
    m_model->setFilters(filters);
    showCounts(filter);
}

void AffiliationsPage::followChanges(const ChangeSet& changes)
{
    RecordPage::followChanges(changes);
    if (database() && changes.touches(QStringLiteral("sister_affiliations")))
        showCounts(currentFilter());
}

void AffiliationsPage::showCounts(const AffiliationFilter& filter)
{
    // By country, state or province and prefecture, read beside the list.
    const Language language = uiLanguage();
    readBeside(
        [filter, language](Database& db) {
            SisterAffiliationRepository repo(db);
            return QVariant(
                QVariantList{QVariant::fromValue(repo.countsByCountry(filter)),
                             QVariant::fromValue(repo.countsBySubdivision(filter)),
                             QVariant::fromValue(repo.countsByPrefecture(filter, language))});
        },
        [this](const QVariant& result) {
            const QVariantList counts = result.toList();
            fillCounts(m_byCountry, counts.value(0).value<QList<AffiliationCount>>());
            fillCounts(m_bySubdivision, counts.value(1).value<QList<AffiliationCount>>());
            fillCounts(m_byPrefecture, counts.value(2).value<QList<AffiliationCount>>());
        });
}

QString AffiliationsPage::describe(const SisterAffiliation& affiliation) const
{
    return affiliation.japanDisplay(uiLanguage()) + QStringLiteral(" — ") +
           affiliation.northAmericaDisplay();
}

void AffiliationsPage::showLoaded()
{
    m_japan->setCurrent(m_loaded.japanCode, m_loaded.japanDisplay(uiLanguage()));
    m_country->setCurrentIndex(std::max(0, m_country->findData(m_loaded.country)));
    m_subdivision->setCurrent(m_loaded.subdivisionCode,
                              pickers::subdivisionLabel(database(), m_loaded.subdivisionCode));
    m_kind->setCurrentIndex(
        std::max(0, m_kind->findData(AffiliationLabels::code(m_loaded.northAmericaKind))));
    m_name->setText(m_loaded.northAmericaName);
    m_type->setCurrentIndex(std::max(0, m_type->findData(AffiliationLabels::code(m_loaded.type))));
    m_established->setText(m_loaded.established.toIso());
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(AffiliationLabels::code(m_loaded.status))));
    m_notes->setPlainText(m_loaded.notes);
    m_contactRows->setItems(m_loaded.contacts);
    m_activityRows->setItems(m_loaded.activities);
}

void AffiliationsPage::clearFields()
{
    m_japan->clear();
    m_subdivision->clear();
    m_name->clear();
    m_established->clear();
    m_notes->clear();
    const QString country = m_countryFilter->currentData().toString();
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    m_kind->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_contactRows->setItems({});
    m_activityRows->setItems({});
}

SisterAffiliation AffiliationsPage::formRecord() const
{
    SisterAffiliation a = m_loaded;
    a.japanCode = m_japan->currentKey().toString();
    a.japanNameJa = a.japanNameEn = m_japan->currentLabel();
    a.country = m_country->currentData().toString();
    a.subdivisionCode = m_subdivision->currentKey().toString();
    a.subdivisionName = pickers::subdivisionLabel(database(), a.subdivisionCode, Language::English);
    a.northAmericaKind = AffiliationLabels::kindFromCode(m_kind->currentData().toString());
    a.northAmericaName = m_name->text().trimmed();
    a.type = AffiliationLabels::typeFromCode(m_type->currentData().toString());
    a.status = AffiliationLabels::statusFromCode(m_status->currentData().toString());
    a.notes = m_notes->toPlainText();
    a.contacts = m_contactRows->items();
    a.activities = m_activityRows->items();
    return a;
}

QVariant AffiliationsPage::saveForm()
{
    SisterAffiliation a = formRecord();
    const auto established = PartialDate::fromText(m_established->text());
    if (!established)
        throw StorageError(FieldErrors{
            {QStringLiteral("established"),
             tr("Write the date as a year (1955), a year and month (1955-12) or a full date "
                "(1955-12-07).")}});
    a.established = *established;
    // The rules in the user's language (the repository checks them again).
    if (const FieldErrors errors = SisterAffiliationRepository(*database()).check(a, uiLanguage());
        !errors.isEmpty())
        throw StorageError(errors);
    return saveRecord(a);
}

QString AffiliationsPage::describeCurrent() const
{
    const QString japan = m_japan->currentLabel();
    const QString na = m_name->text().trimmed();
    if (japan.isEmpty() && na.isEmpty())
        return newRecordTitle();
    return japan + QStringLiteral(" — ") + na;
}

void AffiliationsPage::addContact(const AffiliationContact& contact)
{
    m_contactRows->add(contact);
}

void AffiliationsPage::addActivity(const AffiliationActivity& activity)
{
    m_activityRows->add(activity);
}

void AffiliationsPage::retranslate()
{
    KindPage::retranslate();
    fillCombos();
    m_japan->setPlaceholderText(tr("Type kanji, kana, romaji or a code, e.g. ながさき…"));
    m_subdivision->setPlaceholderText(tr("Type a state or province, e.g. Minnesota or MN…"));
    m_name->setPlaceholderText(tr("e.g. St. Paul"));
    m_established->setPlaceholderText(tr("a year, e.g. 1955, or a date"));
    m_contacts->setTitle(tr("Contacts"));
    m_contacts->setHeaders({tr("Side"), tr("Person"), tr("Role")});
    m_activities->setTitle(tr("Activity log"));
    m_activities->setHeaders({tr("Date"), tr("Kind"), tr("What happened")});
    m_counts->setTabText(0, tr("By country"));
    m_counts->setTabText(1, tr("By state or province"));
    m_counts->setTabText(2, tr("By prefecture"));
    for (QTableWidget* t : {m_byCountry, m_bySubdivision, m_byPrefecture})
        t->setHorizontalHeaderLabels({t == m_byCountry       ? tr("Country")
                                      : t == m_bySubdivision ? tr("State or province")
                                                             : tr("Prefecture"),
                                      tr("Affiliations")});
}

void AffiliationsPage::languageChanged()
{
    RecordPage::languageChanged();
    fillReferenceFilters();
    showCounts(currentFilter()); // the prefectures' names
}

template class KindPage<AffiliationsPage, SisterAffiliationRepository, SisterAffiliation>;

} // namespace jlgc
