#include "dashboard/dashboardchartview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace jlgc {

DashboardChartView::DashboardChartView(QWidget* parent)
    : QChartView(parent), m_copy(new QAction(this)), m_save(new QAction(this))
{
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setFocusPolicy(Qt::StrongFocus);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &DashboardChartView::copyToClipboard);
    connect(m_save, &QAction::triggered, this, &DashboardChartView::saveWithDialog);
    addAction(m_copy);
    addAction(m_save);
    retranslate();
}

void DashboardChartView::replaceChart(QChart* chart)
{
    QChart* old = this->chart();
    setChart(chart);
    // setChart leaves the old chart to its caller.
    delete old;
}

QImage DashboardChartView::image()
{
    return grab().toImage();
}

void DashboardChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(image());
}

bool DashboardChartView::saveAs(const QString& path)
{
    if (image().save(path, "PNG"))
        return true;
    QMessageBox::warning(
        this, tr("Save Chart"),
        tr("The chart could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    return false;
}

void DashboardChartView::saveWithDialog()
{
    QString name = chart() ? chart()->title() : QString();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral(" "));
    if (name.trimmed().isEmpty())
        name = tr("chart");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir(dir).filePath(name.trimmed() + QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveAs(path);
}

void DashboardChartView::retranslate()
{
    m_copy->setText(tr("&Copy Chart"));
    m_save->setText(tr("&Save Chart as PNG…"));
}

void DashboardChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace jlgc
