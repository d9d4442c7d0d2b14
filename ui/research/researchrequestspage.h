#pragma once

#include "common/kindpage.h"
#include "domain/researchrequest.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace jlgc {

class ResearchRequestRepository;
class DateField;
class DetailTable;
template <typename T> class OwnedRows;
class SearchPicker;

// Questions that Japanese governments send the office to research, with
// their due dates and answers. Overdue requests are shown in red.
class ResearchRequestsPage
    : public KindPage<ResearchRequestsPage, ResearchRequestRepository, ResearchRequest> {
    Q_OBJECT
public:
    enum class Show { All, Open, Overdue };

    explicit ResearchRequestsPage(QWidget* parent = nullptr);

    // For the navigation, before the page is made (MainWindow makes pages
    // when first needed).
    static QString pageTitle();
    static constexpr QStyle::StandardPixmap PageIcon = QStyle::SP_MessageBoxQuestion;
    // The list's columns (RecordType "research_requests").
    enum Column { Due, Question, From, AssignedTo, Status, Received };
    void setShow(Show show);
    // The day that decides what is overdue (tests move it).
    void setToday(const QDate& today);
    QLabel* overdueLabel() const { return m_overdue; }
    QTableWidget* sourceTable() const;
    void addSource(const ResearchSource& source);

protected:
    void reload() override;
    QString describe(const ResearchRequest& request) const override;
    void showLoaded() override;
    void clearFields() override;
    QString describeCurrent() const override;
    ResearchRequest formRecord() const override;
    void retranslate() override;
    void languageChanged() override;

private:
    void showOverdue(const ResearchRequest& r);

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
    DetailTable* m_sourceBox;
    OwnedRows<ResearchSource>* m_sourceRows = nullptr;
};

} // namespace jlgc
