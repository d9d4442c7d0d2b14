#include "server/accesslogdialog.h"

#include "common/dialoglayout.h"
#include "common/uilanguage.h"
#include "io/csvformat.h"
#include "io/privatefile.h"
#include "reports/reportregistry.h"
#include "server/serverdialogparts.h"
#include "storage/accesslog.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jlgc {

QString AccessLogDialog::describe(const QString& what)
{
    const QString name = what.section(QLatin1Char(' '), 1);
    if (what == QLatin1String("backup"))
        return tr("Copy of the whole database");
    if (what.startsWith(QLatin1String("export "))) {
        const CsvFormat* format = CsvFormat::find(name);
        return tr("CSV export: %1").arg(format ? format->label() : name);
    }
    if (what.startsWith(QLatin1String("report "))) {
        const ReportInfo* report = ReportRegistry::find(name);
        return tr("Report: %1").arg(report ? ReportRegistry::title(*report, uiLanguage()) : name);
    }
    return what;
}

AccessLogDialog::AccessLogDialog(Database* db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 5)), m_problem(new QLabel)
{
    setWindowTitle(tr("Access Log"));
    auto* intro = new QLabel(tr("Every export, report or backup that took personal data out of "
                                "the office's database: who, when, what and how many records. "
                                "Entries are never changed or removed."));
    intro->setWordWrap(true);
    readOnlyTable(m_table, {tr("When"), tr("Login"), tr("What"), tr("Detail"), tr("Records")});
    serverdialogs::problemLabel(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &AccessLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(860, 480);

    try {
        const QList<AccessEntry> entries = AccessLog(*m_db).list();
        m_table->setRowCount(int(entries.size()));
        const QLocale locale; // the interface's (LanguageManager sets it)
        for (int row = 0; row < entries.size(); ++row) {
            const AccessEntry& e = entries[row];
            m_table->setItem(
                row, 0,
                new QTableWidgetItem(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)));
            m_table->setItem(row, 1, new QTableWidgetItem(e.login));
            auto* what = new QTableWidgetItem(describe(e.what));
            what->setToolTip(e.what); // as the CSV file says it
            m_table->setItem(row, 2, what);
            m_table->setItem(row, 3, new QTableWidgetItem(QDir::toNativeSeparators(e.detail)));
            auto* records = new QTableWidgetItem(locale.toString(e.records));
            records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 4, records);
        }
        m_table->resizeColumnsToContents();
        // The file's path takes what room is left, the count keeps to its width.
        m_table->horizontalHeader()->setStretchLastSection(false);
        m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    } catch (const StorageError& e) {
        m_problem->setText(e.message());
        m_problem->show();
        exportButton->setEnabled(false);
    }
}

bool AccessLogDialog::exportTo(const QString& path)
{
    try {
        const QByteArray csv = AccessLog::toCsv(AccessLog(*m_db).list());
        QSaveFile file(path);
        const bool opened = file.open(QIODevice::WriteOnly);
        if (opened)
            makeOwnerOnly(file); // who took whose data out is itself personal
        if (!opened || file.write(csv) != csv.size() || !file.commit()) {
            m_problem->setText(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            m_problem->show();
            return false;
        }
        return true;
    } catch (const StorageError& e) {
        m_problem->setText(e.message());
        m_problem->show();
        return false;
    }
}

void AccessLogDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Access Log"), QDir::home().filePath(QStringLiteral("access-log.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace jlgc
