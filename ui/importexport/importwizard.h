#pragma once

#include "io/csvencoding.h"

#include <QList>
#include <QWizard>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace jlgc {

class CsvImport;
class Database;
struct ImportSummary;

// File → Import…: choose the kind and the file; the encoding and delimiter
// are detected and can be changed while looking at a preview; the file's
// columns are mapped to the kind's (remembered per kind); every row that
// cannot be imported is listed with the reason; likely duplicates are
// shown to merge, skip or add; nothing is written until Import, and then
// all rows or none (after a backup).
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        FilePage,
        PreviewPage,
        MappingPage,
        ProblemsPage,
        DuplicatesPage,
        ConfirmPage,
        ResultPage
    };

    ImportWizard(Database& db, const QString& kind = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Database& database() const { return m_db; }
    CsvImport* importer() const { return m_import.get(); }
    // Records were written (the pages should re-read their lists).
    bool imported() const { return m_imported; }

    // The widgets, for tests.
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    QTableWidget* previewTable() const { return m_preview; }
    QList<QComboBox*> mappingCombos() const { return m_mappingCombos; }
    QTreeWidget* problemList() const { return m_problems; }
    QLabel* problemDetail() const { return m_problemDetail; }
    QCheckBox* leaveOutBox() const { return m_leaveOut; }
    // How the file writes dates such as 4/1/2020 (shown when it has any).
    QComboBox* dateOrderCombo() const { return m_dateOrder; }
    QLabel* dateOrderLabel() const { return m_dateOrderNote; }
    QTableWidget* duplicateTable() const { return m_duplicates; }
    QLabel* confirmLabel() const { return m_confirm; }
    QLabel* resultLabel() const { return m_result; }

    // Called by the pages.
    bool loadFile();
    void showPreview();
    void fillMapping();
    void applyMapping();
    QStringList mappingProblems() const;
    void fillProblems();
    void fillDateOrder();
    void fillDuplicates();
    void applyDuplicateDecisions();
    void fillConfirm();
    bool runImport();

    static QString settingsKey(const QString& kind);

signals:
    void completeChanged();

private:
    QWizardPage* createFilePage();
    QWizardPage* createPreviewPage();
    QWizardPage* createMappingPage();
    QWizardPage* createProblemsPage();
    QWizardPage* createDuplicatesPage();
    QWizardPage* createConfirmPage();
    QWizardPage* createResultPage();
    CsvEncoding chosenEncoding() const;
    QChar chosenDelimiter() const;

    Database& m_db;
    std::unique_ptr<CsvImport> m_import;
    bool m_imported = false;
    QString m_loadedKind;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_mapping = nullptr;
    QList<QComboBox*> m_mappingCombos;
    QLabel* m_mappingProblems = nullptr;
    QLabel* m_problemSummary = nullptr;
    QTreeWidget* m_problems = nullptr;
    QLabel* m_problemDetail = nullptr;
    QCheckBox* m_leaveOut = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QLabel* m_dateOrderNote = nullptr;
    QLabel* m_duplicateSummary = nullptr;
    QTableWidget* m_duplicates = nullptr;
    QLabel* m_confirm = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace jlgc
