#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace jlgc {

// Help → About: the version, what the application is for, its licence, and
// the notices of the software, reference data and fonts it uses. The texts of
// the licence and the notices are the repository's own files, embedded as
// resources, so the dialog never disagrees with what the package installs.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QLabel* summary() const { return m_summary; }
    QTextBrowser* licence() const { return m_licence; }
    QTextBrowser* notices() const { return m_notices; }
    QTextBrowser* sources() const { return m_sources; }

    // The text of an embedded document (":/about/LICENSE", …); empty if missing.
    static QString document(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTextBrowser* m_licence;
    QTextBrowser* m_notices;
    QTextBrowser* m_sources;
};

} // namespace jlgc
