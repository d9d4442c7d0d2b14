#include "importexport/importwizard.h"

#include "common/alertcolor.h"
#include "common/columnfitter.h"
#include "io/csvimport.h"
#include "search/textnormalizer.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItem>
#include <QVBoxLayout>
#include <functional>

namespace jlgc {

namespace {

// A wizard page whose steps are given by the wizard.
class StepPage : public QWizardPage {
public:
    std::function<void()> onEnter;
    std::function<bool()> onValidate;
    std::function<bool()> complete;

    void initializePage() override
    {
        if (onEnter)
            onEnter();
    }
    bool validatePage() override { return onValidate ? onValidate() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }
};

StepPage* step(QWizard* wizard, const QString& title, const QString& subtitle)
{
    auto* page = new StepPage;
    page->setTitle(title);
    page->setSubTitle(subtitle);
    Q_UNUSED(wizard);
    return page;
}

} // namespace

ImportWizard::ImportWizard(Database& db, const QString& kind, QWidget* parent)
    : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("Import from a CSV File"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(MappingPage, createMappingPage());
    setPage(ProblemsPage, createProblemsPage());
    setPage(DuplicatesPage, createDuplicatesPage());
    setPage(ConfirmPage, createConfirmPage());
    setPage(ResultPage, createResultPage());
    if (!kind.isEmpty()) {
        const int i = m_kind->findData(kind);
        if (i >= 0)
            m_kind->setCurrentIndex(i);
    }
    resize(820, 560);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::settingsKey(const QString& kind)
{
    return QStringLiteral("import/mapping/") + kind;
}

QWizardPage* ImportWizard::createFilePage()
{
    StepPage* page = step(this, tr("Choose the file"),
                          tr("What kind of records does the file hold, and where is it? The "
                             "columns of each kind are described in the user guide and in "
                             "docs/import-formats.md."));
    m_kind = new QComboBox;
    for (const CsvFormat* f : CsvFormat::all())
        m_kind->addItem(f->label(), f->kind());
    m_file = new QLineEdit;
    auto* browse = new QPushButton(tr("Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Kind of record:"), m_kind);
    form->addRow(tr("File:"), fileRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import from a CSV File"), m_file->text(),
                                         tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_file, &QLineEdit::textChanged, page, &StepPage::changed);
    page->complete = [this] { return QFileInfo(m_file->text().trimmed()).isFile(); };
    page->onValidate = [this] {
        m_encoding->setCurrentIndex(0);
        m_delimiter->setCurrentIndex(0);
        return loadFile();
    };
    return page;
}

CsvEncoding ImportWizard::chosenEncoding() const
{
    return CsvEncoding(m_encoding->currentData().toInt());
}

QChar ImportWizard::chosenDelimiter() const
{
    const QString d = m_delimiter->currentData().toString();
    return d.isEmpty() ? QChar() : d.front();
}

bool ImportWizard::loadFile()
{
    const CsvFormat* format = CsvFormat::find(m_kind->currentData().toString());
    if (!format)
        return false;
    m_import = std::make_unique<CsvImport>(m_db, *format);
    if (!m_import->loadFile(m_file->text().trimmed(), chosenEncoding(), chosenDelimiter())) {
        QMessageBox::warning(this, windowTitle(), m_import->error());
        return false;
    }
    // The mapping the user chose last time for a header wins over the automatic one.
    const QVariantMap remembered = QSettings().value(settingsKey(format->kind())).toMap();
    const QStringList headers = m_import->fileHeaders();
    for (int i = 0; i < headers.size(); ++i) {
        const QString folded = normalizeForSearch(headers[i]);
        if (remembered.contains(folded))
            m_import->setMapping(i, remembered.value(folded).toString());
    }
    return true;
}

QWizardPage* ImportWizard::createPreviewPage()
{
    StepPage* page = step(this, tr("Preview"),
                          tr("Check that the names read correctly. If they do not, choose "
                             "another encoding or delimiter."));
    m_encoding = new QComboBox;
    for (CsvEncoding e : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Cp932})
        m_encoding->addItem(CsvEncodings::label(e), int(e));
    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_detected = new QLabel;
    m_detected->setWordWrap(true);
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* choices = new QFormLayout;
    choices->addRow(tr("Encoding:"), m_encoding);
    choices->addRow(tr("Delimiter:"), m_delimiter);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(choices);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview, 1);
    auto reload = [this] {
        if (currentId() == PreviewPage && loadFile())
            showPreview();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, reload);
    page->onEnter = [this] { showPreview(); };
    return page;
}

