#pragma once

#include "common/recordpage.h"
#include "domain/researchrequest.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace jlgc {

class DateField;
class RecordListModel;
class SearchPicker;

// Questions that Japanese governments send the office to research, with
// their due dates and answers. Overdue requests are shown in red.
class ResearchRequestsPage : public RecordPage {
    Q_OBJECT
public:
    enum class Show { All, Open, Overdue };

    explicit ResearchRequestsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString searchKind() const override { return QStringLiteral("research_request"); }
    RecordListModel* model() const { return m_model; }
    // The list's columns (RecordType "research_requests").
    enum Column { Due, Question, From, AssignedTo, Status, Received };
    void setShow(Show show);
    // The day that decides what is overdue (tests move it).
    void setToday(const QDate& today);
    QLabel* overdueLabel() const { return m_overdue; }
    QTableWidget* sourceTable() const { return m_sourceTable; }
    void addSource(const ResearchSource& source);

protected:
    void reload() override;
    void loadRecord(const QVariant& id) override;
    void clearForm() override;
    QVariant saveForm() override;
    void removeRecord(const QVariant& id) override;
    QString describeCurrent() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    ResearchRequest formRequest() const;
    void showSources();
    void showOverdue(const ResearchRequest& r);

    RecordListModel* m_model;
    ResearchRequest m_loaded;
    QList<ResearchSource> m_sources;
    QDate m_today;
    QComboBox* m_show;
    SearchPicker* m_government;
    SearchPicker* m_governmentOrg;
    QPlainTextEdit* m_questionJa;
    QPlainTextEdit* m_questionEn;
    DateField* m_received;
    DateField* m_due;
    SearchPicker* m_assigned;
    QComboBox* m_status;
    QPlainTextEdit* m_answer;
    DateField* m_answered;
    QLabel* m_overdue;
    QGroupBox* m_sourceBox;
    QTableWidget* m_sourceTable;
    QPushButton* m_addSource;
    QPushButton* m_removeSource;
};

} // namespace jlgc
