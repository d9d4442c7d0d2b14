#include "reports/reportdialog.h"

#include "common/alertcolor.h"
#include "common/datefield.h"
#include "common/pickers.h"
#include "common/uilanguage.h"
#include "domain/datetext.h"
#include "reports/reportdocument.h"
#include "reports/reporterror.h"
#include "reports/reportregistry.h"
#include "storage/cohortrepository.h"
#include "storage/delegationrepository.h"
#include "storage/researchtopicrepository.h"
#include "storage/staffrepository.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <limits>

namespace jlgc {

namespace {
const char* const LastReportKey = "reports/last";
const char* const LanguageKey = "reports/language";
const char* const PaperKey = "reports/paper";
const char* const FolderKey = "reports/folder";
} // namespace

ReportDialog::ReportDialog(Database* db, QWidget* parent)
    : QDialog(parent), m_db(db), m_form(new QFormLayout), m_report(new QComboBox),
      m_description(new QLabel), m_language(new QComboBox), m_paper(new QComboBox),
      m_year(new QSpinBox), m_fiscalYear(new QSpinBox), m_from(new DateField), m_to(new DateField),
      m_record(new SearchPicker), m_recordBox(new QComboBox), m_recordId(new QSpinBox),
      m_file(new QLineEdit), m_browse(new QPushButton), m_error(new QLabel),
      m_print(new QPushButton)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));
    const Language ui = uiLanguage();
    for (const ReportInfo& r : ReportRegistry::all())
        m_report->addItem(ReportRegistry::title(r, ui), QLatin1String(r.name));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    // Each language named in itself, as in the View menu.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(tr("Both: 日本語 above English"), QStringLiteral("both"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_paper->addItem(tr("A4 (for Japan)"), QStringLiteral("a4"));

    const QDate today = QDate::currentDate();
    m_year->setRange(1900, 2200);
    m_year->setValue(today.year());
    m_fiscalYear->setRange(1900, 2200);
    m_fiscalYear->setValue(today.month() >= 4 ? today.year() : today.year() - 1);
    m_fiscalYear->setPrefix(tr("FY"));
    m_recordId->setRange(0, std::numeric_limits<int>::max());
    m_recordId->setSpecialValueText(tr("All"));
    m_record->setPlaceholderText(tr("All, or type a name to choose one"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_browse->setText(tr("Choose…"));
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::chooseFile);

    m_form->addRow(tr("Report"), m_report);
    m_form->addRow(QString(), m_description);
    m_form->addRow(tr("Language"), m_language);
    m_form->addRow(tr("Paper"), m_paper);
    m_form->addRow(tr("Year"), m_year);
    m_form->addRow(tr("Fiscal year"), m_fiscalYear);
    m_form->addRow(tr("From"), m_from);
    m_form->addRow(tr("To"), m_to);
    m_form->addRow(tr("Record"), m_record);
    m_form->addRow(tr("Record"), m_recordBox);
    m_recordBox->setObjectName(QStringLiteral("reportRecordBox"));
    m_recordBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recordBox->setMinimumContentsLength(30);
    m_form->addRow(tr("Record id"), m_recordId);
    m_form->addRow(tr("Save as"), fileRow);

    showAsAlert(m_error);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export PDF"));
    m_print->setText(tr("Print…"));
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::printPreview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    QSettings settings;
    const int language =
        m_language->findData(settings.value(QLatin1String(LanguageKey), languageCode(ui)));
    m_language->setCurrentIndex(qMax(0, language));
    m_paper->setCurrentIndex(qMax(
        0, m_paper->findData(settings.value(QLatin1String(PaperKey), QStringLiteral("letter")))));
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportDialog::reportChanged);
    if (!selectReport(settings.value(QLatin1String(LastReportKey)).toString()))
        reportChanged();
    resize(560, sizeHint().height());
}

ReportDialog::~ReportDialog() = default;

bool ReportDialog::selectReport(const QString& name)
{
    const int index = m_report->findData(name);
    if (index < 0)
        return false;
    if (index == m_report->currentIndex())
        reportChanged();
    m_report->setCurrentIndex(index);
    return true;
}