void ImportWizard::showPreview()
{
    if (!m_import)
        return;
    const QString delimiter =
        m_import->delimiter() == QLatin1Char('\t')
            ? tr("tab")
            : (m_import->delimiter() == QLatin1Char(';') ? tr("semicolon") : tr("comma"));
    QString text = tr("Read as %1, values separated by %2: %n row(s).", nullptr,
                      int(m_import->records().size()))
                       .arg(CsvEncodings::label(m_import->encoding()), delimiter);
    if (m_import->decodingProblems())
        text += QLatin1Char(' ') + tr("Some characters could not be read: the file is "
                                      "probably in another encoding.");
    m_detected->setText(text);
    const QStringList headers = m_import->fileHeaders();
    const int rows = int(qMin<qsizetype>(m_import->records().size(), 20));
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const auto& record = m_import->records()[r];
        lines << QString::number(record.line);
        for (int c = 0; c < headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.fields.value(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

QWizardPage* ImportWizard::createMappingPage()
{
    StepPage* page = step(this, tr("Columns"),
                          tr("Which field does each column of the file fill? Headers written "
                             "in English or Japanese are matched for you; your choices are "
                             "remembered for the next file of this kind."));
    m_mapping = new QTableWidget(0, 3);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mappingProblems = new QLabel;
    m_mappingProblems->setWordWrap(true);
    showAsAlert(m_mappingProblems);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_mappingProblems);
    page->onEnter = [this] { fillMapping(); };
    page->complete = [this] { return m_import && mappingProblems().isEmpty(); };
    connect(this, &ImportWizard::completeChanged, page, &StepPage::changed);
    page->onValidate = [this] {
        applyMapping();
        QVariantMap remembered = QSettings().value(settingsKey(m_import->format().kind())).toMap();
        const QStringList headers = m_import->fileHeaders();
        for (int i = 0; i < headers.size(); ++i)
            remembered.insert(normalizeForSearch(headers[i]), m_import->mapping().value(i));
        QSettings().setValue(settingsKey(m_import->format().kind()), remembered);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_import->analyze();
        QApplication::restoreOverrideCursor();
        return true;
    };
    return page;
}

void ImportWizard::fillMapping()
{
    m_mapping->clear();
    m_mappingCombos.clear();
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column of the file"), tr("First value"), tr("Field")});
    if (!m_import)
        return;
    const QStringList headers = m_import->fileHeaders();
    const QList<CsvColumn> columns = m_import->format().columns();
    m_mapping->setRowCount(int(headers.size()));
    for (int i = 0; i < headers.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(headers[i]));
        const QString first =
            m_import->records().isEmpty() ? QString() : m_import->records()[0].fields.value(i);
        m_mapping->setItem(i, 1, new QTableWidgetItem(first));
        auto* combo = new QComboBox;
        combo->addItem(tr("(not imported)"), QString());
        for (const CsvColumn& c : columns)
            combo->addItem(c.required ? tr("%1 / %2 (required)").arg(c.key, c.japanese)
                                      : QStringLiteral("%1 / %2").arg(c.key, c.japanese),
                           c.key);
        combo->setCurrentIndex(qMax(0, combo->findData(m_import->mapping().value(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            applyMapping();
            m_mappingProblems->setText(mappingProblems().join(QLatin1Char('\n')));
            emit completeChanged();
        });
        m_mapping->setCellWidget(i, 2, combo);
        m_mappingCombos << combo;
    }
    fitColumnsToContents(m_mapping);
    m_mappingProblems->setText(mappingProblems().join(QLatin1Char('\n')));
    emit completeChanged();
}

void ImportWizard::applyMapping()
{
    if (!m_import)
        return;
    for (int i = 0; i < m_mappingCombos.size(); ++i)
        m_import->setMapping(i, m_mappingCombos[i]->currentData().toString());
}

QStringList ImportWizard::mappingProblems() const
{
    return m_import ? m_import->mappingProblems() : QStringList();
}

QWizardPage* ImportWizard::createProblemsPage()
{
    StepPage* page = step(this, tr("Rows that cannot be imported"),
                          tr("Each row was checked with the same rules as a record entered "
                             "by hand."));
    m_problemSummary = new QLabel;
    m_problemSummary->setWordWrap(true);
    m_problems = new QTreeWidget;
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("Line"), tr("Record"), tr("Why")});
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->header()->setStretchLastSection(true);
    // The reasons can be long: the chosen row's in full under the list.
    m_problemDetail = new QLabel;
    m_problemDetail->setWordWrap(true);
    m_problemDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemDetail->setMinimumHeight(48);
    m_problemDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_problems, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_problemDetail->setText(item ? tr("Line %1: %2").arg(item->text(0), item->text(2))
                                      : QString());
    });
    m_leaveOut = new QCheckBox(tr("Leave these rows out and import the others"));
    // Dates such as 4/1/2020 are April 1 in the US and January 4 elsewhere.
    m_dateOrderNote = new QLabel;
    m_dateOrderNote->setWordWrap(true);
    m_dateOrder = new QComboBox;
    m_dateOrder->addItem(tr("As the file's other dates show"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Month/day/year (4/1/2020 is April 1, as in the US)"),
                         int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Day/month/year (4/1/2020 is January 4)"),
                         int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Year/month/day only"), int(DateOrder::YearMonthDay));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dateOrderNote, 1);
    dates->addWidget(m_dateOrder);
    connect(m_dateOrder, &QComboBox::activated, this, [this, page] {
        if (!m_import)
            return;
        m_import->setDateOrder(DateOrder(m_dateOrder->currentData().toInt()));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_import->analyze();
        QApplication::restoreOverrideCursor();
        fillProblems();
        page->changed();
    });
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(dates);
    layout->addWidget(m_problemSummary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_problemDetail);
    layout->addWidget(m_leaveOut);
    connect(m_leaveOut, &QCheckBox::toggled, page, &StepPage::changed);
    page->onEnter = [this] {
        m_leaveOut->setChecked(false);
        fillProblems();
    };
    page->complete = [this] {
        return m_import && (m_import->rejectedCount() == 0 || m_leaveOut->isChecked());
    };
    page->onValidate = [this] {
        if (m_import->rejectedCount() > 0)
            m_import->skipRejected();
        return true;
    };
    return page;
}

void ImportWizard::fillDateOrder()
{
    const bool shown = m_import && m_import->hasSlashDates();
    m_dateOrder->setVisible(shown);
    m_dateOrderNote->setVisible(shown);
    if (!shown)
        return;
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(m_import->dateOrder()))));
    const QString example = m_import->ambiguousDateExample();
    const DateOrder detected = m_import->detectedDateOrder();
    if (m_import->dateOrder() != DateOrder::Auto)
        m_dateOrderNote->setText(tr("Dates such as 4/1/2020 are read as chosen:"));
    else if (example.isEmpty())
        m_dateOrderNote->setText(tr("Each date such as 4/1/2020 in this file can be read only "
                                    "one way:"));
    else if (detected == DateOrder::MonthDayYear)
        m_dateOrderNote->setText(tr("Dates such as “%1” are read month first, as the file's "
                                    "other dates show:")
                                     .arg(example));
    else if (detected == DateOrder::DayMonthYear)
        m_dateOrderNote->setText(tr("Dates such as “%1” are read day first, as the file's "
                                    "other dates show:")
                                     .arg(example));
    else
        m_dateOrderNote->setText(
            QStringLiteral("<b>%1</b>")
                .arg(tr("Dates such as “%1” can be read two ways, and the file does not tell "
                        "which: choose how it writes them.")
                         .arg(example)
                         .toHtmlEscaped()));
}

