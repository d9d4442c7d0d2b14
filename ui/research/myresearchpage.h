#pragma once

#include "common/kindpage.h"
#include "domain/researchlogentry.h"
#include "domain/researchtopic.h"

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace jlgc {

class ResearchTopicRepository;
class DateField;
class SearchPicker;
class TopicTableModel;

// "My research": the research topics of the official using the application
// (chosen once and remembered) and each topic's log, oldest entry first.
class MyResearchPage
    : public KindPage<MyResearchPage, ResearchTopicRepository, ResearchTopic, TopicTableModel> {
    Q_OBJECT
public:
    // A report's publication date as typed (2026-03-31, 2026/3/31, 2026年3月31日).
    static QDate publishedDate(const QString& text);
    explicit MyResearchPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_FileDialogDetailedView;
    // A research log entry found by Find Anything opens its topic, with the
    // entry chosen in the log.
    bool showRecord(const QString& kind, const QVariant& id) override;
    bool showEveryone(const QVariant& topicId);
    bool showTopic(ResearchTopicId topicId);
    SearchPicker* mePicker() const { return m_me; }
    // The official whose topics are listed (0: every official's).
    StaffMemberId me() const;
    void setMe(StaffMemberId official);
    QTableWidget* logTable() const { return m_logTable; }
    QTableWidget* reportTable() const { return m_reportTable; }
    // Stores an entry of the current topic's log as the dialog does.
    bool addLogEntry(const ResearchLogEntry& entry);

protected:
    void reload() override;
    void showLoaded() override;
    void clearFields() override;
    QVariant saveForm() override;
    ResearchTopic formRecord() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    void showLog();
    void showDeliverables(const QList<ResearchDeliverable>& deliverables);
    void editLogEntry(int row);
    void logChanged();

    QList<ResearchLogEntry> m_log;
    QLabel* m_meLabel;
    SearchPicker* m_me;
    QLineEdit* m_titleJa;
    QLineEdit* m_titleEn;
    SearchPicker* m_owner;
    QComboBox* m_status;
    DateField* m_start;
    DateField* m_end;
    QLineEdit* m_tags;
    QPlainTextEdit* m_description;
    QGroupBox* m_reportBox;
    QTableWidget* m_reportTable;
    QPushButton* m_addReport;
    QPushButton* m_removeReport;
    QGroupBox* m_logBox;
    QTableWidget* m_logTable;
    QPushButton* m_addLog;
    QPushButton* m_editLog;
    QPushButton* m_removeLog;
    std::function<void()> m_updateLogButtons; // Edit… and Remove of the log
};

} // namespace jlgc