bool ReportDialog::selectReportFor(const QString& table, const QVariant& id)
{
    static const QHash<QString, QString> reportOf = {
        {QStringLiteral("person"), QStringLiteral("people")},
        {QStringLiteral("organization"), QStringLiteral("contacts")},
        {QStringLiteral("cohort"), QStringLiteral("fellowship-cohort")},
        {QStringLiteral("delegation"), QStringLiteral("delegation-itinerary")},
        {QStringLiteral("research_topic"), QStringLiteral("research-topic")},
        {QStringLiteral("research_request"), QStringLiteral("research-requests")},
        {QStringLiteral("staff_member"), QStringLiteral("handover")},
        {QStringLiteral("chapter_funding"), QStringLiteral("jetaa-funding")},
        {QStringLiteral("jetaa_chapter"), QStringLiteral("jetaa-funding")},
        {QStringLiteral("sister_affiliation"), QStringLiteral("sister-cities")},
        {QStringLiteral("office_event"), QStringLiteral("events")},
    };
    const QString name = reportOf.value(table);
    if (name.isEmpty() || !selectReport(name))
        return false;
    const qint64 record = id.isValid() ? id.toLongLong() : 0;
    if (record > 0 && m_recordBox->isEnabled()) {
        if (const int row = m_recordBox->findData(record); row >= 0)
            m_recordBox->setCurrentIndex(row);
    }
    if (record > 0 && table == QLatin1String("organization"))
        m_record->setCurrent(record, pickers::organizationLabel(m_db, record));
    return true;
}

const ReportInfo* ReportDialog::report() const
{
    return ReportRegistry::find(m_report->currentData().toString());
}

QString ReportDialog::defaultFileName() const
{
    const ReportInfo* info = report();
    QString folder = QSettings().value(QLatin1String(FolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.pdf")
            .arg(info ? QLatin1String(info->name) : QLatin1String("report"),
                 QDate::currentDate().toString(Qt::ISODate)));
}

void ReportDialog::reportChanged()
{
    const ReportInfo* info = report();
    if (!info)
        return;
    m_description->setText(ReportRegistry::description(*info, uiLanguage()));
    const ReportOptionSet o = info->options;
    const QString kind = info->idRecordKind ? QLatin1String(info->idRecordKind) : QString();
    const bool picker = kind == QLatin1String("organizations") || kind == QLatin1String("people");
    // Cohorts, delegations, topics and staff are few: a list to choose from.
    const bool list = (o & ReportOption::Id) && !picker && !kind.isEmpty();
    // A cohort chosen from the list names its year too.
    m_form->setRowVisible(m_year, (o & ReportOption::Year) && !list);
    m_form->setRowVisible(m_fiscalYear, bool(o & ReportOption::FiscalYear));
    m_form->setRowVisible(m_from, bool(o & ReportOption::DateRange));
    m_form->setRowVisible(m_to, bool(o & ReportOption::DateRange));
    m_form->setRowVisible(m_record, (o & ReportOption::Id) && picker);
    m_form->setRowVisible(m_recordBox, list);
    m_form->setRowVisible(m_recordId, (o & ReportOption::Id) && !picker && !list);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_record)))
        label->setText(kind == QLatin1String("people") ? tr("Person") : tr("Organization"));
    if (picker) {
        DatabaseGetter db = [this] { return m_db; };
        m_record->setProvider(kind == QLatin1String("people") ? pickers::people(db)
                                                              : pickers::organizations(db));
        m_record->clear();
    }
    if (list)
        fillRecordBox(kind);
    // Follow the report in the file name unless the user typed their own.
    if (m_file->text().isEmpty() || m_file->text() == m_lastSuggestedFile) {
        m_lastSuggestedFile = defaultFileName();
        m_file->setText(QDir::toNativeSeparators(m_lastSuggestedFile));
    }
    m_error->hide();
}