void ImportWizard::fillProblems()
{
    m_problems->clear();
    fillDateOrder();
    if (!m_import)
        return;
    const int rejected = m_import->rejectedCount();
    m_problemSummary->setText(
        rejected == 0 ? tr("All %n row(s) can be imported.", nullptr, int(m_import->rows().size()))
                      : tr("%n row(s) cannot be imported as they are. Correct the file and start "
                           "again, or leave them out.",
                           nullptr, rejected));
    for (const ImportRow& r : m_import->rows()) {
        if (!r.rejected())
            continue;
        auto* item = new QTreeWidgetItem(
            {QString::number(r.line), r.display, r.errors.join(QLatin1Char('\n'))});
        item->setToolTip(2, item->text(2));
        m_problems->addTopLevelItem(item);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setColumnWidth(1, 220);
    if (m_problems->topLevelItemCount() > 0)
        m_problems->setCurrentItem(m_problems->topLevelItem(0));
    else
        m_problemDetail->clear();
    m_leaveOut->setVisible(rejected > 0);
}

QWizardPage* ImportWizard::createDuplicatesPage()
{
    StepPage* page = step(this, tr("Likely duplicates"),
                          tr("These rows look like records already on file or like earlier "
                             "rows of the file (the same name in another script, spelling or "
                             "spacing counts). For each, choose to skip the row, add it as a "
                             "new record, or merge it: fill the record's empty fields from the "
                             "row."));
    m_duplicateSummary = new QLabel;
    m_duplicates = new QTableWidget(0, 4);
    m_duplicates->verticalHeader()->hide();
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_duplicateSummary);
    layout->addWidget(m_duplicates, 1);
    page->onEnter = [this] { fillDuplicates(); };
    page->onValidate = [this] {
        applyDuplicateDecisions();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_import->analyze();
        QApplication::restoreOverrideCursor();
        return true;
    };
    return page;
}

