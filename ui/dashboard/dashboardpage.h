#pragma once

#include "common/page.h"
#include "dashboard/dashboardqueries.h"

#include <QDate>
#include <QHash>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace jlgc {

class DashboardChartView;

// The home page: how many records each area holds (a tile opens the area),
// what needs attention now (a line opens its record: double click or
// Enter), and charts of the fellowship, the affiliations and CLAIR funding.
// Reads the database again whenever it is shown and when the records change.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_DirHomeIcon;
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return standardIcon(PageIcon); }
    void setDatabase(Database* db) override;
    void refreshFromDatabase() override;

    // "Today" for what is overdue or coming (tests fix it); null: the clock.
    void setToday(const QDate& today);
    QDate today() const;

    // Reads everything again now.
    void reload();

    // For tests and screenshots.
    QPushButton* tile(const QString& key) const { return m_tiles.value(key); }
    QTreeWidget* attentionList() const { return m_attention; }
    DashboardChartView* fellowsChart() const { return m_fellowsChart; }
    DashboardChartView* subdivisionsChart() const { return m_subdivisionsChart; }
    DashboardChartView* prefecturesChart() const { return m_prefecturesChart; }
    DashboardChartView* fundingChart() const { return m_fundingChart; }
    QList<DashboardChartView*> charts() const;
    // The whole page's content, below the scroll bars (for screenshots).
    QWidget* content() const { return m_content; }
    // What to do first, shown while the database holds no records of its own.
    QWidget* welcome() const { return m_welcome; }

signals:
    // A tile: show the page of this kind of record.
    void areaRequested(const QString& kind);
    // The welcome of an empty database: open the user guide.
    void guideRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate(); // texts and charts in the language now chosen
    void showTexts();   // heading, counts, attention list
    void showCounts();
    void showAttention();
    void showCharts();
    void activate(QTreeWidgetItem* item);
    QString describe(const AttentionItem& item, QString* when) const;

    Database* m_db = nullptr;
    bool m_chartsDrawn = false;
    QDate m_today;

    QList<AreaCount> m_counts;
    QList<AttentionItem> m_items;
    QList<FellowsInYear> m_fellows;
    QList<CategoryCount> m_subdivisions;
    QList<CategoryCount> m_prefectures;
    QList<FundingTotal> m_funding;

    QWidget* m_content;
    QLabel* m_heading;
    QWidget* m_welcome;
    QLabel* m_welcomeTitle;
    QLabel* m_welcomeText;
    QPushButton* m_welcomeGuide;
    QPushButton* m_welcomePeople;
    QGridLayout* m_tileGrid;
    QHash<QString, QPushButton*> m_tiles;
    QGroupBox* m_attentionBox;
    QTreeWidget* m_attention;
    DashboardChartView* m_fellowsChart;
    DashboardChartView* m_subdivisionsChart;
    DashboardChartView* m_prefecturesChart;
    DashboardChartView* m_fundingChart;
};

} // namespace jlgc
