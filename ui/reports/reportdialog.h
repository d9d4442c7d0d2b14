#pragma once

#include "reports/report.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace jlgc {

class Database;
class DateField;
class ReportDocument;
class SearchPicker;

// File → Export Report…: choose a report, its language (English, Japanese or
// both), the paper, the options the report takes and a file; writes the PDF
// and offers to open it. Print… shows the report in a print preview.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(Database* db, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // Chooses a report by its name ("contacts"); false if there is none.
    bool selectReport(const QString& name);
    const ReportInfo* report() const;
    // Chooses the report of a page's records ("delegation": the delegation
    // itinerary) and the record it is about, when one is chosen there.
    bool selectReportFor(const QString& table, const QVariant& id);
    ReportOptions options() const;
    // What is wrong with the choices, in the window's language; empty if nothing.
    QStringList problems() const;

    // Writes the PDF without asking anything; on failure shows why in the
    // dialog and returns false.
    bool writeReport(const QString& path);
    void printPreview();
    // Opened from File → Print Report…: Print… is the default button.
    void preferPrinting();

    QComboBox* reportBox() const { return m_report; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* paperBox() const { return m_paper; }
    QLineEdit* fileEdit() const { return m_file; }
    SearchPicker* recordPicker() const { return m_record; }
    // The list of cohorts, delegations, research topics or staff members,
    // for reports about one of them.
    QComboBox* recordBox() const { return m_recordBox; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void reportChanged();
    void fillRecordBox(const QString& kind);
    void chooseFile();
    void showProblem(const QString& text);
    std::unique_ptr<ReportDocument> build();
    QString defaultFileName() const;

    Database* m_db;
    QFormLayout* m_form;
    QComboBox* m_report;
    QLabel* m_description;
    QComboBox* m_language;
    QComboBox* m_paper;
    QSpinBox* m_year;
    QSpinBox* m_fiscalYear;
    DateField* m_from;
    DateField* m_to;
    SearchPicker* m_record;
    QComboBox* m_recordBox;
    QSpinBox* m_recordId;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_error;
    QPushButton* m_print;
    QString m_lastSuggestedFile;
};

} // namespace jlgc
