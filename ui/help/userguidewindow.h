#pragma once

#include "domain/language.h"

#include <QHash>
#include <QSize>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QSplitter;
class QTextBrowser;

namespace jlgc {

// Help → User Guide: the guide of docs/guide in the language of the interface,
// with its screenshots, in a window of its own that stays open beside the
// main window. A list of the guide's sections leads to each one. When the
// interface switches language, the window shows the guide in the new one.
class UserGuideWindow : public QWidget {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // The guide as built into the application: qrc:/docs/guide/en/index.md.
    static QUrl guideUrl(Language language);

    Language language() const { return m_language; }
    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }
    // Scrolls to the section whose heading is the given row of the contents.
    void showSection(int row);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void fillContents();
    void followScrolling();
    void styleDocument();
    // Screenshots are wider than the window: shrink them to fit, never enlarge.
    void fitImages();
    QSize naturalSize(const QString& image);
    void retranslate();

    QSplitter* m_split;
    QListWidget* m_contents;
    QTextBrowser* m_browser;
    Language m_language = Language::English;
    QHash<QString, QSize> m_imageSizes;
    int m_fittedWidth = -1;
};

} // namespace jlgc
