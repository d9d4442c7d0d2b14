#include "jetaa/chapterspage.h"

#include "common/comboboxes.h"
#include "common/detailtable.h"
#include "common/fieldform.h"
#include "common/kindpageimpl.h"
#include "common/ownedrows.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "domain/jetaarules.h"
#include "domain/money.h"
#include "jetaa/chapterpicker.h"
#include "jetaa/chaptertablemodel.h"
#include "jetaa/officerdialog.h"
#include "reference/jurisdiction.h"
#include "storage/chapterfundingrepository.h"
#include "storage/jetaachapterrepository.h"
#include "storage/referencerepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

namespace {
QString dateText(const QDate& d)
{
    return DateText::date(d, uiLanguage());
}
} // namespace

ChaptersPage::ChaptersPage(QWidget* parent)
    : KindPage(QStringLiteral("jetaaChapters"), QStringLiteral("jetaa_chapter"),
               QT_TR_NOOP("New chapter"), parent),
      m_today(QDate::currentDate()), m_countryFilter(new QComboBox), m_statusFilter(new QComboBox),
      m_name(new QLineEdit), m_shortName(new QLineEdit), m_country(new QComboBox),
      m_subdivision(new SearchPicker), m_city(new QLineEdit), m_parent(new SearchPicker),
      m_status(new QComboBox), m_founded(new QLineEdit), m_website(new QLineEdit),
      m_email(new QLineEdit), m_notes(new QPlainTextEdit),
      m_officers(new DetailTable(4, DetailTable::Add | DetailTable::Edit | DetailTable::Remove)),
      m_memberships(new DetailTable(2, DetailTable::Add | DetailTable::Remove)),
      m_funding(new DetailTable(6, DetailTable::NoButtons))
{
    setObjectName(QStringLiteral("chaptersPage"));
    filterBar()->addWidget(m_countryFilter);
    filterBar()->addWidget(m_statusFilter);
    makeCompact(m_countryFilter);
    makeCompact(m_statusFilter);
    connect(m_countryFilter, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });

    FieldForm* f = formFields();
    f->addRows({
        {QStringLiteral("chapter"), nullptr, QT_TR_NOOP("Chapter")},
        {QStringLiteral("name"), m_name, QT_TR_NOOP("Name")},
        {QStringLiteral("shortName"), m_shortName, QT_TR_NOOP("Short name")},
        {QStringLiteral("parentId"), m_parent, QT_TR_NOOP("Subchapter of")},
        {QStringLiteral("status"), m_status, QT_TR_NOOP("Status")},
        {QStringLiteral("founded"), m_founded, QT_TR_NOOP("Founded")},
        {QStringLiteral("location"), nullptr, QT_TR_NOOP("Location")},
        {QStringLiteral("country"), m_country, QT_TR_NOOP("Country")},
        {QStringLiteral("subdivisionCode"), m_subdivision, QT_TR_NOOP("State or province")},
        {QStringLiteral("city"), m_city, QT_TR_NOOP("City")},
        {QStringLiteral("contact"), nullptr, QT_TR_NOOP("Contact")},
        {QStringLiteral("website"), m_website, QT_TR_NOOP("Website")},
        {QStringLiteral("email"), m_email, QT_TR_NOOP("Email")},
        {QStringLiteral("notes"), m_notes, QT_TR_NOOP("Notes")},
    });
    m_notes->setMaximumHeight(90);
    m_notes->setTabChangesFocus(true);
    m_name->setObjectName(QStringLiteral("name"));

    DatabaseGetter getDb = [this] { return database(); };
    m_subdivision->setProvider(
        pickers::subdivisions(getDb, [this] { return m_country->currentData().toString(); }));
    m_parent->setProvider(pickers::chapters(getDb, [this] { return m_loaded.id; }));
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (m_subdivision->hasCurrent() &&
            !m_subdivision->currentKey().toString().startsWith(m_country->currentData().toString() +
                                                               QLatin1Char('-')))
            m_subdivision->clear();
    });

    // In the form, so that what is wrong with them shows right under them.
    m_memberships->setEditableColumns({0, 1});
    f->addRows({
        {QStringLiteral("officers"), m_officers, nullptr},
        {QStringLiteral("memberships"), m_memberships, nullptr},
    });
    detailArea()->addWidget(m_funding);
    m_officerRows = new OwnedRows<ChapterOfficer>(
        OwnedRowsBase::controlsOf(m_officers),
        [this](const ChapterOfficer& o) {
            return QStringList{o.officeLabel(), o.personName, dateText(o.termStart),
                               dateText(o.termEnd)};
        },
        askThrough(this, &OfficerDialog::officer, getDb), this);
    // A new officer serves from the start of this fiscal year.
    m_officerRows->setFresh([this] {
        ChapterOfficer o;
        o.termStart = FiscalYear::containing(m_today).start();
        return o;
    });
    connect(m_officerRows, &OwnedRowsBase::edited, this, [this] { setDirty(true); });
    m_memberships->manageRowsInPlace();
    connect(m_memberships, &DetailTable::cellsEdited, this, [this] { setDirty(true); });

    fillCombos();
    retranslate();
}

