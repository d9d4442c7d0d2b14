#include "dashboard/dashboardcharts.h"

#include "common/uilanguage.h"
#include "domain/fiscalyear.h"
#include "domain/money.h"
#include "reference/jurisdiction.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMap>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace jlgc {

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A value axis from zero with whole-number ticks a reader can count.
QValueAxis* countAxis(qreal max)
{
    auto* axis = new QValueAxis;
    const qreal top = std::max<qreal>(1, max);
    axis->setRange(0, top);
    axis->applyNiceNumbers();
    if (axis->max() < top)
        axis->setMax(top);
    axis->setLabelFormat(QStringLiteral("%d"));
    if (axis->max() <= 10) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(axis->max() <= 5 ? 1 : 2);
    }
    return axis;
}

// A chart with nothing to show says so, without axes or a legend: an empty
// grid from 0 to 1 reads as a real zero.
QChart* emptyChart(QChart* chart)
{
    chart->legend()->hide();
    chart->setTitle(chart->title() + QStringLiteral("\n\n") +
                    DashboardCharts::tr("(no records yet)"));
    return chart;
}

} // namespace

QString DashboardCharts::fellowsTitle()
{
    return tr("CLAIR Fellows per year by country");
}

QString DashboardCharts::subdivisionsTitle()
{
    return tr("Sister affiliations by state or province (top 15)");
}

QString DashboardCharts::prefecturesTitle()
{
    return tr("Sister affiliations by prefecture (top 15)");
}

QString DashboardCharts::fundingTitle()
{
    return tr("CLAIR funding approved per fiscal year");
}

QChart* DashboardCharts::fellowsPerYear(const QList<FellowsInYear>& years)
{
    QChart* chart = newChart(fellowsTitle());
    if (years.isEmpty())
        return emptyChart(chart);
    auto* us = new QBarSet(JurisdictionLabels::country(QStringLiteral("US")));
    auto* ca = new QBarSet(JurisdictionLabels::country(QStringLiteral("CA")));
    us->setColor(QColor(0x2f, 0x6f, 0xb5));
    ca->setColor(QColor(0xd9, 0x3f, 0x3f));
    int max = 0;
    for (const FellowsInYear& y : years) {
        *us << y.unitedStates;
        *ca << y.canada;
        max = std::max(max, y.unitedStates + y.canada);
    }
    auto* series = new QStackedBarSeries;
    series->append(us);
    series->append(ca);
    // A few years would make broad blocks: keep the bars slim.
    series->setBarWidth(years.size() < 6 ? 0.25 : 0.8);
    chart->addSeries(series);
    // Bars stand at 0, 1, 2…; the years are written level under them, every
    // year when they are few, else every fifth (and the first and last), so
    // that thirty years never shrink to "⋮".
    auto* axisX = new QCategoryAxis;
    axisX->setRange(-0.5, qreal(years.size()) - 0.5);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const bool everyYear = years.size() <= 12;
    for (qsizetype i = 0; i < years.size(); ++i) {
        const int year = years[i].year;
        const bool last = i + 1 == years.size();
        // The first and last years are named unless a fifth year is too close.
        auto roundNear = [&years](qsizetype a, qsizetype b) {
            for (qsizetype j = std::max<qsizetype>(0, a); j <= b && j < years.size(); ++j)
                if (years[j].year % 5 == 0)
                    return true;
            return false;
        };
        const bool edge = (i == 0 && !roundNear(1, 2)) || (last && !roundNear(i - 2, i - 1));
        if (everyYear || year % 5 == 0 || edge)
            axisX->append(QString::number(year), qreal(i));
    }
    axisX->setTitleText(tr("Programme year"));
    axisX->setGridLineVisible(false);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisX->setLabelsFont(small);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // No title on the count axis: the chart's title says what is counted, and
    // Qt Charts elides a vertical title beside one-digit labels to "…".
    QValueAxis* axisY = countAxis(max);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart* DashboardCharts::affiliations(const QString& title, const QList<CategoryCount>& counts)
{
    QChart* chart = newChart(title);
    if (counts.isEmpty())
        return emptyChart(chart);
    chart->legend()->hide();
    const Language language = uiLanguage();
    auto* set = new QBarSet(tr("Affiliations"));
    set->setColor(QColor(0x3a, 0x8f, 0x6a));
    set->setLabelColor(Qt::black);
    QStringList categories;
    int max = 0;
    // Horizontal bars are drawn from the bottom up: the most last, on top.
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        categories << it->name(language);
        *set << it->count;
        max = std::max(max, it->count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisY->setLabelsFont(small);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(max);
    axisX->setTitleText(tr("Active affiliations"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChart* DashboardCharts::fundingPerYear(const QList<FundingTotal>& totals)
{
    QChart* chart = newChart(fundingTitle());
    if (totals.isEmpty())
        return emptyChart(chart);
    const Language language = uiLanguage();
    // Fiscal year -> currency -> approved, in whole units of the currency.
    QMap<int, QMap<QString, qreal>> byYear;
    for (const FundingTotal& t : totals)
        byYear[t.fiscalYear.year()][t.currency] +=
            qreal(t.approved) / std::pow(10.0, Money::decimals(t.currency));
    QStringList categories;
    auto* usd = new QBarSet(tr("US dollars (USD)"));
    auto* cad = new QBarSet(tr("Canadian dollars (CAD)"));
    usd->setColor(QColor(0x2f, 0x6f, 0xb5));
    cad->setColor(QColor(0xd9, 0x3f, 0x3f));
    qreal max = 0;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        categories << FiscalYear(it.key()).label(language);
        const qreal u = it.value().value(QStringLiteral("USD"));
        const qreal c = it.value().value(QStringLiteral("CAD"));
        *usd << u;
        *cad << c;
        max = std::max({max, u, c});
    }
    auto* series = new QBarSeries;
    series->append(usd);
    series->append(cad);
    series->setBarWidth(byYear.size() < 4 ? 0.4 : 0.8);
    chart->addSeries(series);
    // A few fiscal years are named in full under their bars; many are
    // named every fifth year, level, like the fellows' years.
    if (categories.size() <= 8) {
        auto* axisX = new QBarCategoryAxis;
        axisX->append(categories);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    } else {
        const QList<int> fiscalYears = byYear.keys();
        auto* axisX = new QCategoryAxis;
        axisX->setRange(-0.5, qreal(fiscalYears.size()) - 0.5);
        axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axisX->setGridLineVisible(false);
        for (qsizetype i = 0; i < fiscalYears.size(); ++i)
            if (fiscalYears[i] % 5 == 0)
                axisX->append(categories[i], qreal(i));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    }
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max<qreal>(1, max));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Amount approved"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

} // namespace jlgc