void ImportWizard::fillDuplicates()
{
    m_duplicates->clear();
    m_duplicates->setHorizontalHeaderLabels(
        {tr("Line"), tr("Row"), tr("Looks like"), tr("Action")});
    m_duplicates->setRowCount(0);
    if (!m_import)
        return;
    int n = 0;
    for (int i = 0; i < m_import->rows().size(); ++i) {
        const ImportRow& r = m_import->rows()[i];
        if (r.duplicates.isEmpty() || !r.errors.isEmpty())
            continue;
        m_duplicates->insertRow(n);
        auto* line = new QTableWidgetItem(QString::number(r.line));
        line->setData(Qt::UserRole, i);
        m_duplicates->setItem(n, 0, line);
        m_duplicates->setItem(n, 1, new QTableWidgetItem(r.display));
        auto* target = new QComboBox;
        for (const auto& c : r.duplicates)
            target->addItem(
                !c.inFile() ? c.display
                : c.sameRow
                    ? tr("Line %1 of this file (the same row): %2").arg(c.line).arg(c.display)
                    : tr("Line %1 of this file: %2").arg(c.line).arg(c.display),
                c.target());
        m_duplicates->setCellWidget(n, 2, target);
        auto* action = new QComboBox;
        action->addItem(tr("Skip"), int(ImportDecision::Skip));
        action->addItem(tr("Merge"), int(ImportDecision::Merge));
        action->addItem(tr("Add as new"), int(ImportDecision::Add));
        action->setCurrentIndex(qMax(0, action->findData(int(r.decision))));
        m_duplicates->setCellWidget(n, 3, action);
        ++n;
    }
    m_duplicateSummary->setText(
        n == 0 ? tr("No row looks like a record already on file or an earlier row.")
               : tr("%n row(s) look like records on file or earlier rows.", nullptr, n));
    fitColumnsToContents(m_duplicates);
}