QString ChaptersPage::pageTitle()
{
    return tr("JETAA chapters");
}

void ChaptersPage::fillCombos()
{
    const KeepChoice countryFilter(m_countryFilter), statusFilter(m_statusFilter),
        country(m_country), status(m_status);
    m_countryFilter->addItem(tr("US and Canada"), QString());
    for (const QString& c : {QStringLiteral("US"), QStringLiteral("CA")}) {
        m_countryFilter->addItem(JurisdictionLabels::country(c), c);
        m_country->addItem(JurisdictionLabels::country(c), c);
    }
    m_statusFilter->addItem(tr("Any status"), QString());
    for (ChapterStatus s : ChapterStatuses::all()) {
        m_statusFilter->addItem(ChapterStatuses::label(s), ChapterStatuses::code(s));
        m_status->addItem(ChapterStatuses::label(s), ChapterStatuses::code(s));
    }
}

namespace {
// The chapters a filter lists, with the names of their states and provinces.
struct ChapterRows {
    QList<JetaaChapter> chapters;
    QHash<QString, QString> subdivisions;
};
} // namespace

void ChaptersPage::reload()
{
    if (!database()) {
        m_model->setChapters({}, {}, m_today);
        return;
    }
    ChapterFilter filter;
    filter.country = m_countryFilter->currentData().toString();
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        filter.status = ChapterStatuses::fromCode(status);
    const Language language = uiLanguage();
    readShortList(
        [filter, language](Database& db) {
            ChapterRows rows;
            for (const Subdivision& s : ReferenceRepository(db).subdivisions())
                rows.subdivisions.insert(s.code, s.name);
            rows.chapters = JetaaChapterRepository(db).list(filter, language);
            return QVariant::fromValue(rows);
        },
        [this](const QVariant& result) {
            auto rows = result.value<ChapterRows>();
            m_model->setChapters(std::move(rows.chapters), std::move(rows.subdivisions), m_today);
        });
}

void ChaptersPage::resetFilters()
{
    // A chapter opened from elsewhere is shown whatever its country or status.
    m_countryFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
}

QString ChaptersPage::describe(const JetaaChapter& chapter) const
{
    return chapter.name;
}

void ChaptersPage::showLoaded()
{
    m_name->setText(m_loaded.name);
    m_shortName->setText(m_loaded.shortName);
    m_country->setCurrentIndex(std::max(0, m_country->findData(m_loaded.country)));
    m_subdivision->setCurrent(
        m_loaded.subdivisionCode.isEmpty() ? QVariant() : QVariant(m_loaded.subdivisionCode),
        pickers::subdivisionLabel(database(), m_loaded.subdivisionCode));
    m_city->setText(m_loaded.city);
    m_parent->setCurrent(m_loaded.parentId > 0 ? QVariant(m_loaded.parentId) : QVariant(),
                         m_loaded.parentName);
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(ChapterStatuses::code(m_loaded.status))));
    m_founded->setText(m_loaded.founded.toIso());
    m_website->setText(m_loaded.website);
    m_email->setText(m_loaded.email);
    m_notes->setPlainText(m_loaded.notes);
    m_officerRows->setItems(m_loaded.officers);
    showMemberships(m_loaded.memberships);
    showFunding(m_loaded.id);
}

void ChaptersPage::clearFields()
{
    for (QLineEdit* e : {m_name, m_shortName, m_city, m_founded, m_website, m_email})
        e->clear();
    m_notes->clear();
    m_country->setCurrentIndex(std::max(0, m_country->findData(QStringLiteral("US"))));
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(ChapterStatuses::code(ChapterStatus::Active))));
    m_subdivision->clear();
    m_parent->clear();
    m_officerRows->setItems({});
    showMemberships({});
    showFunding(0);
}