void ReportDialog::fillRecordBox(const QString& kind)
{
    const Language ui = uiLanguage();
    QString label = tr("Record");
    m_recordBox->clear();
    auto both = [ui](const QString& en, const QString& ja) {
        const QString preferred = ui == Language::Japanese ? ja : en;
        return preferred.isEmpty() ? (ui == Language::Japanese ? en : ja) : preferred;
    };
    try {
        if (kind == QLatin1String("fellowship_cohorts")) {
            label = tr("Cohort");
            if (m_db)
                for (const Cohort& c : CohortRepository(*m_db).list()) {
                    const QString theme = c.theme(ui);
                    m_recordBox->addItem(theme.isEmpty() ? QString::number(c.year)
                                                         : tr("%1 — %2").arg(c.year).arg(theme),
                                         c.id);
                }
        } else if (kind == QLatin1String("delegations")) {
            label = tr("Delegation");
            if (m_db)
                for (const Delegation& d : DelegationRepository(*m_db).list()) {
                    const QString dates = DateText::date(d.arrival, ui);
                    const QString name = d.display(ui);
                    m_recordBox->addItem(dates.isEmpty() ? name : tr("%1 — %2").arg(dates, name),
                                         d.id);
                }
        } else if (kind == QLatin1String("research_topics")) {
            label = tr("Research topic");
            if (m_db)
                for (const ResearchTopic& t : ResearchTopicRepository(*m_db).list())
                    m_recordBox->addItem(
                        tr("%1 — %2").arg(both(t.titleEn, t.titleJa), t.ownerName.display(ui)),
                        t.id);
        } else if (kind == QLatin1String("staff_members")) {
            label = tr("Staff member");
            if (m_db)
                for (const StaffMember& s : StaffRepository(*m_db).list())
                    m_recordBox->addItem(
                        s.positionEn.isEmpty() && s.positionJa.isEmpty()
                            ? s.display(ui)
                            : tr("%1 — %2").arg(s.display(ui), both(s.positionEn, s.positionJa)),
                        s.id);
        }
    } catch (const StorageError& e) {
        showProblem(e.message());
    }
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(m_recordBox))) {
        l->setText(label);
        // The label column widens at once for a longer label ("Research topic").
        m_form->invalidate();
    }
    m_recordBox->setEnabled(m_recordBox->count() > 0);
    if (m_recordBox->count() == 0)
        m_recordBox->addItem(tr("None recorded yet"), 0);
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.language = ReportOptionNames::languageFromCode(m_language->currentData().toString())
                     .value_or(ReportLanguage::English);
    o.paper = ReportOptionNames::paperFromCode(m_paper->currentData().toString())
                  .value_or(PaperSize::Letter);
    const ReportInfo* info = report();
    if (!info)
        return o;
    if ((info->options & ReportOption::Year) && m_form->isRowVisible(m_year))
        o.year = m_year->value();
    if (info->options & ReportOption::FiscalYear)
        o.fiscalYear = m_fiscalYear->value();
    if (info->options & ReportOption::DateRange) {
        o.from = m_from->value();
        o.to = m_to->value();
    }
    if (info->options & ReportOption::Id)
        o.id = m_form->isRowVisible(m_record)      ? m_record->currentKey().toLongLong()
               : m_form->isRowVisible(m_recordBox) ? m_recordBox->currentData().toLongLong()
                                                   : m_recordId->value();
    return o;
}

QStringList ReportDialog::problems() const
{
    const ReportInfo* info = report();
    if (!info)
        return {tr("Choose a report.")};
    if (!m_db)
        return {tr("Open a database first.")};
    QStringList list = ReportRegistry::problems(*info, options());
    if ((info->required & ReportOption::Id) && options().id == 0)
        list = {tr("Choose the record the report is about.")};
    return list;
}

void ReportDialog::showProblem(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report As"),
                                                      QDir::fromNativeSeparators(m_file->text()),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(
        path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                  : path + QStringLiteral(".pdf")));
}

std::unique_ptr<ReportDocument> ReportDialog::build()
{
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        showProblem(wrong.join(QLatin1Char('\n')));
        return nullptr;
    }
    try {
        return ReportRegistry::build(*m_db, *report(), options());
    } catch (const ReportError& e) {
        showProblem(e.message());
    } catch (const StorageError& e) {
        showProblem(e.message());
    }
    return nullptr;
}

bool ReportDialog::writeReport(const QString& path)
{
    if (path.trimmed().isEmpty()) {
        showProblem(tr("Choose where to save the report."));
        return false;
    }
    std::unique_ptr<ReportDocument> document = build();
    if (!document)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        document->writePdf(QDir::fromNativeSeparators(path));
    } catch (const ReportError& e) {
        QApplication::restoreOverrideCursor();
        showProblem(e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    showProblem({});
    QSettings settings;
    settings.setValue(QLatin1String(LastReportKey), m_report->currentData());
    settings.setValue(QLatin1String(LanguageKey), m_language->currentData());
    settings.setValue(QLatin1String(PaperKey), m_paper->currentData());
    settings.setValue(QLatin1String(FolderKey),
                      QFileInfo(QDir::fromNativeSeparators(path)).absolutePath());
    return true;
}

void ReportDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && QFileInfo::exists(path) &&
        QMessageBox::question(
            this, tr("Export Report"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
        return;
    if (!writeReport(path))
        return;
    QDialog::accept();
    QMessageBox box(QMessageBox::Information, tr("Export Report"),
                    tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, parentWidget());
    QPushButton* open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReportDialog::preferPrinting()
{
    setWindowTitle(tr("Print Report"));
    m_print->setDefault(true);
}

void ReportDialog::printPreview()
{
    std::unique_ptr<ReportDocument> document = build();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document->pageLayout());
    printer.setDocName(ReportRegistry::title(*report(), primaryLanguage(options().language)));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
        try {
            document->paint(*p);
        } catch (const ReportError& e) {
            showProblem(e.message());
        }
    });
    preview.exec();
}

} // namespace jlgc