void ImportWizard::applyDuplicateDecisions()
{
    for (int n = 0; n < m_duplicates->rowCount(); ++n) {
        const int row = m_duplicates->item(n, 0)->data(Qt::UserRole).toInt();
        auto* target = qobject_cast<QComboBox*>(m_duplicates->cellWidget(n, 2));
        auto* action = qobject_cast<QComboBox*>(m_duplicates->cellWidget(n, 3));
        m_import->setDecision(row, ImportDecision(action->currentData().toInt()),
                              target->currentData().toLongLong());
    }
}

QWizardPage* ImportWizard::createConfirmPage()
{
    StepPage* page = step(this, tr("Import"),
                          tr("Nothing has been written yet. A backup of the database is taken "
                             "first; then all the rows are imported, or none."));
    m_confirm = new QLabel;
    m_confirm->setWordWrap(true);
    m_confirm->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_confirm);
    layout->addStretch(1);
    page->setButtonText(QWizard::NextButton, tr("&Import"));
    page->onEnter = [this] { fillConfirm(); };
    page->complete = [this] { return m_import && m_import->rejectedCount() == 0; };
    page->onValidate = [this] { return runImport(); };
    return page;
}

void ImportWizard::fillConfirm()
{
    if (!m_import)
        return;
    int add = 0, merge = 0, skip = 0;
    QStringList problems;
    QStringList notes;
    for (const ImportRow& r : m_import->rows()) {
        if (r.decision != ImportDecision::Skip)
            for (const QString& n : r.notes)
                notes << tr("Line %1: %2").arg(r.line).arg(n);
        if (r.decision == ImportDecision::Skip)
            ++skip;
        else if (!r.errors.isEmpty())
            problems << tr("Line %1: %2").arg(r.line).arg(r.errors.join(QStringLiteral("; ")));
        else
            ++(r.decision == ImportDecision::Merge ? merge : add);
    }
    QString text =
        tr("%1 from %2:").arg(m_import->format().label(), QFileInfo(m_file->text()).fileName()) +
        QLatin1Char('\n') + tr("%n new record(s)", nullptr, add) + QLatin1Char('\n') +
        tr("%n record(s) completed by merging", nullptr, merge) + QLatin1Char('\n') +
        tr("%n row(s) skipped", nullptr, skip);
    if (!notes.isEmpty())
        text += QStringLiteral("\n\n") + tr("Read as follows (check them):") + QLatin1Char('\n') +
                notes.join(QLatin1Char('\n'));
    if (!problems.isEmpty())
        text += QStringLiteral("\n\n") + tr("These rows still cannot be imported (go back):") +
                QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    m_confirm->setText(text);
}

bool ImportWizard::runImport()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const ImportSummary s = m_import->commit();
        QApplication::restoreOverrideCursor();
        m_imported = true;
        QString text = tr("%n record(s) added.", nullptr, s.added) + QLatin1Char('\n') +
                       tr("%n record(s) merged.", nullptr, s.merged) + QLatin1Char('\n') +
                       tr("%n row(s) skipped.", nullptr, s.skipped);
        if (!s.backupPath.isEmpty())
            text += QStringLiteral("\n\n") + tr("A backup was taken before the import: %1")
                                                 .arg(QDir::toNativeSeparators(s.backupPath));
        m_result->setText(text);
        return true;
    } catch (const StorageError& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, windowTitle(),
                             tr("Nothing was imported.") + QStringLiteral("\n\n") + e.message());
        m_import->analyze();
        fillConfirm();
        return false;
    }
}

QWizardPage* ImportWizard::createResultPage()
{
    StepPage* page = step(this, tr("Imported"), QString());
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

} // namespace jlgc