QList<ChapterMembership> ChaptersPage::formMemberships() const
{
    static const QRegularExpression digits(QStringLiteral("(\\d{4})"));
    QList<ChapterMembership> result;
    FieldErrors errors;
    for (int r = 0; r < m_memberships->rowCount(); ++r) {
        const QString yearText = m_memberships->cell(r, 0);
        const QString countText = m_memberships->cell(r, 1);
        if (yearText.isEmpty() && countText.isEmpty())
            continue;
        const auto m = digits.match(yearText);
        bool ok = false;
        const int count = QLocale().toInt(countText, &ok);
        if (!m.hasMatch() || !ok) {
            errors.append({QStringLiteral("memberships"),
                           tr("Each membership count needs a fiscal year (e.g. 2025) and a "
                              "number of members.")});
            continue;
        }
        result << ChapterMembership{FiscalYear(m.captured(1).toInt()), count};
    }
    if (!errors.isEmpty())
        throw StorageError(errors);
    return result;
}

JetaaChapter ChaptersPage::formRecord() const
{
    JetaaChapter c = m_loaded;
    c.name = m_name->text().trimmed();
    c.shortName = m_shortName->text().trimmed();
    c.country = m_country->currentData().toString();
    c.subdivisionCode = m_subdivision->currentKey().toString();
    c.city = m_city->text().trimmed();
    c.parentId = m_parent->currentKey().toLongLong();
    c.status = ChapterStatuses::fromCode(m_status->currentData().toString());
    c.website = m_website->text().trimmed();
    c.email = m_email->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.officers = m_officerRows->items();
    return c;
}

QVariant ChaptersPage::saveForm()
{
    JetaaChapter c = formRecord();
    const auto founded = PartialDate::fromText(m_founded->text());
    if (!founded)
        throw StorageError(FieldErrors{
            {QStringLiteral("founded"),
             tr("Write the founding date as a year (1989), a year and month (1989-07) or a full "
                "date (1989-07-15).")}});
    c.founded = *founded;
    c.memberships = formMemberships();
    return saveRecord(c);
}

void ChaptersPage::addOfficer(const ChapterOfficer& officer)
{
    m_officerRows->add(officer);
}

void ChaptersPage::showMemberships(const QList<ChapterMembership>& memberships)
{
    QList<QStringList> rows;
    for (const ChapterMembership& m : memberships)
        rows << QStringList{m.fiscalYear.label(uiLanguage()), QLocale().toString(m.members)};
    m_memberships->setRows(rows);
}

void ChaptersPage::showFunding(ChapterId id)
{
    QList<QStringList> rows;
    if (database() && id > 0) {
        FundingFilter filter;
        filter.chapterId = id;
        for (const ChapterFunding& f : ChapterFundingRepository(*database()).list(filter)) {
            const QString approvedIn = f.effectiveApprovedCurrency();
            rows << QStringList{f.fiscalYear.label(uiLanguage()),
                                FundingStatuses::label(f.status),
                                Money::format(f.requested(), f.currency),
                                f.approved ? Money::format(*f.approved, approvedIn) : QString(),
                                f.disbursed() > 0 ? Money::format(f.disbursed(), approvedIn)
                                                  : QString(),
                                JetaaRules::label(JetaaRules::reportState(f, m_today))};
        }
    }
    m_funding->setRows(rows);
}

void ChaptersPage::retranslate()
{
    KindPage::retranslate();
    fillCombos();
    m_name->setPlaceholderText(tr("e.g. JETAA New York"));
    m_shortName->setPlaceholderText(tr("e.g. JETAANY"));
    m_founded->setPlaceholderText(tr("a year, e.g. 1989, or a date"));
    m_parent->setPlaceholderText(tr("None: a chapter of its own"));
    m_subdivision->setPlaceholderText(tr("Type a state or province, e.g. Ohio or OH…"));
    m_officers->setTitle(tr("Officers"));
    m_officers->setHeaders({tr("Office"), tr("Person"), tr("From"), tr("Until")});
    m_memberships->setTitle(tr("Members by fiscal year"));
    m_memberships->setHeaders({tr("Fiscal year"), tr("Members")});
    m_funding->setTitle(tr("CLAIR funding"));
    m_funding->setHeaders({tr("Fiscal year"), tr("Status"), tr("Requested"), tr("Approved"),
                           tr("Disbursed"), tr("Report")});
}

template class KindPage<ChaptersPage, JetaaChapterRepository, JetaaChapter, ChapterTableModel>;

} // namespace jlgc
